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
