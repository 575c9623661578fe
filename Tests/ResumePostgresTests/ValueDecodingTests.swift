import Foundation
import Testing
@testable import ResumePostgres

/// The pure parts: timestamp text, URL parsing.
@Suite struct TimestampTextTests {
    @Test(arguments: [
        ("1970-01-01 00:00:00+00", Int64(0)),
        ("1970-01-01 00:00:00.000001+00", 1),
        ("2000-01-01 00:00:00+00", 946_684_800_000_000),
        ("2026-11-25 02:10:16.245026+00", 1_795_572_616_245_026),
        ("2026-11-25 03:10:16.245026+01", 1_795_572_616_245_026),
        ("2026-11-25T02:10:16.2+00", 1_795_572_616_200_000),
        ("2026-11-24 20:40:16.245026-05:30", 1_795_572_616_245_026),
        ("1969-12-31 23:59:59.999999+00", -1),
        ("2024-02-29 12:00:00+00", 1_709_208_000_000_000),
    ])
    func parsesISOText(text: String, micros: Int64) {
        #expect(TimestampText.parse(text) == micros)
    }

    @Test(arguments: ["", "2026-13-01 00:00:00+00", "2026-11-25", "2026-11-25 02:10+00", "infinity", "2026-11-25 02:10:16.+00", "2026-11-25 02:10:16+0"])
    func rejectsOtherText(text: String) {
        #expect(TimestampText.parse(text) == nil)
    }

    @Test func formatAndParseAreInverse() {
        for micros: Int64 in [0, 1, -1, 1_795_572_616_245_026, -2_208_988_800_000_000, 253_402_300_799_999_999] {
            #expect(TimestampText.parse(TimestampText.format(micros)) == micros)
        }
        #expect(TimestampText.format(1_795_572_616_245_026) == "2026-11-25 02:10:16.245026+00")
    }
}

@Suite struct PostgresURLTests {
    @Test func parsesEveryPart() throws {
        let u = try PostgresURL(parsing: "postgresql://app:s%40cret@db.internal:6543/resumes?sslmode=require&connect_timeout=3")
        #expect(u.user == "app")
        #expect(u.password == "s@cret")
        #expect(u.host == "db.internal")
        #expect(u.port == 6543)
        #expect(u.database == "resumes")
        #expect(u.parameters.map(\.0) == ["sslmode", "connect_timeout"])
    }

    @Test func partsMayBeMissing() throws {
        let u = try PostgresURL(parsing: "postgres://localhost/resumed")
        #expect(u.user == nil && u.password == nil && u.port == nil)
        #expect(u.host == "localhost" && u.database == "resumed")
        let v = try PostgresURL(parsing: "postgresql://[::1]:5432")
        #expect(v.host == "::1" && v.port == 5432 && v.database == nil)
    }

    @Test func theDescriptionNeverShowsThePassword() throws {
        let u = try PostgresURL(parsing: "postgresql://app:hunter2@h:1/d?password=hunter3")
        #expect(!u.description.contains("hunter"))
        #expect(u.description == "postgresql://app:***@h:1/d?password=***")
    }

    @Test(arguments: ["mysql://x", "postgresql://h:0/d", "postgresql://h:99999/d", "postgresql://[::1/d", "postgresql://h/d?novalue"])
    func rejectsMalformedURLs(text: String) {
        #expect(throws: PostgresError.self) { try PostgresURL(parsing: text) }
    }

    @Test func errorsNeverRepeatThePassword() {
        do {
            _ = try PostgresURL(parsing: "postgresql://u:topsecret@h:70000/d")
        } catch {
            #expect(!error.description.contains("topsecret"))
        }
    }
}
