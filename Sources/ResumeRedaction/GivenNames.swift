// Given names, per locale: data, not rules. A capitalised word that is one of them,
// followed by a surname, names a person wherever it stands ("Referências: Ana Paula Ribeiro"), which no label or honorific says.
//
// Each list holds the given names common among people of working age (born 1955–2005)
// in that locale, from national statistics offices' published lists of the most
// frequent names, both sexes, written as they are spelled there (diacritics kept;
// lookup is case-insensitive). A name that is also an ordinary word, place or brand
// in one of the ten languages ("Grace", "Paris", "Will", "Rosa") is in
// `ambiguousGivenNames` instead and needs more evidence (see `detectGivenNamePersons`).
// A new locale is a new list here.

/// Given names by locale (lower case).
let givenNamesByLocale: [String: [String]] = [
    "en": [
        "tasha", "delyth", "chidi", "iain", "seònaid",
        // more (2026-12-07, sixth list): Welsh, Cornish, Irish and Scottish Gaelic names
        "ceri", "iestyn", "rhodri", "morwenna", "tomos", "eoghan", "catrìona", "dòmhnall", "caitríona", "priscilla",
        // more (2026-12-07, fifth list): Welsh, Irish and Scottish Gaelic forms, older English names,
        // Pakistani, Nigerian and Gujarati names
        "bronwen", "angharad", "eluned", "gwenllian", "carys", "emyr", "llinos", "catrin", "heledd", "mared",
        "osian", "ioan", "aled", "iolo", "geraint", "gruffudd", "gwion", "hefin", "meirion", "tudur", "ciara",
        "ruairidh", "ruaridh", "séamus", "cillian", "darragh", "cathal", "diarmuid", "murdo", "fionn", "maureen",
        "doreen", "eileen", "beryl", "marjorie", "glenys", "terence", "alyssa", "cressida", "adeel", "adaeze",
        "harshil",
        // more (2026-12-07, fourth list)
        "kayleigh", "ruth", "cian", "fergal", "huw", "jago", "tendai", "amara", "annelie", "amina", "zubin",
        // more (2026-12-07, second list): names common among working-age people of the locale's communities
        "marek", "moira", "nuala", "shirin", "hattie", "cheryl", "cai", "jodie", "kayden", "rukhsana", "tahmina", "nusrat", "bev", "seán", "abdul", "łukasz", "philippa", "chantelle", "micky", "imtiaz", "naveed", "desmond", "bernadette", "hafiz", "nkem", "bláthnaid", "hilary", "shamsul", "wojciech", "krzysztof", "agnieszka", "katarzyna", "małgorzata", "piotr", "oluwaseun", "chiamaka", "ngozi", "emeka", "obinna", "folasade", "yetunde", "bukola", "shazia", "nasreen", "rukhsana", "farzana", "shahid", "asif", "zubair", "kamran", "rizwan", "nadeem", "shabnam",
        // US, UK, Australia (and Ireland, Canada, New Zealand)
        "aaron", "abigail", "adam", "adrian", "aidan", "alan", "alastair", "albert", "alex", "alexander", "alexandra",
        "alice", "alicia", "alison", "allison", "amanda", "amelia", "amy", "andrea", "andrew", "andy", "angela",
        "anna", "anne", "annie", "anthony", "ashley", "audrey", "barbara", "benjamin", "beth", "bethany", "betty",
        "beverley", "bradley", "brandon", "brenda", "brett", "brian", "bridget", "brittany", "bruce", "bryan",
        "caitlin", "callum", "cameron", "carl", "carol", "caroline", "catherine", "charles", "charlie", "charlotte",
        "chloe", "chris", "christina", "christine", "christopher", "claire", "colin", "connor", "craig", "cynthia",
        "dana", "daniel", "danielle", "darren", "david", "deborah", "debra", "declan", "denise", "dennis", "derek", "diana",
        "diane", "donald", "donna", "dorothy", "douglas", "dylan", "edward", "eleanor", "elizabeth", "ellen", "ellie",
        "emily", "emma", "eric", "erin", "ethan", "evelyn", "fiona", "frances", "francis", "frank", "fraser",
        "gareth", "gary", "gavin", "gemma", "geoffrey", "george", "gerald", "gillian", "glenn", "gordon", "graham",
        "gregory", "hannah", "harriet", "harry", "hayley", "heather", "helen", "henry", "hugh", "ian", "isaac",
        "isabel", "isabella", "isla", "jack", "jacob", "jacqueline", "jake", "james", "jamie", "jane", "janet",
        "jason", "jeffrey", "jenna", "jennifer", "jenny", "jeremy", "jessica", "joan", "joanna", "joanne", "joe",
        "john", "jonathan", "joseph", "joshua", "joyce", "judith", "julia", "julie", "justin", "karen", "kate",
        "katherine", "kathleen", "kathryn", "katie", "keith", "kelly", "kelsey", "kenneth", "kevin", "kieran", "kimberly",
        "kirsty", "kyle", "laura", "lauren", "leah", "lee", "lewis", "liam", "linda", "lindsay", "lisa", "logan",
        "lorraine", "louise", "lucy", "luke", "lynn", "madison", "malcolm", "margaret", "maria", "marie", "marilyn",
        "martin", "mary", "matt", "matthew", "megan", "melissa", "michael", "michelle", "mitchell", "molly", "nancy",
        "natalie", "nathan", "neil", "nicholas", "nicola", "nicole", "niamh", "noah", "oliver", "olivia", "oscar",
        "owen", "pamela", "patricia", "patrick", "paul", "pauline", "peter", "philip", "phillip", "rachel",
        "raymond", "rebecca", "rhys", "richard", "robert", "robyn", "roger", "ronald", "ross", "russell", "ryan",
        "sally", "samantha", "samuel", "sandra", "sarah", "scott", "sean", "sharon", "shane", "shannon", "shaun",
        "sheila", "simon", "sophie", "stephanie", "stephen", "steven", "stuart", "susan", "tanya", "teresa",
        "thomas", "timothy", "tom", "tony", "tracey", "tracy", "trevor", "valerie", "vanessa", "vincent", "walter",
        "wayne", "william", "zachary", "zoe", "tunde", "babatunde", "morag", "davie", "marisol", "greg", "gabe", "rosalind", "dale", "matilda", "mel", "melanie", "melinda", "gwen", "gwendolyn", "siobhan", "aoife", "ciaran", "eoin", "saoirse", "cormac", "seamus",
        "imogen", "lorna", "tamsin", "siân", "sian", "mitch", "rhiannon", "cerys", "bethan", "dafydd", "gethin",
        "bronwyn", "kylie", "bree", "lachlan", "jarrod", "brooke", "tahlia", "hamish", "angus", "fergus", "duncan",
        "alistair", "kerry", "leanne", "kristy", "nathaniel", "jordan", "taylor", "morgan", "tyler", "austin",
        "kayla", "brianna", "destiny", "latoya", "tiffany", "crystal", "heidi", "megan", "whitney", "lindsey",
        "danny", "tim", "ben", "sam", "dan", "jim", "bob", "rob", "mike", "nick", "steve", "dave", "joe", "kim",
        "jess", "becky", "liz", "sue", "meg", "ted", "fred", "ken", "ron", "tommy", "billy", "bobby",
        "jimmy", "johnny", "kenji", "hiroshi", "yuki", "wei", "mei", "minh", "thanh", "linh",
        "tuan", "hoang", "aisha", "fatima", "omar", "ahmed", "mohammed",
        "muhammad", "mohamed", "ali", "hassan", "hussein", "yusuf", "ibrahim", "khalid", "layla", "zainab",
        "chinedu", "chioma", "ngozi", "emeka", "oluwaseun", "folasade", "kwame", "kofi", "ama", "abena",
        "darnell", "jamal", "tyrone", "keisha", "shanice", "imani", "malik", "andre", "marcus", "terrence",
        "dmitri", "olga", "sergei", "natasha", "ivan", "katarzyna", "piotr", "tomasz", "agnieszka", "magdalena",
        "ewa", "anna", "marta", "joanna", "krzysztof", "andrzej", "pawel", "michal", "jakub", "wojciech",
        // more from the national frequency lists (2026-12-07): names of working-age people there
        "dominic", "paddy", "rupert", "alasdair", "eilidh", "euan", "ewan", "ruaraidh", "ciarán", "niall", "oisín", "oisin",
        "dermot", "padraig", "pádraig", "iwan", "owain", "marguerite", "tabitha", "jemima", "toby", "giles",
        "barnaby", "crispin", "quentin", "piers", "tristan", "felicity", "penelope", "julian", "rory", "finlay",
        "kirsten", "morven", "ailsa", "shona", "catriona", "mhairi", "siobhán", "tariq", "nneka", "chidinma", "femi",
        "funmilayo", "chukwuemeka", "bilal", "ayesha", "hamza", "kwabena", "yaw", "akua", "priyanka", "rajesh",
        "sunil", "anil", "deepak", "jermaine", "leroy", "delroy", "winston", "marlon", "dwayne", "tanisha",
        "reginald", "clive", "nigel", "graeme", "roy", "stanley", "leslie", "norman", "barry", "terry", "brendan",
        "conor", "eamon", "eamonn", "ronan", "orla", "sinead", "sinéad", "gráinne", "grainne", "clodagh", "roisin",
        "róisín", "caoimhe",
        // also names in their own right, and Welsh and Yoruba names common in the UK
        "lottie", "josh", "eleri", "ffion", "sioned", "bethan", "sade", "tolu", "bisi",
    ],
    "de": [
        // more (2026-12-07): older and northern German names ("ute" is an Australian word too: ambiguous)
        "ute", "tilman", "sönke", "gesa", "bärbel", "sigrid", "eckhard", "burkhard", "rüdiger", "henning", "tilo",
        "thilo", "gunnar", "arne", "lutz", "gerd", "winfried", "horst", "gunter", "friedhelm", "almut", "hiltrud",
        "roswitha", "edeltraud", "liesel",
        // more (2026-12-07, fourth list)
        "hilde",
        // more (2026-12-07, third list): names common among working-age people the lists above missed
        "alfred", "angelika", "anton", "bjarne", "carola", "christa", "clemens", "dorothea", "eberhard", "edith",
        "elfriede", "emil", "erika", "erwin", "frauke", "gertrud", "gottfried", "gustav", "hanna", "hannelore",
        "hauke", "imke", "irmgard", "jakob", "johann", "julius", "katrin", "knut", "konrad", "korbinian", "lasse",
        "leopold", "lieselotte", "lothar", "maike", "margarete", "marianne", "marion", "meike", "quirin", "rosemarie",
        "rudolf", "siegfried", "valentin", "vinzenz", "waltraud", "wilfried", "xaver",
        "dominik", "dominika",
        "andreas", "anja", "anke", "annika", "antje", "axel", "barbara", "bastian", "bernd", "birgit", "björn",
        "carsten", "christian", "christiane", "christina", "christoph", "claudia", "cornelia", "daniela", "dennis",
        "dieter", "dirk", "doris", "elke", "erik", "eva", "fabian", "felix", "florian", "frank", "franziska",
        "friedrich", "gabriele", "georg", "gerhard", "gudrun", "günter", "günther", "hans", "hannah", "hannes",
        "harald", "heike", "heinz", "helga", "helmut", "hendrik", "henrik", "holger", "ilse", "ines", "ingo",
        "ingrid", "jan", "jana", "jens", "jörg", "johannes", "jonas", "julia", "jürgen", "jutta", "kai", "karin",
        "karl", "katharina", "kathrin", "katja", "klaus", "kerstin", "lars", "lea", "lena", "leon", "mira", "lukas", "maik",
        "manfred", "manuela", "marc", "marcel", "marco", "mario", "markus", "martina", "matthias", "maximilian",
        "michael", "monika", "nadine", "nicole", "niklas", "nils", "nina", "norbert", "olaf", "oliver", "patrick",
        "petra", "philipp", "rainer", "ralf", "regina", "reinhard", "renate", "robin", "rolf", "sabine", "sandra",
        "sebastian", "silke", "simone", "sonja", "stefan", "stefanie", "steffen", "stephan", "susanne", "svenja",
        "sven", "tanja", "thorsten", "tim", "timo", "tobias", "torsten", "udo", "ulrich", "ulrike", "ursula", "uwe",
        "volker", "walter", "werner", "wolfgang", "yvonne", "anette", "annette", "beate", "bettina", "britta",
        "dagmar", "detlef", "dörte", "elisabeth", "gisela", "hartmut", "heiko", "hildegard", "ingeborg", "jochen",
        "kirsten", "konstantin", "lisa", "luisa", "lina", "marie", "marlene", "melanie", "miriam", "moritz",
        "nico", "paul", "pia", "ralph", "sarah", "saskia", "till", "ulf", "vanessa", "verena", "wiebke", "wilhelm",
        "jannik", "jannis", "lennart", "malte", "ole", "finn", "jonathan", "leonie", "laura", "johanna", "sophie",
        "emma", "mia", "clara", "greta", "frieda", "lotte", "mathilda", "theresa", "veronika", "magdalena",
        "mehmet", "ayşe", "fatma", "emre", "zeynep", "elif", "murat", "hakan", "serkan", "özlem", "deniz",
        "josef", "franz", "alois", "luise", "marlies", "theresia", "dieter", "heinrich", "kurt", "günter", "sepp", "reto", "urs", "beat", "lukas", "niklaus", "anneliese", "ludwig",
        // more from the national frequency lists (2026-12-07): names of working-age people there
        "ayse", "cem", "burak", "ozlem", "aylin", "selin", "yusuf", "ahmet", "mustafa", "hüseyin", "hasan",
        "ibrahim", "merve", "gül", "ömer", "kemal", "benedikt", "pascal", "simon",
    ],
    "fr": [
        "jeanne", "jeannine", "josiane", "ginette", "huguette", "solange", "maryse",
        "adèle", "adrien", "agnès", "alain", "alexandre", "alexis", "alice", "amandine", "amélie", "anaïs",
        "andré", "anne", "anne-sophie", "antoine", "arnaud", "arthur", "audrey", "aurélie", "aurélien", "baptiste",
        "benoît", "bernard", "brigitte", "bruno", "camille", "caroline", "catherine", "cécile", "céline",
        "charlotte", "chloé", "christelle", "christian", "christine", "christophe", "claire", "claude", "clément",
        "corinne", "damien", "daniel", "david", "delphine", "denis", "didier", "dominique", "elodie", "élodie",
        "émilie", "emmanuel", "éric", "estelle", "étienne", "fabien", "fabrice", "florian", "françoise", "françois",
        "frédéric", "gaëlle", "geneviève", "gérard", "guillaume", "hélène", "hervé", "hugo", "isabelle", "jacques",
        "jean", "jean-baptiste", "jean-claude", "jean-françois", "jean-luc", "jean-marc", "jean-michel",
        "jean-pierre", "jérémy", "jérôme", "joël", "julie", "julien", "justine", "karine", "laetitia", "laëtitia",
        "laure", "laurence", "laurent", "léa", "léo", "louis", "luc", "lucas", "lucie", "manon", "marc", "margaux",
        "marie", "marie-claire", "marie-hélène", "marine", "martine", "mathieu", "mathilde", "matthieu", "maxime",
        "mélanie", "michel", "michèle", "mickaël", "monique", "morgane", "nadia", "nathalie", "nicolas", "noémie",
        "olivier", "pascal", "pascale", "patrice", "philippe", "pierre", "quentin", "raphaël", "rémi", "renaud",
        "romain", "sandrine", "sébastien", "séverine", "simon", "sophie", "stéphane", "stéphanie", "sylvain",
        "sylvie", "thibault", "thierry", "thomas", "valérie", "véronique", "vincent", "virginie", "xavier", "yann",
        "yannick", "yves", "zoé", "gaspard", "clémence", "inès", "juliette", "louise", "héloïse", "solène",
        "océane", "maëlle", "enzo", "théo", "mathis", "nathan", "kévin", "jordan", "anthony", "loïc", "gaël",
        "karim", "mehdi", "sofiane", "nassim", "yasmine", "samira", "leïla", "mohamed", "rachid", "farid",
        "baptiste", "luc", "laure", "paul", "ghislaine", "josiane", "odile", "solange", "colette", "jacqueline", "danielle", "chantal", "evelyne",
        "mireille",
    ],
    "pt": [
        "adriana", "adriano", "alessandra", "alexandre", "aline", "amanda", "ana", "anderson", "andré", "andréa",
        "antônio", "antonio", "beatriz", "bianca", "bruna", "bruno", "caio", "camila", "carla", "carlos", "carolina",
        "cássio", "cecília", "célia", "césar", "cláudia", "cláudio", "cristiane", "cristiano", "daniel", "daniela",
        "débora", "denise", "diego", "douglas", "edson", "eduarda", "eduardo", "elaine", "eliane", "elisa",
        "emerson", "fabiana", "fabiano", "fábio", "felipe", "fernanda", "fernando", "flávia", "flávio", "francisco",
        "gabriel", "gabriela", "giovana", "gisele", "guilherme", "gustavo", "heloísa", "henrique", "igor",
        "isabela", "isabella", "ivan", "jéssica", "joão", "joana", "jorge", "josé", "juliana", "júlia", "juliano",
        "júlio", "karina", "larissa", "leandro", "leonardo", "letícia", "lívia", "lorena", "luana", "lucas",
        "luciana", "luciano", "luís", "luiz", "luísa", "luiza", "marcela", "marcelo", "márcia", "marcos", "marcus",
        "maria", "mariana", "marina", "mário", "matheus", "mateus", "maurício", "michele", "miguel", "mônica",
        "natália", "nathalia", "otávio", "patrícia", "paula", "paulo", "pedro", "priscila", "rafael", "rafaela",
        "raquel", "regina", "renata", "renato", "ricardo", "roberta", "roberto", "rodrigo", "rogério", "rosana",
        "sabrina", "samuel", "sandra", "sérgio", "silvia", "sílvia", "simone", "sônia", "tânia", "tatiana",
        "thiago", "tiago", "vanessa", "vinícius", "vitor", "vítor", "viviane", "wagner", "wellington", "william",
        "yasmin", 
        "gonçalo", "duarte", "rui", "nuno", "tomás", "inês", "leonor", "matilde", "rita", "filipa", "sofia",
        "catarina", "margarida", "joaquim", "manuel", "teresa", "helena", "conceição", "graça", "fátima",
        "lúcia", "valéria", "vera", "rosângela", "cleide", "edna", "jaqueline", "kátia", "rayane", "thaís",
        "wesley", "cauã", "enzo", "aparecida", "cida", "ivone", "luíza", "arthur", "heitor", "davi", "bernardo", "lorenzo", "valentina", "laura",
        "manuela", "alice", "lara", "lívia", "yuri", "ícaro", "iago", "kauê", "otto", "benício",
        // more from the national frequency lists (2026-12-07): names of working-age people there
        "valdir", "everton", "wanderley", "valdemar", "valmir", "edilson", "gilson", "nilson", "rosangela", "sueli",
        "marlene", "vanderlei", "cleber", "kleber", "reinaldo", "ronaldo", "jussara", "lucimara", "neide", "zilda",
        "jefferson", "robson", "claudinei", "dirceu", "genival", "gilberto", "sebastião", "raimundo", "raimunda",
        "francisca", "antônia", "antonia", "benedito", "valeria", "solange", "marcia", "rosemeire", "silvana",
        "tatiane", "vinicius", "wilson", "yara",
    ],
    "es": [
        // more (2026-12-07, fourth list)
        "jaume",
        // more (2026-12-07, third list): names common among working-age people the lists above missed
        "ander", "asier", "gorka", "idoia", "jone", "mikel", "raúl",
        // more (2026-12-07, second list): names common among working-age people of the locale's communities
        "xosé", "uxía", "toni", "yurena", "yessenia", "xoán", "iago", "brais", "antía", "noelia", "montse", "nuria", "iratxe", "itziar", "aitor", "iker", "eneko",
        // "Mª Ángeles", "M.ª José": María written short
        "íñigo", "mª", "m.ª",
        "adrián", "agustín", "alba", "alberto", "alejandra", "alejandro", "alfonso", "alicia", "álvaro", "amparo",
        "ana", "andrés", "ángel", "ángela", "antonia", "antonio", "beatriz", "begoña", "borja", "carlos",
        "carmen", "carolina", "celia", "clara", "concepción", "cristian", "cristina", "daniel", "david", "diana",
        "diego", "eduardo", "elena", "emilio", "encarnación", "enrique", "esther", "eva", "fernando", "francisca",
        "francisco", "gabriel", "gloria", "gonzalo", "guillermo", "hugo", "ignacio", "inmaculada", "irene",
        "isabel", "iván", "jaime", "javier", "jesús", "jorge", "josé", "josefa", "juan", "juana", "julia",
        "julián", "laura", "lorena", "lucía", "luis", "manuel", "manuela", "marcos", "margarita", "maría",
        "mariano", "marina", "mario", "marta", "mercedes", "miguel", "mónica", "montserrat", "natalia", "nerea",
        "nuria", "óscar", "pablo", "patricia", "paula", "pedro", "pilar", "rafael", "ramón", "raquel", "ricardo",
        "roberto", "rocío", "rosario", "rubén", "salvador", "samuel", "santiago", "sara", "sergio", "silvia",
        "sofía", "sonia", "susana", "teresa", "tomás", "vanesa", "verónica", "víctor", "vicente", "yolanda",
        "aitor", "iker", "unai", "ainhoa", "leire", "itziar", "jordi", "montse", "núria", "pau", "marc", "oriol",
        "xavier", "joan", "mireia", "laia", "xabier", "iñaki", "iñigo", "maite", "rocío", "macarena", "lucas",
        "martín", "mateo", "alonso", "valeria", "ximena", "guadalupe", "alejandro", "camila", "sebastián",
        "valentina", "daniela", "fernanda", "joaquín", "matías", "nicolás", "benjamín", "agustina", "florencia",
        
        
        "ionela", "andreea", "mihai", "ioana", "alexandru", "cristina", "gheorghe", "vasile", "elena",
        // more from the national frequency lists (2026-12-07): names of working-age people there
        "paco", "nacho", "lola", "charo", "concha", "pili", "manolo", "chema", "quique", "jon",
        "amaia", "ainara", "arnau", "dani", "inma", "pepe", "puri", "reme",
    ],
    "it": [
        // more (2026-12-07, fourth list)
        "samuele", "elona", "rosalia",
        // more (2026-12-07, third list): names common among working-age people the lists above missed
        "aldo", "angelo", "annalisa", "antonietta", "assunta", "gabriella", "gaetano", "giuliano", "graziella",
        "immacolata", "loredana", "marisa", "noemi", "nunzia", "nunzio", "raffaella", "sabino",
        "alberto", "alessandra", "alessandro", "alessia", "alice", "andrea", "angela", "anna", "antonella",
        "antonio", "arianna", "aurora", "barbara", "beatrice", "benedetta", "bruno", "camilla", "carla", "carlo",
        "caterina", "chiara", "claudia", "claudio", "cristina", "daniela", "daniele", "davide", "debora", "diego",
        "domenico", "edoardo", "elena", "eleonora", "elisa", "emanuele", "emma", "enrico", "enzo", "fabio",
        "federica", "federico", "filippo", "francesca", "francesco", "franco", "gabriele", "gaia", "giacomo",
        "gianluca", "gianni", "giorgia", "giorgio", "giovanna", "giovanni", "giulia", "giulio", "giuseppe",
        "giuseppina", "greta", "ilaria", "irene", "jacopo", "laura", "lorenzo", "luca", "lucia", "luciano",
        "luigi", "manuela", "marco", "margherita", "maria", "marta", "martina", "massimo", "matteo", "mattia",
        "maurizio", "michela", "michele", "monica", "nicola", "nicolò", "niccolò", "paola", "paolo", "piera", "pietro",
        "raffaele", "riccardo", "roberta", "roberto", "rosa", "salvatore", "sara", "serena", "silvia", "simona",
        "simone", "sofia", "stefania", "stefano", "tommaso", "valentina", "valerio", "vincenzo", "vittoria",
        "alessio", "antonino", "carmela", "carmine", "ciro", "concetta", "cosimo", "donato", "emilia", "ettore",
        "fabrizio", "fiorella", "gennaro", "giada", "gino", "ludovica", "marcello", "mirko", "nadia", "ornella",
        "patrizia", "pasquale", "rita", "rocco", "sabrina", "sergio", "tiziana", "ugo", "vanessa", "vito",
        "mariagrazia",
    ],
    "nl": [
        // more (2026-12-07): Frisian names and the Moroccan, Turkish and Surinamese names of Dutch documents
        "wietse", "tjeerd", "auke", "wytze", "jouke", "froukje", "sytske", "hiske", "naima", "kübra", "rachitha", "khadija", "yasmina", "soufiane", "büşra", "rishi", "radjesh", "sharmila",
        // more (2026-12-07, second list): names common among working-age people of the locale's communities
        "geertje", "hylke", "tjitske", "esra", "sjoerd", "wytske", "anke", "jildou", "durk", "rinse", "tjerk", "baukje",
        "anouk", "annemarie", "anne", "anneke", "arjen", "arjan", "astrid", "bart", "bas", "bram", "bregje",
        "carla", "daan", "dirk", "eline", "els", "emma", "erik", "esther", "eva", "femke", "frank",
        "freek", "gerard", "gert", "hans", "hendrik", "henk", "ilse", "ingrid", "inge", "iris", "jaap", "jan",
        "jasper", "jelle", "jeroen", "joost", "joris", "judith", "karin", "kees", "kim", "koen", "lars",
        "lieke", "linda", "lisa", "lotte", "lucas", "maaike", "marieke", "marloes", "martijn", "maarten", "marjolein",
        "mark", "martin", "maud", "merel", "michiel", "mirjam", "monique", "niels", "nienke", "noor", "paul",
        "pieter", "rik", "robbert", "roel", "ruben", "ruud", "sander", "sanne", "sem", "sjoerd", "sophie",
        "stijn", "suzanne", "thijs", "thomas", "tim", "tom", "twan", "wendy", "willem", "wim", "wouter", "yvonne",
        "anja", "bart-jan", "bastiaan", "bob", "cor", "corné", "dennis", "dewi", "dorien", "evelien", "fleur",
        "geert", "gijs", "hanneke", "ivo", "jacqueline", "janneke", "jesse", "johan", "jolanda",
        "joyce", "kevin", "lieve", "luuk", "manon", "mariska", "matthijs", "mees", "milan", "mirte", "nick",
        "olaf", "pim", "renske", "rianne", "rob", "roos", "rutger", "sietse", "stefan", "teun", "tessa",
        "thijmen", "maartje", "marijke", "sietske", "vera", "wessel", "wilma", "yara", "zoë", "fenna", "guus", "hugo", "isa", "julia", "lynn",
        "mila", "noah", "sara", "siem", "tijn", "anouschka", "youssef", "mohammed", "fatima", "samira", "priya",
        "anand", "shanti", "hüseyin", "emine", "kerem",
        // more from the national frequency lists (2026-12-07): names of working-age people there
        "mariëlle", "marielle", "gerrit", "harm", "jan-willem", "pieter-jan", "annemiek",
    ],
    "in": [
        // more (2026-12-07): Bengali names
        "moumita", "sayan", "sayantani", "debjani", "arindam", "subhajit", "tanmoy", "pritam", "anirban", "rituparna",
        "sudipta", "indranil", "joydeep", "sanchita", "paromita", "sohini", "payel", "mousumi", "sanjukta", "debasis",
        "kaushik", "partha", "abhijit", "soumya",
        // "Father's Name: RAM NARESH YADAV" (a word too: `ambiguousGivenNames`)
        "ram",
        // more (2026-12-07, fourth list)
        "meenakshi",
        // more (2026-12-07, second list): names common among working-age people of the locale's communities
        "aniket", "sundar", "ishita", "nandu", "sayali", "lalrinpuii", "zothanpari", "lalremsanga", "navinchandra", "ramniklal", "chandrasekhar",
        "aarav", "aditi", "aditya", "ajay", "akash", "akshay", "amit", "amita", "amrita", "anand", "ananya",
        "anil", "anita", "anjali", "ankit", "ankita", "anupam", "anuradha", "arjun", "arun", "aruna", "arvind",
        "ashok", "ashwin", "deepa", "deepak", "deepika", "devendra", "dhruv", "dinesh", "divya", "gaurav", "geeta",
        "gopal", "harish", "harsh", "hemant", "isha", "jagdish", "jaya", "kabir", "kamal", "karan", "kavita",
        "kavya", "kiran", "krishna", "lakshmi", "madhav", "madhu", "mahesh", "manish", "manoj", "meena",
        "meera", "mohan", "mukesh", "nandini", "naveen", "neha", "nikhil", "nisha", "nitin", "pallavi", "pankaj",
        "pooja", "pradeep", "prakash", "pranav", "prashant", "priya", "priyanka", "rahul", "raj", "rajesh",
        "rajiv", "rakesh", "ramesh", "ravi", "rekha", "ritu", "rohan", "rohit", "sachin", "sandeep", "sanjay",
        "sanjana", "santosh", "sarita", "shalini", "shilpa", "shreya", "shweta", "siddharth", "sneha", "sonal",
        "sunil", "sunita", "suresh", "swati", "tanvi", "tarun", "uma", "usha", "varun", "vijay", "vikas", "vikram",
        "vinay", "vinod", "vishal", "vivek", "yash", "ramanan", "venkatesh", "srinivas", "srinivasan", "subramanian",
        "lakshmanan", "karthik", "karthikeyan", "senthil", "murugan", "saravanan", "balaji", "ganesh", "harini",
        "janani", "keerthana", "nithya", "revathi", "sowmya", "vidya", "anusha", "bhavya", "chaitanya", "girish",
        "jayesh", "ketan", "mihir", "nilesh", "paresh", "rupal", "sejal", "hardik", "jignesh", "bhavesh",
        "gurpreet", "harpreet", "manpreet", "jaspreet", "simran", "amandeep", "navdeep", "harjit", "kuldeep",
        "arnab", "debashish", "sourav", "subhash", "tanmay", "abhishek", "abhinav", "aishwarya", "ayesha",
        "farhan", "imran", "irfan", "salman", "shabana", "zoya", "sana", "tanveer", "ritika", "shruti", "aparna",
        "vaishnavi", "rashmi", "poonam", "sushma", "suman", "savitri", "parvati", "radha", "sita", "gita",
        "ramachandran", "narayanan", "krishnan", "raghav", "raghu", "sai", "teja", "sriram", "hari",
        "venkat", "ritam", "tanvir", "romesh",
    ],
]

