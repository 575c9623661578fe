import Foundation
import Testing
import ResumeCore

@Suite struct UUIDTextTests {
    @Test func formatsLikeFoundationInLowerCase() {
        for _ in 0..<100 {
            let id = UUID()
            #expect(UUIDText.format(id) == id.uuidString.lowercased())
            #expect(UUIDText.parse(UUIDText.format(id)) == id)
        }
    }

    @Test func parsesOnlyTheCanonicalLowerCaseForm() {
        let text = "123e4567-e89b-12d3-a456-426614174000"
        #expect(UUIDText.parse(text) == UUID(uuidString: text))
        for bad in ["123E4567-E89B-12D3-A456-426614174000", "123e4567e89b12d3a456426614174000", "{123e4567-e89b-12d3-a456-426614174000}",
                    "123e4567-e89b-12d3-a456-42661417400g", "123e4567-e89b-12d3-a456_426614174000", "123e4567-e89b-12d3-a4564-26614174000", ""] {
            #expect(UUIDText.parse(bad) == nil, "\(bad)")
        }
    }
}

@Suite struct SingleFlightTests {
    actor Counter {
        var runs = 0
        func increment() { runs += 1 }
    }

    @Test func concurrentCallersForOneKeyShareOneRun() async throws {
        let flight = SingleFlight<String, Int>()
        let counter = Counter()
        let gate = AsyncStream<Void>.makeStream()
        let results = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
            group.addTask {
                try await flight.run("k") {
                    await counter.increment()
                    for await _ in gate.stream { break }   // held until the others have joined
                    return 42
                }
            }
            while flight.inFlight == 0 { await Task.yield() }
            for _ in 0..<20 { group.addTask { try await flight.run("k") { await counter.increment(); return -1 } } }
            // Release the leader once all twenty wait behind it.
            while flight.waiting(for: "k") < 20 { await Task.yield() }
            gate.continuation.yield()
            gate.continuation.finish()
            return try await group.reduce(into: [(Int, Bool)]()) { $0.append($1) }
        }
        #expect(results.count == 21)
        #expect(results.allSatisfy { $0.0 == 42 })            // every caller got the one run's value
        #expect(results.filter { !$0.1 }.count == 1)           // one leader, twenty shared
        #expect(await counter.runs == 1)
        #expect(flight.inFlight == 0)
    }

    @Test func anErrorReachesEveryoneWaitingAndTheNextCallRunsAgain() async throws {
        struct Boom: Error {}
        let flight = SingleFlight<Int, Int>()
        await #expect(throws: Boom.self) { try await flight.run(1) { throw Boom() } }
        #expect(try await flight.run(1) { 7 }.value == 7)
    }
}
