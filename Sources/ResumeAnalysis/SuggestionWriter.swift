/// Writes the suggestions of an analysis (docs/ANALYSIS.md, "Suggestions").
///
/// Fixed rules, in this order, each naming the terms (highest weight first) and the section
/// of the resume to change; a section is named only if the resume has a heading for it,
/// otherwise the sentence says where to put one.
struct SuggestionWriter {
    /// Missing skills named by the first suggestion.
    static let missingSkillsListed = 5
    /// Missing skills the job repeats that get a sentence of their own.
    static let emphasisedSkillsListed = 2
    /// Missing free words named.
    static let missingWordsListed = 3
    /// Matched skills named as appearing only in the Skills section.
    static let weakSkillsListed = 3
    /// Matched terms named as repeated by the job but mentioned once by the resume.
    static let underweightListed = 2

    let keyTerms: [KeyTerm]
    let resume: DocumentProfile

    func suggestions() -> [String] {
        guard !keyTerms.isEmpty else {
            return ["The job description names no skills or recurring terms to compare against; "
                    + "use the complete posting, including its requirements."]
        }
        let hasSkills = resume.has(.skills)
        let hasExperience = resume.has(.experience)
        let hasSummary = resume.has(.summary)
        let missingSkills = keyTerms.filter { $0.isSkill && !$0.covered }
        let missingWords = keyTerms.filter { !$0.isSkill && !$0.covered }
        var out = [String]()

        // 1. Missing skills: add them to the Skills section (or add one).
        let listed = Array(missingSkills.prefix(SuggestionWriter.missingSkillsListed))
        if !listed.isEmpty {
            let names = SuggestionWriter.list(listed.map(\.display))
            let them = listed.count == 1 ? "it" : "them"
            if hasSkills {
                out.append("Add \(names) to your Skills section if you have used \(them): "
                           + "the job asks for \(them) and your resume does not mention \(them).")
            } else {
                out.append("Add a Skills section listing \(names), if you have used \(them): "
                           + "the job asks for \(them) and your resume does not mention \(them).")
            }
        }

        // 2. Missing skills the job repeats: show them in use.
        for t in missingSkills.prefix(SuggestionWriter.emphasisedSkillsListed) where t.jobOccurrences >= 2 {
            if hasExperience {
                out.append("The job mentions \(t.display) \(t.jobOccurrences) times: if you have used it, "
                           + "add a bullet to your Experience section saying what you did with it and the result.")
            } else {
                out.append("The job mentions \(t.display) \(t.jobOccurrences) times: if you have used it, "
                           + "describe what you did with it and the result under your most recent role.")
            }
        }

        // 3. Missing words of the job: use its wording.
        let words = missingWords.prefix(SuggestionWriter.missingWordsListed).map(\.display)
        if !words.isEmpty {
            let place = switch (hasSummary, hasExperience) {
            case (true, true): "your Summary or Experience section"
            case (true, false): "your Summary section"
            case (false, true): "your Experience section"
            case (false, false): "a short Summary at the top of your resume"
            }
            out.append("Where it is true of your work, use the job's own wording: mention "
                       + "\(SuggestionWriter.list(words)) in \(place).")
        }

        // 4. Skills that appear only in the Skills section: back them with experience.
        var named = Set<Int32>()
        if hasSkills && hasExperience {
            let weak = keyTerms.filter {
                $0.isSkill && $0.resumeOccurrences > 0 && $0.resumeSkillsSectionOccurrences == $0.resumeOccurrences
            }.prefix(SuggestionWriter.weakSkillsListed)
            if !weak.isEmpty {
                let verb = weak.count == 1 ? "it appears" : "they appear"
                let them = weak.count == 1 ? "it" : "them"
                out.append("Strengthen \(SuggestionWriter.list(weak.map(\.display))): \(verb) only in your Skills "
                           + "section; add Experience bullets that show how you used \(them).")
                for t in weak { named.insert(t.id) }
            }
        }

        // 5. Terms the job repeats that the resume mentions once.
        let underweight = keyTerms.filter {
            $0.covered && !named.contains($0.id) && $0.jobOccurrences >= 3 && $0.resumeOccurrences == 1
        }.prefix(SuggestionWriter.underweightListed)
        for t in underweight {
            let place = hasExperience ? "your Experience section" : "your resume"
            out.append("The job mentions \(t.display) \(t.jobOccurrences) times but your resume only once: "
                       + "give it more room in \(place).")
        }

        // 6. Nothing missing.
        if missingSkills.isEmpty && missingWords.isEmpty {
            let top = SuggestionWriter.list(keyTerms.prefix(3).map(\.display))
            let place = hasExperience ? "your most recent Experience entries" : "the top half of your resume"
            out.append("Your resume covers every key term of this job; keep the most important (\(top)) "
                       + "visible in \(place).")
        }
        return out
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
