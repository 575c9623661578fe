@testable import ResumeRedaction
import Testing

/// The families the second writer's batch (Corpus/names-*.txt) showed missing:
/// people introduced by a reporting line or a contact phrase in job ads and
/// letters and their later mentions, national ids known by their shape or
/// check digits (PAN, TFN, PIS), birth dates in forms, number-first street lines.
@Suite struct SecondWriterFamiliesTests {
    @Test(arguments: [
        ("You will report to our VP of Engineering, Nikhil Desai, and work with eight SREs.",
         "You will report to our VP of Engineering, [NAME], and work with eight SREs."),
        ("Reported to CTO Raymond Castellanos; cut lead time.", "Reported to CTO [NAME]; cut lead time."),
        ("You will report to Engineering Manager Vikram Rao.", "You will report to Engineering Manager [NAME]."),
        ("Reportarás a Óscar Beltrán, responsable de Sistemas.", "Reportarás a [NAME], responsable de Sistemas."),
        ("Riporterai al Responsabile Acquisti, dott. Federico Galli.", "Riporterai al Responsabile Acquisti, dott. [NAME]."),
        ("Sie berichten direkt an Herrn Markus Vogt, Head of Regulatory Affairs.",
         "Sie berichten direkt an Herrn [NAME], Head of Regulatory Affairs."),
        ("For a chat, call Sophie Ng on 0491. Sophie will reply.", "For a chat, call [NAME] on 0491. [NAME] will reply."),
        ("Referenz: Prof. Dr. med. Klaus-Dieter Lenz, Chefarzt", "Referenz: Prof. Dr. med. [NAME], Chefarzt"),
        ("Questions? Contact Shannon O'Rourke, Talent Partner. Shannon replies.", "Questions? Contact [NAME], Talent Partner. [NAME] replies."),
        ("Inviare il CV alla dott.ssa Francesca Colombo. La dott.ssa Colombo risponde.",
         "Inviare il CV alla dott.ssa [NAME]. La dott.ssa [NAME] risponde."),
        ("A la atención de D.ª Elena Martínez Soler", "A la atención de D.ª [NAME]"),
        ("t.a.v. de heer R. Bakker", "t.a.v. de heer [NAME]"),
        ("reported to VP Product Rohan Mehta; grew sales.", "reported to VP Product [NAME]; grew sales."),
    ])
    func introducedPeopleAndTheirMentionsAreRedacted(input: String, expected: String) {
        #expect(redactor.redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        "You will report to the Board of Directors.",
        "Call Centre experience is a plus.",
        "Mr. Robot is my favourite series.",
        "Controllerin, Dr. Oetker Nahrungsmittel KG, Bielefeld",
        "Rua Dr. Renato Paes de Barros is where our office is.",
        "Ph.D. Physics, ETH Zürich, 2012–2016",
        "M.Sc. Computer Science, 2010",
    ])
    func notPeopleStay(input: String) {
        #expect(redactor.redact(input, as: .jobDescription).spans.allSatisfy { $0.kind != .name }, "\(input)")
    }

    /// A document title, a dash, then the candidate's name ("Lebenslauf – Leonie Hoffmann"); the employer
    /// that shares the surname stays.
    @Test func aNameAfterATitleAndADashIsTheHeading() {
        let text = "Lebenslauf – Leonie Hoffmann\n\nEinkäuferin, Hoffmann Group, Hamburg\nHamburg, 3. Mai 2024 – L. Hoffmann"
        #expect(redactor.redact(text, as: .resume).text
                == "Lebenslauf – [NAME]\n\nEinkäuferin, Hoffmann Group, Hamburg\nHamburg, 3. Mai 2024 – [NAME]")
    }

    @Test(arguments: [("PAN: ABCPE1234F", "PAN: [SSN]"), ("Documents: ABCPE1234F, passport", "Documents: [SSN], passport"),
                      ("TFN 123 456 782", "TFN [SSN]"), ("tax file number 123 456 782 on file", "tax file number [SSN] on file"),
                      ("PIS 120.39825.97-7", "PIS [SSN]")])
    func idsByShapeOrCheckDigit(input: String, expected: String) {
        #expect(redactor.redact(input, as: .resume).text == expected)
    }

    @Test(arguments: ["Part ABCDE1234F arrived", "Order 123 456 789 shipped", "Call +48 512 345 678", "Ref 120.39825.97-8"])
    func lookAlikesStay(input: String) {
        #expect(redactor.redact(input, as: .resume).spans.allSatisfy { $0.kind != .nationalID }, "\(input)")
    }

    /// Birth dates as forms and bio-data write them: padded labels, a month abbreviation between
    /// dashes, the Spanish abbreviated label; a date that is not after a birth label stays.
    @Test(arguments: [("Date of Birth       : 12th April 1991", "Date of Birth       : [DOB]"),
                      ("Date of Birth: 23-Jan-1990", "Date of Birth: [DOB]"),
                      ("Fecha de nac.: 11 de octubre de 1994", "Fecha de nac.: [DOB]"),
                      ("Joined on 23-Jan-1990 as an intern", "Joined on 23-Jan-1990 as an intern")])
    func datesOfBirthInFormsAndAbbreviatedMonths(input: String, expected: String) {
        #expect(redactor.redact(input, as: .resume).text == expected)
    }

    /// A street line in the number-first order above its postcode line, and Indian address labels.
    @Test(arguments: [("Adresse\n27, rue Victor Hugo\n75011 Paris", "Adresse\n[ADDRESS]\n[ADDRESS]"),
                      ("25 boulevard Voltaire\n75011 Paris", "[ADDRESS]\n[ADDRESS]"),
                      ("Address for correspondence: 27/3, Rajpur Road, Dehradun – 248001", "Address for correspondence: [ADDRESS]"),
                      ("Notes\n27 reasons to hire me\n75011 Paris", "Notes\n27 reasons to hire me\n[ADDRESS]")])
    func numberFirstStreetLinesAndIndianLabels(input: String, expected: String) {
        #expect(redactor.redact(input, as: .jobDescription).text == expected)
    }

    /// The candidate called by a short form of the given name, a Scottish surname written in capitals
    /// in the heading, and a person named after a role behind "work closely with".
    @Test func shortFormsMcSurnamesAndRolesBehindWeakIntroducers() {
        #expect(shortForms(of: "Jessica") == ["Jess", "Jessi"])
        #expect(shortForms(of: "Martina") == ["Mart", "Marti"])
        #expect(shortForms(of: "Martin") == ["Mart"]) // "Mar" is a month
        // three-letter nicknames come from the table of familiar forms, as written (never "IVA", "VIC")
        #expect(nicknames(of: "Benjamin") == ["Ben", "Benny"])
        let ivana = "Ivana Horvat\nContable\nTarifa: 40 €/h + IVA"
        #expect(redactor.redact(ivana, as: .resume).text == "[NAME]\nContable\nTarifa: 40 €/h + IVA")
        #expect(shortForms(of: "Tom").isEmpty)
        #expect(mcForm("McALLISTER") == "McAllister" && mcForm("MCALLISTER") == "McAllister" && mcForm("Mack") == nil)
        let resume = "Jessica Thompson\nCareer Summary\nJess is a department manager. Mar 2019 – present."
        #expect(redactor.redact(resume, as: .resume).text == "[NAME]\nCareer Summary\n[NAME] is a department manager. Mar 2019 – present.")
        let caps = "CALLUM McALLISTER\nProfile\nMcAllister holds a DBS certificate."
        #expect(redactor.redact(caps, as: .resume).text == "[NAME]\nProfile\n[NAME] holds a DBS certificate.")
        #expect(redactor.redact("You will work closely with the Head of Lending, Chris Papadopoulos, on it.", as: .jobDescription).text
                == "You will work closely with the Head of Lending, [NAME], on it.")
        #expect(redactor.redact("You will work with Kubernetes Operators daily.", as: .jobDescription).spans.isEmpty)
    }
}
