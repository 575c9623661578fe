/// The kind of section a token is in, from the headings of its document
/// (docs/ANALYSIS.md, "Sections").
enum SectionKind: UInt8, Sendable, CaseIterable {
    /// Before any recognised heading.
    case none
    // Resume sections.
    case summary, skills, experience, education, projects, certifications, otherResume
    /// Job sections that state what the job is and needs (responsibilities, requirements).
    case core
    /// "Nice to have", "Bonus points", "Preferred".
    case preferred
    /// "About us", "Benefits", "Equal opportunity", …: says little about the skills needed.
    case boilerplate

    /// How much one occurrence counts towards a term's frequency.
    var factor: Double {
        switch self {
        case .preferred: 0.5
        case .boilerplate: 0.25
        default: 1
        }
    }

    /// The bit of this kind in a set of kinds.
    var bit: UInt32 { 1 << UInt32(rawValue) }

    /// The headings, `kind: phrase | phrase …`; phrases go through the tokenizer (case-insensitive,
    /// plurals folded, punctuation ignored). Used by both documents: a resume rarely has the job
    /// kinds and the other way round, and the same rules for both keep identical texts identical.
    static let headings = """
    summary: summary | professional summary | career summary | executive summary | profile | professional profile \
    | objective | career objective | about me | overview | personal statement | highlights
    skills: skills | technical skills | core skills | key skills | core competencies | competencies | technologies \
    | tech stack | tools | tools and technologies | skills and tools | languages and tools | expertise \
    | areas of expertise | technical proficiencies | proficiencies | languages | programming languages \
    | technical expertise | skill set | skillset | skills and abilities | skills and certifications | toolkit
    experience: experience | work experience | professional experience | employment | employment history \
    | work history | career history | relevant experience | professional background | clinical experience \
    | teaching experience | industry experience | selected experience
    education: education | education and training | academic background | training | academics
    projects: projects | selected projects | personal projects | side projects | key projects | open source \
    | open source contributions | portfolio
    certifications: certifications | certification | licenses and certifications | licenses | certificates \
    | licensure | credentials | certifications and licenses | licenses and certificates
    otherResume: awards | honors | honours | awards and honors | publications | volunteer | volunteering \
    | volunteer experience | interests | hobbies | references | activities | additional information
    core: requirements | minimum requirements | basic requirements | basic qualifications | minimum qualifications \
    | required qualifications | qualifications | required skills | requirements and qualifications \
    | what you need | what you'll need | what you will need | what you bring | what you'll bring \
    | what we're looking for | what we are looking for | who you are | you have | you are | you bring \
    | must have | must haves | must-have | must-haves | responsibilities | key responsibilities \
    | what you'll do | what you will do | the role | about the role | about you | your role | role \
    | duties | job description | position summary | the opportunity | in this role | day to day | the job
    preferred: nice to have | nice to haves | nice-to-have | nice-to-haves | preferred | preferred qualifications \
    | preferred skills | preferred experience | bonus | bonus points | bonus points if you have | plus | pluses \
    | extra credit | good to have | desirable | desired | desired skills | it's a plus | it's a bonus \
    | even better | ways to stand out | additional qualifications
    boilerplate: about us | about the company | about the team | who we are | benefits | perks \
    | perks and benefits | benefits and perks | what we offer | why join us | why us | why join \
    | compensation | salary | compensation and benefits | pay | equal opportunity | equal opportunity employer \
    | eeo | eeo statement | our values | our mission | our culture | how to apply | diversity \
    | diversity and inclusion | location | work location | schedule | the company | company overview
    """
}
