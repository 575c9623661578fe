import ResumeTestSupport
import Foundation
import Testing
@testable import ResumeRedaction

@Suite struct LuhnTests {
    private func digits(_ s: String) -> [UInt8] { s.utf8.filter { $0 >= 48 && $0 <= 57 }.map { $0 - 48 } }

    @Test(arguments: ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
                      "4012888888881881", "30569309025904", "4222222222222", "79927398713"])
    func validNumbersPass(_ n: String) {
        #expect(luhnValid(digits(n)))
    }

    @Test(arguments: ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "79927398710"])
    func invalidNumbersFail(_ n: String) {
        #expect(!luhnValid(digits(n)))
    }

    @Test func emptyIsInvalid() { #expect(!luhnValid([UInt8]())) }

    @Test func cardsAreRedactedOnlyWhenLuhnValid() {
        #expect(job("Visa 4111 1111 1111 1111 exp 09/27") == "Visa [CARD] exp 09/27")
        #expect(job("Amex 3782 822463 10005.") == "Amex [CARD].")
        #expect(job("MC 5555-5555-5555-4444") == "MC [CARD]")
        #expect(job("card 6011111111111117 charged") == "card [CARD] charged")
        #expect(job("ref 4111 1111 1111 1112 pending") == "ref 4111 1111 1111 1112 pending")
        #expect(job("id 1234567812345678") == "id 1234567812345678")
    }
}

@Suite struct PhoneTests {
    @Test(arguments: [
        ("Call +1 (415) 555-0132 ext. 12 today", "Call [PHONE] today"),
        ("Office: +44 20 7946 0958.", "Office: [PHONE]."),
        ("(555) 123-4567", "[PHONE]"),
        ("Cell 555.123.4567", "Cell [PHONE]"),
        ("Telefon: +49 30 123456-78", "Telefon: [PHONE]"),
        ("Mobile 07700 900123", "Mobile [PHONE]"),
        ("Tél. : +33 1 23 45 67 89", "Tél. : [PHONE]"),
        ("+44 (0)20 7946 0321", "[PHONE]"),
        ("1-800-555-0199 or 202 555 0143", "[PHONE] or [PHONE]"),
        ("+1 212 555 0198 x204", "[PHONE]"),
        ("514-555-0199 poste 210", "[PHONE]"),
        ("Handy: 0176 12345678", "Handy: [PHONE]"),
        ("Phone: 555-0134", "Phone: [PHONE]"),
        ("(03) 9555 0123", "[PHONE]"),
        ("+81 3-1234-5678", "[PHONE]"),
    ])
    func formats(_ input: String, _ expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "2019–2023 and 2019-2023 and 2019 - 2023",
        "Jan 2020 - Present",
        "Start date: 01.07.2021, promoted 2022-04-01, left 30/06/2023",
        "Revenue $1,200,000 and €95k and USD 1.2M",
        "1 500 000 requests and 25 000 users",
        "Hosts 10.0.12.4 and 203.0.113.10",
        "Serial 2024 0318 5542",
        "Tracking 1Z 999 AA1 01 2345 6784",
        "Req ID 2024-0173, GS-0346-12",
        "Reduced churn by 35% and hit 99.99%",
        "Order #100-2384-5512",
        "7-digit without label 555-0134",
    ])
    func nonPhonesStay(_ input: String) {
        #expect(job(input) == input)
    }
}

@Suite struct TechAndNumbersTests {
    @Test func versionNumbersAreNotRedacted() {
        let s = "Swift 5.9, Python 3.11, iOS 17.2, Xcode 15.3, Kotlin 1.9.22, Ubuntu 22.04, Docker 24.0.7, v2.3.1, build 2023.1.1"
        #expect(resume("SKILLS\n" + s) == "SKILLS\n" + s)
        #expect(job(s) == s)
    }

    @Test func dottedTechNamesAreNotURLs() {
        let s = "Node.js, Vue.js, Next.js, Express.js, D3.js, ASP.NET Core, .NET 8, Socket.IO, socket.io, C++, C#"
        #expect(job(s) == s)
        #expect(redactor.redact("Built with Node.js", as: .jobDescription).spans.isEmpty)
    }

