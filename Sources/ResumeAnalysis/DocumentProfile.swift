/// The terms of one document, counted (docs/ANALYSIS.md, "Terms of a document").
///
/// Tokens → word ids → sections (headings) → greedy longest-first matching of skill aliases
/// (3, 2, then 1 tokens, never across a break or a heading) → everything else that is not a
/// stop word, a generic word, a number, a single character or a heading is a free word.
struct DocumentProfile {
    /// Per term id: occurrences weighted by their section's factor.
    private(set) var weighted = [Double]()
    /// Per term id: plain occurrences.
    private(set) var occurrences = [Int32]()
    /// Per term id: occurrences inside a Skills section.
    private(set) var skillsSectionOccurrences = [Int32]()
    /// Term ids in order of first occurrence.
    private(set) var terms = [Int32]()
    /// Free words (already in the table) that occur inside a skill phrase of this document, such
    /// as "tests" in "unit tests": they do not count as occurrences, but a resume that has them
    /// covers them.
    private(set) var wordsInPhrases = Set<Int32>()
    /// The section kinds the document has headings for (``SectionKind/bit``).
    private(set) var sections: UInt32 = 0
    /// Tokens considered (at most ``GapAnalyzer/maxTokensPerDocument``).
    private(set) var tokenCount = 0

    func weighted(_ id: Int32) -> Double { Int(id) < weighted.count ? weighted[Int(id)] : 0 }
    func occurrences(_ id: Int32) -> Int { Int(id) < occurrences.count ? Int(occurrences[Int(id)]) : 0 }
    func skillsSectionOccurrences(_ id: Int32) -> Int {
        Int(id) < skillsSectionOccurrences.count ? Int(skillsSectionOccurrences[Int(id)]) : 0
    }
    func has(_ kind: SectionKind) -> Bool { sections & kind.bit != 0 }

    private mutating func add(_ id: Int32, _ kind: SectionKind) {
        let i = Int(id)
        if i >= occurrences.count {
            let grow = i + 1 - occurrences.count
            weighted.append(contentsOf: repeatElement(0, count: grow))
            occurrences.append(contentsOf: repeatElement(0, count: grow))
            skillsSectionOccurrences.append(contentsOf: repeatElement(0, count: grow))
        }
        if occurrences[i] == 0 { terms.append(id) }
        occurrences[i] += 1
        weighted[i] += kind.factor
        if kind == .skills { skillsSectionOccurrences[i] += 1 }
    }

    /// Counts the terms of `text`, adding its new free words to `table`.
    static func extract(from text: String, table: inout TermTable, meter: inout WorkMeter,
                        shouldStop: () -> Bool) throws(AnalysisCancelled) -> DocumentProfile {
        let lexicon = table.lexicon
        var tokens = [Token]()
        try lexicon.tokenizer.tokenize(text, limit: GapAnalyzer.maxTokensPerDocument, into: &tokens,
                                       meter: &meter, shouldStop: shouldStop)
        let n = tokens.count
        var profile = DocumentProfile()
        profile.tokenCount = n

        var words = [Int32](repeating: -1, count: n)
        for i in 0..<n {
            words[i] = lexicon.wordIDs[tokens[i].key] ?? -1
            try meter.charge(1, shouldStop)
        }

        // Sections: a line whose first 1–5 tokens are a heading, alone on the line or followed by ':'.
        var section = [SectionKind](repeating: .none, count: n)
        var isHeading = [Bool](repeating: false, count: n)
        var current = SectionKind.none
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && !tokens[end].flags.contains(.lineStart) {
                end += 1
                try meter.charge(1, shouldStop)
            }
            let lineLength = end - start
            var headingEnd = start
            var prefix = ""
            var prefixes = [String]()
            let first = words[start]
            let canBeHeading = first >= 0 && lexicon.wordFlags[Int(first)] & Lexicon.headingStartFlag != 0
            for m in 0..<(canBeHeading ? min(Lexicon.maxHeadingTokens, lineLength) : 0) {
                prefix += m == 0 ? tokens[start].key : " " + tokens[start + m].key
                prefixes.append(prefix)
            }
            try meter.charge(prefixes.count, shouldStop)
            for m in stride(from: prefixes.count, through: 1, by: -1) {
                guard let kind = lexicon.headings[prefixes[m - 1]] else { continue }
                if m == lineLength || tokens[start + m].flags.contains(.colonBefore) {
                    current = kind
                    headingEnd = start + m
                    break
                }
            }
            // "About Acme": a two-token heading about the company.
            if headingEnd == start && lineLength == 2 && tokens[start].key == "about" {
                current = .boilerplate
                headingEnd = end
            }
            if headingEnd > start { profile.sections |= current.bit }
            for t in start..<end {
                section[t] = current
                isHeading[t] = t < headingEnd
                try meter.charge(1, shouldStop)
            }
            start = end
        }

        // Skills (longest alias first), then free words.
        let stopOrGeneric = Lexicon.stopFlag | Lexicon.genericFlag
        /// Not a stop or generic word, a number, a single character or an `=` word.
        func isFreeWordCandidate(_ j: Int) -> Bool {
            let w = words[j]
            let token = tokens[j]
            return (w < 0 || lexicon.wordFlags[Int(w)] & stopOrGeneric == 0) && !token.flags.contains(.number)
                && token.key.unicodeScalars.count >= 2 && !token.key.hasPrefix("=")
        }
        var i = 0
        while i < n {
            try meter.charge(1, shouldStop)
            if isHeading[i] { i += 1; continue }
            let w = words[i]
            if w >= 0 && lexicon.wordFlags[Int(w)] & Lexicon.phraseStartFlag != 0 {
                var w2: Int32 = -1
                var w3: Int32 = -1
                if i + 1 < n && !isHeading[i + 1] && !tokens[i + 1].flags.contains(.breakBefore) {
                    w2 = words[i + 1]
                    if w2 >= 0 && i + 2 < n && !isHeading[i + 2] && !tokens[i + 2].flags.contains(.breakBefore) {
                        w3 = words[i + 2]
                    }
                }
                try meter.charge(3, shouldStop)
                var skill: Int32 = -1
                var length = 0
                if w3 >= 0, let s = lexicon.phrases[Lexicon.phraseKey(w, w2, w3)] { skill = s; length = 3 }
                else if w2 >= 0, let s = lexicon.phrases[Lexicon.phraseKey(w, w2)] { skill = s; length = 2 }
                else if let s = lexicon.phrases[Lexicon.phraseKey(w)] { skill = s; length = 1 }
                if skill >= 0 {
                    profile.add(skill, section[i])
                    for j in i..<(i + length) where isFreeWordCandidate(j) {
                        if let id = table.existingFreeWord(tokens[j].key) { profile.wordsInPhrases.insert(id) }
                    }
                    i += length
                    continue
                }
            }
            if isFreeWordCandidate(i) {
                let token = tokens[i]
                let id = table.freeWord(token.key) { DocumentProfile.folded(text, Int(token.start), Int(token.end)) }
                profile.add(id, section[i])
            }
            i += 1
        }
        return profile
    }

    /// The case-folded text of bytes `start..<end` of `text` (a free word's report form).
    static func folded(_ text: String, _ start: Int, _ end: Int) -> String {
        var copy = text
        return copy.withUTF8 { buf in
            var out = [UInt8]()
            var k = start
            while k < end {
                let d = Tokenizer.decode(buf, k)
                Tokenizer.encode(CharacterClass.fold(d.value), into: &out)
                k += d.length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
