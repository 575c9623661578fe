public import ResumeProto

/// Writes frames: a 4-byte unsigned big-endian length, then the message.
public enum FrameEncoder {
    /// Appends `message` as one frame to `buffer`; returns the body's length.
    @discardableResult
    public static func append(_ message: some ProtoMessage, to buffer: inout [UInt8]) throws(ProtoEncodingError) -> Int {
        let prefixAt = buffer.count
        buffer.append(contentsOf: [0, 0, 0, 0])
        let length: Int
        do {
            length = try message.serialize(appendingTo: &buffer)
        } catch {
            buffer.removeSubrange(prefixAt...)
            throw error
        }
        precondition(length <= Int(UInt32.max), "frame body over 4 GiB")
        buffer[prefixAt] = UInt8(truncatingIfNeeded: length >> 24)
        buffer[prefixAt + 1] = UInt8(truncatingIfNeeded: length >> 16)
        buffer[prefixAt + 2] = UInt8(truncatingIfNeeded: length >> 8)
        buffer[prefixAt + 3] = UInt8(truncatingIfNeeded: length)
        return length
    }

    /// The frame holding `message`.
    public static func frame(_ message: some ProtoMessage) throws(ProtoEncodingError) -> [UInt8] {
        var out: [UInt8] = []
        try append(message, to: &out)
        return out
    }
}
