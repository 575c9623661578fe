import Testing
@testable import ResumeServer

/// The one request a scrape sends, read from bytes in any split.
@Suite struct MetricsRequestParserTests {
    func parse(_ text: String) -> MetricsRequestParser.Outcome {
        MetricsRequestParser.parse(Array(text.utf8), path: "/metrics")
    }

    @Test func aGetOfTheMetricsPathIsServedWithOrWithoutAQuery() {
        #expect(parse("GET /metrics HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n") == .metrics)
        #expect(parse("GET /metrics?format=text HTTP/1.0\r\n\r\n") == .metrics)
    }

    @Test func anIncompleteHeaderWaitsForMore() {
        let whole = "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"
        for cut in 0..<(whole.utf8.count - 1) {
            #expect(MetricsRequestParser.parse(Array(whole.utf8.prefix(cut)), path: "/metrics") == .needMore, "cut at \(cut)")
        }
    }

    @Test func everythingElseIsRefusedWithItsStatus() {
        #expect(parse("POST /metrics HTTP/1.1\r\n\r\n") == .refuse(status: 405, reason: "Method Not Allowed"))
        #expect(parse("GET /other HTTP/1.1\r\n\r\n") == .refuse(status: 404, reason: "Not Found"))
        #expect(parse("GET /metricsx HTTP/1.1\r\n\r\n") == .refuse(status: 404, reason: "Not Found"))
        for garbage in ["\r\n\r\n", "GET\r\n\r\n", "GET /metrics\r\n\r\n", "GET /metrics HTTP/2.0\r\n\r\n", "GET  /metrics HTTP/1.1\r\n\r\n",
                        "GET /metrics HTTP/1.1 extra\r\n\r\n", "G\u{0}T /metrics HTTP/1.1\r\n\r\n", "GËT /metrics HTTP/1.1\r\n\r\n"] {
            #expect(parse(garbage) == .refuse(status: 400, reason: "Bad Request"), "\(garbage.debugDescription)")
        }
    }

    @Test func aHeaderPastEightKiBIsRefusedWithoutWaitingForItsEnd() {
        let long = "GET /metrics HTTP/1.1\r\nX: " + String(repeating: "a", count: 9_000)
        #expect(parse(long) == .refuse(status: 431, reason: "Request Header Fields Too Large"))
        #expect(parse(long + "\r\n\r\n") == .refuse(status: 431, reason: "Request Header Fields Too Large"))
    }
}