/// Given names that are also ordinary words, places or brands in one of the ten languages (given
/// names too, whether or not a list above holds them): a person only with more evidence than a
/// following capitalised word (see `detectGivenNamePersons`).
let ambiguousGivenNames: Set<String> = [
    "grace", "hope", "faith", "joy", "rose", "rosa", "summer", "june", "april", "ram", "marine", "ute",
    "victoria", "paris", "florence", "sydney", "luz", "gloria", "angel", "ángel", "pat", "guy", "art",
    "jade", "ruby", "amber", "crystal", "dawn", "iris", "olive", "violet", "ivy", "holly",
    "taylor", "jordan", "georgia", "chelsea", "austin",
    "dallas", "phoenix", "carolina", "virginia", "santiago", "pilar", "mercedes", "dolores", "concepción",
    "rosario", "amparo", "trinidad", "paz", "reis", "ana", "bob", "kim", "lee", "jun",
    "min", "ji", "li", "jin", "sai", "uma", "raj", "hari", "sita", "kumar", "ali", "sem", "bas", "bram",
    "roos", "noor", "mila", "isa", "vera", "rita", "jo", "ed", "ken", "sue", "meg", "nick", "tim", "max",
    "till", "ole", "léo", "gaspard", "enzo", "duarte", "rui", "heitor", "otto",
    "chen", "wei", "mei", "nguyen", "minh", "linh", "soo", "hye", "murat", "deniz", "elif", "beat", "urs",
    "madison", "logan", "morgan", "tyler", "destiny", "whitney", "brooke", "kerry", "lynn", "teja", "dean", "mason",
    "hunter", "harper", "hilary",
    "julia", "pascal", "dale", "christian", "victor", "august", "florian",
    "sofia", "adelaide", "regina", "lourdes", "valencia", "charlotte", "savannah", "brooklyn", "aurora",
    "fleur", "harm", "cor", "concha", "nacho", "yara", "wellington", "jefferson",
    "emerson", "stanley", "norman", "piers", "wilson", "wendy", "ama", "yaw",
    "arno", "insa", "leo", "nil", "pol", "emilia", "brittany", "asha",
]

