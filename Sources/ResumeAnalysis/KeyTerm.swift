/// A key term of the job and what the resume has of it.
struct KeyTerm {
    let id: Int32
    let display: String
    /// Its TF-IDF weight in the job.
    let weight: Double
    let isSkill: Bool
    /// The resume has it (a skill also through a more specific one).
    let covered: Bool
    let jobOccurrences: Int
    /// Occurrences of exactly this term in the resume.
    let resumeOccurrences: Int
    let resumeSkillsSectionOccurrences: Int

    /// The weight rounded to 1e-9, so that the last bits of `log` on one platform or another cannot reorder terms.
    var rankWeight: Int64 { weight.isFinite ? Int64((min(max(weight, 0), 1e6) * 1e9).rounded()) : 0 }

    /// Ranking order: weight descending, then skills before free words, then keyword bytes, then id.
    static func ranks(_ a: KeyTerm, _ b: KeyTerm) -> Bool {
        if a.rankWeight != b.rankWeight { return a.rankWeight > b.rankWeight }
        if a.isSkill != b.isSkill { return a.isSkill }
        if !a.display.utf8.elementsEqual(b.display.utf8) { return DocumentFrequencyTable.precedes(a.display, b.display) }
        return a.id < b.id
    }
}
