import Foundation

extension LoadReport {
    /// The report as one self-contained HTML page (no scripts, no fetched
    /// files): the latency distribution drawn as an HdrHistogram-style
    /// percentile plot, then the text report.
    public func html(failOn: [FailCondition] = []) -> String {
        let title = "resume-load: \(options.scenario.rawValue) against \(options.server)"
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(Self.escaped(title))</title>
        <style>body{font-family:sans-serif;margin:2em;max-width:60em}pre{background:#f6f6f6;padding:1em;overflow-x:auto}
        svg{background:#fff;border:1px solid #ddd}svg text{font-size:11px;font-family:sans-serif}</style>
        </head><body>
        <h1>\(Self.escaped(title))</h1>
        <h2>Latency by percentile</h2>
        \(percentilePlot())
        <h2>Report</h2>
        <pre>\(Self.escaped(text(failOn: failOn)))</pre>
        </body></html>

        """
    }

    /// Where each plotted point sits across: log10 of 1 / (1 − p), so 50% is
    /// 0.3, 99% is 2, 99.99% is 4; the maximum is drawn at 5.
    static func percentileAxis(_ percentage: Double) -> Double { log10(1 / (1 - percentage / 100)) }

    /// The latency at p50 … p99.99 and the maximum as an SVG line on log scales;
    /// a sentence instead when nothing was measured.
    func percentilePlot(width: Double = 720, height: Double = 360) -> String {
        guard count > 0, latency.max > 0 else { return "<p>No calls were measured.</p>" }
        var points = latency.percentiles.map { (x: Self.percentileAxis($0.percentage), ns: $0.nanoseconds, label: $0.label) }
        points.append((x: 5, ns: latency.max, label: "max"))
        let left = 70.0, right = 20.0, top = 20.0, bottom = 40.0
        let lowDecade = floor(log10(Double(max(points.map(\.ns).min() ?? 1, 1))))
        let highDecade = max(ceil(log10(Double(latency.max))), lowDecade + 1)
        func sx(_ x: Double) -> Double { left + x / 5 * (width - left - right) }
        func sy(_ ns: UInt64) -> Double {
            let v = log10(Double(max(ns, 1)))
            return top + (highDecade - v) / (highDecade - lowDecade) * (height - top - bottom)
        }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"latency by percentile\">\n"
        for decade in stride(from: lowDecade, through: highDecade, by: 1) {
            let y = top + (highDecade - decade) / (highDecade - lowDecade) * (height - top - bottom)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" stroke=\"#eee\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(Self.escaped(DurationText.describe(nanoseconds: UInt64(pow(10, decade)))))</text>\n"
        }
        for p in points {
            svg += "<line x1=\"\(f(sx(p.x)))\" y1=\"\(f(top))\" x2=\"\(f(sx(p.x)))\" y2=\"\(f(height - bottom))\" stroke=\"#eee\"/>"
            svg += "<text x=\"\(f(sx(p.x)))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">\(p.label)</text>\n"
        }
        let line = points.map { "\(f(sx($0.x))),\(f(sy($0.ns)))" }.joined(separator: " ")
        svg += "<polyline fill=\"none\" stroke=\"#7b2fbf\" stroke-width=\"2\" points=\"\(line)\"/>\n"
        for p in points {
            svg += "<circle cx=\"\(f(sx(p.x)))\" cy=\"\(f(sy(p.ns)))\" r=\"3\" fill=\"#7b2fbf\"><title>\(p.label) \(Self.escaped(DurationText.describe(nanoseconds: p.ns)))</title></circle>\n"
        }
        svg += "<text x=\"\(f((left + width - right) / 2))\" y=\"\(f(height - 6))\" text-anchor=\"middle\">percentile (log scale of 1 / (1 − p))</text>\n"
        return svg + "</svg>"
    }

    /// `text` with the five characters HTML gives meaning to replaced.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
