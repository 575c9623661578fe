@testable import ResumeRedaction
import Testing

/// The families the seventeenth batch's writers found (federal, academic, clinical and trades
/// documents dense with ordinary text named after people; Indian schools and bodies; UK pubs).
@Suite struct SeventeenthBatchFamiliesTests {
    @Test(arguments: [
        "Clinical rotations: Loyola University Medical Center; Edward Hines, Jr. VA Hospital spinal cord injury unit",
        "Staff Nurse, Cardiac Step-Down, John H. Stroger, Jr. Hospital of Cook County — 07/2017 – 05/2020",
        "M.S., Labor Studies, Harry Van Arsdale Jr. School of Labor Studies, SUNY Empire State, 2012",
        "Research in the Frances Perkins Papers, Columbia University Rare Book & Manuscript Library",
        "Jerome and Nancy Feldstein Endowed Chair in Electrical Engineering",
        "Volunteer coach at the Mary Peters Track, Malone – U15 sprint group.",
        "Former head of fundraising at Sue Ryder; now a consultant.",
        "reuniões às quintas no auditório Carlos Ribeiro Diniz.",
        "em frente à Fundação Casa de Jorge Amado, no Pelourinho.",
        "10+2, Sri Guru Harkrishan Sr. Sec. Public School, Moga (PSEB) – 2013",
        "TGT Mathematics (contractual), PM SHRI Kendriya Vidyalaya No. 1, DDU Nagar",
        "Head Chef — The Sir Ralph Abercromby, Manchester (gastropub)",
        "Leeds United season ticket holder (Elland Road, Don Revie Stand); volunteer.",
        "Praktisches Jahr, Dr. Horst Schmidt Kliniken Wiesbaden und Universitätsmedizin Mainz",
        "DAE Graduate Fellowship Scheme; Dr. K. S. Krishnan Research Associateship (shortlisted, 2024)",
        "compliant with RBI Master Direction DoR.FIN.REC.41/03.10.136/2016-17",
        "Registered Professional Nurse, Illinois IDFPR, License No. 041.412876, exp. 05/31/2026",
        "IBAN: DE92 4805 0161 0073 4188 02   BIC: SPBIDE3BXXX",
        "the dengue ward during the 2023 outbreak; data reported to IDSP under the Epidemic Diseases Act",
        "cases notified to NCDC weekly",
    ])
    func placesPostsAndNumbersNamedAfterPeopleStay(input: String) {
        #expect(PIIRedactor(defaultRegion: "US").redact(input, as: .jobDescription).text == input)
    }

