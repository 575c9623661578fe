import ResumeTestSupport
import Testing
import CPhoneNumber
@testable import ResumeRedaction

/// libphonenumber's matcher through the shim: byte offsets, regions, leniency, bounds.
@Suite struct PhoneMatcherTests {
    func phones(_ text: String, regions: [String]) throws -> [String] {
        let t = Text(text)
        var out = [Candidate]()
        try detectPhonesWithMatcher(t, regions: regions, into: &out)
        let b = Array(text.utf8)
        return out.map { String(decoding: b[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func offsetsAreUTF8BytesAfterNonASCIIText() throws {
        #expect(try phones("Téléphone portable : 06 12 34 56 78 — Zoë", regions: ["FR"]) == ["06 12 34 56 78"])
    }

    @Test func nationalNumbersNeedTheirRegion() throws {
        // A Brazilian mobile in its local grouping is valid for BR, not for US.
        #expect(try phones("Contato 11 97637-1301 ou e-mail", regions: ["BR"]) == ["11 97637-1301"])
        #expect(try phones("Contato 11 97637-1301 ou e-mail", regions: ["US"]) == [])
        // Unseparated numbers: a Turkish mobile and a UK mobile.
        #expect(try phones("GSM 05358410180", regions: ["TR"]).count == 1)
        #expect(try phones("call 07700900123 after six", regions: ["GB"]) == ["07700900123"])
        // "+" numbers are read whatever the region.
        #expect(try phones("Mobile +49 171 1234567", regions: ["US"]) == ["+49 171 1234567"])
    }

    @Test func possibleButInvalidNumbersNeedALabel() throws {
        // Nine digits in a number range no plan assigns: possible, not valid.
        #expect(try phones("Order 4415 2210 98 shipped", regions: ["US"]) == [])
    }

    @Test func aLongStretchOfDigitsIsNoNumberNorPartOfOne() throws {
        let stretch = "123456789012345678901234567890" // 30 digits in a row: no number is this long
        #expect(try phones("Ref " + stretch + " end", regions: ["US"]) == [])
        #expect(try phones("Ref " + stretch + " end", regions: ["GB"]) == [])
        // the numbers beside it, on the same run of phone characters, are still read
        #expect(try phones("Tel +44 20 7946 0000 " + stretch + " 020 7946 0001", regions: ["GB"])
            == ["+44 20 7946 0000", "020 7946 0001"])
        // twenty digits in a row are still given to the matcher
        #expect(try phones("Tel 00442079460000", regions: ["GB"]) == ["00442079460000"])
    }

    @Test func runsFarApartKeepTheirOffsets() throws {
        let filler = String(repeating: "lorem ipsum dolor sit amet\n", count: 200)
        let text = filler + "Tel: +44 20 7946 0000\n" + filler + "Tel: +44 20 7946 0001\n"
        #expect(try phones(text, regions: ["GB"]) == ["+44 20 7946 0000", "+44 20 7946 0001"])
    }

    /// Each run gets the matcher's whole try budget: a number is read however many dates
    /// and ids come before it (with 64 tries per 2 KB block, these used them all up).
    @Test func aNumberAfterManyDatesIsStillRead() throws {
        let dates = String(repeating: "ref 12.04.1979\n", count: 100)
        #expect(try phones(dates + "call 07700900123 after six\n", regions: ["GB"]) == ["07700900123"])
    }

    /// The runs the matcher is not given (see `piecesToMatch`) could not have changed the
    /// redaction: it is the same as with every run read.
    @Test(arguments: ["US", "DE", "BR"])
    func skippedRunsChangeNothing(_ region: String) throws {
        var rng = SplitMix64(seed: 11)
        func pick(_ a: [String]) -> String { a[Int(rng.next() % UInt64(a.count))] }
        let before = ["Tel:", "Phone", "M:", "", "", "Order", "SSN", "Card", "DOB", "Geburtsdatum:", "x", "CPF", "€", "a@b.io ", "(", "Fax:"]
        let seps = [" ", " ", "-", ".", "/", "", "  ", ") ", " (", "\u{A0}", "–"]
        let after = ["", "", " ext. 12", "x204", "#", "%", "abc", ":30", ".", " · g", "@x.io", "/2", "\n"]
        for _ in 0..<60 {
            var text = ""
            for _ in 0..<12 {
                text += pick(before) + pick([" ", "", ": "]) + pick(["", "", "+", "+1 ", "(", "00", "0", "(+49) "])
                let groups = 1 + Int(rng.next() % 5)
                for g in 0..<groups {
                    for _ in 0..<(1 + Int(rng.next() % 5)) { text += String(rng.next() % 10) }
                    if g < groups - 1 { text += pick(seps) }
                }
                text += pick(after) + pick([" and ", "\n", " | ", ", "])
            }
            let t = Text(text)
            var found = [Candidate]()
            try detectEmails(t, into: &found)
            try detectURLs(t, into: &found)
            try detectCards(t, into: &found)
            try detectNationalIDs(t, into: &found)
            try detectDatesOfBirth(t, into: &found)
            try detectPhones(t, into: &found)
            var skipping = [Candidate](), everyRun = [Candidate]()
            try detectPhonesWithMatcher(t, regions: [region], found: found, into: &skipping)
            try detectPhonesWithMatcher(t, regions: [region], into: &everyRun)
            #expect(resolve(found + skipping, in: t) == resolve(found + everyRun, in: t), "\(text)")
        }
    }

    @Test func documentRegionsComeFromCallingCodesAndWords() throws {
        #expect(try likelyRegions(Text("Currículo\nTelefone: +55 11 97637-1301\nCPF 123"), defaultRegion: "US") == ["BR"])
        #expect(try likelyRegions(Text("Currículo\nCelular 11 97637-1301"), defaultRegion: "US") == ["BR", "US"])
        #expect(try likelyRegions(Text("Lebenslauf\nGeburtsdatum: 1.2.1990\nTelefon 030 1234567"), defaultRegion: "US") == ["DE", "US"])
        #expect(try likelyRegions(Text("Lebenslauf\nGeburtsdatum: 1.2.1990\nTelefon 030 1234567\nAnschrift: Hauptstraße 1"), defaultRegion: "US") == ["DE"])
        #expect(try likelyRegions(Text("Senior engineer, Boston"), defaultRegion: "US") == ["US"])
        #expect(try likelyRegions(Text("Mobile +44 7700 900123, +44 20 7946 0000"), defaultRegion: "GB") == ["GB"])
        // the domains of e-mails and links
        #expect(try likelyRegions(Text("anna@example.de · www.anna-schmidt.de"), defaultRegion: "US") == ["DE"])
        #expect(try likelyRegions(Text("anna@example.de"), defaultRegion: "US") == ["DE", "US"])
        #expect(try likelyRegions(Text("e.g. in 2019 it was"), defaultRegion: "US") == ["US"])
        // cities, regions and form words a locale's documents use
        #expect(try likelyRegions(Text("Apellidos: Ruiz\nMadrid, España\nMóvil 612 34 56 78"), defaultRegion: "US") == ["ES"])
        #expect(try likelyRegions(Text("Pune, Maharashtra\nMobile: 98765 43210"), defaultRegion: "US") == ["IN", "US"])
        #expect(try likelyRegions(Text("Personalia\nWoonplaats: Utrecht"), defaultRegion: "US") == ["NL", "US"])
    }

    /// A number written the way its country writes it, in a document that says where it is from
    /// only through its words (no "+CC").
    @Test(arguments: [
        ("Apellidos: Ruiz Soler\nMadrid, España\nLlámame al 612 34 56 78 por las tardes.", "612 34 56 78"),
        ("Pune, Maharashtra, India\nWhatsApp me on 98765 43210 after six.", "98765 43210"),
    ])
    func nationalNumbersOfTheInferredRegion(text: String, number: String) {
        #expect(!PIIRedactor().redact(text, as: .resume).text.contains(number))
    }
}

/// The shim's STRICT_GROUPING answers (`rph_holds_strict`) against the search they stand for.
@Suite struct StrictGroupingTests {
    /// Its shortcut rests on a property of the installed library's metadata; with it gone the
    /// answers would be the same, only slower.
    @Test func theShortcutHoldsForThisLibrary() {
        #expect(rph_strict_shortcut() == 1)
    }

    /// For random runs of numbers, dates and ids, the answer for every POSSIBLE match is
    /// whether the STRICT_GROUPING search finds it.
    @Test(arguments: ["US", "DE", "BR", "GB", "IN", "FR"])
    func answersAreTheSearchs(_ region: String) throws {
        var rng = SplitMix64(seed: 29)
        func pick(_ a: [String]) -> String { a[Int(rng.next() % UInt64(a.count))] }
        let seps = [" ", " ", "-", ".", "/", "", ") ", " (", " / ", " - "]
        let valid = ["(415) 555-0132", "415-555-0132", "+1 415 555 0132", "020 7946 0958", "07700 900123", "+44 20 7946 0958",
                     "030 12345678", "0171 1234567", "+49 171 1234567", "(11) 97637-1301", "11 97637-1301", "(21) 3555-0192",
                     "06 12 34 56 78", "01 42 68 53 00", "+33 1 42 68 53 00", "98765 43210", "022 2778 1234", "+91 98765 43210"]
        var checked = 0, notHeld = 0
        for _ in 0..<400 {
            var text = pick(["", "Tel ", "x", "(", "+", "+1 ", "+49 ", "0", "00", "£", "No. "])
            for n in 0..<(2 + Int(rng.next() % 4)) {
                if rng.next() % 2 == 0 {
                    // a number valid somewhere, grouped as written there or not, a digit changed or not
                    var number = Array(pick(valid))
                    if rng.next() % 3 == 0, let k = number.indices.filter({ number[$0].isNumber }).randomElement(using: &rng) {
                        number[k] = Character(String(rng.next() % 10))
                    }
                    if rng.next() % 4 == 0 { number.removeAll { $0 == " " } }
                    text += String(number)
                } else {
                    let groups = 1 + Int(rng.next() % 4)
                    for g in 0..<groups {
                        for _ in 0..<(1 + Int(rng.next() % 5)) { text += String(rng.next() % 10) }
                        if g < groups - 1 { text += pick(seps) }
                    }
                }
                if n < 3 { text += pick([" ", " / ", ", ", " and ", "; ", " 0", " (", " +"]) }
            }
            text += pick(["", " ext. 12", "x", "%", " abc"])
            let b = Array(text.utf8)
            var possible = [rph_match](repeating: rph_match(), count: 64)
            var strict = [rph_match](repeating: rph_match(), count: 64)
            let (p, s) = b.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    (rph_find(chars.baseAddress, b.count, region, Int32(RPH_POSSIBLE), 64, 0, &possible, 64),
                     rph_find(chars.baseAddress, b.count, region, Int32(RPH_STRICT_GROUPING), 64, 0, &strict, 64))
                }
            }
            #expect(p >= 0 && s >= 0)
            let count = Int(p)
            guard count > 0 else { continue }
            let needed = [UInt8](repeating: 1, count: count)
            var holds = [UInt8](repeating: 0, count: count)
            _ = b.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    rph_holds_strict(chars.baseAddress, b.count, region, 64, possible, needed, count, 64, &holds)
                }
            }
            for k in 0..<count {
                let expected = strict[0..<Int(s)].contains { $0.start == possible[k].start && $0.length == possible[k].length }
                #expect((holds[k] != 0) == expected, "\(region) \(text) match \(k)")
                if expected { checked += 1 } else { notHeld += 1 }
            }
        }
        #expect(checked > 50 && notHeld > 50, "\(checked) held, \(notHeld) not")
    }
}
