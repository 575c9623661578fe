@testable import ResumeRedaction
import Testing

/// A known given name (or its familiar form) alone, where only a person stands: a verb's object, a
/// sentence's subject a person's pronoun follows, before a relative's word in brackets or after a comma
/// and "the" and a role; and public figures however they were found (namesakes, authors named with
/// initials, ministers). The families the twentieth batch's UK, Indian and Australian documents still
/// missed, and the firms, places, tools and shows an outside review found them taking.
@Suite struct LoneGivenNameContextsTests {
    @Test(arguments: [
        ("I had the pleasure of supervising Deepika during her training contract.",
         "I had the pleasure of supervising [NAME] during her training contract."),
        ("I spoke with Tom at the careers fair in Swansea.", "I spoke with [NAME] at the careers fair in Swansea."),
        ("Please pass my thanks to Gavin for arranging the date.", "Please pass my thanks to [NAME] for arranging the date."),
        ("Marcus mentored Agnieszka directly.", "Marcus mentored [NAME] directly."),
        ("Ask for Luis or Brianna at the tills.", "Ask for [NAME] or [NAME] at the tills."),
        ("KA-M to shadow Dave in Finance.", "KA-M to shadow [NAME] in Finance."),
        // the older rule it grew from
        ("Worked with Priya and Tom on the audit.", "Worked with [NAME] and [NAME] on the audit."),
    ])
    func aVerbsObjectIsAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // a tool, a brand, a list of tools, a name before a noun
        ("Worked with Claude on the contract review.", "Worked with Claude on the contract review."),
        ("Worked with Claude, ChatGPT and Gemini.", "Worked with Claude, ChatGPT and Gemini."),
        ("Worked with Luigi and Airflow.", "Worked with Luigi and Airflow."),
        ("We met Olivia Grant targets.", "We met [NAME] targets."),
        ("I managed Tesco accounts.", "I managed Tesco accounts."),
        // an outside review's: employers, places, tools, acronyms after verbs and prepositions
        ("Worked for Douglas in Düsseldorf as a beauty advisor.", "Worked for Douglas in Düsseldorf as a beauty advisor."),
        ("As area manager I visited Nancy in March.", "As area manager I visited Nancy in March."),
        ("I managed Anand, Vadodara and Surat branches.", "I managed Anand, Vadodara and Surat branches."),
        ("Worked with Luigi on batch scheduling for 40 nightly jobs.", "Worked with Luigi on batch scheduling for 40 nightly jobs."),
        ("Azure security: I managed PIM for 300 privileged accounts.", "Azure security: I managed PIM for 300 privileged accounts."),
        ("Worked with RoBERTa on sentiment classification.", "Worked with RoBERTa on sentiment classification."),
        // a colleague after a verb of working, as before
        ("Worked with Tiffany and the finance team on month-end close.", "Worked with [NAME] and the finance team on month-end close."),
    ])
    func whatIsNoPersonStays(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("\"Agnieszka joined Deloitte as a graduate in my team. She rebuilt our model.", "\"[NAME] joined Deloitte as a graduate in my team. She rebuilt our model."),
        ("A major matter. Deepika drafted much of the disclosure. Clients loved her.", "A major matter. [NAME] drafted much of the disclosure. Clients loved her."),
        ("Successivamente Luca ha lavorato come assegnista.", "Successivamente Luca ha lavorato come assegnista."),
        ("Il progetto è finito. Luca ha lavorato come assegnista; lui è preciso.", "Il progetto è finito. [NAME] ha lavorato come assegnista; lui è preciso."),
        ("Action: Sophie to send the offer letter.", "Action: [NAME] to send the offer letter."),
    ])
    func aSentencesSubjectIsAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // a firm, a tool, a word, after an abbreviation's full stop
        ("Alan est une assurance santé lancée en 2016.", "Alan est une assurance santé lancée en 2016."),
        ("Hugo is a static site generator.", "Hugo is a static site generator."),
        ("The Bill has passed its second reading.", "The Bill has passed its second reading."),
        ("Bill has passed its second reading.", "Bill has passed its second reading."),
        ("Reference for Dr. Luca Verdi.", "Reference for Dr. [NAME]."),
        // a firm, a show: no person's pronoun follows
        ("Douglas hat über 1.800 Filialen in Europa.", "Douglas hat über 1.800 Filialen in Europa."),
        ("Matilda has played to over 10 million people; I was a swing.", "Matilda has played to over 10 million people; I was a swing."),
        ("Roadmap: Luigi to be retired in Q3.", "Roadmap: Luigi to be retired in Q3."),
    ])
    func aSubjectThatIsNoPersonStays(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Recados com Marcos (irmão).", "Recados com [NAME] (irmão)."),
        // an employer and the role held there
        ("Previous employers: Douglas (Consultant), Sephora (Advisor).", "Previous employers: Douglas (Consultant), Sephora (Advisor)."),
        ("Location: Anand (Head Office), Gujarat.", "Location: Anand (Head Office), Gujarat."),
        ("Relocation to Helena, our head office, is supported.", "Relocation to Helena, our head office, is supported."),
        ("then 20 minutes with Fiona, the MD.", "then 20 minutes with [NAME], the MD."),
        // a place and its state
        ("Offices in Baltimore, MD and Austin, TX.", "Offices in Baltimore, MD and Austin, TX."),
    ])
    func aRoleInBracketsOrAfterTheMakesAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("The MD. Jonny's questions were mostly about VaR.", "The MD. [NAME]'s questions were mostly about VaR."),
        ("Everyone at work calls me Kasia. Thanks, Kasia", "Everyone at work calls me Kasia. Thanks, [NAME]"),
        ("Thanks to Dai for the benefits clinic.", "Thanks to [NAME] for the benefits clinic."),
        // a familiar form that is a word
        ("Thanks to Bill for the review.", "Thanks to Bill for the review."),
    ])
    func aFamiliarFormAloneIsAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Named after Sir William Fairbairn, the Victorian engineer.", "Named after Sir William Fairbairn, the Victorian engineer."),
        ("The prize is named after Jane Addams, the social reformer.", "The prize is named after Jane Addams, the social reformer."),
        ("HOBBIES: Reading M. T. Vasudevan Nair and Arundhati Roy.", "HOBBIES: Reading M. T. Vasudevan Nair and Arundhati Roy."),
        ("Wrote submissions for Minister Mark Butler's office.", "Wrote submissions for Minister Mark Butler's office."),
        // a firm's founder, a namesake the candidate knows, a church's minister, a titled author
        ("Joined Kindred Bakes, founded by Tom Hughes in 2017, as the first employee.", "Joined Kindred Bakes, founded by [NAME] in 2017, as the first employee."),
        ("The scholarship is named after Prof. Alan Green, who taught me.", "The scholarship is named after Prof. [NAME], who taught me."),
        ("Supported Youth Minister John Haddad at the camp.", "Supported Youth Minister [NAME] at the camp."),
        ("Referees:\nMinister John Smith, St Mark's Church", "Referees:\nMinister [NAME], St Mark's Church"),
        ("Read Dr. Patel's report on the audit.", "Read Dr. [NAME]'s report on the audit."),
    ])
    func publicFiguresHoweverFoundStay(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

/// A surname that is a word and names a place or a building as often ("Hall", "Street", "Moss") is a
/// person's when what follows shows one: a role after a comma or in brackets, a post-nominal; and a
/// given name's familiar form before a surname is a person's given name.
@Suite struct WordSurnamesShownByWhatFollowsTests {
    @Test(arguments: [
        ("REFERENCES\nMark Hall, Principal — (608) 204-3520", "REFERENCES\n[NAME], Principal — [PHONE]"),
        ("Clerk: Gary Street (Senior Clerk) – 020 7583 1770", "Clerk: [NAME] (Senior Clerk) – [PHONE]"),
        ("Pupillage: supervised by Holly Moss KC and Stephen Hunter", "Pupillage: supervised by [NAME] KC and [NAME]"),
        ("Reported to General Foreman Rick Alvarez", "Reported to General Foreman [NAME]"),
    ])
    func aWordSurnameShownAPersonsIsTaken(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // the place, the building, the firm
        ("Offices on George Street, Edinburgh.", "Offices on George Street, Edinburgh."),
        ("Mark Hall is a venue in Leeds.", "Mark Hall is a venue in Leeds."),
        ("Drove for Eddie Stobart, Carlisle depot.", "Drove for Eddie Stobart, Carlisle depot."),
    ])
    func placesAndFirmsStay(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

/// Gaelic surnames with an article after the particle or a mutated first letter: "Mac an Tàilleir", "Nic a'
/// Ghobhainn", "Ó hUiginn", "Nic an t-Saoir".
@Suite struct GaelicSurnamesTests {
    @Test(arguments: [
        ("I prepared resources with Catrìona Nic a' Ghobhainn.", "I prepared resources with [NAME]."),
        ("the procurement review after Pádraig Ó hUiginn retired.", "the procurement review after [NAME] retired."),
        ("To: Ms Seònaid Nic an t-Saoir, Head of Education", "To: Ms [NAME], Head of Education"),
        ("Referee: Iain Mac an Tàilleir, Sgoil Lionacleit", "Referee: [NAME], Sgoil Lionacleit"),
        // the particle before a capital, as before
        ("Referee: Seán Ó Dónaill", "Referee: [NAME]"),
    ])
    func aGaelicSurnameIsReadWhole(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func anEnglishArticleAfterMacIsNoSurname() {
        #expect(job("We run Mac an hour a day.") == "We run Mac an hour a day.")
    }
}
