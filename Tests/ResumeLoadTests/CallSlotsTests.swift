import Testing
import ResumeLoad

/// Calls in flight matched by call id.
@Suite struct CallSlotsTests {
    @Test func idsAreNeverZeroAndNeverRepeat() {
        var slots = CallSlots<Int>(capacity: 4)
        var seen = Set<UInt64>()
        for k in 0..<10_000 {
            let id = slots.open(start: UInt64(k), tag: k)!
            #expect(id != 0)
            #expect(seen.insert(id).inserted)
            #expect(slots.close(callID: id)?.tag == k)
        }
    }

    @Test func anAnswerFindsItsStartAndTagInAnyOrder() {
        var slots = CallSlots<String>(capacity: 3)
        let a = slots.open(start: 10, tag: "a")!, b = slots.open(start: 20, tag: "b")!, c = slots.open(start: 30, tag: "c")!
        #expect(slots.inFlight == 3 && !slots.hasFree)
        #expect(slots.open(start: 40, tag: "d") == nil)
        #expect(slots.close(callID: b)! == (20, "b"))
        #expect(slots.close(callID: c)! == (30, "c"))
        #expect(slots.close(callID: a)! == (10, "a"))
        #expect(slots.inFlight == 0)
    }

    @Test func unknownStaleAndRepeatedIdsAreRefused() {
        var slots = CallSlots<Int>(capacity: 2)
        let id = slots.open(start: 1, tag: 1)!
        #expect(slots.close(callID: 0) == nil)
        #expect(slots.close(callID: id + (1 << 16)) == nil)      // same slot, another call
        #expect(slots.close(callID: 0xFFFF) == nil)              // a slot past the capacity
        #expect(slots.close(callID: id) != nil)
        #expect(slots.close(callID: id) == nil)                  // answered twice
        let again = slots.open(start: 2, tag: 2)!
        #expect(again != id)
        #expect(slots.close(callID: id) == nil)                  // the old id for the reused slot
    }

    @Test func givingUpClosesOnlyTheOldCalls() {
        var slots = CallSlots<Int>(capacity: 4)
        _ = slots.open(start: 100, tag: 1)
        let young = slots.open(start: 300, tag: 2)!
        _ = slots.open(start: 200, tag: 3)
        #expect(slots.earliestStart == 100)
        #expect(slots.closeStarted(before: 250).map(\.tag).sorted() == [1, 3])
        #expect(slots.inFlight == 1)
        #expect(slots.closeAll().map(\.tag) == [2])
        #expect(slots.close(callID: young) == nil)
        #expect(slots.earliestStart == nil)
    }
}
