import ResumeTestSupport
import Testing

// Inputs for the linear-work tests: text families that make the detectors' loops do the
// most work they can, at any size.

/// An adversarial input family: builds a text of about `n` bytes.
struct AdversarialFamily: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable (Int) -> String

    var testDescription: String { name }

    /// `unit` repeated to `n` bytes (cut at a character boundary).
    static func repeating(_ name: String, _ unit: String) -> AdversarialFamily {
        AdversarialFamily(name: name) { n in fill(unit, to: n) }
    }

    /// `head`, then `unit` repeated to `n` bytes in all.
    static func headed(_ name: String, _ head: String, _ unit: String) -> AdversarialFamily {
        AdversarialFamily(name: name) { n in head + fill(unit, to: max(0, n - head.utf8.count)) }
    }

    /// `unit` repeated to `n` bytes, then `tail`.
    static func tailed(_ name: String, _ unit: String, _ tail: String) -> AdversarialFamily {
        AdversarialFamily(name: name) { n in fill(unit, to: max(0, n - tail.utf8.count)) + tail }
    }

    /// `unit` repeated and cut to at most `n` bytes, at a character boundary.
    static func fill(_ unit: String, to n: Int) -> String {
        var s = String(repeating: unit, count: n / max(1, unit.utf8.count) + 1)
        while s.utf8.count > n { s.removeLast() }
        return s
    }
}

