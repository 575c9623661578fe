import Testing
@testable import ResumeWire

/// The frame decoder as a state machine: bytes in, frames (or a verdict) out.
@Suite struct FrameDecoderTests {
    /// Frames as the protocol defines them: 4-byte big-endian length, body.
    static func frame(_ body: [UInt8]) -> [UInt8] {
        let n = UInt32(body.count)
        return [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)] + body
    }

    static let bodies: [[UInt8]] = [
        [1, 2, 3],
        [],                                   // an empty body is a frame too
        Array(repeating: 0xEE, count: 300),   // length needs two bytes
        [0, 0, 0, 0],                         // a body that looks like a header
        [42],
    ]
    static let stream: [UInt8] = bodies.flatMap(frame)

    /// Feeds `chunks` one by one, draining frames after each.
    static func decode(_ chunks: [[UInt8]], max: Int = 1 << 20) -> (frames: [[UInt8]], last: FrameDecoder.Step<[UInt8]>) {
        var d = FrameDecoder(maxFrameSize: max)
        var frames: [[UInt8]] = []
        var last: FrameDecoder.Step<[UInt8]> = .needMoreBytes
        for c in chunks {
            d.feed(c)
            while true {
                last = d.nextFrame()
                guard case .frame(let f) = last else { break }
                frames.append(f)
            }
        }
        return (frames, last)
    }

    @Test func theWholeStreamInOneReadGivesEveryFrame() {
        let r = Self.decode([Self.stream])
        #expect(r.frames == Self.bodies)
        #expect(r.last == .needMoreBytes)
    }

    @Test func everySplitPointGivesTheSameFrames() {
        for cut in 0...Self.stream.count {
            let r = Self.decode([Array(Self.stream[..<cut]), Array(Self.stream[cut...])])
            #expect(r.frames == Self.bodies, "split at \(cut)")
        }
    }

    @Test func everyTwoSplitPointsGiveTheSameFrames() {
        let s = Self.stream.prefix(40) // first frames, with the empty one
        let expected = Self.decode([Array(s)]).frames
        for a in 0...s.count {
            for b in a...s.count {
                let r = Self.decode([Array(s[..<a]), Array(s[a..<b]), Array(s[b...])])
                #expect(r.frames == expected, "split at \(a), \(b)")
            }
        }
    }

    @Test func oneByteAtATimeGivesTheSameFrames() {
        let r = Self.decode(Self.stream.map { [$0] })
        #expect(r.frames == Self.bodies)
    }

    @Test func aPartialFrameWaitsForItsLastByte() {
        var d = FrameDecoder(maxFrameSize: 100)
        let f = Self.frame([9, 8, 7])
        d.feed(f.dropLast())
        do { let v = d.nextFrame(); #expect(v == .needMoreBytes) }
        do { let v = d.bufferedByteCount; #expect(v == f.count - 1) }
        d.feed([f.last!])
        do { let v = d.nextFrame(); #expect(v == .frame([9, 8, 7])) }
        do { let v = d.bufferedByteCount; #expect(v == 0) }
    }

    @Test func aFrameOfExactlyTheMaximumIsAccepted() {
        let body = [UInt8](repeating: 1, count: 1024)
        #expect(Self.decode([Self.frame(body)], max: 1024).frames == [body])
    }

    @Test func oneByteOverTheMaximumIsRefusedAndTheDecoderStops() {
        var d = FrameDecoder(maxFrameSize: 1024)
        d.feed(Self.frame([UInt8](repeating: 1, count: 1025)) + Self.frame([1]))
        do { let v = d.nextFrame(); #expect(v == .frameTooLarge(announcedLength: 1025)) }
        do { let v = d.hasFailed; #expect(v) }
        do { let v = d.nextFrame(); #expect(v == .frameTooLarge(announcedLength: 1025)) }
        d.feed([0, 0, 0, 0])
        do { let v = d.nextFrame(); #expect(v == .frameTooLarge(announcedLength: 1025)) }
    }

    @Test func theLengthIsRefusedBeforeAnyRoomIsMadeForTheBody() {
        var d = FrameDecoder(maxFrameSize: 64 * 1024 * 1024)
        d.feed([0xFF, 0xFF, 0xFF, 0xFF])
        do { let v = d.nextFrame(); #expect(v == .frameTooLarge(announcedLength: 0xFFFF_FFFF)) }
        do { let v = d.bufferCapacity; #expect(v < 64 * 1024) }
    }

    @Test func aLargeFrameInsideTheLimitIsOnlyBufferedAsItArrives() {
        var d = FrameDecoder(maxFrameSize: 4 * 1024 * 1024)
        d.feed([0x00, 0x40, 0x00, 0x00]) // announces 4 MiB
        do { let v = d.nextFrame(); #expect(v == .needMoreBytes) }
        do { let v = d.bufferCapacity; #expect(v < 64 * 1024) }
    }

    @Test func receiveWritesStraightIntoTheBuffer() {
        var d = FrameDecoder(maxFrameSize: 100)
        let f = Self.frame([5, 6])
        let n = d.receive(upTo: 64) { out in
            for (i, b) in f.enumerated() { out[i] = b }
            return f.count
        }
        #expect(n == f.count)
        do { let v = d.nextFrame(); #expect(v == .frame([5, 6])) }
        // A failed read (negative) adds nothing.
        do { let v = d.receive(upTo: 64) { _ in -1 }; #expect(v == -1) }
        do { let v = d.bufferedByteCount; #expect(v == 0) }
    }

    /// Found by fuzz-frame-decoder: receive with no room on a decoder that
    /// had never buffered anything unwrapped its missing buffer and trapped.
    @Test func receiveWithNoRoomGivesReadAnEmptyBuffer() {
        var d = FrameDecoder(maxFrameSize: 100)
        var offered = -1
        let n = d.receive(upTo: 0) { out in offered = out.count; return 0 }
        #expect(n == 0)
        #expect(offered == 0)
        do { let v = d.bufferedByteCount; #expect(v == 0) }
        d.feed(Self.frame([7]))
        do { let v = d.receive(upTo: 0) { $0.count }; #expect(v == 0) }
        do { let v = d.nextFrame(); #expect(v == .frame([7])) }
    }

    @Test func memoryOfALargeFrameIsReturnedOnceDrained() {
        var d = FrameDecoder(maxFrameSize: 2 * 1024 * 1024)
        d.feed(Self.frame([UInt8](repeating: 3, count: 1024 * 1024)))
        do { let v = d.bufferCapacity; #expect(v >= 1024 * 1024) }
        guard case .frame(let body) = d.nextFrame() else { Issue.record("no frame"); return }
        #expect(body.count == 1024 * 1024)
        do { let v = d.bufferCapacity; #expect(v == 0) }
    }

    @Test func bufferedBytesSurviveCompaction() {
        // Many small reads with frames straddling them force the buffer to slide.
        var expected: [[UInt8]] = []
        var stream: [UInt8] = []
        for i in 0..<2000 {
            let body = [UInt8](repeating: UInt8(i & 0xFF), count: i % 97)
            expected.append(body)
            stream += Self.frame(body)
        }
        var chunks: [[UInt8]] = []
        var i = 0
        var size = 1
        while i < stream.count {
            let end = min(stream.count, i + size)
            chunks.append(Array(stream[i..<end]))
            i = end
            size = size % 1500 + 7
        }
        #expect(Self.decode(chunks).frames == expected)
    }
}
