// The stop-word and generic-word lists (docs/ANALYSIS.md, "Stop words and generic words").
// Words are separated by white space; `#` starts a comment that runs to the end of the line.
// Every word goes through the tokenizer, so plurals need not be listed (`skills` = `skill`),
// but other inflections must be (`developed`, `developing`). No word here may also be a
// skill alias (tested).

/// The stop words and the generic job-ad and resume words that are never key terms.
enum WordLists {
    /// English function words, pronouns, auxiliaries, common adverbs and the fragments that
    /// contractions split into. Written for this project after the usual English stop lists
    /// (Snowball, SMART), minus words that matter here (`it` is here; `IT` is not a skill).
    static let stopWords = """
    a about above across after afterwards again against all almost alone along already also although always am
    among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because
    become becomes becoming been before beforehand behind being below beside besides between beyond both but by
    can cannot could did do does doing done down due during each either else elsewhere enough etc even ever
    every everyone everything everywhere except few first for former formerly from further had has have having he
    hence her here hereby herein hers herself him himself his how however i if in indeed into is it its itself
    just last latter least less many may me meanwhile might mine more moreover most mostly much must my myself
    namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once
    one only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather re
    really same several she should since so some somehow someone something sometime sometimes somewhere still such
    than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon
    these they this those though through throughout thru thus to together too toward towards under until up upon
    us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein
    whereupon wherever whether which while whither who whoever whole whom whose why will with within without
    would yet you your yours yourself yourselves
    # contraction fragments (you'll, don't, we're) and stray letters
    ll ve d m s t re don doesn didn isn aren wasn weren won wouldn couldn shouldn hasn haven hadn ain
    # words that only carry grammar or vague quantity in these texts
    able like get gets got go going goes make makes made take takes took use used uses using want wants need
    needs needed new based across around including include includes included within without etc eg ie e.g i.e
    go-to go-live plus minus approximately approx within whilst upon onto amongst
    # numbers in words, dates and degree abbreviations of resumes
    zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    hundreds thousand thousands million millions billion billions dozen half
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec present
    sc ms ba ma bs hons
    """

    /// Generic words of job ads and resumes: boilerplate, soft-skill adjectives, seniority,
    /// action verbs and vague nouns. Hand-written for this project from the words that
    /// dominate job ads and resumes of every field.
    static let genericWords = """
    # the issue's own examples
    experience experienced experiences team teams strong excellent ability abilities requirement requirements
    # qualifications boilerplate
    required require requires preferred prefer preferably ideal ideally candidate candidates applicant applicants
    qualification qualified qualify skill skilled knowledge knowledgeable understanding familiarity familiar
    proficiency proficient expertise expert demonstrated demonstrable proven solid deep good great outstanding
    exceptional superb world-class background track record years year month months day days week weeks minimum
    least plus bonus nice desired desirable must preferred equivalent related relevant degree bachelor bachelors
    master masters phd field similar practical hands-on hands handson
    # the job and the company
    job jobs role roles position positions opportunity opportunities responsibility responsibilities duty duties
    company companies organization organisation organizations organisations business businesses employer
    employers employee employees people person individual individuals member members colleague colleagues
    department departments office offices industry industries environment environments culture mission vision
    values value world global globally leading leader leaders leadership growing growth fast-paced fast paced
    dynamic exciting innovative innovation passionate passion motivated self-motivated self-starter driven
    energetic enthusiastic enthusiasm talented talent hire hiring join joining apply applying application
    applications benefits benefit salary compensation competitive package equity bonus bonuses perks pto
    vacation holidays insurance remote hybrid onsite on-site location locations based city office-based
    flexible flexibility full-time part-time fulltime parttime contract permanent temporary
    equal employer diverse diversity inclusive inclusion gender race religion disability veteran status
    # seniority and titles
    senior junior mid-level mid level lead principal staff head chief director directors manager managers
    management associate assistant intern interns internship specialist specialists coordinator coordinators
    officer officers consultant consultants engineer engineers engineering developer developers development
    analyst analysts professional professionals practitioner practitioners executive executives representative
    # soft skills
    communication communications communicate communicating communicator collaboration collaborate collaborative
    collaborating collaborator interpersonal verbal written oral detail detail-oriented details oriented
    problem-solving problem solving problem solve solving solver organized organised organizational organisational
    self independent independently proactive proactively creative creativity critical thinking thinker curious
    curiosity adaptable adaptability attitude mindset ownership accountable accountability initiative
    multitask multitasking multi-tasking prioritize prioritise deadline deadlines pressure ambiguity
    # action verbs of resumes and ads, with their inflections
    work works worked working workplace build builds built building develop develops developed developing
    design designs designed designing create creates created creating manage manages managed managing
    lead leads led leading drive drives drove driving driven own owns owned owning deliver delivers delivered
    delivering delivery implement implements implemented implementing improve improves improved improving
    improvement improvements support supports supported supporting help helps helped helping assist assists
    assisted assisting ensure ensures ensured ensuring provide provides provided providing partner partners
    partnered partnering perform performs performed performing maintain maintains maintained maintaining
    participate participated participating contribute contributes contributed contributing contribution
    contributions increase increased increasing reduce reduced reducing reduction achieve achieved achieving
    launch launched launching establish established establishing execute executed executing execution coordinate
    coordinated coordinating oversee oversaw overseeing handle handled handling serve served serving
    spearheaded spearhead responsible responsible for utilize utilized utilizing utilise utilised leverage
    leveraged leveraging enable enabled enabling define defined defining identify identified identifying
    write writes wrote written writing grow grew grown scale scaled scaling ship shipped shipping join joined
    collaborated track tracked tracking
    run runs ran running keep keeps kept set sets look looks looking bring brings brought move moves moved
    moving introduce introduced introducing add adds added adding cut cuts cutting raise raised raising find
    finds found rebuild rebuilt rewrite rewrote save saved saving turn turned read reads tell hear understand
    decide discover start started starting finish finished love welcome clear clearly closely real plan plans
    planned planning owner owners able eager want seeking seek looking forward
    # vague nouns and adjectives
    thing things way ways part parts area areas level levels range variety various multiple different key core
    high highly large small big best better top quality etc success successful successfully result results
    impact impactful outcome outcomes goal goals objective objectives initiative initiatives project projects
    task tasks activity activities process processes solution solutions service services system systems
    platform platforms product products tool tools technology technologies tech stack concept concepts
    customer customers client clients user users stakeholder stakeholders partner partners cross-functional
    cross functional across functional daily day-to-day regular regularly ongoing across complex
    challenging challenge challenges problem problems opportunity growth career careers future today
    modern latest current currently well-known excellent effective effectively efficient efficiently
    """
}
