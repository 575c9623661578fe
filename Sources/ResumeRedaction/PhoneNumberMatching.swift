import CPhoneNumber

// Phone numbers found by Google's libphonenumber (PhoneNumberMatcher, through
// the CPhoneNumber shim), beside the hand-written rules in Phone.swift: the
// matcher knows every country's numbering plan, so a number written without
// "+" or separators (`0535841018`) or in a local grouping (`97 6371-3016`)
// is found when it is valid for the document's region.
//
// Leniency: a match that holds at STRICT_GROUPING (valid for the region, and
// its digits grouped as the region groups them, or not grouped at all) is
// taken anywhere; one that is only *possible* (right length; order and ticket
// numbers often are) or oddly grouped only right after a phone label
// ("Tel.", "Celular", "M:").
// Numbers in ranges reserved for fiction are valid for libphonenumber too: a
// number in a resume is treated as real.
//
// Work: the text is given to the matcher a block of lines at a time (at most
// `blockBytes`), so the stop condition is polled between blocks and one call
// never reads much; each block's candidates are capped (`maxTriesPerBlock`),
// and the steps counted are the block's bytes times `stepsPerByte`.

/// A block handed to the matcher at most, in bytes (cut at a line end when there is one).
let phoneMatcherBlockBytes = 2_048
/// Candidates the matcher may try per block at most (libphonenumber's `max_tries`).
let phoneMatcherMaxTriesPerBlock: Int32 = 64
/// Steps counted per byte the matcher reads (its scan is a few regular-expression passes).
let phoneMatcherStepsPerByte = 4

/// Adds the numbers the matcher finds in `t`, for each of `regions` (ISO 3166 alpha-2).
func detectPhonesWithMatcher(_ t: Text, regions: [String], into out: inout [Candidate]) throws(RedactionStopped) {
    guard t.count > 0, !regions.isEmpty else { return }
    var matches = [rph_match](repeating: rph_match(), count: 64)
    var blockStart = 0
    while blockStart < t.count {
        var blockEnd = min(t.count, blockStart + phoneMatcherBlockBytes)
        if blockEnd < t.count {
            // end after the last newline in the block; a line longer than the block is cut at a blank
            var k = blockEnd
            while k > blockStart && t.b[k - 1] != 0x0A { k -= 1 }
            if k == blockStart {
                k = blockEnd
                while k > blockStart + phoneMatcherBlockBytes / 2 && !isBlank(t.b[k - 1]) { k -= 1 }
            }
            if k > blockStart + phoneMatcherBlockBytes / 2 { blockEnd = k }
            // never cut a UTF-8 sequence
            while blockEnd < t.count && t.b[blockEnd] & 0xC0 == 0x80 { blockEnd += 1 }
        }
        for region in regions {
            try t.work.tick()
            t.work.add((blockEnd - blockStart) * phoneMatcherStepsPerByte)
            let found: Int32 = t.b.withUnsafeBufferPointer { buffer in
                matches.withUnsafeMutableBufferPointer { m in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: t.count) { chars in
                        rph_find(chars + blockStart, blockEnd - blockStart, region, Int32(RPH_POSSIBLE),
                                 phoneMatcherMaxTriesPerBlock, m.baseAddress, m.count)
                    }
                }
            }
            guard found > 0 else { continue }
            for m in matches[0..<Int(found)] {
                let start = blockStart + m.start, end = start + m.length
                guard end <= blockEnd, start < end else { continue }
                // seven digits at least: the matcher holds some very short numbers valid ("(2020)" in DE)
                var digits = 0
                for k in start..<end where isDigit(t.b[k]) { digits += 1 }
                t.work.add(end - start)
                guard digits >= 7 else { continue }
                if m.is_valid != 0 || hasPhoneLabel(t, before: start) {
                    out.append(Candidate(kind: .phone, start: start, end: end))
                }
            }
        }
        blockStart = blockEnd
    }
}
