@testable import ResumeRedaction
import Testing

/// The name families the tenth batch's writers found (people's names wherever documents put
/// them): bio-data forms with dotted initials and one-word names, labels padded to a column,
/// job-title lines above a heading name, greetings and closings of other shapes, nicknames in
/// quotes, and the firms, places and tools that look like names beside them.
@Suite struct TenthBatchNameFamiliesTests {
    // MARK: bio-data forms: dotted initials, one-word names, labels padded to a column

    @Test func dottedInitialsAndTheirExpansionAreTheCandidatesName() {
        let text = """
            BIO-DATA
            Name                 : K.V.S. Prasad
                                   (Kota Venkata Satya Prasad)
            Father's Name        : Shri K. Venkata Ramana

            Place : Visakhapatnam                       (K.V.S. PRASAD)
            """
        #expect(resume(text) == """
            BIO-DATA
            Name                 : [NAME]
                                   ([NAME])
            Father's Name        : Shri [NAME]

            Place : Visakhapatnam                       ([NAME])
            """)
    }

    @Test func aOneWordNameAfterANameLabelIsTheCandidates() {
        let text = """
            RESUME
            SELVARAJ
            CNC Machine Operator

            Personal Details
            Name            : Selvaraj
            Father's Name   : Murugesan
            Declaration
            Place: Hosur                                           (SELVARAJ)
            """
        #expect(resume(text) == """
            RESUME
            [NAME]
            CNC Machine Operator

            Personal Details
            Name            : [NAME]
            Father's Name   : [NAME]
            Declaration
            Place: Hosur                                           ([NAME])
            """)
    }

    @Test(arguments: [
        // a label padded to a column is a label, not a heading name
        ("BIO-DATA\nFather's Name   : not disclosed\nMother's Name   : not disclosed",
         "BIO-DATA\nFather's Name   : not disclosed\nMother's Name   : not disclosed"),
        // a name field that gives no name
        ("APPLICATION\nName: Withheld\nRole: Driver", "APPLICATION\nName: Withheld\nRole: Driver"),
        // brackets after initials that do not write them out
        ("K.V.S. Prasad\n(Chemical Engineer)", "[NAME]\n(Chemical Engineer)"),
        ("R. K. Sharma\n(Retail Key Accounts)", "[NAME]\n(Retail Key Accounts)"),
    ])
    func formLabelsAndFieldsWithoutANameStay(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test func aFormAskingForSurnameAndGivenNameApartKeepsBothNames() {
        #expect(resume("FICHE\nNom : DUPONT\nPrénom : Jean\nVille : Lyon\nSigné : J. Dupont")
                == "FICHE\nNom : [NAME]\nPrénom : [NAME]\nVille : Lyon\nSigné : [NAME]")
    }

    // MARK: a job title over the heading name; firms' and titles' words in letterheads

    @Test(arguments: [
        ("ELECTRICIAN (A-GRADE)\nMITCHELL O'ROURKE\nPerth WA\n\nAbout me\nG'day — I'm Mitch, a licensed electrician.\n\nMitch O'Rourke — Resume — p. 2",
         "ELECTRICIAN (A-GRADE)\n[NAME]\nPerth WA\n\nAbout me\nG'day — I'm [NAME], a licensed electrician.\n\n[NAME] — Resume — p. 2"),
        ("Senior Quantity Surveyor\nCharlotte Pemberton-Hale\nMRICS\n\nC. Pemberton-Hale — CV, page 1 of 1",
         "Senior Quantity Surveyor\n[NAME]\nMRICS\n\n[NAME] — CV, page 1 of 1"),
        ("INGENIERO DE CAMINOS — JEFE DE OBRA\nGONZÁLEZ-ARRIBAS, PABLO\n\nPerfil\nIngeniero con 14 años en obra civil.\n\nP. González-Arribas · pág. 2/2",
         "INGENIERO DE CAMINOS — JEFE DE OBRA\n[NAME]\n\nPerfil\nIngeniero con 14 años en obra civil.\n\n[NAME] · pág. 2/2"),
    ])
    func aHeadingNameUnderAJobTitleIsTheCandidates(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        // under a job title, a line that starts with no known given name is no heading name
        ("Senior Quantity Surveyor\nBalfour Beatty\nLeeds", "Senior Quantity Surveyor\nBalfour Beatty\nLeeds"),
        // a greeting or a sentence first is no job title
        ("Dear Hiring Manager,\nJordan Lake\nLeeds", "Dear Hiring Manager,\nJordan Lake\nLeeds"),
        ("The Talent Team\nJordan Lake\nLeeds", "The Talent Team\nJordan Lake\nLeeds"),
        ("FICHA DE CANDIDATO – Hotel Costa Serena\nApellidos: Kowalczyk\nNombre: Marta",
         "FICHA DE CANDIDATO – Hotel Costa Serena\nApellidos: [NAME]\nNombre: [NAME]"),
        ("Cabinet Roussel Avocats – Bordeaux\n\nATTESTATION DE TRAVAIL", "Cabinet Roussel Avocats – Bordeaux\n\nATTESTATION DE TRAVAIL"),
        ("Crédit Agricole Aquitaine — Agence Bordeaux Intendance\n\nATTESTATION DE TRAVAIL",
         "Crédit Agricole Aquitaine — Agence Bordeaux Intendance\n\nATTESTATION DE TRAVAIL"),
    ])
    func firmsAndTitlesInALetterheadAreNoHeadingName(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    // MARK: greetings with a comma, "dona", "C/o", enquiries, and names the lists lacked

    @Test(arguments: [
        ("Olá, Camila, tudo bem?\n\nGostaríamos de agendar sua entrevista.", "Olá, [NAME], tudo bem?\n\nGostaríamos de agendar sua entrevista."),
        ("Hola, Irene:\n\nTe confirmo la entrevista del jueves.", "Hola, [NAME]:\n\nTe confirmo la entrevista del jueves."),
        // a greeting to a group or the world is no one
        ("Hi All,\n\nPlease find the rota attached.", "Hi All,\n\nPlease find the rota attached."),
        ("Hi, Everyone,\nThe rota is attached.", "Hi, Everyone,\nThe rota is attached."),
        ("Olá, Pessoal,\nSegue a escala.", "Olá, Pessoal,\nSegue a escala."),
        ("Hello, World!\nA first program.", "Hello, World!\nA first program."),
    ])
    func aGreetingWithACommaNamesTheAddressee(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Telefone para recado com Dona Cida.", "Telefone para recado com Dona [NAME]."),
        ("Dedicatória: à minha avó, dona Conceição, que me ensinou a ler.", "Dedicatória: à minha avó, dona [NAME], que me ensinou a ler."),
        ("Address:\nC/o Sri. P. Srinivas\nSrinivasa Colony", "Address:\nC/o Sri. [NAME]\nSrinivasa Colony"),
        ("Enquiries: Matt Ferguson, Talent Acquisition Partner.", "Enquiries: [NAME], Talent Acquisition Partner."),
        // "dona" for an owner or a housewife, C/o a firm, enquiries to a team: no one
        ("Trabalhou como dona de casa por dez anos.", "Trabalhou como dona de casa por dez anos."),
        ("Address:\nC/o Reddy Travels\nSrinivasa Colony", "Address:\nC/o Reddy Travels\nSrinivasa Colony"),
        ("Enquiries: Talent Acquisition Team.", "Enquiries: Talent Acquisition Team."),
    ])
    func anHonorificOrALabelOfTheseLocalesNamesAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Employer: The Hon. Imogen Fairbairn", "Employer: The Hon. [NAME]"),
        ("Contact: m.f@example.scot · secretary Lorna Baird, 0131 496 0227", "Contact: [EMAIL] · secretary [NAME], [PHONE]"),
        ("Jefe de cocina: Íñigo Etxeberria", "Jefe de cocina: [NAME]"),
        ("Team leader: Siân Pritchard; motor claims", "Team leader: [NAME]; motor claims"),
        ("Soy Mª Ángeles, enfermera con doce años en UCI.", "Soy [NAME], enfermera con doce años en UCI."),
    ])
    func givenNamesTheListsLackedNamePeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aWelshPatronymicIsOneName() {
        #expect(resume("Rhys ap Gwilym\nClaims Handler\n\nPage 2 — R. ap Gwilym")
                == "[NAME]\nClaims Handler\n\nPage 2 — [NAME]")
    }

    @Test(arguments: [
        ("Marco Gentile | Oberkochen\n\nMit freundlichen Grüßen\nMarco Gentile", "[NAME] | Oberkochen\n\nMit freundlichen Grüßen\n[NAME]"),
        // the greeting itself stays one
        ("Gentile Responsabile,\nLe scrivo per la posizione.", "Gentile Responsabile,\nLe scrivo per la posizione."),
        ("Gentile Marco,\nLe scrivo per la posizione.", "Gentile [NAME],\nLe scrivo per la posizione."),
    ])
    func aSurnameThatIsAGreetingFollowsAGivenName(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test func aFamiliarFormBeforeTheSurnameIsTheCandidateToo() {
        #expect(resume("ROBERT HALE\nPlumber\n\nRobbie Hale — CV — p. 2") == "[NAME]\nPlumber\n\n[NAME] [NAME] — CV — p. 2")
    }

    // MARK: nicknames in quotes inside and after other people's names

    @Test func aNicknameInQuotesIsThePersonsToo() {
        let text = """
            I'm writing in support of Rebecca “Bec” Sullivan, who worked on my team.

            Bec ran the concrete pours. I'd hire Bec again.

            Cheers,
            Darren Hollis (“Daz”)
            Site Manager
            Daz can be reached after five.
            """
        #expect(job(text) == """
            I'm writing in support of [NAME], who worked on my team.

            [NAME] ran the concrete pours. I'd hire [NAME] again.

            Cheers,
            [NAME] (“[NAME]”)
            Site Manager
            [NAME] can be reached after five.
            """)
        #expect(job("Leading hand: Trevor \"Trev\" Banks\nTrev signs off the tests.") == "Leading hand: [NAME]\n[NAME] signs off the tests.")
    }

    @Test(arguments: [
        "Press the “Send” button, then “Save” in Android Studio.",
        "The team watched Anna “Frozen” twice on the flight to Lisbon.",
        "Max “Turbo” mode doubles the fan speed.",
        "Order a Victoria “Classic” Sponge for the party.",
        // German "ab" is no particle
        "Anna ab Montag im Büro, Jan ab Dienstag.",
    ])
    func quotedWordsBesideNoNameStay(input: String) {
        #expect(job(input) == input)
    }

    // MARK: places, grounds, firms, stations, schools and tools named like people

    @Test(arguments: [
        "We stayed at Rose Cottage near the mill for the survey.",
        "2009 – 2017  Assistant Curator, Adelaide Oval, Adelaide",
        "Resident of Shanti Kunj Society since 2019.",
        "Analyst, Forbes Lindsay Asset Management, London",
        "Bureaux à deux pas du métro Marcel Sembat.",
        "Fica na Trav. Francisco Leonardo Truda, perto do centro.",
        "Curso de cocina profesional, Escuela de Hostelería Luis Irizar, 2020",
        "Experience on Estée Lauder, Clinique or Charlotte Tilbury counters highly regarded.",
    ])
    func placesFirmsAndSchoolsNamedLikePeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Shanti Kapoor leads the housing society's committee.", "[NAME] leads the housing society's committee."),
        ("I met Rose Cottingham at the site office.", "I met [NAME] at the site office."),
        ("Aprobado por el Director de Ventas Lucía Fernández Ortega.", "Aprobado por el Director de Ventas [NAME]."),
    ])
    func peopleBesideThoseWordsAreStillPeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aToolNamedLikeTheCandidateBeforeItsVersionStays() {
        #expect(resume("Hugo Lambert\nDéveloppeur\n\nCompétences\nTypeScript, Go, Hugo 0.121, Docker\n\nJe m'appelle Hugo.")
                == "[NAME]\nDéveloppeur\n\nCompétences\nTypeScript, Go, Hugo 0.121, Docker\n\nJe m'appelle [NAME].")
    }

    @Test(arguments: [
        ("Atentamente,\n\nEn Sevilla, a 4 de abril de 2025\nFdo.: Francisco Ortega", "Atentamente,\n\nEn Sevilla, a 4 de abril de 2025\nFdo.: [NAME]"),
        ("Kind regards,\nMadrid, 4 de abril de 2025", "Kind regards,\nMadrid, 4 de abril de 2025"),
        ("Kind regards,\nSarah O'Neill", "Kind regards,\n[NAME]"),
    ])
    func aPlaceAndDateUnderAClosingIsNoSignature(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    // MARK: more given names in a field; a letter-spaced heading's file name

    @Test(arguments: [
        ("FICHE DE RENSEIGNEMENTS\nNom d'usage : MARTY\nPrénom(s) : Léa, Jeanne\nLieu : Montpellier, Hérault",
         "FICHE DE RENSEIGNEMENTS\nNom d'usage : [NAME]\nPrénom(s) : [NAME], [NAME]\nLieu : Montpellier, Hérault"),
        ("Given names: Maria, Teresa\nSurname: Okafor", "Given names: [NAME], [NAME]\nSurname: [NAME]"),
        // after the name, a place or a department is no given name
        ("Prénom : Léa, Montpellier", "Prénom : [NAME], Montpellier"),
        ("Contact: Anna Weber, Sales", "Contact: [NAME], Sales"),
    ])
    func moreGivenNamesInAGivenNameFieldAreNames(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aLetterSpacedHeadingNameInAFilesNameIsRedacted() {
        #expect(resume("J A M E S   O K A F O R\nData Engineer\n\nDownload: CV_James_Okafor_2025.pdf")
                == "[NAME]\nData Engineer\n\nDownload: CV_[NAME]_2025.pdf")
    }

    // MARK: Catalan surnames joined by "i"; the next person's honorific ends a name

    @Test func aCatalanSurnameJoinedByIIsOneName() {
        #expect(resume("Montserrat Vilanova i Roca\nInvestigadora\n\nM. Vilanova i Roca — CV actualizado")
                == "[NAME]\nInvestigadora\n\n[NAME] — CV actualizado")
        #expect(job("Dirigida por el Dr. Álvaro Sánchez y la Dra. Núria Casals i Puig.")
                == "Dirigida por el Dr. [NAME] y la Dra. [NAME].")
    }

    @Test(arguments: [
        "Jordi Puig i Serra, S.A. busca personal para su almacén.",
        "Logística Puig i Serra, S.A. busca personal para su almacén.",
    ])
    func aFirmOfSurnamesJoinedByIStays(input: String) {
        #expect(job(input) == input)
    }

    @Test func aGivenNameTheListLackedInASurnameCommaFieldIsRedacted() {
        #expect(resume("Bewerbungsbogen\n1. Angaben zur Person\nName, Vorname: Nowak, Dominik\nGeburtsort: Oppeln")
                == "Bewerbungsbogen\n1. Angaben zur Person\nName, Vorname: [NAME]\nGeburtsort: Oppeln")
    }
}