    @Test func companyDomainsInCapitalsAreNames() {
        #expect(job("Booking.com and Amazon.com") == "Booking.com and Amazon.com")
    }

    @Test func moneyPercentagesAndCountsStay() {
        let s = "$120,000 base, €95k bonus, USD 1.2M budget, 35% growth, 10,000 users, £65,000–£75,000"
        #expect(job(s) == s)
    }
}

@Suite struct URLAndEmailTests {
    @Test func urlsWithAndWithoutScheme() {
        #expect(job("See https://example.com/a?b=c.") == "See [URL].")
        #expect(job("(see www.example.org)") == "(see [URL])")
        #expect(job("linkedin.com/in/jane-doe · github.com/jdoe") == "[URL] · [URL]")
        #expect(job("Portfolio: janedoe.dev, blog") == "Portfolio: [URL], blog")
        #expect(job("https://en.wikipedia.org/wiki/Swift_(programming_language) is") == "[URL] is")
    }

    @Test func emails() {
        #expect(job("Mail jane.doe+jobs@example.co.uk, or") == "Mail [EMAIL], or")
        #expect(job("MONEILL@EXAMPLE.COM") == "[EMAIL]")
        #expect(job("no email here @ all, user@localhost") == "no email here @ all, user@localhost")
    }

    @Test func profilePathWithAtSignIsOneURL() {
        #expect(job("medium.com/@priyaraman") == "[URL]")
    }
}

@Suite struct IDAndDOBTests {
    @Test func ssn() {
        #expect(job("SSN: 123 45 6789") == "SSN: [SSN]")
        #expect(job("auth 123-45-6789 ok") == "auth [SSN] ok")
        #expect(job("auth 666-45-6789 and 000-12-3456 and 900-12-3456") == "auth 666-45-6789 and 000-12-3456 and 900-12-3456")
        #expect(job("SSN#: 078-05-1120") == "SSN#: [SSN]")
    }

    @Test func labelledNationalIDs() {
        #expect(job("National Insurance number: QQ 12 34 56 C") == "National Insurance number: [SSN]")
        #expect(job("NI No: AB123456C") == "NI No: [SSN]")
        #expect(job("Personal number: 19900314-1234") == "Personal number: [SSN]")
        #expect(job("National ID: 8501011234567") == "National ID: [SSN]")
        #expect(job("Steuer-ID: 12 345 678 901") == "Steuer-ID: [SSN]")
    }

