@testable import ResumeRedaction
import Testing

/// What an outside review of the tenth and eleventh batches' name rules found them leaking or
/// taking, each mended.
@Suite struct NameRulesReviewFindingsTests {
    @Test(arguments: [
        // a signature whose given name is also a sentence's first word
        ("Met vriendelijke groet,\nSem de Vries", "Met vriendelijke groet,\n[NAME]"),
        ("Cheers,\nCon Papadopoulos\n0412 345 678", "Cheers,\n[NAME]\n[PHONE]"),
        // a person named like a city after "from" or "to"
        ("Feedback from Jordan Blake: excellent analytical skills.", "Feedback from [NAME]: excellent analytical skills."),
        // surnames and job titles' words are no firm's
        ("I worked under Helen Lodge at the council.", "I worked under [NAME] at the council."),
        ("Mentored by Station Manager Sarah Hughes at Leeds Fire Station.",
         "Mentored by Station Manager [NAME] at Leeds Fire Station."),
        // a person's mailbox is still one
        ("Questions to Kelsey Park (kelsey.park@example.com).", "Questions to [NAME] ([EMAIL])."),
    ])
    func peopleAreStillRedacted(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Hello, Good Morning,\nPlease find attached my CV.",
        "Hallo, Guten Tag,\nanbei meine Unterlagen.",
        "Hola, Buenas Tardes,",
        "Enquiries: Please contact our office.",
        "Enquiries: Practice Manager",
        "L'associazione AVIS dona Sangue e Speranza",
        "Administració i Finances\nVendes i Màrqueting",
        "Registered Nurse\nMelbourne, Victoria\n\nBachelor of Nursing, University of Melbourne",
    ])
    func ordinaryTextStays(input: String) {
        #expect(resume(input) == input)
    }

    @Test(arguments: [
        ("Victoria Office – victoria.office@example.com", "Victoria Office – [EMAIL]"),
        ("Customer Service – c.service@example.com", "Customer Service – [EMAIL]"),
        ("Hope Foundation <hope.foundation@example.org>", "Hope Foundation <[EMAIL]>"),
        ("Charlotte Office (charlotte.office@example.com)", "Charlotte Office ([EMAIL])"),
    ])
    func anOfficesMailboxNamesNoOne(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}
