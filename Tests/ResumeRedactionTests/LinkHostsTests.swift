@testable import ResumeRedaction
import Testing

/// Scheme-less links on the hosts of shorteners, forms and newer top-level domains.
@Suite struct LinkHostsTests {
    @Test(arguments: [
        ("Apply via forms.gle/Rk7QpDrL2025QA by Friday.", "Apply via [URL] by Friday."),
        ("Slides: aka.ms/ignite-2024-data", "Slides: [URL]"),
        ("Portfolio: anna.studio/work/2024 and lnkd.in/eXaMpLe", "Portfolio: [URL] and [URL]"),
        ("Book a call: joana.link/call", "Book a call: [URL]"),
        ("Voir HAL.EXAMPLE.FR/search?q=belkacem&type=ART pour la liste.", "Voir [URL] pour la liste."),
    ])
    func shortenersFormsAndNewerDomains(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Tools: main.rs, build.sh, setup.py, README.md, app.ts",
        "Shah et al. 2021; e.g. the Node.js runtime",
        "Spoke at Berlin.JS and Paris.Web",
        "Stack: ASP.NET/C#, VB.NET/WinForms",
        "We call user.profile.photo in the view, then this.props.link; torch.cuda.am too.",
    ])
    func fileNamesAndCitationsAreNoLinks(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("LinkedIn: /in/joaosilva\nGitHub: joaos", "LinkedIn: [URL]\nGitHub: [URL]"),
        ("Lattes: 1234567890123456 | ORCID: 0000-0002-1825-0097", "Lattes: [URL] | ORCID: [URL]"),
        ("GitHub: JoaoSilva.", "GitHub: [URL]."),
        ("StackOverflow: janedoe99", "StackOverflow: [URL]"),
    ])
    func accountsAfterANetworksLabel(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "GitHub: available on request",
        "Skype: Private",
        "Twitter: none",
        "LinkedIn: see below",
        "GitLab: CI/CD, Docker",
        "Kaggle: expert, 3 medals",
        "YouTube: 120k",
    ])
    func wordsAfterANetworksLabelAreNoAccount(input: String) {
        #expect(job(input) == input)
    }

    @Test func accountsInOneLineSeparatedByCommas() {
        #expect(job("GitHub: janedoe, GitLab: jdoe") == "GitHub: [URL], GitLab: [URL]")
    }
}
