import Testing
@testable import ResumeAnalysis

/// Token keys of a text, as the shipped lexicon's tokenizer gives them.
func keys(_ text: String) -> [String] { Lexicon.shared.tokenizer.keys(of: text) }

/// Tokens with flags.
func tokens(_ text: String) -> [Token] {
    var out = [Token]()
    var meter = WorkMeter()
    try? Lexicon.shared.tokenizer.tokenize(text, limit: Int.max, into: &out, meter: &meter, shouldStop: { false })
    return out
}

@Suite struct TokenizerTests {
    @Test func techTermsStayWhole() {
        #expect(keys("C++, C#, .NET, Node.js, CI/CD and Objective-C; also ASP.NET")
                == ["c++", "c#", ".net", "node.js", "ci/cd", "and", "objective-c", "also", "asp.net"])
        #expect(keys("(.NET) [C#] {Node.js}.") == [".net", "c#", "node.js"])
        #expect(keys("Node.js.") == ["node.js"])
        #expect(keys("C/C++ and C++17, C#10") == ["=c", "c++", "and", "c++", "17", "c#", "10"])
        #expect(keys("Objective-C/Swift") == ["objective-c", "=swift"])
        #expect(keys("A/B testing, TCP/IP, PL/SQL, T-SQL") == ["a/b", "testing", "tcp/ip", "pl/sql", "t-sql"])
        #expect(keys("scikit-learn and FP&A, M&A, P&L") == ["scikit-learn", "and", "fp&a", "m&a", "p&l"])
    }

    @Test func compoundsNeedABoundary() {
        // "node.jsx" is not Node.js; "foo.net" is not .NET glued to a word.
        #expect(keys("node.jsx") == ["node", "jsx"])
        #expect(keys("c++x") == ["c++", "x"])
        #expect(keys("foo.net") == ["foo", "net"])
    }

    @Test func caseFoldingIsAFixedRule() {
        #expect(keys("PYTHON Python python pYtHoN") == ["python", "python", "python", "python"])
        #expect(keys("ÉCOLE Ærø ΣΟΦΙΑ ПРИВЕТ") == ["école", "ærø", "σοφια", "привет"])
        // Outside the folded ranges nothing changes (no locale rules: Turkish İ stays İ).
        #expect(keys("İstanbul ǅemal") == ["İstanbul", "ǅemal"])
    }

    @Test func caseSensitiveWordsMustBeSpelledExactly() {
        #expect(keys("Go go GO") == ["=go", "go", "go"])
        #expect(keys("Go-live and go-to person") == ["go-live", "and", "go-to", "person"])
        #expect(keys("Excel excel; R and r") == ["=excel", "excel", "=r", "and", "r"])
        #expect(keys("React react") == ["react", "react"])  // React is case-insensitive
    }

    @Test func placeholdersAreIgnored() {
        #expect(keys("[NAME] [EMAIL] | [PHONE] [ADDRESS], [URL] [SSN] [DOB] [CARD] Python") == ["python"])
        #expect(keys("[NAME][EMAIL]Go") == ["=go"])
        // Not placeholders: lower case, one letter, too long, unclosed.
        #expect(keys("[not this] [X] [ABCDEFGHIJKLMNOPQ] [NAME") == ["not", "this", "x", "abcdefghijklmnopq", "name"])
    }

    @Test func punctuationSeparates() {
        #expect(keys("Python,Go;Rust|Java(Kotlin)") == ["python", "=go", "rust", "java", "kotlin"])
        #expect(keys("•Python — Go · Rust → Java ★ Kotlin\u{F0B7}Swift") == ["python", "=go", "rust", "java", "kotlin", "=swift"])
        #expect(keys("don't, it's the company's") == ["don", "t", "it", "s", "the", "company", "s"])
        #expect(keys("5+ years, 2019–2021, $120,000, 45%") == ["5", "year", "2019", "2021", "120", "000", "45"])
        #expect(keys("!!! ... --- /// ??? ***") == [])
    }

    @Test func pluralsAreFoldedLightly() {
        #expect(keys("databases technologies processes classes") == ["database", "technology", "process", "class"])
        #expect(keys("status analysis business aws ios kubernetes") == ["status", "analysis", "business", "aws", "ios", "kubernete"])
        #expect(keys("Kubernetes kubernetes") == ["kubernete", "kubernete"])
        // Only plain letter words: no stemming of compounds or words with digits.
        #expect(keys("node.js k8s s3s") == ["node.js", "k8s", "s3s"])
    }

    @Test func flagsDescribeTheGaps() {
        let t = tokens("machine learning, data science\nnatural-language processing: 2024")
        #expect(t.map(\.key) == ["machine", "learning", "data", "science", "natural-language", "processing", "2024"])
        #expect(!t[1].flags.contains(.breakBefore))  // "machine learning"
        #expect(t[2].flags.contains(.breakBefore))   // after ","
        #expect(t[4].flags.contains(.breakBefore) && t[4].flags.contains(.lineStart))
        #expect(t[6].flags.contains(.colonBefore) && t[6].flags.contains(.number))
        #expect(t[4].flags.contains(.compound))
        let hyphen = tokens("cross-team Python. Machine")
        #expect(hyphen.map(\.key) == ["cross", "team", "python", "machine"])
        #expect(!hyphen[1].flags.contains(.breakBefore))  // inside a word: "cross-team"
        #expect(hyphen[3].flags.contains(.breakBefore))   // a sentence ends between them
    }

    @Test func overlongPiecesAreDropped() {
        let ok = String(repeating: "x", count: 48), long = String(repeating: "y", count: 49)
        #expect(keys("a \(ok) b") == ["a", ok, "b"])
        #expect(keys("a \(long) b") == ["a", "b"])
        #expect(tokens("a \(long) b")[1].flags.contains(.breakBefore))
    }

    @Test func offsetsPointIntoTheText() {
        let text = "Ünïcödé Node.js"
        let t = tokens(text)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[Int(t[1].start)..<Int(t[1].end)], as: UTF8.self) == "Node.js")
        #expect(DocumentProfile.folded(text, Int(t[0].start), Int(t[0].end)) == "ünïcödé")
    }
}
