import Testing
import ResumeLoad

/// The answer buffer: frames out in any split, long frames read whole, memory kept.
@Suite struct ReceiveBufferTests {
    static func frame(_ body: [UInt8]) -> [UInt8] {
        let n = UInt32(body.count)
        return [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)] + body
    }

    static let bodies: [[UInt8]] = [[1, 2, 3], [], Array(repeating: 0xEE, count: 300), [0, 0, 0, 0], [42]]
    static let stream = bodies.flatMap(frame)

    static func drain(_ b: inout ReceiveBuffer) -> [[UInt8]] {
        var out: [[UInt8]] = []
        while case .frame(let f) = b.next({ Array($0) }) { out.append(f) }
        return out
    }

    @Test func everySplitPointGivesTheSameFrames() {
        for cut in 0...Self.stream.count {
            var b = ReceiveBuffer(maxFrameSize: 1 << 20, initialCapacity: 16, retainedCapacity: 64)
            b.feed(Array(Self.stream[..<cut]))
            var frames = Self.drain(&b)
            b.feed(Array(Self.stream[cut...]))
            frames += Self.drain(&b)
            #expect(frames == Self.bodies, "split at \(cut)")
            #expect(b.bufferedByteCount == 0)
        }
    }

    @Test func aLongFrameGetsRoomForAllOfItsRest() {
        var b = ReceiveBuffer(maxFrameSize: 1 << 20, initialCapacity: 1_024)
        let long = Self.frame([UInt8](repeating: 7, count: 200_000))
        b.feed(Array(long[..<100]))
        var offered = 0
        _ = b.receive { room in offered = room.count; return -1 }
        #expect(offered >= long.count - 100)             // one read can bring the rest
        b.feed(Array(long[100...]))
        guard case .frame(let n) = b.next({ $0.count }) else { Issue.record("no frame"); return }
        #expect(n == 200_000)
    }

    @Test func memoryIsKeptUpToTheLimitAndReturnedPastIt() {
        var b = ReceiveBuffer(maxFrameSize: 1 << 20, initialCapacity: 1_024, retainedCapacity: 8_192)
        b.feed(Self.frame([UInt8](repeating: 1, count: 5_000)))
        _ = Self.drain(&b)
        let kept = b.bufferCapacity
        #expect(kept >= 5_004 && kept <= 8_192)
        b.feed(Self.frame([UInt8](repeating: 1, count: 5_000)))
        _ = Self.drain(&b)
        #expect(b.bufferCapacity == kept)                 // no new allocation for the same size
        b.feed(Self.frame([UInt8](repeating: 1, count: 20_000)))
        _ = Self.drain(&b)
        #expect(b.bufferCapacity == 0)                    // past the limit: given back once drained
    }

    @Test func aLengthOverTheLimitIsRefused() {
        var b = ReceiveBuffer(maxFrameSize: 10)
        b.feed([0, 0, 0, 11, 1, 2])
        guard case .frameTooLarge(let n) = b.next({ $0.count }) else { Issue.record("accepted"); return }
        #expect(n == 11)
    }

    @Test func aReadOfNothingChangesNothing() {
        var b = ReceiveBuffer(maxFrameSize: 100)
        b.feed([0, 0, 0, 2, 9])
        #expect(b.receive { _ in 0 } == 0)
        #expect(b.receive { _ in -1 } == -1)
        #expect(b.bufferedByteCount == 5)
        b.feed([8])
        guard case .frame(let body) = b.next({ Array($0) }) else { Issue.record("no frame"); return }
        #expect(body == [9, 8])
    }
}
