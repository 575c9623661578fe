@testable import ResumeRedaction
import Testing

/// The families the seventeenth batch's name files left and the eighteenth batch's writers found:
/// the later mentions of people the late passes find, a person's papers after their possessive,
/// institutions and honours named after people, initials declared in brackets, surnames after
/// fused articles, given names, familiar forms, author lists, numbers that are examples or parcels.
@Suite struct EighteenthBatchFamiliesTests {
    @Test(arguments: [
        // places and months keep their sense after a preposition (an outside review showed "from Ruby to
        // Go", "from August to October": every ambiguous given name keeps it)
        ("Sydney Clarke\nAnalyst\n\nIn 2019 I moved to Sydney for a role at Atlassian.",
         "[NAME]\nAnalyst\n\nIn 2019 I moved to Sydney for a role at Atlassian."),
        ("June Carter\nAnalyst\n\nFrom June to August I led the audit.",
         "[NAME]\nAnalyst\n\nFrom June to August I led the audit."),
    ])
    func aGivenNameThatIsAPlaceOrAMonthStaysOneAfterAPreposition(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        // found before her pronouns, then followed
        ("Recommendations\n\nPriya (she/her)\nDesign Lead\nNovember 2, 2023, Priya was senior to the candidate.",
         "Recommendations\n\n[NAME] (she/her)\nDesign Lead\nNovember 2, 2023, [NAME] was senior to the candidate."),
    ])
    func peopleTheLatePassesFindAreFollowed(input: String, expected: String) {
        #expect(resume(input) == expected)
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("PRIYA RAGHUNATHAN\nNottingham\n\nPlease see Priya's CV below; she studied at King's College London.",
         "[NAME]\nNottingham\n\nPlease see [NAME]'s CV below; she studied at King's College London."),
        ("Tomás Ibarra\nChemist\n\nTomás's PhD was on zeolites; Tomás's Kitchen is his brother's café.",
         "[NAME]\nChemist\n\n[NAME]'s PhD was on zeolites; Tomás's Kitchen is his brother's café."),
    ])
    func aPersonsPapersAfterTheirPossessiveAreTheirs(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        ("Referenzen\nAnton Lechner, Geschäftsführer\nRosemarie Wenger, Obermeisterin der Innung",
         "Referenzen\n[NAME], Geschäftsführer\n[NAME], Obermeisterin der Innung"),
        ("Trabajé con Raúl Etxeberria durante dos años.", "Trabajé con [NAME] durante dos años."),
        ("Referenze: Gaetano Esposito, Loredana Ferri", "Referenze: [NAME], [NAME]"),
    ])
    func moreGivenNamesOfWorkingAgePeople(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        "Docente di ruolo, Liceo Scientifico Statale \"Enrico Fermi\", Bologna",
        "Supplenze annuali, Istituto Comprensivo “Giuseppe Mazzini”, Imola",
        "Infermiera, Azienda Ospedaliera di Rilievo Nazionale Antonio Cardarelli, Napoli",
        "Medaglia Bruno Pontecorvo per giovani ricercatori (2019)",
        "Gesundheits- und Krankenpflegerin, Paul Gerhardt Diakonie, Examen Note 1,6",
        "Mitglied des Direktoriums des Heinz Nixdorf Instituts.",
        "trained 40 students of the College of Nursing, Amrita Vishwa Vidyapeetham.",
    ])
    func institutionsAndHonoursNamedAfterPeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        // a person after the words of a workplace is still one
        ("Referee: Staff Nurse Anna Kowalski, Whittington Hospital", "Referee: Staff Nurse [NAME], Whittington Hospital"),
        ("Contatto: Giovanni Rossi, Istituto Comprensivo di Imola", "Contatto: [NAME], Istituto Comprensivo di Imola"),
        ("Referee: Luca Bianchi-Ward, Head of Sales", "Referee: [NAME], Head of Sales"),
    ])
    func peopleBesideInstitutionsAreStillPeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("ANNUAL PERFORMANCE APPRAISAL — SUMMARY\nPinnacle Freight Systems\n\nEmployee: Maria Kowalski",
         "ANNUAL PERFORMANCE APPRAISAL — SUMMARY\nPinnacle Freight Systems\n\nEmployee: [NAME]"),
        ("DOMANDA DI ASSUNZIONE — SCHEDA CANDIDATO\nCognome: Esposito\nNome: Ciro",
         "DOMANDA DI ASSUNZIONE — SCHEDA CANDIDATO\nCognome: [NAME]\nNome: [NAME]"),
        ("VERBALE DELLA COMMISSIONE DI SELEZIONE\nProcedura n. 14/2025", "VERBALE DELLA COMMISSIONE DI SELEZIONE\nProcedura n. 14/2025"),
    ])
    func appraisalsApplicationsAndMinutesAreNoHeadingNames(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        // initials declared in brackets after a name, then used in the minutes
        ("2. Interview — Ms Zainab Hussain (ZH)\nZH gave a clear presentation. Panel thanked ZH for her time.",
         "2. Interview — Ms [NAME] ([NAME])\n[NAME] gave a clear presentation. Panel thanked [NAME] for her time."),
        // a hyphenated given name's two capitals
        ("Present: Kwame Mensah (chair), Sarah-Jane Holloway (SJH)\nSJH noted strong answers on safeguarding.",
         "Present: [NAME] (chair), [NAME] ([NAME])\n[NAME] noted strong answers on safeguarding."),
        // letters in brackets that are not the name's initials, or a common acronym, stay
        ("Interview — Ms Zainab Hussain (RN)\nRN on Ward 7 since 2019.", "Interview — Ms [NAME] (RN)\nRN on Ward 7 since 2019."),
        ("Interview — Mr Lewis Tranter (QA)\nQA is his field.", "Interview — Mr [NAME] (QA)\nQA is his field."),
    ])
    func initialsDeclaredInBracketsAreThePersons(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        ("Anna Schiller\nLehrerin\n\nFrau Schiller am Schiller: so heißt der Witz. Schiller unterrichtet Deutsch.",
         "[NAME]\nLehrerin\n\nFrau [NAME] am Schiller: so heißt der Witz. [NAME] unterrichtet Deutsch."),
        ("Elena Fermi\nDocente\n\nLa prof. Fermi insegna al Fermi da otto anni; Fermi coordina il dipartimento.",
         "[NAME]\nDocente\n\nLa prof. [NAME] insegna al Fermi da otto anni; [NAME] coordina il dipartimento."),
        // English "I am" before the surname is no article
        ("Jack Morrison\nStore manager\n\nFor the avoidance of doubt: I\nam Morrison, singular.",
         "[NAME]\nStore manager\n\nFor the avoidance of doubt: I\nam [NAME], singular."),
        // a surname that is a town and a word: the town stays
        ("Ellie READING\nSpeech and Language Therapist\n\nBSc, University of Reading, 2019\nCaseload across Newbury and Reading clinics.",
         "[NAME]\nSpeech and Language Therapist\n\nBSc, University of Reading, 2019\nCaseload across Newbury and Reading clinics."),
    ])
    func aSurnameAfterAFusedArticleNamesTheSchoolOrTheFirm(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        // a parcel's number grouped like an Aadhaar number, its check digit holding by chance, in a US document
        ("Dispatcher, Memphis hub: a typical day means 200 FedEx numbers like 7749 1234 5678 and UPS references.",
         "Dispatcher, Memphis hub: a typical day means 200 FedEx numbers like 7749 1234 5678 and UPS references."),
        // in an Indian document, or after an Aadhaar or UID word, it is the id
        ("Address: Flat 4, Baner Road, Pune 411045, Maharashtra\nID: 7749 1234 5678",
         "Address: [ADDRESS]\nID: [SSN]"),
        ("UID 7749 1234 5678", "UID [SSN]"),
        // an example of a format
        ("ti sarà assegnato un codice identificativo di 10 cifre (es. 2024070315), da esibire",
         "ti sarà assegnato un codice identificativo di 10 cifre (es. 2024070315), da esibire"),
        ("P.IVA clienti verificate, es. 09211570966", "P.IVA clienti verificate, es. 09211570966"),
        ("Kundennummer 10-stellig, z. B. 4711081512", "Kundennummer 10-stellig, z. B. 4711081512"),
        // a number after a word that only ends like a mark is still one
        ("Chiamare Ines. +39 333 1234567", "Chiamare Ines. [PHONE]"),
    ])
    func numbersShapedLikeIdsAndPhonesThatAreExamplesOrParcels(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        // a profile's recommendations under a title before the name; then a familiar form
        ("SEGNALAZIONI — Federica Russo\nUX Designer · Venezia\n\n\"Lavorare con Fede è stato un piacere. Federica sa ascoltare.\"",
         "SEGNALAZIONI — [NAME]\nUX Designer · Venezia\n\n\"Lavorare con [NAME] è stato un piacere. [NAME] sa ascoltare.\""),
        // given names the lists missed
        ("Referees: Cian Ó Briain, Tendai Chikwanha and Huw Prys Roberts.", "Referees: [NAME], [NAME] and [NAME]."),
        ("Samuele Bianchi · Head of Product\ngennaio 2025 · Samuele era il responsabile", "[NAME] · Head of Product\ngennaio 2025 · [NAME] era il responsabile"),
        // familiar forms
        ("Oliver Grant\nAnalyst\n\nOllie ran the audit.", "[NAME]\nAnalyst\n\n[NAME] ran the audit."),
        ("Salvatore Lo Presti\nCuoco\n\nTotò guida la cucina.", "[NAME]\nCuoco\n\n[NAME] guida la cucina."),
        // a company suffix in lower case only where it is no word
        ("Chiara Sanna\nDesigner\n\nChiara sa ascoltare; ha lavorato per J Sainsbury plc e Sanna SA.",
         "[NAME]\nDesigner\n\n[NAME] sa ascoltare; ha lavorato per J Sainsbury plc e Sanna SA."),
    ])
    func moreGivenNamesFamiliarFormsAndRecommendations(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        // a found person's co-authors, each initial with a full stop
        ("Anna Russo\nFisica\n\n1. Russo A., Colombo F., De Luca S., \"Background radon\", Eur. Phys. J. C 83 (2023) 1104",
         "[NAME]\nFisica\n\n1. [NAME], [NAME], [NAME], \"Background radon\", Eur. Phys. J. C 83 (2023) 1104"),
        // the candidate's surname before initials in capitals, then a full stop
        ("Sade K. Oyelaran\nBiochemist\n\n2. Fenwick R, Oyelaran SK. Cryo-EM of the degradosome. J Mol Biol. 2021;433:167204.",
         "[NAME]\nBiochemist\n\n2. [NAME], [NAME]. Cryo-EM of the degradosome. J Mol Biol. 2021;433:167204."),
        // a firm's letters after the surname are no initials
        ("Sade K. Oyelaran\nBiochemist\n\nConsultant to Oyelaran PLC, Lagos.", "[NAME]\nBiochemist\n\nConsultant to Oyelaran PLC, Lagos."),
    ])
    func authorsWithDottedOrCapitalInitials(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        "No, non sono parente: in Emilia Ferrari è il cognome più diffuso.",
        "Cabin crew, Brittany Ferries, Portsmouth – Santander route",
        "Orientation includes our \"Frank Discussions\" session on benefits.",
        "Run the \"Grace Hopper\" lunch series and a \"Jane Austen\" reading group.",
    ])
    func placesCarriersAndSeriesNamedLikePeopleStay(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Contact Emilia Ferrari for details.", "Contact [NAME] for details."),
        ("I met Brittany Lewis in Leeds.", "I met [NAME] in Leeds."),
    ])
    func peopleWithThoseGivenNamesStayPeople(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        // particles in capitals inside a mixed-case heading's surnames
        ("María del Mar SÁNCHEZ DE LA TORRE\nQuímica\n\nSánchez presentó la tesis en 2014.", "[NAME]\nQuímica\n\n[NAME] presentó la tesis en 2014."),
        ("Ana Paula DOS SANTOS\nEnfermeira", "[NAME]\nEnfermeira"),
        // a title in capitals with its particles is no name
        ("ACTA DE LA REUNIÓN DEL COMITÉ DE SELECCIÓN\nFecha: 20 de febrero de 2025", "ACTA DE LA REUNIÓN DEL COMITÉ DE SELECCIÓN\nFecha: 20 de febrero de 2025"),
    ])
    func particlesInCapitalsInsideAHeadingName(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test func initialsInBracketsThatAreAnAcronymToo() {
        #expect(job("Asistentes: Dña. Irene Pastor (IP), presidenta. IP is our patent portfolio.")
            == "Asistentes: Dña. [NAME] ([NAME]), presidenta. IP is our patent portfolio.")
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        ("\"The training is brilliant.\" — Kayleigh, Maintenance Technician", "\"The training is brilliant.\" — [NAME], Maintenance Technician"),
        ("“Still learning every week.” – Arjun, 2nd-year apprentice", "“Still learning every week.” – [NAME], 2nd-year apprentice"),
        // no quote before the dash: a word
        ("Shift patterns — Grace, flexibility and pace", "Shift patterns — Grace, flexibility and pace"),
    ])
    func aGivenNameAttributingAQuote(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test func authorsWhoseSurnamesHoldParticles() {
        let input = "María del Mar Sánchez-Arjona\nQuímica\n\n2. Ramírez-Quintana, A.; Sánchez-Arjona de la Torre, M. M.; Oyelaran, T. Flow synthesis. Org. Lett. 2021, 23, 912."
        #expect(resume(input) == "[NAME]\nQuímica\n\n2. [NAME]; [NAME]; [NAME] Flow synthesis. Org. Lett. 2021, 23, 912.")
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        ("Curriculum Vitae — Oluwaseun (Seun) ADEYEMI\nMobile: +44 7700 900562\n\nSeun led the migration.",
         "Curriculum Vitae — [NAME]\nMobile: [PHONE]\n\n[NAME] led the migration."),
        ("Ringrazio mia moglie Rosalia per la pazienza.", "Ringrazio mia moglie [NAME] per la pazienza."),
        ("Gracias a mi marido Andrés y a mi hija Lucía.", "Gracias a mi marido [NAME] y a mi hija [NAME]."),
    ])
    func aNicknamedHeadingAfterATitleAndSpousesAndChildren(input: String, expected: String) {
        #expect(resume(input) == expected)
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        // "and I" makes no firm of the name before it ("Smith and Sons" does)
        ("Working under Dr Rachel Pemberton, I rebuilt it.\nRachel and I presented the work.",
         "Working under Dr [NAME], I rebuilt it.\n[NAME] and I presented the work."),
        ("Working under Dr Rachel Pemberton, I rebuilt it.\nPemberton and I presented; Pemberton and Sons paid.",
         "Working under Dr [NAME], I rebuilt it.\n[NAME] and I presented; Pemberton and Sons paid."),
        // an adverb starting the sentence is no part of another proper noun
        ("Working under Dr Rachel Pemberton, I rebuilt it.\nYesterday Rachel presented the work.",
         "Working under Dr [NAME], I rebuilt it.\nYesterday [NAME] presented the work."),
    ])
    func aPersonMentionedBeforeAndIOrAfterAnAdverb(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "• Host our monthly \"Frank Discussions\" brown-bag with program officers.",
        "Partner: Grace Solutions Ltd; client: Will Operations.",
    ])
    func aGivenNameBeforeAnAbstractNounIsNoPerson(input: String) {
        #expect(job(input) == input)
    }

    @Test func aFoundationNamedAfterAListOfGivenNames() {
        let input = "Borsa di studio della Fondazione Piera, Pietro e Giovanni Ferrero (2013)"
        #expect(resume(input) == input)
        // a list after no institution's word is people
        #expect(resume("Hanno firmato: Pietro, Giovanni Ferrero.") == "Hanno firmato: [NAME], [NAME].")
    }

    @Test func aBuildingNamedAfterATitledPersonAfterThe() {
        let input = "Consolidated pay; accommodation in the Dr. Rangarajan Block staff quarters."
        #expect(job(input) == input)
        #expect(job("Referee: Dr. Anne Block, Head of Surgery") == "Referee: Dr. [NAME], Head of Surgery")
    }

    @Test(arguments: [
        // after "00", a number too short for the country its code names (Australia's fixed lines
        // and mobiles have nine digits) is none
        ("Polisnummers in het formaat WV 0061 2243 17; bel 0229 - 28 40 00.", "Polisnummers in het formaat WV 0061 2243 17; bel [PHONE]."),
        ("Tel. 0044 (0)20 7946 0958 or 0061 2 9876 5432", "Tel. [PHONE] or [PHONE]"),
    ])
    func anInternationalPrefixNeedsAPossibleNumber(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func welshAndGaelicGivenNames() {
        #expect(resume("Please ask Bronwen Hughes or Cathal Ó Briain.") == "Please ask [NAME] or [NAME].")
    }
}