    /// Identity documents named in the ten locales' languages, and a bracketed qualifier between
    /// the label and the value.
    @Test(arguments: [
        ("Título de eleitor: 7877 8932 0310", "Título de eleitor: [SSN]"),
        ("Voter ID (EPIC): TNV4417268", "Voter ID (EPIC): [SSN]"),
        ("Carta d'identità n. CA48213KB", "Carta d'identità n. [SSN]"),
        ("SSN (for payroll verification only): 536228147", "SSN (for payroll verification only): [SSN]"),
        ("Personalausweis-Nr.: L01X00T47", "Personalausweis-Nr.: [SSN]"),
        ("Paspoortnummer: NXC4R1P83", "Paspoortnummer: [SSN]"),
        ("Driving licence: MORGA753116SM9IJ", "Driving licence: [SSN]"),
        ("UAN: 100904319456", "UAN: [SSN]"),
    ])
    func identityDocumentLabels(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func identityDocumentWordsWithoutValuesStay() {
        for s in ["Epic Systems (EHR) 2019, Cerner", "an epic 12345678 journey", "Passport: valid until 2031",
                  "Driving licence: full, clean (B, C1)", "CIE certified 2021 team"] {
            #expect(job(s) == s)
        }
    }

    @Test func acronymLabelsNeedCapitals() {
        // "sin" / "tin" as ordinary words are not labels
        #expect(job("since 2019 12345678 tin 1234567") == "since 2019 12345678 tin 1234567")
    }

    @Test func datesOfBirth() {
        #expect(job("Date of birth: 14 March 1990") == "Date of birth: [DOB]")
        #expect(job("DOB 03/14/1990") == "DOB [DOB]")
        #expect(job("Born: 1990-03-14") == "Born: [DOB]")
        #expect(job("Geburtsdatum: 14.03.1990") == "Geburtsdatum: [DOB]")
        #expect(job("Birth date: January 7, 1988.") == "Birth date: [DOB].")
        #expect(job("Date of Birth - 12th August 1989") == "Date of Birth - [DOB]")
    }

    @Test func ordinaryDatesAreNotDOB() {
        let s = "Joined on 14 March 2019; start date 03/14/2020; Newborn unit 2015–2021; born-digital; Born and raised in Ohio"
        #expect(job(s) == s)
    }
}

@Suite struct AddressTests {
    @Test func streetAddresses() {
        #expect(job("HQ: 1600 Amphitheatre Parkway, Mountain View, CA 94043 | tel") == "HQ: [ADDRESS] | tel")
        #expect(job("221B Baker Street, London NW1 6XE") == "[ADDRESS]")
        #expect(job("Hauptstraße 5, 10115 Berlin") == "[ADDRESS]")
        #expect(job("at 12 rue de la Paix, 75002 Paris.") == "at [ADDRESS].")
        #expect(job("Flat 3, 14 Rose Lane, Leeds LS1 4AB") == "[ADDRESS]")
        #expect(job("P.O. Box 1234, Anytown, TX 75001") == "[ADDRESS]")
    }

    @Test func postalCodesInContext() {
        #expect(job("Springfield, IL 62704") == "[ADDRESS]")
        #expect(job("based in 10115 Berlin") == "based in [ADDRESS]")
        #expect(job("London NW1 6XE") == "[ADDRESS]")
    }

    @Test func bareNumbersAndCitiesAreNotAddresses() {
        let s = "Managed 45000 SKUs; backlog from 10115 to 2300; 90210 subscribers; Austin, TX; CA 2021; Berlin Marathon 2019"
        #expect(job(s) == s)
        let t = "Park Street Capital; covered Oxford Street REITs; Built 3 Excel models; 2 via Zoom"
        #expect(job(t) == t)
    }
}

@Suite struct NameTests {
    @Test func headingNameAndLaterOccurrences() {
        let input = "Jane A. Doe\nSenior iOS Engineer\n\nSUMMARY\nJane led the app. Doe's team grew. Jane Doe, again. Jane's idea.\n"
        #expect(resume(input) == "[NAME]\nSenior iOS Engineer\n\nSUMMARY\n[NAME] led the app. [NAME]'s team grew. [NAME], again. [NAME]'s idea.\n")
    }

    @Test func allCapsHeadingMatchesTitleCaseLater() {
        #expect(resume("OLIVER BRIGHTWATER\nData Analyst\nOliver builds dashboards.") == "[NAME]\nData Analyst\n[NAME] builds dashboards.")
    }

    @Test func headingAfterDocumentTitleAndHonorific() {
        #expect(resume("CURRICULUM VITAE\n\nDr. Hannah Weiss\nWeiss H. (2020)") == "CURRICULUM VITAE\n\nDr. [NAME]\n[NAME] H. (2020)")
        #expect(resume("Software Engineer Resume\nDaniel Kim | daniel@example.com") == "Software Engineer Resume\n[NAME] | [EMAIL]")
        #expect(resume("Name: Anna Kowalska\nAnna tests.") == "Name: [NAME]\n[NAME] tests.")
    }

    @Test func diacriticsHyphensAndParticles() {
        #expect(resume("Zoë O'Connor-Hughes\nZoë is available.") == "[NAME]\n[NAME] is available.")
        #expect(resume("Mary-Kate van der Berg\nMary-Kate ran it.") == "[NAME]\n[NAME] ran it.")
        #expect(resume("# Ahmed Al-Farsi\n**Cloud Engineer**") == "# [NAME]\n**Cloud Engineer**")
    }

