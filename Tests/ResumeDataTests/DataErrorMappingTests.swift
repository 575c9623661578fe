import ResumePostgres
import ResumeStores
import Testing
@testable import ResumeData

/// How database errors become store errors (and so wire status codes): what a caller may
/// retry is `.unavailable` (UNAVAILABLE), what it may not is `.failed` (INTERNAL).
@Suite struct DataErrorMappingTests {
    private func mapped(_ sqlState: String) -> DataError {
        DataError(PostgresError(.server, "message", sqlState: sqlState), unique: "email", reference: "resume")
    }

    private func isUnavailable(_ e: DataError) -> Bool {
        if case .unavailable = e { true } else { false }
    }

    @Test(arguments: ["57P01", "57P02", "57P03", "57014", "08006", "08001", "53300", "53200", "53100", "55P03", "40001", "40P01"])
    func serverTroubleACallerMayRetryIsUnavailable(_ sqlState: String) {
        #expect(isUnavailable(mapped(sqlState)), "\(sqlState)")
    }

    @Test(arguments: ["42601", "22P02", "XX000", "42P01"])
    func otherServerErrorsAreFailures(_ sqlState: String) {
        if case .failed = mapped(sqlState) {} else { Issue.record("\(sqlState) became \(mapped(sqlState))") }
    }

    @Test func constraintViolationsKeepTheirOwnCases() {
        if case .alreadyExists("email") = mapped("23505") {} else { Issue.record("23505 became \(mapped("23505"))") }
        if case .notFound("resume") = mapped("23503") {} else { Issue.record("23503 became \(mapped("23503"))") }
    }
}
