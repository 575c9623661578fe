@testable import ResumeRedaction
import Testing

/// What an outside review of the tenth batch's address rules found them taking that is no
/// address (and the two leaks it found), each mended.
@Suite struct TenthBatchAddressReviewFindingsTests {
    @Test(arguments: [
        // a line ending in a period of work or a job's terms over a postcode line is no street line
        ("EXPERIENCE\nGoogle LLC, Software Engineer 2019-2021\nMountain View, CA 94043",
         "EXPERIENCE\nGoogle LLC, Software Engineer 2019-2021\n[ADDRESS]"),
        ("Teilzeit 20-30\n10115 Berlin", "Teilzeit 20-30\n[ADDRESS]"),
        // a job's terms in brackets after the place stay; a province is still the address's
        ("Location: 1 Main Street, London EC1A 1BB (Hybrid)", "Location: [ADDRESS] (Hybrid)"),
        ("Einsatzort: Hauptstraße 5, 10115 Berlin (Vollzeit oder Teilzeit)", "Einsatzort: [ADDRESS] (Vollzeit oder Teilzeit)"),
        ("Via Lecco 45, 20900 Monza (MB)", "[ADDRESS]"),
        // ranks, references and plots in reports are no Indian house numbers
        ("Awards\n- No. 1, Sales Leaderboard Q3 2022", "Awards\n- No. 1, Sales Leaderboard Q3 2022"),
        ("No. 14/2, 2nd Cross, Malleswaram", "[ADDRESS]"),
        ("Requisition ID: Req-104521", "Requisition ID: Req-104521"),
        ("Address: New Delhi-110019", "Address: [ADDRESS]"),
        ("Results\nPlot 1, left: latency by region; Plot 2, right: throughput.",
         "Results\nPlot 1, left: latency by region; Plot 2, right: throughput."),
        ("- Plot 3, Figure 4 and Table 2 summarise the A/B test.", "- Plot 3, Figure 4 and Table 2 summarise the A/B test."),
        ("Plot 17, Sector 20, Noida", "[ADDRESS]"),
        ("Project: Widening of Road No. 7", "Project: Widening of Road No. 7"),
        // German prose between separators; a French heading over a postcode line
        ("Sprachen: Deutsch · Englisch | Kurse bei Udemy 12 | 10000 Teilnehmer",
         "Sprachen: Deutsch · Englisch | Kurse bei Udemy 12 | 10000 Teilnehmer"),
        ("Compétences\nDomaine Data Science\n75008 Paris", "Compétences\nDomaine Data Science\n[ADDRESS]"),
        // a firm named with a unit's word is no unit line
        ("Employment\nRoom 101 Productions Ltd\n22 Wardour Street\nLondon W1F 8ZF",
         "Employment\nRoom 101 Productions Ltd\n[ADDRESS]\n[ADDRESS]"),
        // a part's label alone, outside a form, labels no address part
        ("Benefícios\n- Complemento: auxílio home office de R$ 150", "Benefícios\n- Complemento: auxílio home office de R$ 150"),
        ("Stadtteil: Nähe zum Hauptbahnhof, gute Anbindung", "Stadtteil: Nähe zum Hauptbahnhof, gute Anbindung"),
        ("Logradouro: Rua Tenente Durval Cunha\nComplemento: casa 2, fundos", "Logradouro: [ADDRESS]\nComplemento: [ADDRESS]"),
    ])
    func noAddressIsTaken(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        // the person the post goes through is a name, not left visible
        ("Address: C/o Venkata Subba Reddy, 3-45 Main Bazaar, Tenali 522201", "Address: C/o [NAME], [ADDRESS]"),
        ("Anschrift: c/o Müller, Kastanienallee 12, 10435 Berlin", "Anschrift: c/o [NAME], [ADDRESS]"),
        // without a comma on the line the whole value is the address, as before
        ("Address: C/o Lakshmi Narayana Rao Gandhi Nagar Vijayawada 520003", "Address: [ADDRESS]"),
        // a post-office box before its postcode
        ("Apartado 1043 29640 Fuengirola", "[ADDRESS]"),
        // a unit's word before the number that starts the street, on one line (Australian)
        ("Unit 5/22 Smith Street\nFitzroy VIC 3065", "[ADDRESS]\n[ADDRESS]"),
        ("Lives at Unit 5/22 Smith Street, Fitzroy VIC 3065.", "Lives at [ADDRESS]."),
        ("The Unit 5 team shipped 22 features.", "The Unit 5 team shipped 22 features."),
    ])
    func theReviewsLeaksAreRedacted(input: String, expected: String) {
        #expect(job(input) == expected)
    }
}