    @Test func sectionWordsAndTitlesAreNotNames() {
        for s in ["EXPERIENCE\nGoldman Sachs\nVP", "Senior Software Engineer\nDistributed Systems · Payments",
                  "Curriculum Vitae\nSUMMARY\nBuilt things", "KEY NUMBERS\n2019 2020", "Product Designer"] {
            #expect(resume(s) == s)
        }
    }

    /// A job description has no candidate: its first line is not taken for a heading name. A
    /// person it names (a recruiter) is still redacted, as in a resume.
    @Test func jobDescriptionsGetNoHeadingName() {
        let s = "Zephyr Okonkwo\nRecruiter\nZephyr will call you."
        #expect(job(s) == s)
        #expect(resume(s) == "[NAME]\nRecruiter\n[NAME] will call you.")
        #expect(job("Jane Doe\nRecruiter\nJane will call you.") == "[NAME]\nRecruiter\n[NAME] will call you.")
    }

    @Test func nameInsideEmailOrURLIsNotMatchedSeparately() {
        #expect(resume("Jane Doe\nJane.Doe@example.com github.com/Jane") == "[NAME]\n[EMAIL] [URL]")
    }
}

@Suite struct ResolutionTests {
    @Test func priorityThenLength() {
        let t = Text("0123456789abcdefghij")
        let spans = resolve([
            Candidate(kind: .name, start: 0, end: 10),
            Candidate(kind: .phone, start: 5, end: 12),
            Candidate(kind: .email, start: 11, end: 14),
            Candidate(kind: .address, start: 15, end: 17),
            Candidate(kind: .address, start: 14, end: 20),
        ], in: t)
        // email beats phone (overlap at 11), phone is dropped, name survives, the longer address wins
        #expect(spans == [
            RedactedSpan(kind: .name, range: 0..<10),
            RedactedSpan(kind: .email, range: 11..<14),
            RedactedSpan(kind: .address, range: 14..<20),
        ])
    }

    @Test func addressBeatsNameInsideIt() {
        let out = resume("Oliver Baker\n221B Baker Street, London NW1 6XE\nBaker joined in 2019.")
        #expect(out == "[NAME]\n[ADDRESS]\n[NAME] joined in 2019.")
    }

    @Test func labelledIDBeatsPhone() {
        #expect(job("SIN: 046 454 286, Phone: 416-555-0147") == "SIN: [SSN], Phone: [PHONE]")
    }
}

@Suite struct OutputTests {
    @Test func placeholdersAtTheRightPlaces() {
        let input = "Jane Doe\njane@example.com · +44 20 7946 0958 · www.example.com\nDOB: 1 Jan 1990"
        let r = redactor.redact(input, as: .resume)
        #expect(r.text == "[NAME]\n[EMAIL] · [PHONE] · [URL]\nDOB: [DOB]")
        #expect(r.spans.map(\.kind) == [.name, .email, .phone, .url, .dateOfBirth])
    }

