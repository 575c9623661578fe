import Logging
import ResumeCore
import ResumeWire
import Testing
@testable import ResumeServer

/// The request id every log line about a call carries.
@Suite struct CallContextTests {
    func context(_ metadata: [String: String], connection: UInt64 = 7, call: UInt64 = 9) -> CallContext {
        CallContext(method: "/m/M", callID: call, deadline: .distantFuture, metadata: CallMetadata(metadata),
                    cancellation: CallCancellation(), logger: Logger(label: "t"), connectionID: connection)
    }

    @Test func aCallersRequestIDIsUsedAsGiven() {
        let c = context(["x-request-id": "req-42:a.b_C"])
        #expect(c.requestID == "req-42:a.b_C")
        #expect(c.logger[metadataKey: "request_id"] == "req-42:a.b_C")
        #expect(c.logger[metadataKey: "method"] == "/m/M")
    }

    @Test(arguments: ["", "has space", "new\nline", "jane@example.com", String(repeating: "a", count: 129), "ünï"])
    func anUnusableRequestIDIsReplacedByOneMadeHere(_ given: String) {
        let made = context(["x-request-id": given]).requestID
        #expect(made != given && made.hasSuffix("-7-9"))
        #expect(context([:], connection: 8).requestID.hasSuffix("-8-9"), "calls on other connections differ")
        #expect(context([:]).requestID == made, "stable for one call")
    }
}
