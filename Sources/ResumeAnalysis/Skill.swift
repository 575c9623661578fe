/// One skill of the vocabulary.
struct Skill: Sendable {
    /// How the skill is reported ("PostgreSQL", "machine learning" is "Machine learning").
    let display: String
    /// The skills a resume that has this one also covers: itself and all its ancestors, ascending ids.
    let covers: [Int32]
}
