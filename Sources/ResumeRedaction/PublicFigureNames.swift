// The public figures `namesAPublicFigure` keeps (PublicFigures.swift): lowercase, written in full as
// running text writes them, initials together without full stops ("apj abdul kalam"), spelling
// variants on lines of their own. Only names that almost certainly denote the famous person: a
// name many private people share ("Harry Kane", "Pedro Sánchez", "Rohit Sharma", "Thomas Müller",
// "Abdul Kalam" alone) is left out, since keeping it would leak theirs.

/// Public figures' full names, by locale and kind.
let publicFigureNames: [String] = [
    // GLOBAL: heads of state and government, international officials
    "vladimir putin", "volodymyr zelensky", "volodymyr zelenskyy", "xi jinping", "mao zedong", "deng xiaoping",
    "kim jong un", "kim jong-un", "justin trudeau", "benjamin netanyahu", "recep tayyip erdoğan",
    "recep tayyip erdogan", "mikhail gorbachev", "boris yeltsin", "nelson mandela", "desmond tutu", "ban ki-moon",
    "antónio guterres", "antonio guterres", "che guevara", "lee kuan yew", "aung san suu kyi",
    // GLOBAL: religious leaders
    "pope francis", "pope leo xiv", "pope benedict xvi", "pope john paul ii", "dalai lama", "mother teresa",
    // GLOBAL: activists, public intellectuals, business
    "greta thunberg", "malala yousafzai", "yuval noah harari",
    // GLOBAL: authors, artists, scientists
    "gabriel garcía márquez", "gabriel garcia marquez", "jorge luis borges", "pablo neruda", "frida kahlo",
    "sigmund freud", "leo tolstoy", "fyodor dostoevsky", "haruki murakami", "hayao miyazaki",
    "wolfgang amadeus mozart", "nikola tesla", "gregor mendel",
    // GLOBAL: athletes
    "lionel messi", "cristiano ronaldo", "diego maradona", "diego armando maradona", "roger federer",
    "novak djokovic", "usain bolt", "zlatan ibrahimović", "zlatan ibrahimovic", "erling haaland", "shohei ohtani",
    "eliud kipchoge",
    // US: presidents, vice presidents, first families
    "barack obama", "michelle obama", "joe biden", "donald trump", "melania trump", "ivanka trump", "kamala harris",
    "jd vance", "mike pence", "dick cheney", "bill clinton", "hillary clinton", "hillary rodham clinton",
    "george w bush", "george hw bush", "ronald reagan", "john f kennedy", "robert f kennedy jr",
    "dwight d eisenhower", "franklin d roosevelt", "franklin delano roosevelt", "theodore roosevelt",
    "eleanor roosevelt",
    // US: congressional leaders, cabinet, justices, governors
    "nancy pelosi", "bernie sanders", "alexandria ocasio-cortez", "mitch mcconnell", "chuck schumer",
    "condoleezza rice", "madeleine albright", "henry kissinger", "ruth bader ginsburg", "ron desantis",
    "gavin newsom", "pete buttigieg", "anthony fauci", "janet yellen",
    // US: civil rights and historical figures
    "martin luther king", "martin luther king jr", "malcolm x", "harriet tubman", "frederick douglass",
    "susan b anthony", "amelia earhart",
    // US: business founders and chief executives
    "elon musk", "bill gates", "steve jobs", "steve wozniak", "mark zuckerberg", "jeff bezos", "warren buffett",
    "sergey brin", "jensen huang", "marc benioff", "jamie dimon", "michael bloomberg", "john d rockefeller",
    "andrew carnegie", "walt disney", "thomas alva edison", "sheryl sandberg", "peter thiel", "george soros",
    // US: scientists
    "richard feynman", "j robert oppenheimer", "john von neumann", "carl sagan", "neil degrasse tyson", "jonas salk",
    "edwin hubble", "noam chomsky",
    // US: authors and poets
    "mark twain", "ernest hemingway", "f scott fitzgerald", "john steinbeck", "maya angelou", "edgar allan poe",
    "walt whitman", "herman melville", "jd salinger", "kurt vonnegut", "sylvia plath",
    // US: film makers and actors
    "steven spielberg", "martin scorsese", "quentin tarantino", "francis ford coppola", "stanley kubrick",
    "meryl streep", "tom hanks", "leonardo dicaprio", "robert de niro", "al pacino", "angelina jolie",
    "scarlett johansson",
    // US: musicians
    "elvis presley", "bob dylan", "bruce springsteen", "frank sinatra", "beyoncé knowles", "kanye west", "lady gaga",
    "billie eilish", "dolly parton", "stevie wonder", "aretha franklin", "jimi hendrix",
    // US: TV presenters and media
    "oprah winfrey", "stephen colbert", "ellen degeneres", "joe rogan",
    // US: athletes
    "lebron james", "tiger woods", "simone biles", "babe ruth", "shaquille o'neal", "kareem abdul-jabbar",
    "andre agassi", "pete sampras", "john mcenroe", "coco gauff",
    // UK: monarchy
    "king charles iii", "queen elizabeth ii", "queen victoria", "king henry viii", "princess diana", "meghan markle",
    // UK: prime ministers and historic statesmen
    "winston churchill", "clement attlee", "margaret thatcher", "tony blair", "boris johnson", "rishi sunak",
    "keir starmer", "liz truss",
    // UK: ministers, party leaders, devolved leaders
    "jeremy corbyn", "ed miliband", "david miliband", "nigel farage", "michael gove", "sajid javid",
    "jacob rees-mogg", "jacob rees mogg", "kemi badenoch", "nicola sturgeon", "alex salmond",
    // UK: business founders and executives
    "richard branson", "alan sugar", "tim berners-lee", "demis hassabis",
    // UK: authors and poets
    "william shakespeare", "charles dickens", "jane austen", "jk rowling", "jrr tolkien", "cs lewis", "george orwell",
    "virginia woolf", "agatha christie", "roald dahl", "charlotte brontë", "charlotte bronte", "emily brontë",
    "emily bronte", "arthur conan doyle", "william wordsworth", "lord byron", "percy bysshe shelley",
    "samuel taylor coleridge", "geoffrey chaucer", "rudyard kipling", "aldous huxley", "ts eliot", "kazuo ishiguro",
    "salman rushdie", "zadie smith", "hilary mantel", "terry pratchett", "neil gaiman",
    // UK: scientists, economists, historical figures
    "isaac newton", "charles darwin", "stephen hawking", "alan turing", "michael faraday", "james clerk maxwell",
    "ada lovelace", "charles babbage", "thomas bayes", "francis crick", "rosalind franklin", "john maynard keynes",
    "florence nightingale", "emmeline pankhurst", "oliver cromwell", "isambard kingdom brunel",
    // UK: musicians
    "ringo starr", "mick jagger", "freddie mercury", "david bowie", "elton john", "amy winehouse", "ed sheeran",
    "harry styles", "dua lipa", "andrew lloyd webber",
    // UK: film makers and actors
    "charlie chaplin", "alfred hitchcock", "ridley scott", "judi dench", "helen mirren", "ian mckellen",
    "benedict cumberbatch", "kate winslet", "idris elba", "sean connery", "daniel day-lewis", "rowan atkinson",
    "audrey hepburn",
    // UK: TV presenters and public intellectuals
    "david attenborough", "piers morgan", "jeremy clarkson", "louis theroux", "ricky gervais",
    // UK: athletes
    "david beckham", "victoria beckham", "gary lineker", "sir alex ferguson", "marcus rashford", "jude bellingham",
    "bukayo saka", "jenson button", "nigel mansell", "lando norris", "emma raducanu", "jessica ennis-hill",
    "paula radcliffe", "sebastian coe", "seb coe", "bradley wiggins", "tyson fury", "rory mcilroy",
    // DE: heads of state and government
    "angela merkel", "friedrich merz", "konrad adenauer", "ludwig erhard", "frank-walter steinmeier", "joachim gauck",
    "richard von weizsäcker",
    // DE: ministers, party leaders, historical statesmen
    "annalena baerbock", "robert habeck", "wolfgang schäuble", "markus söder", "armin laschet", "joschka fischer",
    "guido westerwelle", "hans-dietrich genscher", "franz josef strauß", "franz josef strauss", "sigmar gabriel",
    "ursula von der leyen", "karl lauterbach", "alice weidel", "sahra wagenknecht", "otto von bismarck",
    "rosa luxemburg", "sophie scholl", "claus von stauffenberg",
    // DE: business founders and executives
    "carl benz", "karl benz", "gottlieb daimler", "ferdinand porsche", "robert bosch", "werner von siemens",
    "adi dassler", "adolf dassler", "rudolf dassler", "hugo boss", "dietmar hopp", "hasso plattner",
    // DE: authors and philosophers
    "johann wolfgang von goethe", "friedrich schiller", "heinrich heine", "theodor fontane", "rainer maria rilke",
    "franz kafka", "bertolt brecht", "erich maria remarque", "heinrich böll", "erich kästner", "patrick süskind",
    "daniel kehlmann", "immanuel kant", "georg wilhelm friedrich hegel", "arthur schopenhauer", "friedrich nietzsche",
    "karl marx", "friedrich engels", "martin heidegger", "hannah arendt", "jürgen habermas",
    // DE: scientists and inventors
    "albert einstein", "max planck", "werner heisenberg", "carl friedrich gauß", "carl friedrich gauss",
    "gottfried wilhelm leibniz", "johannes kepler", "johannes gutenberg", "alexander von humboldt",
    "wilhelm conrad röntgen", "wilhelm röntgen", "heinrich hertz", "georg simon ohm", "emmy noether",
    "bernhard riemann", "david hilbert", "georg cantor", "rudolf diesel", "lise meitner",
    // DE: composers, musicians, film makers, actors
    "ludwig van beethoven", "johann sebastian bach", "johannes brahms", "georg friedrich händel",
    "herbert grönemeyer", "udo lindenberg", "marius müller-westernhagen", "dieter bohlen", "rainer werner fassbinder",
    "wim wenders", "roland emmerich", "til schweiger", "christoph waltz", "heidi klum",
    // DE: TV presenters and public intellectuals
    "günther jauch", "hape kerkeling", "jan böhmermann", "richard david precht", "christian drosten",
    // DE: athletes
    "franz beckenbauer", "uli hoeneß", "uli hoeness", "lothar matthäus", "jürgen klinsmann", "miroslav klose",
    "philipp lahm", "bastian schweinsteiger", "manuel neuer", "toni kroos", "mesut özil", "jamal musiala",
    "jürgen klopp", "joachim löw", "jogi löw", "julian nagelsmann", "sebastian vettel", "nico rosberg", "steffi graf",
    "alexander zverev", "dirk nowitzki",
    // FR: presidents and prime ministers
    "emmanuel macron", "brigitte macron", "françois hollande", "francois hollande", "nicolas sarkozy",
    "jacques chirac", "françois mitterrand", "francois mitterrand", "valéry giscard d'estaing",
    "valery giscard d'estaing", "giscard d'estaing", "charles de gaulle", "georges pompidou", "alain juppé",
    "lionel jospin", "dominique de villepin", "françois fillon", "manuel valls", "gabriel attal", "michel barnier",
    "françois bayrou", "sébastien lecornu",
    // FR: ministers, party leaders, historical figures
    "marine le pen", "jean-marie le pen", "jordan bardella", "jean-luc mélenchon", "jean-luc melenchon",
    "éric zemmour", "eric zemmour", "ségolène royal", "dominique strauss-kahn", "simone veil", "robert badinter",
    "jacques delors", "anne hidalgo", "napoléon bonaparte", "napoleon bonaparte", "jeanne d'arc", "louis xiv",
    // FR: business founders and executives
    "françois pinault", "xavier niel", "liliane bettencourt", "carlos ghosn", "louis vuitton", "coco chanel",
    "christian dior", "yves saint laurent", "jean-paul gaultier", "andré citroën",
    // FR: authors and thinkers
    "rené descartes", "blaise pascal", "alexis de tocqueville", "honoré de balzac", "gustave flaubert",
    "charles baudelaire", "arthur rimbaud", "guy de maupassant", "émile zola", "emile zola", "jules verne",
    "marcel proust", "antoine de saint-exupéry", "jean-paul sartre", "simone de beauvoir", "marguerite duras",
    "jacques derrida", "thomas piketty", "michel houellebecq", "annie ernaux",
    // FR: scientists and explorers
    "marie curie", "marie skłodowska-curie", "pierre curie", "louis pasteur", "antoine lavoisier",
    "pierre-simon laplace", "henri poincaré", "pierre de fermat", "louis braille", "gustave eiffel",
    "jacques cousteau", "pierre de coubertin", "yann lecun", "thomas pesquet",
    // FR: musicians
    "claude debussy", "édith piaf", "edith piaf", "charles aznavour", "serge gainsbourg", "jacques brel",
    "johnny hallyday", "david guetta",
    // FR: film makers and actors
    "françois truffaut", "jean-luc godard", "louis de funès", "brigitte bardot", "catherine deneuve",
    "jean-paul belmondo", "gérard depardieu", "juliette binoche", "jean reno", "marion cotillard",
    "timothée chalamet", "timothee chalamet",
    // FR: TV presenters and journalists
    "michel drucker", "bernard pivot",
    // FR: athletes
    "michel platini", "zinedine zidane", "éric cantona", "eric cantona", "karim benzema", "antoine griezmann",
    "paul pogba", "n'golo kanté", "n'golo kante", "kylian mbappé", "kylian mbappe", "teddy riner",
    "victor wembanyama", "sébastien loeb", "bernard hinault",
    // BR: presidents and politicians
    "luiz inácio lula da silva", "luiz inacio lula da silva", "lula da silva", "dilma rousseff", "jair bolsonaro",
    "jair messias bolsonaro", "michelle bolsonaro", "michel temer", "itamar franco", "fernando collor",
    "fernando collor de mello", "josé sarney", "jose sarney", "tancredo neves", "getúlio vargas", "getulio vargas",
    "juscelino kubitschek", "geraldo alckmin", "marielle franco",
    // BR: historical figures
    "dom pedro i", "dom pedro ii", "princesa isabel", "zumbi dos palmares", "irmã dulce",
    // BR: business founders and executives
    "jorge paulo lemann", "abilio diniz", "abílio diniz", "antônio ermírio de moraes", "luiza trajano",
    "luiza helena trajano", "eike batista", "joesley batista", "eduardo saverin",
    // BR: scientists and inventors
    "alberto santos-dumont", "santos dumont", "cesar lattes", "drauzio varella",
    // BR: authors, thinkers, architects, artists
    "machado de assis", "clarice lispector", "carlos drummond de andrade", "graciliano ramos", "joão guimarães rosa",
    "monteiro lobato", "ariano suassuna", "djamila ribeiro", "oscar niemeyer", "lina bo bardi", "tarsila do amaral",
    "cândido portinari",
    // BR: musicians
    "heitor villa-lobos", "tom jobim", "antônio carlos jobim", "chico buarque", "caetano veloso", "gal costa",
    "jorge ben jor", "ivete sangalo",
    // BR: film makers, actors, TV presenters, models
    "glauber rocha", "gisele bündchen", "gisele bundchen", "xuxa meneghel", "luciano huck", "jô soares",
    // BR: athletes
    "edson arantes do nascimento", "mané garrincha", "ronaldo nazário", "ronaldo fenômeno", "ronaldinho gaúcho",
    "neymar jr", "neymar júnior", "neymar da silva santos júnior", "ayrton senna", "nelson piquet",
    "emerson fittipaldi", "rubens barrichello", "gustavo kuerten", "guga kuerten", "bia haddad maia",
    // ES: monarchy
    "felipe vi", "rey felipe vi", "rey juan carlos", "juan carlos de borbón", "reina letizia", "princesa leonor",
    // ES: prime ministers, ministers, party and regional leaders
    "leopoldo calvo-sotelo", "josé luis rodríguez zapatero", "jose luis rodriguez zapatero", "mariano rajoy",
    "alberto núñez feijóo", "alberto nuñez feijoo", "santiago abascal", "inés arrimadas", "isabel díaz ayuso",
    "carles puigdemont", "ada colau",
    // ES: business founders and executives
    "amancio ortega", "ana botín", "emilio botín", "isak andic", "ferran adrià",
    // ES: authors and thinkers
    "miguel de cervantes", "lope de vega", "calderón de la barca", "gustavo adolfo bécquer", "benito pérez galdós",
    "miguel de unamuno", "josé ortega y gasset", "ortega y gasset", "federico garcía lorca", "federico garcia lorca",
    "camilo josé cela", "arturo pérez-reverte", "carlos ruiz zafón", "javier marías",
    // ES: painters and architects
    "el greco", "francisco de goya", "joaquín sorolla", "pablo picasso", "salvador dalí", "salvador dali",
    "antoni gaudí", "antoni gaudi",
    // ES: scientists, explorers, historical figures
    "cristóbal colón", "santiago ramón y cajal", "ramón y cajal", "severo ochoa",
    // ES: musicians
    "manuel de falla", "plácido domingo", "montserrat caballé", "paco de lucía", "camarón de la isla",
    "joan manuel serrat", "joaquín sabina",
    // ES: film makers and actors
    "luis buñuel", "alejandro amenábar", "javier bardem", "penélope cruz", "penelope cruz", "antonio banderas",
    "úrsula corberó",
    // ES: TV presenters and journalists
    "iñaki gabilondo", "jordi évole", "pablo motos",
    // ES: athletes
    "arantxa sánchez vicario", "garbiñe muguruza", "pau gasol", "marc gasol", "iker casillas", "gerard piqué",
    "carles puyol", "cesc fàbregas", "cesc fabregas", "lamine yamal", "aitana bonmatí", "alexia putellas",
    "vicente del bosque", "pep guardiola", "josep guardiola", "miguel induráin", "miguel indurain",
    "alberto contador", "severiano ballesteros", "seve ballesteros", "jon rahm",
    // IT: presidents and prime ministers
    "sergio mattarella", "sandro pertini", "carlo azeglio ciampi", "giorgia meloni", "mario draghi",
    "silvio berlusconi", "romano prodi", "matteo renzi", "giulio andreotti",
    // IT: ministers, party leaders, historical figures
    "matteo salvini", "elly schlein", "enrico berlinguer", "alcide de gasperi", "paolo borsellino",
    "giuseppe garibaldi", "camillo benso di cavour", "benito mussolini",
    // IT: business founders and executives
    "gianni agnelli", "john elkann", "sergio marchionne", "ferruccio lamborghini", "giorgio armani", "gianni versace",
    "donatella versace", "miuccia prada", "guccio gucci", "stefano gabbana",
    // IT: authors and thinkers
    "dante alighieri", "francesco petrarca", "giovanni boccaccio", "niccolò machiavelli", "niccolo machiavelli",
    "giacomo leopardi", "luigi pirandello", "italo calvino", "umberto eco", "primo levi", "pier paolo pasolini",
    "dario fo", "maria montessori",
    // IT: artists and architects
    "leonardo da vinci", "michelangelo buonarroti", "raffaello sanzio", "sandro botticelli", "gian lorenzo bernini",
    "renzo piano",
    // IT: scientists, explorers
    "galileo galilei", "leonardo fibonacci", "amedeo avogadro", "guglielmo marconi", "enrico fermi",
    "rita levi-montalcini", "samantha cristoforetti", "christopher columbus",
    // IT: composers and musicians
    "antonio vivaldi", "gioachino rossini", "giacomo puccini", "ennio morricone", "luciano pavarotti",
    "andrea bocelli", "ludovico einaudi", "eros ramazzotti", "laura pausini",
    // IT: film makers and actors
    "federico fellini", "bernardo bertolucci", "roberto benigni", "marcello mastroianni", "sophia loren",
    // IT: athletes
    "roberto baggio", "paolo maldini", "alessandro del piero", "francesco totti", "gianluigi buffon", "andrea pirlo",
    "fabio cannavaro", "carlo ancelotti", "jannik sinner", "alberto tomba", "marcell jacobs", "fausto coppi",
    "marco pantani",
    // NL: royal family
    "koning willem-alexander", "king willem-alexander", "koningin máxima", "queen máxima", "koningin beatrix",
    "queen beatrix",
    // NL: prime ministers, ministers, party leaders
    "dries van agt", "ruud lubbers", "jan peter balkenende", "mark rutte", "dick schoof", "geert wilders",
    "pim fortuyn", "frans timmermans", "pieter omtzigt", "thierry baudet", "rob jetten", "jeroen dijsselbloem",
    "dilan yeşilgöz", "dilan yesilgoz", "ayaan hirsi ali",
    // NL: business founders and executives
    "freddy heineken", "paul polman", "joop van den ende",
    // NL: authors and thinkers
    "desiderius erasmus", "baruch spinoza", "hugo grotius", "eduard douwes dekker", "harry mulisch",
    "annie mg schmidt", "dick bruna", "rutger bregman",
    // NL: painters
    "rembrandt van rijn", "johannes vermeer", "frans hals", "hieronymus bosch", "vincent van gogh", "piet mondriaan",
    "piet mondrian", "mc escher",
    // NL: scientists
    "christiaan huygens", "antonie van leeuwenhoek", "antoni van leeuwenhoek", "hendrik lorentz", "heike kamerlingh onnes", "edsger dijkstra",
    "guido van rossum", "ben feringa",
    // NL: musicians, film makers, actors
    "andré rieu", "marco borsato", "armin van buuren", "martin garrix", "rutger hauer", "carice van houten",
    // NL: TV presenters and comedians
    "matthijs van nieuwkerk", "arjen lubach", "eva jinek",
    // NL: athletes
    "johan cruijff", "johan cruyff", "marco van basten", "ruud gullit", "dennis bergkamp", "arjen robben",
    "robin van persie", "virgil van dijk", "frenkie de jong", "louis van gaal", "guus hiddink", "ronald koeman",
    "erik ten hag", "max verstappen", "ireen wüst", "dafne schippers", "sifan hassan", "mathieu van der poel",
    // IN: presidents, prime ministers, chief ministers
    "narendra modi", "atal bihari vajpayee", "ab vajpayee", "jawaharlal nehru", "lal bahadur shastri",
    "indira gandhi", "morarji desai", "pv narasimha rao", "apj abdul kalam", "avul pakir jainulabdeen abdul kalam",
    "ram nath kovind", "droupadi murmu", "arvind kejriwal", "yogi adityanath", "devendra fadnavis",
    "uddhav thackeray", "bal thackeray", "pinarayi vijayan", "mk stalin",
    // IN: ministers and party leaders
    "nirmala sitharaman", "shashi tharoor",
    // IN: freedom movement and historical figures
    "mahatma gandhi", "mohandas karamchand gandhi", "mk gandhi", "sardar patel", "sardar vallabhbhai patel",
    "netaji subhas chandra bose", "br ambedkar", "bhimrao ambedkar", "babasaheb ambedkar", "bal gangadhar tilak",
    "maulana abul kalam azad", "raja ram mohan roy", "savitribai phule", "swami vivekananda", "rani lakshmibai",
    "chhatrapati shivaji maharaj", "shivaji maharaj",
    // IN: business founders and chief executives
    "jamsetji tata", "jrd tata", "ratan tata", "dhirubhai ambani", "mukesh ambani", "nita ambani", "gautam adani",
    "azim premji", "nr narayana murthy", "nandan nilekani", "kiran mazumdar-shaw", "shiv nadar", "anand mahindra",
    "vijay mallya", "verghese kurien", "sundar pichai", "satya nadella", "indra nooyi",
    // IN: spiritual leaders
    "baba ramdev", "jaggi vasudev", "sri sri ravi shankar",
    // IN: scientists and scholars
    "cv raman", "srinivasa ramanujan", "homi bhabha", "homi j bhabha", "vikram sarabhai", "amartya sen",
    // IN: authors and poets
    "rabindranath tagore", "munshi premchand", "rk narayan", "arundhati roy", "vikram seth", "chetan bhagat",
    "amish tripathi", "mt vasudevan nair", "ruskin bond", "jhumpa lahiri",
    // IN: film makers, actors, musicians, artists
    "satyajit ray", "ss rajamouli", "amitabh bachchan", "aishwarya rai bachchan", "deepika padukone", "kamal haasan",
    "ar rahman", "lata mangeshkar", "asha bhosle", "pandit ravi shankar",
    // IN: athletes
    "sachin tendulkar", "sachin ramesh tendulkar", "sunil gavaskar", "kapil dev nikhanj", "rahul dravid",
    "anil kumble", "ms dhoni", "mahendra singh dhoni", "virat kohli", "jasprit bumrah", "shubman gill",
    "smriti mandhana", "major dhyan chand", "abhinav bindra", "leander paes", "saina nehwal", "mary kom",
    "mc mary kom", "vishy anand", "gukesh dommaraju",
    // AU: prime ministers, governors-general, ministers, party and state leaders
    "gough whitlam", "bob hawke", "kevin rudd", "julia gillard", "malcolm turnbull", "anthony albanese",
    "ben chifley", "sir robert menzies", "bill shorten", "barnaby joyce", "josh frydenberg", "tanya plibersek",
    "sussan ley", "sam mostyn", "quentin bryce", "gladys berejiklian", "annastacia palaszczuk", "julian assange",
    // AU: historical figures
    "charles kingsford smith", "mary mackillop", "eddie mabo", "albert namatjira",
    // AU: business founders and executives
    "rupert murdoch", "lachlan murdoch", "kerry packer", "gina rinehart", "twiggy forrest", "mike cannon-brookes",
    // AU: authors, poets, thinkers
    "banjo paterson", "dorothea mackellar", "germaine greer", "thomas keneally", "markus zusak", "liane moriarty",
    // AU: scientists
    "howard florey", "fred hollows", "karl kruszelnicki",
    // AU: actors, film makers, musicians, comedians
    "hugh jackman", "nicole kidman", "cate blanchett", "margot robbie", "chris hemsworth", "liam hemsworth",
    "heath ledger", "rebel wilson", "baz luhrmann", "kylie minogue", "olivia newton-john", "troye sivan",
    "tim minchin", "magda szubanski",
    // AU: TV presenters and media
    "bindi irwin", "karl stefanovic", "waleed aly",
    // AU: athletes
    "don bradman", "donald bradman", "sir donald bradman", "shane warne", "dennis lillee", "steve waugh",
    "ricky ponting", "ellyse perry", "rod laver", "evonne goolagong", "evonne goolagong cawley", "pat rafter",
    "lleyton hewitt", "ash barty", "ashleigh barty", "nick kyrgios", "daniel ricciardo", "oscar piastri",
    "jack brabham", "harry kewell", "ariarne titmus", "cadel evans", "dylan alcott", "kurt fearnley",
    "layne beachley", "johnathan thurston",
]