    @Test(arguments: [
        ("Ralph H. Metcalfe Federal Building, 77 W. Jackson Blvd., Chicago, IL 60604", "Ralph H. Metcalfe Federal Building, [ADDRESS]"),
        // a person titled so is still one; a driver licence's number an id
        ("Supervised by Dr. Horst Schmidt, Wiesbaden", "Supervised by Dr. [NAME], Wiesbaden"),
        ("Driver licence: TS09 20130012345", "Driver licence: [SSN]"),
    ])
    func buildingsBeforeTheirStreetsAndTitledPeople(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "US").redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        // an Indian PIN after a place and its state in brackets or in dotted letters
        ("Hanamkonda, Warangal (Telangana) – 506002", "[ADDRESS]"),
        ("Tehsil Campierganj, District Gorakhpur (U.P.) – 273158", "[ADDRESS]"),
        ("B-1604, Lodha Splendora, Ghodbunder Road, Thane (W) – 400615", "[ADDRESS]"),
        ("Mughalsarai, Chandauli, U.P. – 232101", "[ADDRESS]"),
        // a Dutch postcode with two blanks before its place in capitals
        ("Gedempte Vaart 3\n8441 BJ  HEERENVEEN", "[ADDRESS]\n[ADDRESS]"),
        // the lines under an address label alone on its line, not a person's or a firm's, nor a remark
        ("Permanent Address:\n  Vill. – Barwadih, P.O. – Chas,\n  P.S. – Chas, Dist. – Bokaro (Jharkhand)\n  PIN: 827013\nMobile No.: 9934817062",
         "Permanent Address:\n  [ADDRESS]\n  [ADDRESS]\n  [ADDRESS]\nMobile No.: [PHONE]"),
        ("Site address:\nNorthbridge Engineering Ltd, Unit 4, Westinghouse Road, Trafford Park, Manchester M17 1PJ",
         "Site address:\nNorthbridge Engineering Ltd, [ADDRESS]"),
        ("Address for correspondence:\n   Kumari Anjali Yadav, D/o Shri Ram Naresh Yadav\n",
         "Address for correspondence:\n   Kumari [NAME], D/o Shri [NAME]\n"),
        ("Address:\nAvailable on request\n", "Address:\nAvailable on request\n"),
        // a Spanish street with no number ("s/n")
        ("traer el CV en mano: Paseo Marítimo Rey de España, s/n, 29602 Marbella.", "traer el CV en mano: [ADDRESS]."),
        ("Paseo de la Castellana s/n, Madrid", "[ADDRESS]"),
        ("Sistemas S/N ratio", "Sistemas S/N ratio"),
        // not a figure after a bracket
        ("Monthly users (approx.) – 250000", "Monthly users (approx.) – 250000"),
        ("Revenue grew (FY24) – 250000", "Revenue grew (FY24) – 250000"),
    ])
    func postcodesAfterBracketsAndWideGaps(input: String, expected: String) {
        #expect(PIIRedactor(defaultRegion: "US").redact(input, as: .jobDescription).text == expected)
    }

    @Test(arguments: [
        ("Worked under Er. Rajinder Pal Singh (Project Manager) and Er. Gurpreet Kaur (QA/QC).",
         "Worked under Er. [NAME] (Project Manager) and Er. [NAME] (QA/QC)."),
        ("Fr. Sylvanus Lamare, Vice-Principal", "Fr. [NAME], Vice-Principal"),
        ("Referentie: Max de Groot, bedrijfsleider", "Referentie: [NAME], bedrijfsleider"),
        ("Shiftleader, Anne&Max, Rotterdam. Referentie: Max de Groot, bedrijfsleider",
         "Shiftleader, Anne&Max, Rotterdam. Referentie: [NAME], bedrijfsleider"),
        ("Price: Fr. 25.– per hour", "Price: Fr. 25.– per hour"),
        ("1. Adeyinka ST, Kovacs L, Brennan-Cho BL. Therapy-related clonal hematopoiesis. Blood. 2023;141(2):101-9.",
         "1. [NAME], [NAME], [NAME]. Therapy-related clonal hematopoiesis. Blood. 2023;141(2):101-9."),
        ("Vermeulen, P.-J., de Groot, S. & Brouwer, H.A. (2022). Title. Journal.", "[NAME], [NAME] & [NAME] (2022). Title. Journal."),
        ("Java EE, Spring MVC, Vue JS. Used at Acme. Since 2019.", "Java EE, Spring MVC, Vue JS. Used at Acme. Since 2019."),
    ])
    func titledPeopleAndAuthorListsOfNoOneFound(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // a link broken at its line's end, as text copied from a PDF breaks long links
        ("Currículo Lattes: http://lattes.cnpq.br/\n7203948561027384\n\nFORMAÇÃO",
         "Currículo Lattes: [URL]\n[URL]\n\nFORMAÇÃO"),
        ("Portfólio: https://\ndrive.google.com/drive/folders/1Qz8hV3kLmN0?usp=sharing\n", "Portfólio: [URL]\n[URL]\n"),
        ("Behance: https://www.behance.net/gallery/\n182736451/Identidade-Visual-Cafe-Aroma\nTodos os trabalhos",
         "Behance: [URL]\n[URL]\nTodos os trabalhos"),
        // not a heading after it, nor prose, nor a scheme before a line that is no host
        ("Site: https://www.anasouza.dev/\nEXPERIÊNCIA\n", "Site: [URL]\nEXPERIÊNCIA\n"),
        ("Site: https://www.anasouza.dev/\nTrabalhei em três projetos\n", "Site: [URL]\nTrabalhei em três projetos\n"),
        ("Protocols: https://\nsee below\n", "Protocols: https://\nsee below\n"),
        // the documentation domain (RFC 2606) with a path
        ("Portfólio em alta no site jumoreirafotografia.example/casamentos!", "Portfólio em alta no site [URL]!"),
        ("config.example is the template file", "config.example is the template file"),
        // a handle after a word asking to follow it
        ("Siga-nos: @contabilmoraes | youtube.com/@ContabilMoraesFilhos", "Siga-nos: [URL] | [URL]"),
        ("Follow us @studiobelezapura for news", "Follow us [URL] for news"),
        ("Contact @Microsoft for details", "Contact @Microsoft for details"),
        // an e-mail address with its at sign spelled out
        ("E-mail: joaopedro.sbarros (arroba) example.com.br", "E-mail: [EMAIL]"),
        ("Kontakt: m.keller(at)firma-keller.de oder telefonisch", "Kontakt: [EMAIL] oder telefonisch"),
        ("write to anna [AT] example.org today", "write to [EMAIL] today"),
        ("Enfermeiro(a) Assistencial (at) Hospital São Luiz", "Enfermeiro(a) Assistencial (at) Hospital São Luiz"),
        ("Temperature (at) rest.", "Temperature (at) rest."),
        ("Software Engineer (at) Booking.com since 2019", "Software Engineer (at) Booking.com since 2019"),
        // a Spanish cover letter's numbers, read as Spain's by its words alone
        ("Quedo a su disposición. Pueden contactarme en el 678 90 12 34 o dejar un mensaje en el fijo de casa, 983 30 41 77.",
         "Quedo a su disposición. Pueden contactarme en el [PHONE] o dejar un mensaje en el fijo de casa, [PHONE]."),
        // a Catalan birth-date label
        ("Data de naixement: 19/03/1988", "Data de naixement: [DOB]"),
    ])
    func linksBrokenOverLinesDocumentationHostsHandlesAndCatalanBirthDates(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // a given name written short first in a heading, as South Asian headings write them
        ("MD. RAFIQUL ISLAM MONDAL\nAccounts & Taxation | Kolkata\n", "[NAME]\nAccounts & Taxation | Kolkata\n"),
        ("CH. NAGA LAKSHMI\nVijayawada\n\nPlace: Vijayawada (Ch. Naga Lakshmi)", "[NAME]\nVijayawada\n\nPlace: Vijayawada ([NAME])"),
        ("Mohd. Faizan Ansari\nElectrician\n", "[NAME]\nElectrician\n"),
        // one name over whose child it is
        ("RESUME\n\nMEENAKSHI\nD/o Mr. Ramasamy\n", "RESUME\n\n[NAME]\nD/o Mr. [NAME]\n"),
        // not a degree's letters before a field, nor a town over a care-of line, nor a heading's section
        ("MD. Internal Medicine\nExperienced physician\n", "MD. Internal Medicine\nExperienced physician\n"),
        ("KOLKATA\nC/o Mr. Das\n", "KOLKATA\nC/o Mr. [NAME]\n"),
        ("SUMMARY\nD/o Mr. Rao\n", "SUMMARY\nD/o Mr. [NAME]\n"),
    ])
    func southAsianHeadingNames(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        // a person after a role and a comma, whatever their given name
        ("under the supervision of the nurse in charge, Precious Moyo.", "under the supervision of the nurse in charge, [NAME]."),
        ("He asked me to present to the category lead, Mei-Ling Corrigan, and the pilot was narrowed.",
         "He asked me to present to the category lead, [NAME], and the pilot was narrowed."),
        // not a department, a place or an ambiguous given name alone there
        ("I reported to the team lead, Data Platform, for two years.", "I reported to the team lead, Data Platform, for two years."),
        ("reporting to the head, Customer Operations.", "reporting to the head, Customer Operations."),
        ("the director, New York Office, signed it", "the director, New York Office, signed it"),
        ("worked closely with the activities coordinator, Joy, on the garden.", "worked closely with the activities coordinator, Joy, on the garden."),
        ("the charge, Fixed Penalty Notice, was dropped", "the charge, Fixed Penalty Notice, was dropped"),
        // a person before their pronouns, whatever the given name
        ("Priya (she/her)\nTalent Partner", "[NAME] (she/her)\nTalent Partner"),
        ("Best, Tolulope Adeyemi-Ward (they/them)", "Best, [NAME] (they/them)"),
        ("Pronouns (she/her)", "Pronouns (she/her)"),
        ("Senior Engineer (he/him)", "Senior Engineer (he/him)"),
        ("Brightside Studio (they/them)", "Brightside Studio (they/them)"),
        // a board's officers by their labels, before an initial or a known given name only
        ("Company secretary: J. R. Okonkwo", "Company secretary: [NAME]"),
        ("Associate: S. Mehta · Trainee: A. Byrne", "Associate: [NAME] · Trainee: [NAME]"),
        ("Chair: Finance Committee", "Chair: Finance Committee"),
        ("Trainee: Accounts Payable", "Trainee: Accounts Payable"),
        // a name in capitals a report goes to, with a role in brackets after it
        ("Reported to NAIDU (Plant Head).", "Reported to [NAME] (Plant Head)."),
    ])
    func peopleAfterARoleAndACommaOrAnOfficersLabel(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // given names common in the UK, Spain, France and India the lists lacked
        ("with pastry chef Lottie Brennan-Shah. Finalist", "with pastry chef [NAME]. Finalist"),
        ("Referees: Eleri Wyn Thomas, clinical tutor", "Referees: [NAME], clinical tutor"),
        ("Bel Mireille Janssen (recruiter) op 06-12345678", "Bel [NAME] (recruiter) op [PHONE]"),
        ("Interesados preguntar por Dani en el local.", "Interesados preguntar por [NAME] en el local."),
        ("under our former colleague Venkat. Please", "under our former colleague [NAME]. Please"),
        // not a firm named after its founder, nor a brand
        ("experiencia en Grupo Dani García (2022-2024).", "experiencia en Grupo Dani García (2022-2024)."),
        ("Pepe Jeans London, store manager", "Pepe Jeans London, store manager"),
        ("Trainee: Josh Wood Colour salon, Marylebone", "Trainee: Josh Wood Colour salon, Marylebone"),
    ])
    func givenNamesTheListsLacked(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}