/// Random pieces drawn from `alphabet` with a fixed seed, to `n` bytes.
private func randomText(_ alphabet: [String], seed: UInt64, _ n: Int) -> String {
    var rng = SplitMix64(seed: seed)
    var s = ""
    s.reserveCapacity(n + 8)
    while s.utf8.count < n { s += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
    return s
}

/// Random bytes, with invalid UTF-8 replaced the way any `String` built from bytes is.
private func randomBytes(seed: UInt64, _ n: Int) -> String {
    var rng = SplitMix64(seed: seed)
    return String(decoding: (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, as: UTF8.self)
}

/// Inputs built to make each detector loop do the most work: runs that every position starts
/// again (joined words, digit groups, labels), long tokens after many anchors, long words
/// before postal codes, long heading names, and random text.
let adversarialFamilies: [AdversarialFamily] = [
    // hyphen/apostrophe-joined words: every position starts the same long word
    .repeating("a-a-a", "a-"),
    .repeating("A-A-A", "A-"),
    .repeating("a'a'a", "a'"),
    .repeating("a’a’a", "a’"),
    .repeating("é-é-é", "é-"),
    .repeating("Abc-Abc", "Abc-"),
    .repeating("DOB-DOB", "DOB-"),
    // digits
    .repeating("1-1-1", "1-"),
    .repeating("1 1 1", "1 "),
    .repeating("digits", "0123456789"),
    .repeating("digits spaced", "0 1 2 3 4 5 6 7 8 9 "),
    .repeating("digits dashed", "0-1-2-3-4-5-6-7-8-9-"),
    .repeating("digit groups", "0123 4567 89 "),
    .repeating("card groups", "4111 1111 1111 1111 "),
    .repeating("card dashes", "4111-"),
    .repeating("phones", "555 123 4567 "),
    .repeating("phones +", "+1 (415) 555-0132 ext. 12, "),
    .repeating("plus parens", "(+1 (+"),
    .repeating("dates", "12.03.1990 "),
    .repeating("SSN shapes", "123-45-6789 "),
    .repeating("dots", "1.1.1.1."),
    // e-mail and URLs
    .repeating("@@@@", "@"),
    .repeating("a@a@a", "a@"),
    .repeating("a.a.a", "a."),
    .tailed("a.a.a then @", "a.", "@example.com"),
    .repeating("@ then a long host", "x@" + String(repeating: "a.", count: 200)),
    .repeating("long local parts", String(repeating: "a", count: 70) + "@x.io "),
    .repeating("www.www", "www."),
    .repeating("http://", "http://"),
    .repeating("http://.", "http://a." + String(repeating: ".", count: 40) + " "),
    .repeating("host paths", "a.com/"),
    .repeating("parens url", "(http://a)"),
    // words and capitals
    .repeating("Abc Abc", "Abc "),
    .repeating("ALLCAPS", "ALLCAPS "),
    .repeating("AB 12", "AB 12 "),
    // a long all-caps heading name, then a text made of its first word's letters
    AdversarialFamily(name: "long heading name") { n in
        String(repeating: "A", count: n / 4) + " BBBB\n" + String(repeating: "A", count: n - n / 4 - 6)
    },
    .headed("heading name then name prefixes", "Jane Doe\n", "Jan Jane Jane- "),
    .repeating("one line no spaces", "Main-St.1/2,Ab'd;x|"),
    // addresses
    .repeating("1 Main St,", "1 Main St, "),
    .repeating("Flat 3,", "Flat 3, "),
    .repeating("house numbers in tokens", "1 Abc/"),
    .repeating("house numbers before a long word", "1 " + String(repeating: "Ab/1 ", count: 6) + "C" + String(repeating: "d", count: 300) + " "),
    .repeating("city words before a state", String(repeating: "A-", count: 150) + "b NY 12345 "),
    .repeating("city state zip", "Springfield, IL 62704, "),
    .repeating("state zip", "NY 12345 "),
    .repeating("uk postcodes", "London NW1 6XE, "),
    .repeating("postcode city", "10115 Berlin, "),
    .repeating("street first", "Calle Mayor 15, "),
    .repeating("compound street", "Hauptstraße 5, "),
    .repeating("po box", "P.O. Box 1 "),
    .repeating("Address:", "Address: 1 "),
    .repeating("capitalised segments", "1 Main St, " + String(repeating: "Abc ", count: 40)),
    .repeating("anchors before a long token", String(repeating: "1 A St, ", count: 5) + String(repeating: "B", count: 2000) + ", "),
    .repeating("long tokens after house numbers", "1 A" + String(repeating: "b", count: 500) + " "),
    // labels
    .repeating("Phone:", "Phone: "),
    .repeating("Phone number", "Phone number: 5 "),
    .repeating("DOB", "DOB "),
    .repeating("Born", "Born 19"),
    .repeating("Name:", "Name: "),
    .repeating("SSN:", "SSN: "),
    .repeating("SSN 1", "SSN 1 "),
    .repeating("id number", "SSN id number "),
    .repeating("labels before a long id", "SSN no SSN " + String(repeating: "1", count: 300) + " "),
    .repeating("identifier before a phone", String(repeating: "x", count: 300) + "1 555 123 4567 "),
    // people named without a label (GivenNamePersons.swift) and the contexts their mentions are
    // weighed in: a lone surname after a comma on one long line, bare hosts on one long line,
    // many people sharing an initial, closings, greetings, handles, nicknames, letter-spacing
    .headed("lone surname mentions on one line", "Wei Li\n", ", Li;"),
    .headed("lone surname mentions ending fields", "Wei Li\n", ", Li.  "),
    .repeating("bare hosts on one line", "a.co "),
    .repeating("bare hosts with years", "ab.com 2019 - 2021 "),
    .repeating("unlabelled people sharing an initial", "I worked with Mario Mesa daily. M "),
    .repeating("given names and capitalised words", "Anna Maria Paula Rosa Costa "),
    .repeating("closings", "Best,\nKind regards,\n"),
    .repeating("greetings", "Hi Anna,\nDear Tom!\n"),
    .repeating("handles", "@a.b @c_d "),
    .repeating("surname comma given", "Okafor, Denise A.\n"),
    .headed("nickname heading then quotes", "ROBERT (BOB) HALE\n", "(Bob) \"Bob\" "),
    .repeating("letter-spaced lines", "J O R D A N    E L L I S\n"),
    .headed("long given name", "KING, M", "m"),
    .tailed("long word before a comma and a given name", "x", ", Denise\n"),
    .headed("people sharing an initial, then initials", "Maria Mora\n" + [
        "Marta Mora", "Marco Moss", "Maria Mills", "Martin Moore", "Michael Morris", "Mark Murphy", "Matthew Mason",
        "Megan Meyer", "Melanie Munoz", "Monica Molina", "Miguel Marsh", "Manuel Mercer", "Marina Monroe",
        "Mateo Madsen", "Miriam Mahler", "Morgan Mackay", "Malcolm Mendes",
    ].map { "I worked with \($0) daily.\n" }.joined(), "M "),
    .headed("postcodes under an address", "Via Roma 12\n", "12345 Abc\t"),
    .repeating("postcodes after house numbers", "Weg 8, 12345 Abc, "),
    .repeating("French numbers before street types", "4 bis, rue A 5, allée B "),
    .repeating("place and date fields", "Den Burg · 14-02-1972 · "),
    .repeating("birth years after names", "Frau Lea Fischer (2011), "),
    .headed("date format hint then padding", "Date of Birth (DD/MM/YYYY)", " ("),
    .repeating("self-introductions", "Hi, I'm Anna. Call me Ray "),
    .repeating("mail headers", "To: Anna Lee <a@b.co>\nAan: Noor "),
    .repeating("birth names", "Herr Jonas Weber, geb. Brandt; "),
    .repeating("nicknames after names", "Frau Anna Weber (\"Anni\") "),
    .repeating("firms named after people", "at Dan Murphy's and AORN Antonio Cardarelli, the Betty Crocker mix "),
    .repeating("form name fields", "Surname: Rivas  Preferred name: Annie  Forename: \n"),
    .repeating("familiar-name phrases", "known as Bia, me chama de Malu. "),
    .repeating("labelled accounts", "GitHub: a1 LinkedIn:: x "),
    .headed("a long value after an account label", "GitHub: ", "a"),
    .repeating("id labels before codes and number words", "Driver licence: TX / ACT C class, x "),
    .repeating("id labels over line breaks", "Passport\n"),
    .repeating("postcodes in columns on one line", "\t10115 Berlin"),
    .repeating("postcodes after double blanks on one line", "ab  10115 Berlin "),
    .repeating("PINs in columns on one line", "a\tChennai – 600034,"),
    .repeating("long runs of digit groups", "3524 0376 "),
    .headed("recent birth years on one long line of children", "Kinder: ", "Frau Lea Fischer (2014). "),
    .repeating("nickname phrases after names", "Jonathan Price, known as Jono, "),
    .repeating("accounts separated by commas", "GitHub: a1, GitLab: "),
    .repeating("brand words and names on one line", "brands Anna Weber, marcas "),
    .repeating("names before roles", "\nTroy Baxter, former Store Manager — Ann Lee, Head "),
    .repeating("tax numbers on register lines", "HRB 1 Steuernummer 026 235 41870 · "),
    .headed("a city surname's mentions after words", "Julien Paris\nMia Coles\n", "worked for Coles, zum Koch, né à Paris, Herr Paris "),
    .repeating("handles before networks' names", "@ab on Instagram @cd (TikTok) "),
    .repeating("institutions before addresses", "Technische Universiteit Eindhoven, Groene Loper 19, "),
    .headed("places of more words under a street", "Industriestraße 9\n", "72160 Horb am Neckar an der Bad\n"),
    .repeating("slashed and elided street types", "C/ Mayor 18, 12 place de l'Iris, c/ "),
    .repeating("words of host characters", "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p "),
    .repeating("address block lines around postcodes", "Little Wratting\nHaverhill\nSuffolk\nCB9 7UD\nWales, United Kingdom\n"),
    .repeating("long lines over postcodes", "Abc Def Ghi Jkl Mno Pqr Stu Vwx Yza Bcd Efg Hij Klm Nop\nCB9 7UD\n"),
    // links broken over lines, spelled-out at signs
    .repeating("links ending their lines", "http://a.example/\nhttps://\n"),
    .repeating("spelled-out at signs", "a.b (at) (arroba) [at] "),
    .repeating("people after a role and a comma", "the nurse in charge, Ab-Cd Ef Gh, the lead, "),
    .repeating("PINs after brackets and dotted states", "Abc (Def) – 506002 Ab, U.P. – 232101 (((( "),
    .repeating("address labels over lines", "Address:\n1, 2, 3, 4, 5\nAdresse:\n"),
    .repeating("pronouns in brackets", "Ab Cd Ef Gh (she/her/hers) (he/"),
    // whitespace
    .repeating("newlines", "\n"),
    .repeating("CRLF", "\r\n"),
    .repeating("spaces", " "),
    .repeating("tabs and spaces", "\t "),
    .headed("label then spaces", "SSN", " "),
    .tailed("spaces then phone", " ", "555 123 4567"),
    // random
    AdversarialFamily(name: "random bytes") { randomBytes(seed: 42, $0) },
    AdversarialFamily(name: "random tokens") { n in
        randomText(["a", "A", "1", " ", "-", ".", "@", "/", ":", ",", "\n", "(", "+", "é", "’", "St", "0"], seed: 7, n)
    },
]
