/// The version of the redaction rules; stored with every document's
/// redacted text (`redactor_version`), so rows redacted by older rules can
/// be found and redacted again (`resumectl redact --rewrite`).
///
/// Bump ``current`` whenever the redacted text for some input can change:
/// a detector, a word list, a label, a postcode pattern, a placeholder,
/// span resolution, or the libphonenumber leniency. Version 0 is reserved
/// for rows stored before versions were recorded; ``current`` lists what
/// each version changed.
public enum RedactorVersion {
    /// The version of the rules this build implements.
    /// 1: the rules when versions began to be recorded.
    /// 2: libphonenumber reads every number-like run with its own 64 tries
    ///    (a number after many dates or ids in one 2 KB block was not read);
    ///    people introduced by a reporting line or a contact phrase ("report to",
    ///    "Reportarás a", "Envie seu currículo para") and the later mentions of
    ///    every person named; more honorifics and academic titles; India's PAN,
    ///    Australia's TFN (grouped) and Brazil's PIS without a label; birth dates
    ///    written 23-Jan-1990 or after a padded form label; a number-first street
    ///    line above its postcode line; Indian address labels; the candidate's short
    ///    given name ("Jess" for Jessica) and Mc surnames; a person after a role behind
    ///    "work closely with".
    /// 3: people named by a known given name and a surname anywhere (per-locale given-name
    ///    lists), `Surname, Given` fields, the name under a letter's closing or after a greeting,
    ///    family members and signers in forms; heading names with a nickname, written surname
    ///    first or letter-spaced; familiar forms (Bob, Connie); each surname of a long name alone;
    ///    firms, places, prizes and brands named after people left alone; identity documents
    ///    named in the ten languages and ids in tables and padded forms; company, order and bank
    ///    numbers no phones or ids; region inference from cities and form words; Dutch
    ///    `030 - 231 84 77`; RuPay cards; social handles; links with non-ASCII paths; bare
    ///    company domains (`bol.com`) kept unless on a line of contacts.
    /// 4: French house numbers with a comma or "bis", a postcode and place after a street's house
    ///    number or on the line under an address, Indian PINs after an en dash, regions written
    ///    out, more street types; birth dates as fields of a personal-details line, after a
    ///    format hint, a birth year after a full name; Maestro 4-4-4-6 cards; self-introductions,
    ///    a nickname after the heading name, mail headers' names, greetings in quoted mail, birth
    ///    names, form name fields, familiar-name phrases, initials written together, a heading
    ///    name over two lines; firms, laws and works named after people kept; driver-licence and
    ///    voter-title ids; accounts after a network's label, more top-level domains; part, SKU
    ///    and fiscal-note numbers and long access keys kept.
    /// 5: Catalan squares, "C/" streets, elided French street names ("place de l'Iris"), places
    ///    of more words under a street ("Horb am Neckar"), Rio's "Praia" avenues; an institution's
    ///    name before its address kept; surnames that are cities ("Julien Paris", "Berlin,
    ///    Thomas", "Herr Berlin"); call names ("roepnaam"); handles before a network's name;
    ///    a surname kept where it names a trade or a street; Spanish and other achievement
    ///    headings no names; purchase-order numbers kept; the lines of an address block around a postcode line (locality, post town, county,
    ///    country) where they name no one; the candidate's name in a file's name ("CV_Marie_Dupont").
    /// 6: addresses written as forms field by field (`Address line 1`, `Logradouro`, `Bairro`),
    ///    a flat's, unit's or floor's line over the street line or its word before the number
    ///    (`Unit 5/22 Smith Street`), Indian landmarks, spaced and
    ///    hyphenated PINs and door numbers, abbreviated Brazilian and Spanish street types with
    ///    titles and unit words (`nº 3.880, sala 1204`), `Apartado de Correos`, German house-number
    ///    ranges and one-line addresses with `·` or `|`, CEDEX and `CS` boxes, house names before
    ///    the street; a firm's name ended by its legal form before its address kept; bio-data
    ///    forms' names and dotted initials (`K.V.S. Prasad`), a heading name under a job title,
    ///    greetings with a comma, nicknames in quotes, a name its e-mail address spells (`Kelsey
    ///    Park (kelsey.park@…)`), `Assoc.`/`Asst.` titles; places, firms, fellowships and venues
    ///    named like people kept (`Rose Cottage`, `contrato Juan de la Cierva`, `Phoenix
    ///    Palladium`); a host in capitals after a link label (`Portafolio: NURIAVILADECANS.CAT`);
    ///    no phone read inside a stretch of more than 20 digits.
    /// 7: German street types as a word of their own (`Berliner Straße 38`; `Weg`, `Platz`, `Ring`
    ///    only before their postcode), floors (`3. OG links`), en-dash house-number ranges, a
    ///    province of several words in brackets, a UK street with no type over its postcode line,
    ///    address parts joined by a dash merged; a local number joined to a phone by "/", "ou",
    ///    "or"; Gaelic particles, `Sri` before an initial, honorifics in brackets, a common word as
    ///    the name after a personal honorific (`Dear Ms Page,`), a known given name before a role
    ///    whatever the surname, after a column's bar too, people to ask for and signers by their
    ///    given name, headings of two words that are words (`HUNTER HALL`); royal namesakes,
    ///    stations, firms' words, post-nominal letters, pay scales, codes after an id label's
    ///    letters, brands before a role kept; a number after a phone label whose check digits hold
    ///    by chance is a phone, and so is one of a fiction range written without separators.
    /// 8: phones in brackets as a whole, a German area code joined by " / ", labels padded to
    ///    a column, more contact labels; a heading's name before its post-nominal letters,
    ///    co-authors of a found person in publication lists, referee lists' labels, 170 more
    ///    given names, the older Europass name field, nicknames quoted in brackets, whom to talk
    ///    or write to (`falar com`, `escribe a`); a firm's EIN and a schedule's SIN item kept,
    ///    brands read with the word before a given name; `C/` in running text, a postcode and
    ///    place ending prose, a firm's name before its street kept, hyphenated streets and
    ///    campuses before a postcode, Brazilian parts joined by dashes, an office label's value,
    ///    Dutch street names' first words; a bare host spelling a found person's name; an
    ///    unlabelled BSN on a Dutch personal-data line; `Nacido en 1986`; Spanish and Dutch towns
    ///    voting for their region beside other signs, an extension after a matched number, a
    ///    Spanish firm's CIF kept, initials or a given name with a call name in brackets, roles as
    ///    labels before a known given name (`Foreman: Paddy McGinley`), `Revd`.
    /// 9: the people of a list after `Present:`, `Panel:`, `Team:`; a found person's initials in
    ///    minutes (`NB asked JO'D`); two known given names joined by "and"; IEEE authors; a person
    ///    before their number (`bel Rutger op …`) or after a possessive and a role (`my manager,
    ///    Tomasz,`); relatives' and `Known as` labels; `Cllr`, `Imam`, `HHJ` before a known given
    ///    name; an honorific kept out of a name; an id's or a birth date's purpose before the
    ///    label's colon; institutions named after titled people, surnames naming a firm (`Bishop
    ///    King`, `Carrasco, S.A.`, `chez Boulanger`), `MS` before a shelfmark, lone acronyms,
    ///    camel-case brands, journals, dates, page ranges and identifiers' ends kept; a firm
    ///    before the street its postcode grew to and a lower-case aside after an address kept;
    ///    `RG n° 22/01234` a case number; with an outside review's mends (initials only of listed
    ///    people, relatives' labels only before a known given name, …); institutions after a
    ///    generation's suffix (`Edward Hines, Jr. VA Hospital`), places and posts named after a
    ///    titled person (`Don Revie Stand`), a licence's number and an IBAN's digits no phone or card.
    /// 10: a link broken at its line's end (its rest on the next line), hosts on the documentation
    ///    domain `.example` with a path, a handle after a word asking to follow it (`Siga-nos:`),
    ///    an e-mail address with its at sign spelled out (`(arroba)`, `(at)`), Catalan and Galician
    ///    birth-date labels; a heading's given name written short (`MD.`, `Mohd.`, `CH.`), and one
    ///    name alone over the line whose child it is (`MEENAKSHI` over `D/o Mr. …`); a person after
    ///    a role and a comma (`the nurse in charge, Precious Moyo.`); a board's officers' labels
    ///    (`Company secretary: J. R. Okonkwo`); 19 more given names, firms named after their founder
    ///    (`Grupo Dani García`); an Indian PIN after a state in brackets or dotted letters
    ///    (`Warangal (Telangana) – 506002`, `U.P. – 232101`), a Dutch place after two blanks,
    ///    Spanish streets with no number (`Av. Peregrinos, s/n, 24008 León`), the lines under an
    ///    address label alone on its line, a person before their pronouns (`Priya (she/her)`).
    /// 11: the later mentions of the people found in lists, beside their e-mail address or number and
    ///    before their pronouns (full name and known given name); a person's papers after their
    ///    possessive (`Priya's CV`); 90 more given names and familiar forms; institutions, medals and
    ///    series named after people (`Liceo … "Enrico Fermi"`, `Paul Gerhardt Diakonie`, `our "Frank
    ///    Discussions" session`), brands named after their founder; appraisals, minutes and
    ///    recommendations as document titles; initials declared in brackets (`Zainab Hussain (ZH)`);
    ///    a lone surname after a fused article (`am Schiller`, `al Fermi`) or `unser`; capital particles
    ///    inside a mixed-case heading (`SÁNCHEZ DE LA TORRE`); authors with dotted initials (`Colombo F.`);
    ///    an unlabelled Aadhaar number only with signs of India; bare digits after an example mark no phone.
    /// 12: a lone name before "and I" (`Rachel and I presented`) or after an adverb starting the
    ///    sentence (`Yesterday Rachel …`) is the person; a given name before an English "-tion(s)"/
    ///    "-sion(s)" word is none (`Frank Discussions`); foundations named after a list of given names
    ///    (`Fondazione Piera, Pietro e Giovanni Ferrero`) and buildings after "the" and a titled name
    ///    (`the Dr. Rangarajan Block`) kept; a number after the international prefix "00" only when
    ///    its country's numbering plan holds its length (`WV 0061 2243 17` kept); numbers after German
    ///    and Dutch compounds naming a thing's number (`Projektnummer`, `dossiernummer`) kept; saints and
    ///    firms named like people (`Don Bosco`, `Baker Hughes`) kept; a firm or a hospital's, a
    ///    school's or a department's name leading a labelled address left out of it; a heading name two blanks apart (`DEREK  HOLLOWAY`, as pdftotext spaces
    ///    one); initials owning a minute's action (`Action: JT / COD`); an initial and the first of
    ///    two surnames (`C. de la Fuente` for Carmen de la Fuente Rubio); authors whose surname an Irish
    ///    particle leads (`Ó Briain, N.`) or whose initials stand before the year (`Ferrand TJ (2022)`); a
    ///    form's initials (`Voorletters: J.H.`) and a labelled surname led by a particle (`Achternaam: de
    ///    Boer`); whom to text (`Text Alyssa`); a surname in a German comparison (`wie ein Fuchs`)
    ///    or a season before a year (`Sommer 2018`) and posts named after people (`Humboldt-Professorin`)
    ///    kept; Dutch and German particles after a given name that is a word (`Tim van Dijk`); hosts on
    ///    `.example`; a date after nationality and marital
    ///    status fields (`Brasileira, solteira, 14/09/1994`) is the birth date; 43 more Welsh, Irish, Scottish Gaelic,
    ///    older English, Pakistani, Nigerian, Gujarati and Italian given names.
    /// 13: a degree's branch after its letters is no name (`B.E. Civil`); a German trade that is the
    ///    candidate's surname kept where it is the trade (`Koch mit Leidenschaft`, `2015 – 2018 Koch, Hotel
    ///    Adlon`); a role or a health service before a town's line left out of the address (`RN Grade 1,
    ///    Austin Health, Heidelberg VIC 3084`); an initial and a surname after "worked with" and the like
    ///    (`Worked with S. Adeyemi`); students' and bank accounts' numbers after their labels no phone
    ///    or card (`Roll No.: 1702310045`, `A/c No. …`); a caste's or gotra's field holds no person; a
    ///    brand's camel-case word (`Dr. Lal PathLabs`), firms, curricula and honours named after people
    ///    (`Emerson Electric`, `Lucy Calkins Units`, `Charles B. Rangel Graduate Fellow`, `Onze Lieve
    ///    Vrouwe Gasthuis`) and a Dutch firm's compound after a surname (`Kuipers Projectmanagement`) kept;
    ///    German institutions and firms named after people (`Universitätsklinikum Carl Gustav Carus`, `Dr.
    ///    Becker Klinikgruppe`, `…-Institut`), a set of chambers before its address, a German role heading
    ///    (`Bauleiter Hochbau`) and a degree's field (`Dipl.-Ing.`) kept; a surname that is a word after a
    ///    given name that is none (`Stephen Page`; a place's word only behind an honorific: `Mrs Ceri
    ///    Street`), and no word surname alone as a later mention (`Cook and plate`); more officers' labels
    ///    of minutes (`Proposed:`, `Also present:`); the Bengali surname `Das` at a name's end and 35 more
    ///    Welsh, Gaelic and Bengali given names; a given name in capitals before others (`RAM NARESH
    ///    YADAV`); the Dutch municipalities' `14 0NN` numbers beside a calling word, and `06 – 12 34 56 78`;
    ///    a street before " / " and a postcode, a saint's place after a postcode (`66386 St. Ingbert`);
    ///    firms' compounds in a heading line, prizes after a hyphen (`Konrad Zuse-Wettbewerb`), `Priscilla
    ///    Bacon Lodge`, `Gleiss Lutz`, `PartmbB` kept; 25 more German given names; who mentored, trained,
    ///    hired or referred someone (a known given name, an initial or a role after a comma); whom to
    ///    call with a role after a comma (`Bel Noor Boukhari, teamleider`); a given name and a role in
    ///    brackets (`(Lisa, office manager)`); authors, artists and characters in reading lists, theses and
    ///    hobbies (`Reading Arundhati Roy and Toni Morrison`, `every Jack Reacher novel`) and 80 more public
    ///    figures kept; Indian festivals (`Ganesh Chaturthi`), a Dutch hospital's compound, a doctor's firm
    ///    before a comma (`Dr. Reddy's,`), document titles (`CERTIFICADO DE EMPRESA`) kept; order numbers
    ///    after their label no card however grouped; the first of a month in a birth date (`1er avril
    ///    1989`, `1° giugno`, `1º de marzo`); an id in lower case after its label (`NI number: jk438217c`),
    ///    `UID No.` and `Identificación fiscal` labels (and "fiscal" a note's label only after "nota");
    ///    Australia's `13 NN NN` numbers beside a calling word; a time's minutes before a town's PIN and a
    ///    part's number after `P/N` no address or phone; a known given name alone where only a person
    ///    stands (before a role or a team after a comma, before "from" and a team, after a closing, after a
    ///    verb of working and "with"); a mail header's surname that is a word (`From: Kevin Park <…>`);
    ///    the opening bracket of a whole number in brackets that the matcher read as an area code's kept
    ///    (`(719-555-0152)`); a name's possessive "'s" left out of it (`Ms [NAME]'s`); `Marine Corps` kept; a
    ///    suburb and its state before a postcode no person (`Phillip ACT 2606`); 20 more Frisian, Moroccan,
    ///    Turkish, Surinamese and other given names; holders of a public office named in it (`Prime Minister
    ///    Anthony Albanese`), Dutch organisations heading a letter (`Stichting …`, `Hogeschool …`), a
    ///    first-aid unit after "CPR" (`CPR HLTAID009`) kept; one letter after another honorific is an
    ///    initial (`Mr D. Ashcroft`, `Dr M. Rutherford`), and so is one without its full stop behind an
    ///    honorific (`Mr T Evans`); an initial and a surname after a referees' label, a countersigner; a
    ///    given name's possessive before what only a person has (`Leanne's graduation`); ids and birth
    ///    dates after a label padded as far as phones' are (48 bytes, `maxLabelPadding`). An outside
    ///    review's mends: word surnames left out of later mentions only where the word opens sentences
    ///    (`Cook`, not `Brown`); no camel-case surname prefix, network or tool word is a brand's; works'
    ///    nouns only of authors' and artists' works, and a role after a comma makes a private person;
    ///    public offices only political (`Prime Minister`, `Senator`; not `Governor`, `Chancellor`, `Youth
    ///    Minister`); firms after an initial or before an ampersand, tools after "worked with", helplines
    ///    and card accounts after their labels, counts after short numbers, a chip's UID, a doctor's
    ///    practice, a closing's given name that is a word.
    /// 14: a known given name or its familiar form alone where only a person stands, further: the object
    ///    of a verb that takes only a person (`supervising Deepika during her contract`, `spoke with Tom at
    ///    the fair`, `We met Sophie at …`), before a relative's word in brackets (`Marcos (irmão)`), after a
    ///    comma, "the" and a role (`Fiona, the MD`), a familiar form's possessive (`Jonny's questions`);
    ///    Gaelic surnames with an article or a mutation (`Mac an Tàilleir`, `Ó hUiginn`); Polish
    ///    diminutives and four more given names; a mail header's recipients surname first (`To: Street,
    ///    Gary; Moss, Hannah`); a partner after `co-PI with`; minutes' lists past `Mr T Evans` and word
    ///    surnames behind a person's title, and initials in a bracketed list after a group's word (`The
    ///    panel (JW, DA, IB)`). Two outside reviews of wider rules (a sentence's subject, "thanks to", "asked
    ///    for", a role in brackets, a familiar form before a surname, word surnames before a role, founders
    ///    and namesakes kept) found them taking firms, places, tools, bots and shows, or keeping private
    ///    people, and they were withdrawn before this version.
    /// 15: 1,083 more common given names of working age in the ten locales (Renee, Carolyn, Jerry,
    ///    Ramona, Rajinder, Funmi; none that is a word, place or brand), with a law firm, a magazine and
    ///    namesakes kept (`Cyril Amarchand Mangaldas`, `Martha Stewart Living`, `Kalpana Chawla Space
    ///    Technology Cell`) and a stop's word before a name (`parada Adolfo Aznar`); a weekday alone after
    ///    an introducer is no one (`call Thursday at 2 PM`). Three wider rules were withdrawn before this
    ///    version after outside reviews: a list of public figures kept wherever their names stood (it kept
    ///    private referees named like them), names after new role labels (`Project lead:`, `Chair:`) and
    ///    authors after grant labels (`Co-investigators:`, `CIs`), which took places, firms and units.
    public static let current = 15
}
