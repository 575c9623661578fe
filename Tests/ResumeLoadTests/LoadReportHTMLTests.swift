import Testing
@testable import ResumeLoad

/// `--format html`: one self-contained page with a percentile plot and the text report.
@Suite struct LoadReportHTMLTests {
    @Test func thePageHoldsThePlotAndTheEscapedTextReport() throws {
        let report = try LoadReportTests.mixReport()
        let page = report.html()
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg") && page.contains("</svg>") && page.hasSuffix("</html>\n"))
        #expect(!page.contains("<script"), "no scripts: the page must open anywhere")
        // Six points (p50 … p99.99, max), each with its label on the axis.
        let polyline = try #require(page.split(separator: "\n").first { $0.hasPrefix("<polyline") })
        let points = try #require(polyline.split(separator: "\"").dropFirst(7).first)
        #expect(points.split(separator: " ").count == 6)
        for label in ["p50", "p90", "p99", "p99.9", "p99.99", "max"] { #expect(page.contains(">\(label)<")) }
        // The text report is there, with what HTML would read as markup escaped.
        #expect(page.contains("Status code distribution:"))
        #expect(page.contains("get-resume=90"))
    }

    @Test func latencyRisesAcrossThePlot() throws {
        let page = try LoadReportTests.mixReport().html()
        let polyline = try #require(page.split(separator: "\n").first { $0.hasPrefix("<polyline") })
        let points = try #require(polyline.split(separator: "\"").dropFirst(7).first).split(separator: " ").map { pair in
            pair.split(separator: ",").map { Double($0)! }
        }
        // x grows left to right; y (SVG: down is larger) never grows, as latency never falls.
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(a[0] < b[0])
            #expect(a[1] >= b[1])
        }
    }

    @Test func percentilesSitAtLogarithmicPositions() {
        #expect(abs(LoadReport.percentileAxis(90) - 1) < 1e-9)
        #expect(abs(LoadReport.percentileAxis(99) - 2) < 1e-9)
        #expect(abs(LoadReport.percentileAxis(99.99) - 4) < 1e-9)
    }

    @Test func markupInTextIsEscaped() {
        #expect(LoadReport.escaped("<b>\"a\" & 'b'</b>") == "&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;")
    }

    @Test func aRunWithNoCallsSaysSoInsteadOfAPlot() {
        let page = LoadReport(options: LoadOptions(), threads: 1, stats: RunStats(), measuredNanoseconds: 0).html()
        #expect(page.contains("No calls were measured.") && !page.contains("<svg"))
    }
}