    @Test func spansAreByteOffsetsIntoTheOriginal() {
        let input = "José Álvarez García\n✉️ jose@example.es — Teléfono: +34 612 345 678"
        let r = redactor.redact(input, as: .resume)
        let bytes = Array(input.utf8)
        let pieces = r.spans.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(pieces == ["José Álvarez García", "jose@example.es", "+34 612 345 678"])
        // spans are sorted and disjoint
        for (a, b) in zip(r.spans, r.spans.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
    }

    @Test func emptyInput() {
        let r = redactor.redact("", as: .resume)
        #expect(r.text == "")
        #expect(r.spans.isEmpty)
    }

    @Test func crlfLineEnds() {
        let input = "Jane Doe\r\nPhone: (555) 123-4567\r\n221B Baker Street, London NW1 6XE\r\nJane codes.\r\n"
        #expect(resume(input) == "[NAME]\r\nPhone: [PHONE]\r\n[ADDRESS]\r\n[NAME] codes.\r\n")
    }

    @Test func descriptionsNeverContainText() {
        let r = redactor.redact("Jane Doe\njane@example.com", as: .resume)
        for s in [String(describing: r), String(reflecting: r), String(describing: r.spans), String(reflecting: redactor)] {
            #expect(!s.contains("Jane") && !s.contains("jane") && !s.contains("[EMAIL]"))
        }
        var dumped = ""
        dump(r, to: &dumped)
        #expect(!dumped.contains("Jane") && !dumped.contains("[NAME]"))
        #expect(PIIKind.nationalID.placeholder == "[SSN]")
        #expect(PIIKind.allCases.map(\.placeholder) == ["[EMAIL]", "[PHONE]", "[URL]", "[ADDRESS]", "[SSN]", "[DOB]", "[CARD]", "[NAME]"])
    }
}

@Suite struct RobustnessTests {
    @Test func largeGeneratedInputCompletes() {
        let block = """
        Senior Engineer — Acme Corp, Jan 2020 - Present. Swift 5.9, Node.js, 35% faster, $120,000.
        Contact jane@example.com, +1 (415) 555-0132, 221B Baker Street, London NW1 6XE, SSN 123-45-6789.

        """
        var text = "Jane Doe\n"
        while text.utf8.count < 200_000 { text += block }
        let r = redactor.redact(text, as: .resume)
        #expect(r.spans.count > 1_000)
        #expect(!r.text.contains("jane@example.com"))
    }

    @Test func pathologicalInputsDoNotCrash() {
        let inputs = [
            String(repeating: "7", count: 100_000),
            String(repeating: "1 ", count: 50_000),
            String(repeating: "a@", count: 30_000),
            String(repeating: "a.", count: 30_000) + "com",
            String(repeating: "+(", count: 20_000),
            String(repeating: "Jane Doe ", count: 10_000),
            String(repeating: "🙂🏳️‍🌈é\u{301}", count: 5_000),
            String(repeating: "x", count: 150_000),
            "\r\n\r\n\r", "\u{0}\u{1}\u{FFFD}", "+", "(", "@", "www.", "http://", "DOB:", "SSN:", "Name:",
            "Address:", "1", "12 rue", "Hauptstraße", "CA 9404", "4111 1111 1111 111",
        ]
        for s in inputs {
            let r = redactor.redact(s, as: .resume)
            #expect(r.spans.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= s.utf8.count })
        }
    }

    @Test func randomInputsDoNotCrashAndSpansStayValid() {
        var rng = SplitMix64(seed: 42)
        let alphabet = Array("0123456789 +-().,/@:#abcXYZ\n\r\téüß—·🙂Street St CA NW1 6XE DOB SSN www .com Jane Doe".unicodeScalars)
        for _ in 0..<300 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 400) { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let text = String(s)
            let r = redactor.redact(text, as: rng.next() % 2 == 0 ? .resume : .jobDescription)
            var last = 0
            for span in r.spans {
                #expect(span.range.lowerBound >= last && span.range.upperBound <= text.utf8.count)
                last = span.range.upperBound
            }
        }
    }
}

@Suite struct MultiLineAndPrefixTests {
    @Test func postcodeLineUnderAStreetLine() {
        #expect(resume("Max Mustermann\nMusterstraße 1\n12345 Musterstadt\nMax spielt.") == "[NAME]\n[ADDRESS]\n[ADDRESS]\n[NAME] spielt.")
        #expect(job("742 Evergreen Terrace\nSpringfield, IL 62704") == "[ADDRESS]\n[ADDRESS]")
        // a 5-digit number followed by more words on its line is not a postcode line
        #expect(job("12345 Users signed up\n45000 SKUs") == "12345 Users signed up\n45000 SKUs")
    }

    @Test func internationalPrefixWithZeros() {
        #expect(job("Tel 0044 20 7946 0958") == "Tel [PHONE]")
        #expect(job("call 0044 20 7946 0958 now") == "call [PHONE] now")
    }
}
