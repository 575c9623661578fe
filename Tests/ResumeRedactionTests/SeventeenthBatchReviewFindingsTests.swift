@testable import ResumeRedaction
import Testing

/// What an outside review of this session's rules found (36 problems among 109 inputs, at the
/// commit after `e59f1e6`): ordinary text the new rules destroyed (inclusive job titles before
/// "(hij/zij)", figures after a bracket and a dash, CSS and package names after "Follow" or
/// "Direct", desks after "the head,", firms after "our partner,", work arrangements under "Work
/// address:") or close variants they missed (Catalan months, camel-cased handles under a broken
/// link). Each case is the input, the region its phones are read with, whether it is a job
/// description, and the output the review expected. Six findings are not here; they are left
/// (listed in the session's note): "(at) … (dot)" e-mails, "SYED MD. …", a full name the lists
/// do not know after an officer's label, a surname in capitals after "Reporting to" with its
/// role after a comma, a place after a dash following "s/n", and "Reported to the head, Equity
/// Derivatives" (the reporting line's rule, `roleIntroducers`, takes the desk for the head's name).
@Suite struct SeventeenthBatchReviewFindingsTests {
    typealias Finding = ReviewFinding

    static let findings: [Finding] = [
        Finding(id: "R1-a", region: "US", job: true, input: #"""
Project site: https://acme.github.io/tracker/
2021-2023
"""#, expected: #"""
Project site: [URL]
2021-2023
"""#),
        Finding(id: "R1-b", region: "US", job: false, input: #"""
Jane Smith
Portfolio: https://janesmith.dev/
2
EXPERIENCE
"""#, expected: #"""
[NAME]
Portfolio: [URL]
2
EXPERIENCE
"""#),
        Finding(id: "R1-c", region: "US", job: false, input: #"""
Jane Smith
Portfolio: https://www.behance.net/
JaneSmithDesign
"""#, expected: #"""
[NAME]
Portfolio: [URL]
[URL]
"""#),
        Finding(id: "R3-a", region: "US", job: true, input: #"""
Follow best practice for @media queries and @supports rules in CSS.
"""#, expected: #"""
Follow best practice for @media queries and @supports rules in CSS.
"""#),
        Finding(id: "R3-b", region: "US", job: true, input: #"""
Direct experience with @angular/core and @ngrx/store is a plus.
"""#, expected: #"""
Direct experience with @angular/core and @ngrx/store is a plus.
"""#),
        Finding(id: "R3-c", region: "US", job: true, input: #"""
Folge den Konventionen, z. B. @param und @return in Javadoc.
"""#, expected: #"""
Folge den Konventionen, z. B. @param und @return in Javadoc.
"""#),
        Finding(id: "R3-d", region: "US", job: true, input: #"""
Segue a mesma arquitetura do pacote @nestjs/common.
"""#, expected: #"""
Segue a mesma arquitetura do pacote @nestjs/common.
"""#),
        Finding(id: "R3-e", region: "US", job: true, input: #"""
Use DM channels or @here mentions sparingly.
"""#, expected: #"""
Use DM channels or @here mentions sparingly.
"""#),
        Finding(id: "R3-f", region: "US", job: true, input: #"""
Follow-up on tickets assigned via @oncall rotation.
"""#, expected: #"""
Follow-up on tickets assigned via @oncall rotation.
"""#),
        Finding(id: "R5-a", region: "ES", job: false, input: #"""
Marta Puig
Nascuda el 12/03/1990 a Girona
Data de naixement: 12 de març de 1990
Data de naixement: 3 de maig de 1990
Data de nacemento: 3 de xuño de 1988
"""#, expected: #"""
[NAME]
Nascuda el [DOB] a Girona
Data de naixement: [DOB]
Data de naixement: [DOB]
Data de nacemento: [DOB]
"""#),
        Finding(id: "R7-a", region: "US", job: true, input: #"""
You will work closely with our implementation partner, Accenture Song, to roll out SAP.
"""#, expected: #"""
You will work closely with our implementation partner, Accenture Song, to roll out SAP.
"""#),
        Finding(id: "R7-b", region: "US", job: true, input: #"""
You will support our partner, Mercedes-Benz Trucks, across EMEA.
"""#, expected: #"""
You will support our partner, Mercedes-Benz Trucks, across EMEA.
"""#),
        Finding(id: "R7-d", region: "US", job: false, input: #"""
Jane Smith
Promoted to the head, Fixed Income;
"""#, expected: #"""
[NAME]
Promoted to the head, Fixed Income;
"""#),
        Finding(id: "R8-a", region: "US", job: false, input: #"""
Jane Smith
Chair: Grace Hopper Celebration student track
"""#, expected: #"""
[NAME]
Chair: Grace Hopper Celebration student track
"""#),
        Finding(id: "R9-a", region: "US", job: true, input: #"""
Experience with Lottie Animations and Rive in React Native is a plus.
"""#, expected: #"""
Experience with Lottie Animations and Rive in React Native is a plus.
"""#),
        Finding(id: "R9-b", region: "IN", job: false, input: #"""
Rahul Verma
Speaker at Josh Talks Bengaluru 2022
"""#, expected: #"""
[NAME]
Speaker at Josh Talks Bengaluru 2022
"""#),
        Finding(id: "R12-a", region: "US", job: false, input: #"""
Rahul Verma
Key results:
Revenue (FY 2022-23) – 450000
"""#, expected: #"""
[NAME]
Key results:
Revenue (FY 2022-23) – 450000
"""#),
        Finding(id: "R12-b", region: "IN", job: false, input: #"""
Rahul Verma
Budget handled: Marketing (North) - 500000
"""#, expected: #"""
[NAME]
Budget handled: Marketing (North) - 500000
"""#),
        Finding(id: "R12-c", region: "US", job: false, input: #"""
Jane Smith
EDUCATION
2016 MA  History of Art, University of Edinburgh
2013 BA  Economics, University of Leeds
"""#, expected: #"""
[NAME]
EDUCATION
2016 MA  History of Art, University of Edinburgh
2013 BA  Economics, University of Leeds
"""#),
        Finding(id: "R12-d", region: "NL", job: false, input: #"""
Sanne de Vries
OPLEIDING
2015 BA  Geschiedenis, Universiteit Utrecht
"""#, expected: #"""
[NAME]
OPLEIDING
2015 BA  Geschiedenis, Universiteit Utrecht
"""#),
        Finding(id: "R12-e", region: "IN", job: false, input: #"""
Rahul Verma
Vill. Rampur, Dist. Ballia (U.P.) – 277001
"""#, expected: #"""
[NAME]
[ADDRESS]
"""#),
        Finding(id: "R13-a", region: "US", job: false, input: #"""
Jane Smith
Maintained the AV Equipment S/N register for 12 venues.
"""#, expected: #"""
[NAME]
Maintained the AV Equipment S/N register for 12 venues.
"""#),
        Finding(id: "R14-a", region: "US", job: true, input: #"""
Work address:
Hybrid, 3 days a week in the office
Salary: £45,000
"""#, expected: #"""
Work address:
Hybrid, 3 days a week in the office
Salary: £45,000
"""#),
        Finding(id: "R14-b", region: "US", job: true, input: #"""
Dirección:
Teletrabajo, con visitas puntuales a la oficina
Salario: 30.000 €
"""#, expected: #"""
Dirección:
Teletrabajo, con visitas puntuales a la oficina
Salario: 30.000 €
"""#),
        Finding(id: "R14-c", region: "US", job: false, input: #"""
Jane Smith
Address:
Available on request, willing to relocate
PROFILE
Nurse with 10 years of experience
"""#, expected: #"""
[NAME]
Address:
Available on request, willing to relocate
PROFILE
Nurse with 10 years of experience
"""#),
        Finding(id: "R15-a", region: "US", job: true, input: #"""
Wij zoeken een Accountmanager (hij/zij) voor onze vestiging in Utrecht.
"""#, expected: #"""
Wij zoeken een Accountmanager (hij/zij) voor onze vestiging in Utrecht.
"""#),
        Finding(id: "R15-b", region: "US", job: true, input: #"""
The Successful Candidate (he/she) will report to the CFO.
"""#, expected: #"""
The Successful Candidate (he/she) will report to the CFO.
"""#),
        Finding(id: "R15-c", region: "US", job: true, input: #"""
Nous recherchons un Chef de Projet (il/elle) motivé.
"""#, expected: #"""
Nous recherchons un Chef de Projet (il/elle) motivé.
"""#),
        Finding(id: "R15-d", region: "US", job: true, input: #"""
Wir suchen eine Projektleitung (sie/er) in Vollzeit.
"""#, expected: #"""
Wir suchen eine Projektleitung (sie/er) in Vollzeit.
"""#),
        Finding(id: "R15-e", region: "US", job: true, input: #"""
Procuramos Analista de Dados (ele/ela) para Lisboa.
"""#, expected: #"""
Procuramos Analista de Dados (ele/ela) para Lisboa.
"""#),
    ]

    @Test(arguments: findings)
    func theReviewsInputsComeOutAsExpected(_ f: Finding) {
        #expect(f.redacted == f.expected)
    }

    /// What a second outside review found against the mended rules (26 problems among 158
    /// inputs, at `84d8a6d`): camel-cased words and headings under a link ending in "/", "Speaker
    /// (at) pycon.de", "Secretary: Jane Austen Society", an acronym's name spelled out in brackets,
    /// "Pune (Phase II) - 120000", a salary or a year under an address label, roles before
    /// pronouns; and variants missed ("Follow us on @…", "Volg ons op @…", Catalan "agost").
    /// Eight are not here; they are left (listed in the session's note): a template's path on
    /// `.example`, "(at) … (dot)" e-mails, Catalan elided months ("d'agost") and so the Catalan
    /// place-and-date label's example, Galician "Nada o", a PIN run into dotted letters
    /// ("U.P.-232101") and one after a bracket with no dash, and "Kontakt: Recruiterin Talent
    /// Acquisition (sie/ihr)" (the contact label's rule takes "Recruiterin").
    static let secondFindings: [Finding] = [
        Finding(id: "R1", region: "US", job: false, input: #"""
Jane Doe
Portfolio: https://janedoe.dev/
GitHub
https://github.com/janedoe
"""#, expected: #"""
[NAME]
Portfolio: [URL]
GitHub
[URL]
"""#),
        Finding(id: "R2", region: "US", job: false, input: #"""
Jane Doe
Portfolio https://janedoe.dev/
McKinsey
Business Analyst
"""#, expected: #"""
[NAME]
Portfolio [URL]
McKinsey
Business Analyst
"""#),
        Finding(id: "R3", region: "US", job: false, input: #"""
Jane Doe
jane@doe.com | https://janedoe.design/
experience
product designer at spotify
"""#, expected: #"""
[NAME]
[EMAIL] | [URL]
experience
product designer at spotify
"""#),
        Finding(id: "R5", region: "US", job: true, input: #"""
Follow us on @acmecareers
"""#, expected: #"""
Follow us on [URL]
"""#),
        Finding(id: "R6", region: "US", job: true, input: #"""
Volg ons op @acmenl
"""#, expected: #"""
Volg ons op [URL]
"""#),
        Finding(id: "R7", region: "US", job: true, input: #"""
Please follow @here etiquette in Slack channels.
"""#, expected: #"""
Please follow @here etiquette in Slack channels.
"""#),
        Finding(id: "R8", region: "US", job: false, input: #"""
Ana Lima
Speaker (at) pycon.de 2022
"""#, expected: #"""
[NAME]
Speaker (at) pycon.de 2022
"""#),
        Finding(id: "R9", region: "US", job: false, input: #"""
Ana Lima
2019-2021 growth marketer (at) trivago.de
"""#, expected: #"""
[NAME]
2019-2021 growth marketer (at) trivago.de
"""#),
        Finding(id: "R12", region: "ES", job: false, input: #"""
Jordi Puig
Data de naixement: 12 de agost de 1990
"""#, expected: #"""
[NAME]
Data de naixement: [DOB]
"""#),
        Finding(id: "R15", region: "GB", job: false, input: #"""
Jane Doe
Secretary: Jane Austen Society (2018-2020)
"""#, expected: #"""
[NAME]
Secretary: Jane Austen Society (2018-2020)
"""#),
        Finding(id: "R17", region: "IN", job: true, input: #"""
Adverse events reported to CDSCO (Central Drugs Standard Control Organisation).
"""#, expected: #"""
Adverse events reported to CDSCO (Central Drugs Standard Control Organisation).
"""#),
        Finding(id: "R18", region: "IN", job: true, input: #"""
Headcount, Pune (Phase II) - 120000
"""#, expected: #"""
Headcount, Pune (Phase II) - 120000
"""#),
        Finding(id: "R21", region: "GB", job: true, input: #"""
Interview address:
Hybrid, 3 days in office, salary 45000
"""#, expected: #"""
Interview address:
Hybrid, 3 days in office, salary 45000
"""#),
        Finding(id: "R22", region: "GB", job: false, input: #"""
Jane Doe
Address:
Relocating from Leeds, available from June 2025
Phone: 07700 900123
"""#, expected: #"""
[NAME]
Address:
Relocating from Leeds, available from June 2025
Phone: [PHONE]
"""#),
        Finding(id: "R23", region: "GB", job: true, input: #"""
Registered office address:
Acme Holdings Ltd, Company No. 01234567
VAT GB 123 4567 89
"""#, expected: #"""
Registered office address:
Acme Holdings Ltd, Company No. 01234567
VAT GB 123 4567 89
"""#),
        Finding(id: "R24", region: "GB", job: true, input: #"""
Each Mentee (she/her) is paired with a coach.
"""#, expected: #"""
Each Mentee (she/her) is paired with a coach.
"""#),
        Finding(id: "R25", region: "GB", job: true, input: #"""
Meet your Onboarding Buddy (they/them) on day one.
"""#, expected: #"""
Meet your Onboarding Buddy (they/them) on day one.
"""#),
    ]

    @Test(arguments: secondFindings)
    func theSecondReviewsInputsComeOutAsExpected(_ f: Finding) {
        #expect(f.redacted == f.expected)
    }
}
