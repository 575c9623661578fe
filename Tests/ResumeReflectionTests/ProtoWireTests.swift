import Testing
@testable import ResumeReflection

@Suite struct ProtoWireTests {
    @Test(arguments: [UInt64(0), 1, 127, 128, 300, 16_383, 16_384, UInt64(UInt32.max), UInt64.max])
    func varintsRoundTrip(_ value: UInt64) throws {
        var w = ProtoWire.Writer()
        w.varint(value)
        var r = ProtoWire.Reader(w.bytes[...])
        #expect(try r.varint() == value)
        #expect(r.isAtEnd)
    }

    @Test func knownEncodings() {
        // From the protobuf encoding guide: 150 is 96 01; field 1 varint 150 is 08 96 01.
        var w = ProtoWire.Writer()
        w.tag(1, .varint)
        w.varint(150)
        #expect(w.bytes == [0x08, 0x96, 0x01])
        var f = ProtoWire.Writer()
        f.fixed32(0x0102_0304)
        f.fixed64(1)
        #expect(f.bytes == [4, 3, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func malformedInputIsRefused() {
        var truncated = ProtoWire.Reader([0x80][...])
        #expect(throws: ProtoWire.Malformed("truncated varint")) { try truncated.varint() }
        var long = ProtoWire.Reader(Array(repeating: 0x80, count: 11)[...])
        #expect(throws: ProtoWire.Malformed.self) { try long.varint() }
        var past = ProtoWire.Reader([0x05, 1, 2][...])
        #expect(throws: ProtoWire.Malformed.self) { try past.lengthDelimited() }
        var fieldZero = ProtoWire.Reader([0x00][...])
        #expect(throws: ProtoWire.Malformed.self) { try fieldZero.nextTag() }
        var group = ProtoWire.Reader([0x0B][...])
        let tag = try? group.nextTag()
        #expect(tag?.type == .startGroup)
        #expect(throws: ProtoWire.Malformed.self) { try group.skip(.startGroup) }
    }
}
