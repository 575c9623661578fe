import Testing
@testable import ResumeAnalysis

@Suite struct LexiconTests {
    @Test func theTablesHaveNoProblems() {
        #expect(Lexicon.shared.issues == [])
        #expect(Lexicon.shared.skills.count > 400)
    }

    /// Every alias line of the vocabulary, analysed as a job on its own, yields its skill.
    @Test func everyAliasReachesItsSkill() throws {
        var failures = [String]()
        for line in SkillVocabulary.text.split(separator: "\n") {
            let l = line.trimmingSpaces()
            if l.isEmpty || l.hasPrefix("#") { continue }
            let fields = l.split(separator: "|").map { $0.trimmingSpaces() }
            var display = fields[0].split(separator: ">")[0].trimmingSpaces()
            var spellings = Array(fields.dropFirst())
            if display.hasPrefix("=") { display.removeFirst() }
            spellings.append(display)
            for spelling in spellings {
                let text = spelling.split(separator: " ").map { $0.hasPrefix("=") ? String($0.dropFirst()) : String($0) }
                    .joined(separator: " ")
                var table = TermTable(lexicon: .shared)
                var meter = WorkMeter()
                let p = try DocumentProfile.extract(from: text, table: &table, meter: &meter, shouldStop: { false })
                let found = p.terms.map { table.display($0) }
                if found != [display] { failures.append("\(spelling) → \(found), expected [\(display)]") }
            }
        }
        #expect(failures == [])
    }

    @Test func parentsAreCovered() {
        let lex = Lexicon.shared
        func covers(_ a: String) -> Set<String> { Set(lex.skills[Int(lex.skillIDs[a]!)].covers.map { lex.skills[Int($0)].display }) }
        #expect(covers("Amazon EKS") == ["Amazon EKS", "AWS", "Kubernetes"])
        #expect(covers("Next.js") == ["Next.js", "React", "JavaScript"])
        #expect(covers("AWS") == ["AWS"])
    }

    @Test func headingsAreRecognised() throws {
        func sections(_ text: String) throws -> UInt32 {
            var table = TermTable(lexicon: .shared)
            var meter = WorkMeter()
            return try DocumentProfile.extract(from: text, table: &table, meter: &meter, shouldStop: { false }).sections
        }
        #expect(try sections("TECHNICAL SKILLS\nPython") == SectionKind.skills.bit)
        #expect(try sections("Work Experience:\nAcme") == SectionKind.experience.bit)
        #expect(try sections("## Professional Summary ##\nI build") == SectionKind.summary.bit)
        #expect(try sections("Skills: Python, Go") == SectionKind.skills.bit)
        #expect(try sections("What you'll bring:\n- Go") == SectionKind.core.bit)
        #expect(try sections("Nice-to-have\nRust") == SectionKind.preferred.bit)
        #expect(try sections("About Acme\nWe sell shoes") == SectionKind.boilerplate.bit)
        // A sentence that starts like a heading is not one.
        #expect(try sections("Experience with Python is required") == 0)
        #expect(try sections("Skills Python Go") == 0)
    }
}