extension EighteenthBatchFamiliesTests {
    @Test(arguments: [
        // a German comparison and a season before a year are no one, in a Herr Fuchs's or a Herr Sommer's CV
        ("Jonas Fuchs\nControlling\n\nEr arbeitete schlau wie ein Fuchs. Herr Fuchs leitete das Team.",
         "[NAME]\nControlling\n\nEr arbeitete schlau wie ein Fuchs. Herr [NAME] leitete das Team."),
        ("Lukas Sommer\nSAP-Berater\n\nSAP FI, CO          Sommer 2018 – Winter 2019\nSommer leitete die Einführung.",
         "[NAME]\nSAP-Berater\n\nSAP FI, CO          Sommer 2018 – Winter 2019\n[NAME] leitete die Einführung."),
        // a post named after a person, joined to its name by a hyphen
        ("Von 2016 bis 2019 war sie Alexander von Humboldt-Professorin.", "Von 2016 bis 2019 war sie Alexander von Humboldt-Professorin."),
    ])
    func comparisonsSeasonsAndPostsNamedAfterPeople(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        // a Dutch or German particle after a given name that is also a word ("Tim", "Max")
        ("| Tim van Dijk       | Klant, supermarkt Oss |", "| [NAME]       | Klant, supermarkt Oss |"),
        ("We flew to Rio de Janeiro.", "We flew to Rio de Janeiro."),
        // a host on the top-level domain reserved for examples, as test data writes hosts
        ("Solliciteren kan via werkenbij.deltarijn.example.", "Solliciteren kan via [URL]."),
    ])
    func particlesAfterAmbiguousGivenNamesAndExampleHosts(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}
