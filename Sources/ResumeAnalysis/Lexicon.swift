/// The compiled tables of the vocabulary, the word lists and the headings, built once per
/// process from the Swift sources (``SkillVocabulary``, ``WordLists``, ``SectionKind/headings``).
struct Lexicon: Sendable {
    /// Word flags.
    static let stopFlag: UInt8 = 1
    static let genericFlag: UInt8 = 2
    /// The word starts at least one skill alias.
    static let phraseStartFlag: UInt8 = 4
    /// The word starts at least one heading.
    static let headingStartFlag: UInt8 = 8

    /// Longest alias, in tokens.
    static let maxPhraseTokens = 3
    /// Longest heading, in tokens.
    static let maxHeadingTokens = 5

    /// The lexicon of the shipped tables.
    static let shared = Lexicon()

    let skills: [Skill]
    /// Skill ids by display.
    let skillIDs: [String: Int32]
    let tokenizer: Tokenizer
    /// Ids of every token key that appears in an alias, a word list or a heading.
    let wordIDs: [String: Int32]
    let wordFlags: [UInt8]
    /// Alias token sequences (packed word ids, see ``phraseKey(_:_:_:)``) → skill id.
    let phrases: [UInt64: Int32]
    /// Heading token keys joined by one space → section kind.
    let headings: [String: SectionKind]
    /// Problems found in the tables (duplicate aliases, aliases of the wrong length, …); tested to be empty.
    let issues: [String]

    /// Packs up to three word ids (each below 2^21) into a phrase key; -1 means "none".
    @inline(__always)
    static func phraseKey(_ a: Int32, _ b: Int32 = -1, _ c: Int32 = -1) -> UInt64 {
        UInt64(UInt32(a + 1)) | UInt64(UInt32(b + 1)) << 21 | UInt64(UInt32(c + 1)) << 42
    }