/// The ambiguous given names that are also places or times: after "in" or "near" a place, not a person
/// with that given name ("in Emilia Ferrari è il cognome più diffuso").
let ambiguousGivenNamesThatArePlaces: Set<String> = [
    "victoria", "paris", "florence", "sydney", "georgia", "chelsea", "austin", "dallas", "phoenix", "carolina",
    "virginia", "santiago", "pilar", "mercedes", "dolores", "concepción", "rosario", "trinidad", "paz", "jordan",
    "madison", "logan", "tyler", "lynn", "mason", "hunter", "adelaide", "regina", "lourdes", "valencia",
    "charlotte", "savannah", "brooklyn", "aurora", "wellington", "jefferson", "stanley", "norman", "isa", "kerry",
    "hope", "amber", "whitney", "dean", "wilson", "emerson", "dale", "june", "april", "summer", "emilia", "brittany", "sofia",
]

/// The familiar forms of given names that do not begin like them ("Bob" for Robert, "Connie"
/// for Constance, "Javi" for Javier, "Cida" for Aparecida), by given name (lower case); forms
/// that do begin like them come from `shortForms(of:)`.
let familiarForms: [String: [String]] = [
    "robert": ["bob", "bobby", "rob", "robbie", "bert"], "william": ["bill", "billy", "liam"],
    // Polish diminutives in everyday use: "Gosia", "Kasia", "Basia"
    "małgorzata": ["gosia", "małgosia"], "katarzyna": ["kasia"], "barbara": ["basia"],
    "richard": ["rick", "ricky", "dick"], "margaret": ["maggie", "peggy", "meg", "marge"],
    "elizabeth": ["liz", "beth", "betty", "lizzie", "eliza", "libby"], "katherine": ["kate", "katie", "kath", "kathy", "kat"],
    "catherine": ["kate", "katie", "cathy", "cath"], "kathryn": ["kate", "katie", "kathy"],
    "rebecca": ["becky", "becca", "bex"], "daniel": ["dan", "danny"], "constance": ["connie"],
    "jennifer": ["jen", "jenny"], "joanne": ["jo"], "joanna": ["jo"], "josephine": ["jo", "josie"],
    "james": ["jim", "jimmy", "jamie"], "john": ["jack", "johnny"], "michael": ["mike", "mick", "mikey"],
    "christopher": ["chris"], "alexander": ["alex", "sandy", "xander"], "anthony": ["tony"],
    "edward": ["ed", "eddie", "ted", "ned"], "thomas": ["tom", "tommy"], "matthew": ["matt"], "nicholas": ["nick", "nicky"],
    "samuel": ["sam", "sammy"], "benjamin": ["ben", "benny"], "jonathan": ["jon", "jonny"], "joseph": ["joe", "joey"],
    "patricia": ["pat", "patty", "trish", "tricia"], "susan": ["sue", "suzy"], "deborah": ["deb", "debbie"],
    "victoria": ["vicky", "tori"], "stephanie": ["steph"], "alexandra": ["alex", "lexi", "sasha"],
    "abigail": ["abby"], "charlotte": ["lottie", "charlie"], "frederick": ["fred", "freddie"], "henry": ["harry", "hal"],
    "lawrence": ["larry"], "gregory": ["greg"], "timothy": ["tim"], "andrew": ["andy", "drew"],
    "francisco": ["paco", "pancho", "fran"], "josé": ["pepe"], "francesco": ["cesco", "checco"],
    "giuseppe": ["beppe", "peppe", "pino"], "katharina": ["kathi", "kati", "katja"], "johannes": ["hannes", "jo"],
    "javier": ["javi"], "fernando": ["nando"], "aparecida": ["cida"], "antônio": ["toninho", "tonho"],
    "fionnuala": ["finn", "nuala"], "oluwaseun": ["seun"], "oluwadamilare": ["dami"], "margarita": ["marga", "rita"],
    "guadalupe": ["lupe"], "dolores": ["lola"], "concepción": ["concha"], "mercedes": ["merche"],
    "ignacio": ["nacho"], "manuel": ["manolo"], "enrique": ["quique"], "jesús": ["chus", "chuchi"],
    "dorothy": ["dottie"], "eleanor": ["ellie", "nell"], "helen": ["nell"], "theodore": ["theo", "ted"],
    "zachary": ["zach", "zack"], "nathaniel": ["nate", "nat"], "nathan": ["nate"], "jacqueline": ["jackie"],
    "melissa": ["mel"], "melanie": ["mel"], "natalie": ["nat"], "samantha": ["sam"], "priyanka": ["pri"],
    "gabriel": ["gabe"], "ashley": ["ash"], "david": ["dave", "davie", "dai"], "jordan": ["jordy"],
    "venkataraman": ["venky"], "venkatesh": ["venky"], "krishnamurthy": ["krish"], "maria": ["mia", "mari"],
    "federica": ["fede"], "federico": ["fede"], "salvatore": ["totò", "turi"],
    "oliver": ["ollie", "olly"], "adebayo": ["bayo"], "inmaculada": ["inma"],
    "daniela": ["dani"], "rosalia": ["rosi"], "giovanni": ["gianni", "nino"],
]

/// Every familiar form of `familiarForms`, for telling a nickname from another word.
let familiarFormWords = WordSet(Array(Set(familiarForms.values.flatMap { $0 })).sorted())

/// The familiar forms `name` is known by ("Bob" for "Robert"), title-cased.
func nicknames(of name: String) -> [String] {
    (familiarForms[name.lowercased()] ?? []).map(titleCased)
}
