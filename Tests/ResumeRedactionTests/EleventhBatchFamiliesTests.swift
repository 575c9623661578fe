@testable import ResumeRedaction
import Testing

/// The families the eleventh batch's writers found (links and the text that looks like them;
/// whole resumes as each country writes them).
@Suite struct EleventhBatchFamiliesTests {
    @Test(arguments: [
        ("Portafolio: NURIAVILADECANS.CAT · Behance", "Portafolio: [URL] · Behance"),
        ("Website : EXEMPLO-DESIGN.COM.BR", "Website : [URL]"),
        ("Portfólio: ANASOUZA.ART.BR", "Portfólio: [URL]"),
        ("Portfolio: GITHUB.IO/MARTA", "Portfolio: [URL]"),
    ])
    func aHostInCapitalsAsALinkLabelsValueIsALink(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        "Skills: ASP.NET, C#, SQL Server",
        "Stack: NODE.JS, VUE.JS",
        "Frameworks: ASP.NET Core 8",
        "We build on ASP.NET and BOOKING.COM runs on Perl.",
        "Site: NODE.JS",
    ])
    func capitalsElsewhereStayNames(input: String) {
        #expect(resume(input) == input)
    }

    @Test(arguments: [
        ("Coles Group Limited, 800 Toorak Road, Hawthorn East VIC 3123 · ABN 51 824 753 556",
         "Coles Group Limited, [ADDRESS] · ABN 51 824 753 556"),
        ("Siemens AG, Werner-von-Siemens-Straße 1, 80333 München", "Siemens AG, [ADDRESS]"),
        ("Officine Brianza S.p.A., Via Lecco 45, 20900 Monza", "Officine Brianza S.p.A., [ADDRESS]"),
        ("Büro: Müller GmbH, Hauptstraße 5, 10115 Berlin", "Büro: Müller GmbH, [ADDRESS]"),
    ])
    func aFirmsNameBeforeItsAddressStays(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aUnitBeforeTheFirmIsStillPartOfTheAddress() {
        // the firm's name stands after a unit's number: the line is one address
        #expect(job("Unit 5, Acme Ltd, 12 George Street, Sydney NSW 2000") == "[ADDRESS]")
    }

    @Test(arguments: [
        ("Handled the store move from Linking Road, Bandra to Phoenix Palladium, Lower Parel.",
         "Handled the store move from Linking Road, Bandra to Phoenix Palladium, Lower Parel."),
        ("Relocated to Dana Point, California.", "Relocated to Dana Point, California."),
        // a person of that name is still one, after "from" or "to" too (an outside review's leaks)
        ("I received a letter of recommendation from Victoria Hughes, my former manager.",
         "I received a letter of recommendation from [NAME], my former manager."),
        ("Thanks to Austin Miller and the support team.", "Thanks to [NAME] and the support team."),
        ("References: Phoenix Harper, Store Manager", "References: [NAME], Store Manager"),
    ])
    func aVenueNamedLikeAPersonIsAPlace(input: String, expected: String) {
        #expect(resume(input) == expected)
    }

    @Test(arguments: [
        ("Apply or write to our recruiter, Kelsey Park (kelsey.park@example.com).",
         "Apply or write to our recruiter, [NAME] ([EMAIL])."),
        ("Questions: Rachel Stone <rachel.stone@example.co.uk>", "Questions: [NAME] <[EMAIL]>"),
        ("Hiring manager Tom Hill – t.hill@example.com", "Hiring manager [NAME] – [EMAIL]"),
    ])
    func aNameItsEmailAddressSpellsIsAPerson(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Sales Team (sales.team@example.com)", "Sales Team ([EMAIL])"),
        ("Customer Care <customer.care@example.com>", "Customer Care <[EMAIL]>"),
        ("Green Energy (green.energy@example.com)", "Green Energy ([EMAIL])"),
        ("Press Office <press.office@example.com>", "Press Office <[EMAIL]>"),
        // the words must spell the address: a person named elsewhere is no match
        ("We met at Kelsey Park. Mail: info@example.com", "We met at Kelsey Park. Mail: [EMAIL]"),
    ])
    func aTeamsMailboxNamesNoOne(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func assistantAndAssociateTitlesAreNoNames() {
        #expect(resume("Thesis supervised by Assoc. Prof. Daniel Whitcombe")
                == "Thesis supervised by Assoc. Prof. [NAME]")
        #expect(resume("Assoc. Director of Sales, Asst. Manager") == "Assoc. Director of Sales, Asst. Manager")
    }

    @Test func aFellowshipNamedAfterAPersonIsNoOne() {
        #expect(resume("2015 – 2019  Investigadora postdoctoral (contrato Juan de la Cierva), UPM")
                == "2015 – 2019  Investigadora postdoctoral (contrato Juan de la Cierva), UPM")
        #expect(resume("Beca Ramón Areces 2012; supervisora: Dra. Elena Ruiz")
                == "Beca Ramón Areces 2012; supervisora: Dra. [NAME]")
    }
}
