@testable import ResumeRedaction
import Testing

/// What an outside review of the eighteenth batch's rules found (57 problems among 160 inputs, at
/// `13b2d62`): ordinary text the new rules destroyed (programming languages, months and places after
/// a preposition named like the candidate, months and verbs named like a contact found beside their
/// e-mail address, brands named after their founder, acronyms equal to declared initials, surnames'
/// particles read as fused articles, "9 am Hughes") or close variants they missed (papers after a
/// possessive, Portuguese and French minutes, example marks). Each case is the input, the region its
/// phones are read with, whether it is a job description, and the output the review expected. 40 are
/// here; 17 are left (listed in the session's note): a place-named given name after "senior to"
/// ("Victoria", as before), "Tom's MA", initials equal to an acronym acting in a sentence ("AP
/// reported"), accented, particle and middle-name initials, "Dalla Costa" coming out as two
/// placeholders, "Reading" starting a sentence, "Der Spiegel", a courier number "such as" one in an
/// Indian document, grouped phones after an example mark (the candidate's own is read there).
@Suite struct EighteenthBatchReviewFindingsTests {
    typealias Finding = ReviewFinding

    static let findings: [Finding] = [
        Finding(id: "F1", region: "US", job: false, input: #"""
Ruby Okafor
Backend Engineer
Migrated the billing services from Ruby to Go, cutting p95 latency by 40%.
"""#, expected: #"""
[NAME]
Backend Engineer
Migrated the billing services from Ruby to Go, cutting p95 latency by 40%.
"""#),
        Finding(id: "F2", region: "US", job: false, input: #"""
Julia Brandt
Quantitative Analyst
Ported the pricing library from Julia to Python and trained two juniors.
"""#, expected: #"""
[NAME]
Quantitative Analyst
Ported the pricing library from Julia to Python and trained two juniors.
"""#),
        Finding(id: "F3", region: "US", job: false, input: #"""
Crystal Hughes
BI Developer
Migrated 200 legacy reports from Crystal to Power BI in six months.
"""#, expected: #"""
[NAME]
BI Developer
Migrated 200 legacy reports from Crystal to Power BI in six months.
"""#),
        Finding(id: "F4", region: "FR", job: false, input: #"""
Pascal Moreau
Développeur logiciel
Migration d'une application de gestion de Pascal vers C#, 2018–2020.
"""#, expected: #"""
[NAME]
Développeur logiciel
Migration d'une application de gestion de Pascal vers C#, 2018–2020.
"""#),
        Finding(id: "F5", region: "UK", job: false, input: #"""
Sofia Petrova
Logistics Coordinator
Relocated to Sofia in 2022 to open the Balkan distribution hub.
"""#, expected: #"""
[NAME]
Logistics Coordinator
Relocated to Sofia in 2022 to open the Balkan distribution hub.
"""#),
        Finding(id: "F6", region: "US", job: false, input: #"""
August Lindqvist
Seasonal Ranger, Yellowstone National Park
Worked from August to October each year guiding backcountry groups.
"""#, expected: #"""
[NAME]
Seasonal Ranger, Yellowstone National Park
Worked from August to October each year guiding backcountry groups.
"""#),
        Finding(id: "F7", region: "US", job: false, input: #"""
Jun Park
Contract UX Designer
Contract from Jun to Dec, redesigning the onboarding flow.
"""#, expected: #"""
[NAME]
Contract UX Designer
Contract from Jun to Dec, redesigning the onboarding flow.
"""#),
        Finding(id: "F8", region: "UK", job: false, input: #"""
Art Kowalski
Graduate, Royal College of Art
MA in Design Products, 2019.
"""#, expected: #"""
[NAME]
Graduate, Royal College of Art
MA in Design Products, 2019.
"""#),
        Finding(id: "F9", region: "US", job: false, input: #"""
Wendy Clarke
Shift Supervisor, Wendy's, Tampa (2015–2017)
Trained 14 crew members at Wendy's on food safety.
"""#, expected: #"""
[NAME]
Shift Supervisor, Wendy's, Tampa (2015–2017)
Trained 14 crew members at Wendy's on food safety.
"""#),
        Finding(id: "F10", region: "US", job: false, input: #"""
Mila Novak
ML Researcher
Moved from Element AI to Mila in 2020 to work on generative models.
"""#, expected: #"""
[NAME]
ML Researcher
Moved from Element AI to Mila in 2020 to work on generative models.
"""#),
        Finding(id: "F11", region: "NL", job: false, input: #"""
Yara Haddad
Procesingenieur
In 2020 overgestapt van Equinor naar Yara, vestiging Sluiskil.
"""#, expected: #"""
[NAME]
Procesingenieur
In 2020 overgestapt van Equinor naar Yara, vestiging Sluiskil.
"""#),
        Finding(id: "F12", region: "UK", job: false, input: #"""
Angel Ruiz
Office Manager
Managed the office move from Angel to Old Street in 2021.
"""#, expected: #"""
[NAME]
Office Manager
Managed the office move from Angel to Old Street in 2021.
"""#),
        Finding(id: "F14", region: "UK", job: true, input: #"""
Events Coordinator, Harrogate
Apply to Sophie March (sophie.march@harrogate-events.example).
Start date: March 2025. Fixed term to 31 March 2026.
"""#, expected: #"""
Events Coordinator, Harrogate
Apply to [NAME] ([EMAIL]).
Start date: March 2025. Fixed term to 31 March 2026.
"""#),
        Finding(id: "F15", region: "US", job: true, input: #"""
Line Cook – Riverside Grill
Questions? Email Tom May (tom.may@riversidegrill.example).
Closing date: 30 May 2025. Interviews the week of May 12.
"""#, expected: #"""
Line Cook – Riverside Grill
Questions? Email [NAME] ([EMAIL]).
Closing date: 30 May 2025. Interviews the week of May 12.
"""#),
        Finding(id: "F16", region: "US", job: true, input: #"""
Breakfast Cook – Lakeside Lodge
Email Sam Cook (sam.cook@lakesidelodge.example) with your availability.
Cook and plate breakfasts for up to 80 guests.
"""#, expected: #"""
Breakfast Cook – Lakeside Lodge
Email [NAME] ([EMAIL]) with your availability.
Cook and plate breakfasts for up to 80 guests.
"""#),
        Finding(id: "F17", region: "UK", job: true, input: #"""
Recruiter notes
Candidate: Priya Raghunathan <priya.raghunathan@mailbox.example>
Please review Priya's CV, Priya's Resume and Priya's Portfolio before Friday.
"""#, expected: #"""
Recruiter notes
Candidate: [NAME] <[EMAIL]>
Please review [NAME]'s CV, [NAME]'s Resume and [NAME]'s Portfolio before Friday.
"""#),
        Finding(id: "F19", region: "DE", job: false, input: #"""
Jonas Keller
2018–2022 Relationship Manager, Julius Bär, Zürich
Kundenbetreuung für vermögende Privatkunden bei Julius Bär.
"""#, expected: #"""
[NAME]
2018–2022 Relationship Manager, Julius Bär, Zürich
Kundenbetreuung für vermögende Privatkunden bei Julius Bär.
"""#),
        Finding(id: "F20", region: "DE", job: false, input: #"""
Sabine Wolf
Applikationsingenieurin bei Anton Paar in Ostfildern (2015–2020)
Schulungen zu Anton Paar Dichtemessgeräten für Kunden.
"""#, expected: #"""
[NAME]
Applikationsingenieurin bei Anton Paar in Ostfildern (2015–2020)
Schulungen zu Anton Paar Dichtemessgeräten für Kunden.
"""#),
        Finding(id: "F21", region: "IN", job: false, input: #"""
Karthik Reddy
Quality Engineer, Amara Raja Batteries, Tirupati (2016–2021)
Led PPAP submissions for Amara Raja to two OEM customers.
"""#, expected: #"""
[NAME]
Quality Engineer, Amara Raja Batteries, Tirupati (2016–2021)
Led PPAP submissions for Amara Raja to two OEM customers.
"""#),
        Finding(id: "F22", region: "DE", job: true, input: #"""
Vertriebsinnendienst (m/w/d)
Die Julius Bär Gruppe sucht für Zürich eine/n Mitarbeiter/in.
Erfahrung bei Anton Paar oder Emil Frey von Vorteil.
"""#, expected: #"""
Vertriebsinnendienst (m/w/d)
Die Julius Bär Gruppe sucht für Zürich eine/n Mitarbeiter/in.
Erfahrung bei Anton Paar oder Emil Frey von Vorteil.
"""#),
        Finding(id: "F23", region: "UK", job: false, input: #"""
Harriet Cole
Sales Associate, Alfred Dunhill, Jermyn Street (2016–2019)
Top seller for Alfred Dunhill leather goods two years running.
"""#, expected: #"""
[NAME]
Sales Associate, Alfred Dunhill, Jermyn Street (2016–2019)
Top seller for Alfred Dunhill leather goods two years running.
"""#),
        Finding(id: "F24", region: "IT", job: false, input: #"""
Simone Gatti
Tecnico commerciale, Angelo Po Grandi Cucine, Carpi (2015–2021)
Formazione ai rivenditori sui forni Angelo Po.
"""#, expected: #"""
[NAME]
Tecnico commerciale, Angelo Po Grandi Cucine, Carpi (2015–2021)
Formazione ai rivenditori sui forni Angelo Po.
"""#),
        Finding(id: "F25", region: "IT", job: false, input: #"""
Martina Conti
Hair stylist presso Aldo Coppola, Milano (2014–2019)
Corsi di colorazione in Accademia Aldo Coppola.
"""#, expected: #"""
[NAME]
Hair stylist presso Aldo Coppola, Milano (2014–2019)
Corsi di colorazione in Accademia Aldo Coppola.
"""#),
        Finding(id: "F26", region: "BR", job: false, input: #"""
Valentina Souza
Engenheira de Minas
2016–2021 Analista de Processos na Vale, Itabira (MG).
Vale ressaltar que liderei a certificação ISO 14001 da unidade.
"""#, expected: #"""
[NAME]
Engenheira de Minas
2016–2021 Analista de Processos na Vale, Itabira (MG).
Vale ressaltar que liderei a certificação ISO 14001 da unidade.
"""#),
        Finding(id: "F27", region: "UK", job: false, input: #"""
Valentina Price
Planning Officer, Vale of Glamorgan Council (2018–2023)
Vale of Glamorgan local development plan review lead.
"""#, expected: #"""
[NAME]
Planning Officer, Vale of Glamorgan Council (2018–2023)
Vale of Glamorgan local development plan review lead.
"""#),
        Finding(id: "F28", region: "AU", job: false, input: #"""
Stanley Okoro
Content Coordinator
2019–2023 Content Coordinator at Stan, Sydney: scheduled 400+ titles a year for Stan.
"""#, expected: #"""
[NAME]
Content Coordinator
2019–2023 Content Coordinator at Stan, Sydney: scheduled 400+ titles a year for Stan.
"""#),
        Finding(id: "F29", region: "US", job: false, input: #"""
Sarah Block
Nurse Practitioner
Referee: Dr. Miriam Block, Consultant Cardiologist, Mercy Hospital
"""#, expected: #"""
[NAME]
Nurse Practitioner
Referee: Dr. [NAME], Consultant Cardiologist, Mercy Hospital
"""#),
        Finding(id: "F30", region: "UK", job: false, input: #"""
Jack Turner
Rowing: shared the 2019 Henley medal with Oliver Grant, my pair partner.
"""#, expected: #"""
[NAME]
Rowing: shared the 2019 Henley medal with [NAME], my pair partner.
"""#),
        Finding(id: "F31", region: "BR", job: false, input: #"""
ATA DA REUNIÃO DE SELEÇÃO — Beatriz Nogueira
Candidata aprovada por unanimidade.
"""#, expected: #"""
ATA DA REUNIÃO DE SELEÇÃO — [NAME]
Candidata aprovada por unanimidade.
"""#),
        Finding(id: "F32", region: "UK", job: false, input: #"""
PERFORMANCE EVALUATION — Sarah Holt
Rating: exceeds expectations. Sarah led the Q3 migration.
"""#, expected: #"""
PERFORMANCE EVALUATION — [NAME]
Rating: exceeds expectations. [NAME] led the Q3 migration.
"""#),
        Finding(id: "F33", region: "FR", job: false, input: #"""
PROCÈS-VERBAL DU JURY — Hugo Lefèvre
Candidat admis, mention bien.
"""#, expected: #"""
PROCÈS-VERBAL DU JURY — [NAME]
Candidat admis, mention bien.
"""#),
        Finding(id: "F39", region: "UK", job: false, input: #"""
Board minutes
Kwame Mensah (KM; chair) opened the meeting.
KM asked for the audit report by June.
"""#, expected: #"""
Board minutes
[NAME] ([NAME]; chair) opened the meeting.
[NAME] asked for the audit report by June.
"""#),
        Finding(id: "F41", region: "UK", job: false, input: #"""
Interview panel notes
Candidates: Megan Hughes, Tariq Okafor
Tuesday: 9 am Hughes (teaching task), 11 am Okafor (presentation).
"""#, expected: #"""
Interview panel notes
Candidates: [NAME], [NAME]
Tuesday: 9 am [NAME] (teaching task), 11 am [NAME] (presentation).
"""#),
        Finding(id: "F44", region: "UK", job: false, input: #"""
Fatima Al Mansouri
Senior Auditor, London
Al Mansouri led the group audit of 12 subsidiaries.
"""#, expected: #"""
[NAME]
Senior Auditor, London
[NAME] led the group audit of 12 subsidiaries.
"""#),
        Finding(id: "F45", region: "IT", job: false, input: #"""
Giulia Bianchi
Lettera di referenza: "Nel 2021 ho affidato alla Bianchi il coordinamento del progetto, e la Bianchi lo ha chiuso in anticipo."
"""#, expected: #"""
[NAME]
Lettera di referenza: "Nel 2021 ho affidato alla [NAME] il coordinamento del progetto, e la [NAME] lo ha chiuso in anticipo."
"""#),
        Finding(id: "F48", region: "US", job: false, input: #"""
Rahul Verma
Software Engineer, Austin, TX
2345 6789 0124 (Aadhaar)
"""#, expected: #"""
[NAME]
Software Engineer, Austin, TX
[SSN] (Aadhaar)
"""#),
        Finding(id: "F49", region: "US", job: false, input: #"""
Priya Nair
Registered Nurse, Houston, TX
Documents: passport, Aadhaar and PAN copies attached.
2345 6789 0124
"""#, expected: #"""
[NAME]
Registered Nurse, Houston, TX
Documents: passport, Aadhaar and PAN copies attached.
[SSN]
"""#),
        Finding(id: "F51", region: "UK", job: false, input: #"""
Oliver Grant
Warehouse Team Leader, Bolton
Reachable on two numbers, e.g. 07700 900123 (mobile) or 0161 496 0000 (home).
"""#, expected: #"""
[NAME]
Warehouse Team Leader, Bolton
Reachable on two numbers, e.g. [PHONE] (mobile) or [PHONE] (home).
"""#),
        Finding(id: "F56", region: "IT", job: false, input: #"""
Elena Moretti
2016–2020 Impiegata amministrativa presso Gino Rossi s.r.l., Brescia (ferramenta all'ingrosso)
"""#, expected: #"""
[NAME]
2016–2020 Impiegata amministrativa presso Gino Rossi s.r.l., Brescia (ferramenta all'ingrosso)
"""#),
        Finding(id: "F57", region: "ES", job: false, input: #"""
Sergio Navarro
2017–2022 Jefe de almacén en Construcciones José Martín s.l., Zaragoza
"""#, expected: #"""
[NAME]
2017–2022 Jefe de almacén en Construcciones José Martín s.l., Zaragoza
"""#),
    ]

    @Test(arguments: findings)
    func theReviewsInputsComeOutAsExpected(_ f: Finding) {
        #expect(f.redacted == f.expected)
    }

    /// A second, shorter review of the last rules (14 problems among 111 inputs, at `32923bc`, all
    /// misses): 4 mended here (German role nouns are capitalised, "ma femme", "mijn man", German
    /// closing quotes); 10 left (in the session's note): plural child words, a place-named child, an
    /// attribution with a bracketed role or an ambiguous name, a co-author list led by a full name,
    /// a nickname in German quotes, "CM's team", an Aadhaar label across a blank line or as "UID"
    /// above, the Hindi label.
    static let secondFindings: [Finding] = [
        Finding(id: "G1", region: "DE", job: false, input: #"""
Umzug nach Köln mit meiner Tochter Emma.
"""#, expected: #"""
Umzug nach Köln mit meiner Tochter [NAME].
"""#),
        Finding(id: "G3", region: "NL", job: false, input: #"""
Samen met mijn dochter Eva en mijn man Joost.
"""#, expected: #"""
Samen met mijn dochter [NAME] en mijn man [NAME].
"""#),
        Finding(id: "G4", region: "FR", job: false, input: #"""
Je vis avec ma femme Claire et mes enfants.
"""#, expected: #"""
Je vis avec ma femme [NAME] et mes enfants.
"""#),
        Finding(id: "G7", region: "DE", job: false, input: #"""
„Sehr zuverlässig.“ – Jannik, Schichtleiter
"""#, expected: #"""
„Sehr zuverlässig.“ – [NAME], Schichtleiter
"""#),
    ]

    @Test(arguments: secondFindings)
    func theSecondReviewsInputsComeOutAsExpected(_ f: Finding) {
        #expect(f.redacted == f.expected)
    }
}
