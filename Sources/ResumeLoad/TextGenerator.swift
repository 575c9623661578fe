/// Resume and job-description texts made up from word lists: each index
/// gives another text (names, roles, skills, figures), the same one for the
/// same seed. Plain ASCII, so every byte count is a character count.
public struct TextGenerator: Sendable {
    /// The seed every text is derived from.
    public let seed: UInt64

    /// A generator of texts for `seed`.
    public init(seed: UInt64) {
        self.seed = seed
    }

    static let first = ["Jane", "Arjun", "Maria", "Tomasz", "Aiko", "Kwame", "Lucia", "Oren", "Priya", "Sven", "Amara", "Diego"]
    static let last = ["Doe", "Patel", "Garcia", "Nowak", "Tanaka", "Mensah", "Rossi", "Levi", "Sharma", "Lindqvist", "Okafor", "Silva"]
    static let roles = ["Backend Engineer", "Site Reliability Engineer", "Data Engineer", "Platform Engineer",
                        "Senior Software Engineer", "Staff Engineer", "Infrastructure Engineer", "Database Engineer"]
    static let companies = ["Northwind Logistics", "Acme Payments", "Globex Analytics", "Initech", "Umbrella Health",
                            "Vandelay Imports", "Stark Retail", "Wayne Mobility", "Hooli Cloud", "Soylent Foods"]
    static let skills = ["Swift", "Go", "Rust", "Python", "PostgreSQL", "Redis", "Kafka", "Kubernetes", "Terraform",
                         "gRPC", "protobuf", "Linux", "AWS", "GCP", "Prometheus", "Grafana", "OpenTelemetry", "CI/CD",
                         "Java", "TypeScript", "Docker", "Ansible", "Elasticsearch", "Spark", "Airflow", "Nginx"]
    static let bullets = [
        "Designed and ran a {s} service handling {n} requests per second at p99 under {m} ms.",
        "Cut cloud spend by {p}% by moving batch jobs to spot capacity and right-sizing {s} clusters.",
        "Led the migration of {n} tables from a legacy store to {s} with zero downtime.",
        "Mentored {k} engineers and introduced design reviews for every cross-team API change.",
        "Built the on-call runbooks and alerting in {s}; pages per week fell from {k}0 to {k}.",
        "Rewrote the ingestion pipeline in {s}, raising throughput {k}x while halving memory use.",
        "Owned the {s} upgrade across {k} regions, coordinating {n} services and their owners.",
        "Introduced contract tests between {k} teams, catching breaking changes before release.",
    ]

    private func random(_ index: Int, _ salt: UInt64) -> LoadRandom {
        LoadRandom(seed: seed &* 0x2545_F491_4F6C_DD1D ^ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9 ^ salt)
    }

    private static func bullet(_ rng: inout LoadRandom) -> String {
        var b = bullets[rng.below(bullets.count)]
        b = b.replacing("{s}", with: skills[rng.below(skills.count)])
        b = b.replacing("{n}", with: String((rng.below(88) + 2) * 1_000))
        b = b.replacing("{m}", with: String(rng.below(75) + 5))
        b = b.replacing("{p}", with: String(rng.below(35) + 10))
        b = b.replacing("{k}", with: String(rng.below(7) + 2))
        return b
    }

    /// Resume number `index`: a title and a text of about `targetBytes`
    /// (never more), with a heading, contact line, experience and skills.
    public func resume(_ index: Int, targetBytes: Int) -> (title: String, text: String) {
        var rng = random(index, 1)
        let f = Self.first[rng.below(Self.first.count)], l = Self.last[rng.below(Self.last.count)]
        let lines = [
            "\(f) \(l)",
            "\(f.lowercased()).\(l.lowercased())\(index)@example.com | +1 (415) 555-\(1000 + rng.below(9000))",
            "",
            "SUMMARY",
            "\(Self.roles[rng.below(Self.roles.count)]) with \(rng.below(12) + 4) years of experience building reliable systems.",
            "",
            "SKILLS",
            (0..<8).map { _ in Self.skills[rng.below(Self.skills.count)] }.joined(separator: ", "),
            "",
            "EXPERIENCE",
            "\(Self.roles[rng.below(Self.roles.count)]), \(Self.companies[rng.below(Self.companies.count)]), \(2010 + rng.below(14))-2024",
        ]
        var text = lines.joined(separator: "\n")
        while text.utf8.count < targetBytes {
            let b = "\n- " + Self.bullet(&rng)
            if text.utf8.count + b.utf8.count > targetBytes { break }
            text += b
        }
        return ("Resume \(index + 1) of \(f) \(l)", String(text.utf8.prefix(max(targetBytes, 1)))!)
    }

    /// Job description number `index`: company, position and text.
    public func job(_ index: Int) -> (company: String, position: String, text: String) {
        var rng = random(index, 2)
        let position = Self.roles[rng.below(Self.roles.count)]
        let wanted = (0..<6).map { _ in Self.skills[rng.below(Self.skills.count)] }
        let text = "\(position). We need \(wanted[0..<4].joined(separator: ", ")) and \(wanted[4]); \(wanted[5]) is a plus. "
            + "You will own services end to end, from design to on-call, and mentor \(rng.below(5) + 2) engineers. Posting \(index + 1)."
        return (Self.companies[rng.below(Self.companies.count)], position, text)
    }
}