    /// ASCII lower case (the tables are ASCII).
    static func lowercasedASCII(_ s: String) -> String {
        String(decoding: s.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func isConnector(_ b: UInt8) -> Bool { b < 0x80 && CharacterClass.ofASCII(b) == .connector }

    init(vocabulary: String = SkillVocabulary.text, stopWords: String = WordLists.stopWords,
         genericWords: String = WordLists.genericWords, headingTable: String = SectionKind.headings) {
        var issues = [String]()

        // 1. Parse the vocabulary lines.
        struct Entry { var display: String; var parents: [String]; var aliases: [String] }
        var entries = [Entry]()
        for rawLine in vocabulary.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            var head = fields[0]
            var parents = [String]()
            if let gt = head.firstIndex(of: ">") {
                parents = head[head.index(after: gt)...].split(separator: ",").map { $0.trimmingSpaces() }
                head = head[..<gt].trimmingSpaces()
            }
            var aliases = [String]()
            var display = head
            if head.hasPrefix("=") {
                display = String(head.dropFirst())
                aliases.append(head)
            } else {
                aliases.append(Lexicon.lowercasedASCII(head))
            }
            for f in fields.dropFirst() where !f.isEmpty { aliases.append(f) }
            if display.isEmpty || fields.dropFirst().contains(where: \.isEmpty) { issues.append("empty field: \(line)") }
            entries.append(Entry(display: display, parents: parents, aliases: aliases))
        }

        // 2. Compounds and case-sensitive words, which the tokenizer needs before anything is tokenised.
        var trie = CompoundTrie()
        var caseSensitive = [String: String]()
        func registerWords(of phrase: String, compounds: Bool) {
            for word in phrase.split(separator: " ") {
                if word.hasPrefix("=") {
                    let exact = String(word.dropFirst())
                    caseSensitive[exact] = "=" + Lexicon.lowercasedASCII(exact)
                } else if compounds, word.utf8.contains(where: Lexicon.isConnector) {
                    let lower = Lexicon.lowercasedASCII(String(word))
                    if !trie.insert(lower) { issues.append("compound with unsupported characters: \(lower)") }
                }
            }
        }
        for e in entries { for a in e.aliases { registerWords(of: a, compounds: true) } }
        let stopList = Lexicon.words(of: stopWords)
        let genericList = Lexicon.words(of: genericWords)
        for w in stopList + genericList { registerWords(of: w, compounds: true) }
        let tokenizer = Tokenizer(compounds: trie, caseSensitive: caseSensitive)

        func keys(_ phrase: String) -> [String] {
            var out = [String]()
            for word in phrase.split(separator: " ") {
                if word.hasPrefix("=") {
                    out.append("=" + Lexicon.lowercasedASCII(String(word.dropFirst())))
                } else {
                    out += tokenizer.keys(of: Lexicon.lowercasedASCII(String(word)))
                }
            }
            return out
        }

        // 3. Word ids.
        var wordIDs = [String: Int32]()
        var wordFlags = [UInt8]()
        func wordID(_ key: String) -> Int32 {
            if let id = wordIDs[key] { return id }
            let id = Int32(wordFlags.count)
            wordIDs[key] = id
            wordFlags.append(0)
            return id
        }

        // 4. Skills and their aliases.
        var skillIDs = [String: Int32]()
        for (i, e) in entries.enumerated() {
            if skillIDs[e.display] != nil { issues.append("duplicate skill: \(e.display)") }
            skillIDs[e.display] = Int32(i)
        }
        let twins = Set(caseSensitive.values.map { String($0.dropFirst()) })
        var phrases = [UInt64: Int32]()
        var explicitOwner = [[String]: Int32]()
        for (i, e) in entries.enumerated() {
            for alias in e.aliases {
                let k = keys(alias)
                guard (1...Lexicon.maxPhraseTokens).contains(k.count) else {
                    issues.append("alias of \(k.count) tokens: \(e.display) | \(alias) → \(k)")
                    continue
                }
                if let owner = explicitOwner[k], owner != Int32(i) {
                    issues.append("alias of two skills: \(alias) (\(entries[Int(owner)].display), \(e.display))")
                    continue
                }
                explicitOwner[k] = Int32(i)
                // The alias as text must tokenise to the same keys with no break inside, or no text could match it.
                let asText = alias.split(separator: " ").map { $0.hasPrefix("=") ? String($0.dropFirst()) : Lexicon.lowercasedASCII(String($0)) }
                    .joined(separator: " ")
                var check = [Token]()
                var meter = WorkMeter()
                try? tokenizer.tokenize(asText, limit: Int.max, into: &check, meter: &meter, shouldStop: { false })
                if check.map(\.key) != k || check.dropFirst().contains(where: { $0.flags.contains(.breakBefore) }) {
                    issues.append("alias cannot match as text: \(e.display) | \(alias)")
                }
                // A case-sensitive word spelled exactly inside a phrase ("React Native") is its `=` twin.
                var variants = [k]
                for (j, key) in k.enumerated() where twins.contains(key) {
                    variants += variants.map { v in var v = v; v[j] = "=" + key; return v }
                }
                for v in variants {
                    let ids = v.map(wordID)
                    wordFlags[Int(ids[0])] |= Lexicon.phraseStartFlag
                    let pk = Lexicon.phraseKey(ids[0], ids.count > 1 ? ids[1] : -1, ids.count > 2 ? ids[2] : -1)
                    if let owner = phrases[pk], owner != Int32(i) { continue }  // an explicit alias elsewhere wins
                    phrases[pk] = Int32(i)
                }
            }
        }
        // Explicit aliases win over twin variants: re-assert them.
        for (k, owner) in explicitOwner {
            let ids = k.map(wordID)
            phrases[Lexicon.phraseKey(ids[0], ids.count > 1 ? ids[1] : -1, ids.count > 2 ? ids[2] : -1)] = owner
        }

        var skills = [Skill]()
        for e in entries {
            var covers = Set<Int32>()
            var stack = [skillIDs[e.display]!]
            while let s = stack.popLast() {
                if !covers.insert(s).inserted { continue }
                for p in entries[Int(s)].parents {
                    if let pid = skillIDs[p] { stack.append(pid) } else { issues.append("unknown parent \(p) of \(entries[Int(s)].display)") }
                }
            }
            skills.append(Skill(display: e.display, covers: covers.sorted()))
        }

        // 5. Stop and generic words.
        for (list, flag) in [(stopList, Lexicon.stopFlag), (genericList, Lexicon.genericFlag)] {
            for w in list {
                let k = keys(w)
                guard k.count == 1 else { issues.append("word list entry of \(k.count) tokens: \(w) → \(k)"); continue }
                let id = wordID(k[0])
                wordFlags[Int(id)] |= flag
                if let owner = phrases[Lexicon.phraseKey(id)] {
                    issues.append("listed word is also an alias of \(entries[Int(owner)].display): \(w)")
                }
            }
        }

        // 6. Headings.
        var headings = [String: SectionKind]()
        for rawLine in headingTable.split(separator: "\n") {
            let line = rawLine.trimmingSpaces()
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces()
            guard let kind = SectionKind.allCases.first(where: { "\($0)" == name }) else {
                issues.append("unknown section kind: \(name)"); continue
            }
            for phrase in line[line.index(after: colon)...].split(separator: "|") {
                let k = tokenizer.keys(of: Lexicon.lowercasedASCII(phrase.trimmingSpaces()))
                guard (1...Lexicon.maxHeadingTokens).contains(k.count) else {
                    issues.append("heading of \(k.count) tokens: \(phrase)"); continue
                }
                wordFlags[Int(wordID(k[0]))] |= Lexicon.headingStartFlag
                let joined = k.joined(separator: " ")
                if let other = headings[joined], other != kind { issues.append("heading of two kinds: \(phrase)") }
                headings[joined] = kind
            }
        }

        if wordFlags.count >= 1 << 21 { issues.append("too many words for phrase keys") }
        self.skills = skills
        self.skillIDs = skillIDs
        self.tokenizer = tokenizer
        self.wordIDs = wordIDs
        self.wordFlags = wordFlags
        self.phrases = phrases
        self.headings = headings
        self.issues = issues
    }

    /// The words of a word list: white-space separated, `#` comments removed.
    static func words(of list: String) -> [String] {
        list.split(separator: "\n").flatMap { line -> [String] in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
