/// The terms of one analysis: the vocabulary's skills (ids `0..<skillCount`) followed by the
/// free words met in its documents (ids from `skillCount` on, in order of first occurrence,
/// the job first). Shared by the job and the resume, so one id means one term in both.
struct TermTable {
    let lexicon: Lexicon
    let skillCount: Int
    /// Stemmed keys of the free words.
    private(set) var freeKeys = [String]()
    /// How each free word is reported: its first spelling, case-folded, not stemmed.
    private(set) var freeDisplays = [String]()
    private var freeIndex = [String: Int32]()

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        skillCount = lexicon.skills.count
    }

    /// Number of terms.
    var count: Int { skillCount + freeKeys.count }

    /// True for vocabulary skills.
    @inline(__always) func isSkill(_ id: Int32) -> Bool { Int(id) < skillCount }

    /// The id of the free word `key`, added with `display()` as its report form if new.
    mutating func freeWord(_ key: String, display: () -> String) -> Int32 {
        if let id = freeIndex[key] { return id }
        let id = Int32(count)
        freeIndex[key] = id
        freeKeys.append(key)
        freeDisplays.append(display())
        return id
    }

    /// The id of the free word `key` if the table has it.
    func existingFreeWord(_ key: String) -> Int32? { freeIndex[key] }

    /// The key a term is stored under in document-frequency tables: the display of a skill,
    /// the stemmed key of a free word.
    func key(_ id: Int32) -> String {
        isSkill(id) ? lexicon.skills[Int(id)].display : freeKeys[Int(id) - skillCount]
    }

    /// How a term is reported.
    func display(_ id: Int32) -> String {
        isSkill(id) ? lexicon.skills[Int(id)].display : freeDisplays[Int(id) - skillCount]
    }
}
