/// How the report is written.
public enum ReportFormat: String, CaseIterable, Sendable, Hashable {
    /// For a person: a summary, percentiles, a histogram, status codes.
    case text
    /// One JSON object, fields as documented in the README (`Load testing`).
    case json
    /// A header line, then one line for the whole run and one per scenario of a mix.
    case csv
    /// One self-contained page: a percentile plot (SVG), then the text report.
    case html
}
