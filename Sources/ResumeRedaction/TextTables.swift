/// The memory behind one `Text`'s bytes and offset tables, allocated once and freed with it.
///
/// `Text` reads these through plain pointers it copies from here (and keeps this object alive
/// by holding it): one unsigned comparison per read, where an array's subscript adds a second
/// bounds check and a load of the array's count. Written only while `Text.init` fills them,
/// then only read; owned by one `Text` on the thread running its redaction.
final class TextTables {
    /// The text's bytes, `count` of them.
    let bytes: UnsafeMutablePointer<UInt8>
    /// `count` entries: for a byte in a run of digits, of ASCII letters or of blanks, the
    /// run's end (see `Text`).
    let runEnd: UnsafeMutablePointer<Int32>
    /// `count + 1` entries: for each run's end, the run's start.
    let runStartByEnd: UnsafeMutablePointer<Int32>
    /// `count + 1` entries: `Text.letterWordEnd(i)` for every `i` in `0...count`.
    let wordEnd: UnsafeMutablePointer<Int32>
    /// `count + 1` entries: `Text.nextASCIIWordStart(from: i)` for every `i` in `0...count`.
    let asciiWordStarts: UnsafeMutablePointer<Int32>

    /// Tables for a text of `count` bytes, holding `bytes`; the offset tables are left for
    /// `Text.init` to fill (every entry is written before any is read).
    init(_ bytes: [UInt8]) {
        let count = bytes.count
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { copy.initialize(from: base, count: count) }
        }
        self.bytes = copy
        runEnd = .allocate(capacity: max(count, 1))
        runStartByEnd = .allocate(capacity: count + 1)
        wordEnd = .allocate(capacity: count + 1)
        asciiWordStarts = .allocate(capacity: count + 1)
    }

    deinit {
        bytes.deallocate()
        runEnd.deallocate()
        runStartByEnd.deallocate()
        wordEnd.deallocate()
        asciiWordStarts.deallocate()
    }
}
