// libFuzzer target: the frame decoder over arbitrary byte streams, split at
// arbitrary points, checked against a model decoder written the obvious way.
//
// Input: byte 0 picks the largest frame (0...239 bytes, or 240...255 for
// 0...60 KiB in 4 KiB steps), bytes 1-2 seed the choices (chunk sizes, which
// feeding call, how many frames to take between feeds, rare discards); the
// rest is the stream. No top-level code: libFuzzer supplies `main`.
import FuzzSupport
@testable import ResumeWire

private struct Model {
    var buffered: [UInt8] = []
    var start = 0
    var failed: UInt32?

    var count: Int { failed == nil ? buffered.count - start : 0 }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard failed == nil else { return }
        buffered.append(contentsOf: bytes)
    }

    mutating func discard() {
        buffered = []
        start = 0
    }

    /// What the decoder should answer next; consumes the frame.
    mutating func next(max: Int) -> FrameDecoder.Step<[UInt8]> {
        if let failed { return .frameTooLarge(announcedLength: failed) }
        guard count >= 4 else { return .needMoreBytes }
        let b = buffered[start..<(start + 4)].map { UInt32($0) }
        let length = b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]
        guard Int(length) <= max else {
            failed = length
            discard()
            return .frameTooLarge(announcedLength: length)
        }
        guard count - 4 >= Int(length) else { return .needMoreBytes }
        let body = Array(buffered[(start + 4)..<(start + 4 + Int(length))])
        start += 4 + Int(length)
        if start == buffered.count { discard() }
        return .frame(body)
    }
}

private struct Refused: Error {}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let selector = input.byte()
    let maxFrameSize = selector < 240 ? Int(selector) : Int(selector - 240) * 4096
    var rng = SplitMix(seed: UInt64(input.uint16()))
    let stream = input.rest()

    var decoder = FrameDecoder(maxFrameSize: maxFrameSize)
    var model = Model()
    var offset = 0
    var peakDemand = 0 // the most bytes live plus asked room at once: bounds the buffer

    func check(_ step: FrameDecoder.Step<[UInt8]>, _ expected: FrameDecoder.Step<[UInt8]>, _ d: borrowing FrameDecoder) {
        require(step == expected, "decoder said \(step), model \(expected)")
        if case .frame(let body) = step { require(body.count <= maxFrameSize, "frame of \(body.count) > max \(maxFrameSize)") }
        require(d.bufferedByteCount == model.count, "bufferedByteCount \(d.bufferedByteCount), model \(model.count)")
        require(d.hasFailed == (model.failed != nil), "hasFailed \(d.hasFailed)")
        require(d.bufferCapacity <= Swift.max(4096, 2 * peakDemand), "capacity \(d.bufferCapacity) for demand \(peakDemand)")
        if d.bufferedByteCount == 0, case .frame = step {
            require(d.bufferCapacity <= 64 * 1024, "drained buffer keeps \(d.bufferCapacity) bytes")
        }
    }

    func drain(_ frames: Int) {
        for _ in 0..<frames {
            let expected = model.next(max: maxFrameSize)
            // Now and then the body's handler throws: the frame must stay for the next call.
            if rng.below(8) == 0, case .frame = expected {
                let before = decoder.bufferedByteCount
                let thrown = (try? decoder.next { _ throws -> Int in throw Refused() }) == nil
                require(thrown, "a throwing body did not throw")
                require(decoder.bufferedByteCount == before, "a throwing body consumed the frame")
            }
            let step = decoder.nextFrame()
            check(step, expected, decoder)
            if case .frame = step { continue }
            return // .needMoreBytes, or .frameTooLarge, which every later call repeats
        }
    }

    while offset < stream.count {
        let chunk = Swift.min(stream.count - offset, rng.below(4) == 0 ? rng.below(512) : rng.below(16))
        let bytes = UnsafeRawBufferPointer(rebasing: stream[offset..<(offset + chunk)])
        offset += chunk
        peakDemand = Swift.max(peakDemand, model.count + chunk)
        switch rng.below(4) {
        case 0:
            decoder.feed(bytes)
            model.feed(bytes)
        case 1:
            decoder.feed(Array(bytes)) // the Collection overload
            model.feed(bytes)
        case 2:
            // A read(2) straight into the buffer that fills `chunk` of the room it was given.
            let room = chunk + rng.below(64)
            peakDemand = Swift.max(peakDemand, model.count + room)
            let failing = rng.below(16) == 0
            var called = false
            let n = decoder.receive(upTo: room) { out in
                called = true
                require(out.count == room, "receive offered \(out.count) bytes, not \(room)")
                if failing { return -1 }
                out.copyMemory(from: bytes)
                return chunk
            }
            require(called == (model.failed == nil), "receive's read was called \(called) on a failed decoder")
            if called && !failing {
                require(n == chunk, "receive returned \(n)")
                model.feed(bytes)
            }
        default:
            if rng.below(16) == 0 {
                decoder.discardBuffered()
                model.discard()
                require(decoder.bufferedByteCount == 0 && decoder.bufferCapacity == 0, "discard kept bytes")
            }
            decoder.feed(bytes)
            model.feed(bytes)
        }
        require(decoder.bufferedByteCount == model.count, "after feeding: \(decoder.bufferedByteCount) buffered, model \(model.count)")
        drain(rng.below(4) == 0 ? Int.max : rng.below(3))
    }
    drain(Int.max)
    return 0
}
