// E-mail and URL detection: hand-written linear scanners.

@inline(__always) private func isEmailLocalChar(_ c: UInt8) -> Bool {
    isAlnumASCII(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D // . _ % + -
}

@inline(__always) private func isHostChar(_ c: UInt8) -> Bool { isAlnumASCII(c) || c == 0x2D }

/// The end of the run of host characters (ASCII letters, digits, `-`) from `i`, or a
/// position inside it 256 bytes on at most, so the caller's stop condition is polled that often.
private func hostCharactersEnd(_ t: Text, from i: Int) -> Int {
    var j = i
    while j < i + 256 {
        let c = t[j]
        if isAlphaASCII(c) { j = t.asciiWordEnd(j) }
        else if isDigit(c) { j = t.digitsEnd(j) }
        else if c == 0x2D { j += 1 }
        else { return j }
    }
    return j
}

/// Parses `label(.label)+` starting at `i`; returns the end and the start of the last label.
/// Labels are ASCII letters, digits and inner hyphens.
private func scanHost(_ t: Text, from i: Int, maxLength: Int = 253) -> (end: Int, lastLabelStart: Int, labels: Int)? {
    var j = i
    var labels = 0
    var lastStart = i
    defer { t.work.add(j - i + 1) }
    while true {
        let s = j
        while j < t.count && isHostChar(t.b[j]) && j - i < maxLength { j += 1 }
        if j == s { // empty label: back off the dot we consumed
            j = s - 1
            break
        }
        labels += 1
        lastStart = s
        if t[j] == 0x2E && isHostChar(t[j + 1]) { j += 1; continue }
        break
    }
    guard labels >= 2 else { return nil }
    // trailing hyphens are not part of a host
    var end = j
    while end > lastStart && t[end - 1] == 0x2D { end -= 1; t.work.step() }
    guard end > lastStart else { return nil }
    return (end, lastStart, labels)
}

/// The end of an e-mail address's domain from `i`: a host whose last label is two ASCII letters
/// or more ("example.com.br"), or nil.
private func emailDomainEnd(_ t: Text, from i: Int) -> Int? {
    guard let host = scanHost(t, from: i) else { return nil }
    t.work.add(host.end - host.lastLabelStart)
    guard host.end - host.lastLabelStart >= 2, (host.lastLabelStart..<host.end).allSatisfy({ isAlphaASCII(t.b[$0]) }) else { return nil }
    return host.end
}

/// The end of a spelled-out at sign at `i` ("(at)", "[at]", "(arroba)", any case), or nil.
private func spelledAtSignEnd(_ t: Text, _ i: Int) -> Int? {
    let open = t[i]
    guard open == 0x28 || open == 0x5B else { return nil }
    let we = t.asciiWordEnd(i + 1)
    guard we > i + 1, t[we] == (open == 0x28 ? 0x29 : 0x5D), spelledAtSigns.contains(t, i + 1, we) else { return nil }
    return we + 1
}

private let spelledAtSigns = WordSet(["at", "arroba"])

/// Finds e-mail addresses (`local@domain.tld`), and those written with the at sign spelled
/// out against harvesters: "joao.barros (arroba) example.com.br", "m.keller(at)firma.de".
func detectEmails(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: StopBytes(0x40, 0x28, 0x5B))
        guard i < t.count else { break }
        try t.work.tick()
        if let e = spelledAtSignEnd(t, i) {
            // one blank at most on each side
            let l = t[i - 1] == 0x20 ? i - 1 : i, r = t[e] == 0x20 ? e + 1 : e
            var s = l
            while s > 0 && isEmailLocalChar(t.b[s - 1]) && l - s < 64 { s -= 1 }
            t.work.add(l - s)
            // (a round "(at)" with blanks around it, after a local part with a mark or a digit only:
            // "joao.barros (at) …", not "growth marketer (at) trivago.de", as prose says where one
            // works; "[at]" and "arroba" are written to hide an address alone: "anna [AT] example.org")
            let spaced = (l < i || r > e) && t[i] == 0x28 && e - i == 4
            if s < l, !(s > 0 && isEmailLocalChar(t.b[s - 1])), isAlnumASCII(t.b[s]),
               !spaced || (s..<l).contains(where: { !isAlphaASCII(t.b[$0]) }), !(s..<l).contains(where: { isUpperASCII(t.b[$0]) }),
               let end = emailDomainEnd(t, from: r),
               // in lower case, as addresses are written ("Engineer (at) Booking.com" is an employer)
               (r..<end).allSatisfy({ !isUpperASCII(t.b[$0]) }) {
                out.append(Candidate(kind: .email, start: s, end: end))
                i = end
                continue
            }
            i = e
            continue
        }
        guard t.b[i] == 0x40 else { i += 1; continue } // @
        var s = i
        while s > 0 && isEmailLocalChar(t.b[s - 1]) && i - s < 64 { s -= 1 }
        t.work.add(i - s)
        if s > 0 && isEmailLocalChar(t.b[s - 1]) { i += 1; continue } // local part too long
        while s < i && (t.b[s] == 0x2E || t.b[s] == 0x2D) { s += 1; t.work.step() } // no leading dot/hyphen
        guard s < i else { i += 1; continue }
        if let end = emailDomainEnd(t, from: i + 1) {
            out.append(Candidate(kind: .email, start: s, end: end))
            i = end
            continue
        }
        i += 1
    }
}

/// Top-level domains accepted for scheme-less hosts. File extensions that collide
/// with ccTLDs and are common in resumes (sh, py, rs, md, js, ts, cc, so, ps) are left out.
private let knownTLDs = WordSet([
    "com", "org", "net", "edu", "gov", "mil", "int", "io", "dev", "me", "co", "ai", "app", "tech", "info",
    "biz", "xyz", "site", "online", "page", "blog", "design", "codes", "cloud", "studio", "art", "name",
    "pro", "works", "space", "website", "email", "careers", "jobs", "team", "global",
    // reserved for documentation (RFC 2606): examples and test data write their hosts so
    "example",
    "uk", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "pt", "ie", "eu",
    "us", "ca", "au", "nz", "in", "jp", "cn", "br", "mx", "sg", "hk", "za", "ng", "ae", "ma", "vn",
    "bg", "ru", "ua", "cz", "sk", "hu", "ro", "gr", "tr", "il", "kr", "tw", "th", "my", "ph", "id",
    "ar", "cl", "pe", "ke", "eg", "lu", "ly", "gl", "tv", "fm", "gg", "lt", "lv", "ee", "is",
])

/// More top-level domains, taken for a scheme-less host only with a path after it or on a line
/// of contacts: as code, `user.profile.photo`, `this.props.link` and `torch.cuda.am` end in them too.
private let linkOnlyTLDs = WordSet([
    // link shorteners' and form hosts' ("forms.gle/…", "aka.ms/…", "lnkd.in/…", "t.ly/…")
    "gle", "ms", "li", "ws", "la", "do", "to", "link", "nu", "su",
    // more country codes
    "cr", "ve", "ec", "bo", "uy", "gt", "hn", "ni", "pa", "cu", "pr", "jm", "tt", "bd", "pk", "lk", "np", "ir",
    "sa", "qa", "kw", "om", "bh", "jo", "lb", "tn", "dz", "gh", "tz", "ug", "rw", "et", "sn", "ci", "cm", "mu",
    "si", "hr", "rs", "ba", "mt", "cy", "ge", "am", "az", "kz", "uz", "mn", "mo", "by", "md", "al", "ad", "mc",
    "im", "je", "gi", "fo",
    // generic and city/regional top-level domains
    "store", "shop", "live", "world", "agency", "digital", "one", "today", "news", "social", "network", "academy",
    "consulting", "company", "media", "education", "school", "science", "systems", "technology", "solutions",
    "services", "group", "events", "photography", "photo", "photos", "gallery", "film", "music", "video", "games",
    "cafe", "travel", "work", "life", "cv", "bio", "mobi", "asia", "berlin", "paris", "amsterdam", "london", "nyc",
    "wien", "hamburg", "koeln", "madrid", "barcelona", "scot", "wales", "cymru", "eus", "cat", "gal", "bzh",
    "quebec", "zone", "health", "law", "money", "finance", "capital", "legal", "partners", "engineering", "build",
    // reserved for documentation (RFC 2606): "portfolio.example/casamentos" is a link as written
    "example",
])

/// Well-known technology names that look like bare lowercase domains.
private let techDomainNames = WordSet(["socket.io", "read.me"])

@inline(__always) private func isURLChar(_ c: UInt8) -> Bool {
    // printable ASCII except space and characters that never appear unescaped in links
    guard c > 0x20 && c < 0x7F else { return false }
    switch c {
    case 0x22, 0x3C, 0x3E, 0x60, 0x7B, 0x7D, 0x7C, 0x5C, 0x5E: return false // " < > ` { } | \ ^
    default: return true
    }
}

private let schemes: [[UInt8]] = [bytes("https://"), bytes("http://"), bytes("ftp://"), bytes("sftp://")]
private let wwwPrefix = bytes("www.")

/// Extends a URL from `start` over URL characters, then trims trailing punctuation.
private func urlEnd(_ t: Text, from start: Int) throws(RedactionStopped) -> Int {
    var j = start
    var open = 0, close = 0
    while j < t.count {
        try t.work.tick()
        let c = t.b[j]
        if c >= 0x80 {
            // letters and digits of any script in a path: "linkedin.com/in/joão-silva"
            guard j > start, t.isWordChar(at: j) else { break }
            j += t.scalar(at: j).length
            continue
        }
        guard isURLChar(c) else { break }
        if c == 0x28 { open += 1 } else if c == 0x29 { close += 1 }
        j += 1
    }
    // trim trailing punctuation, keeping a ')' that closes a '(' inside the URL
    while j > start {
        try t.work.tick()
        let c = t.b[j - 1]
        if c == 0x29 { // )
            if open >= close { break }
            close -= 1
            j -= 1
            continue
        }
        if c == 0x28 { open -= 1 }
        if c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x27
            || c == 0x5D || c == 0x2A || c == 0x28 {
            j -= 1
            continue
        }
        break
    }
    return j
}

/// Top-level domains people host their own sites on: a bare `janedoe.dev` is a link anywhere, as
/// is a host of three labels or more (`lucafontana.example.it`, `jplima.dev.br`). A bare
/// `bol.com` or `booking.com` is more often an employer's name: taken only on a line of contacts
/// (see `LineFacts.looksLikeContacts(at:)`).
private let personalSiteTLDs = WordSet([
    "dev", "io", "me", "ai", "app", "tech", "site", "online", "page", "blog", "design", "codes", "studio", "art",
    "name", "pro", "works", "space", "website", "xyz", "info", "portfolio", "cloud",
])

/// Finds URLs: `scheme://…`, `www.…`, and scheme-less `host.tld/path` or lowercase `host.tld`.
/// Bytes after which a letter or digit is inside a token (a word, host, path or e-mail), not
/// at its start: letters, digits and `. - _ @ / + % ~ & = # \`.
private let insideALinkTokenBytes: [Bool] = (0...255).map { (v: Int) -> Bool in
    let p = UInt8(v)
    return isAlnumASCII(p) || p == 0x2E || p == 0x2D || p == 0x5F || p == 0x40 || p == 0x2F
        || p == 0x2B || p == 0x25 || p == 0x7E || p == 0x26 || p == 0x3D || p == 0x23 || p == 0x5C
}

func detectURLs(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    let insideALinkToken = insideALinkTokenBytes
    let firstFound = out.count
    defer { addLinkContinuations(t, foundFrom: firstFound, into: &out) }
    var i = 0
    while i < t.count {
        // no token start: not alphanumeric, or inside a word, host, path or e-mail
        i = try t.skip(from: i) { p, c in !isAlnumASCII(c) || insideALinkToken[Int(p)] }
        guard i < t.count else { break }
        try t.work.tick()
        let c = t.b[i]
        guard isAlnumASCII(c) else { i += 1; continue }
        // token boundary: not inside a word, host, path or e-mail
        let p = t[i - 1]
        if i > 0 && insideALinkToken[Int(p)] {
            i += 1
            continue
        }
        if i > 0 && p >= 0x80 && t.isWordChar(before: i) { i += 1; continue }
        // Most tokens are words: a run of host characters followed by neither "." (a host has
        // two labels or more; "www." is one too) nor ":" (a scheme's "://") starts no link, and
        // is passed over whole, a run of letters or digits at a time (the rest of a run longer
        // than 256 bytes is skipped as the inside of a token).
        let run = hostCharactersEnd(t, from: i)
        if t[run] != 0x2E && t[run] != 0x3A {
            t.work.add(run - i)
            try t.work.tick()
            i = run
            continue
        }

        if isAlphaASCII(c) {
            var matchedScheme = false
            for s in schemes where t.matches(s, at: i) {
                let e = try urlEnd(t, from: i)
                if e > i + s.count + 2 {
                    out.append(Candidate(kind: .url, start: i, end: e))
                    i = e
                    matchedScheme = true
                } else if e == i + s.count, linkContinuation(t, after: e, needsHost: true) != nil {
                    // "https://" ending its line, the host on the next: the rest is added after
                    out.append(Candidate(kind: .url, start: i, end: e))
                    i = e
                    matchedScheme = true
                }
                break
            }
            if matchedScheme { continue }
            if t.matches(wwwPrefix, at: i), let host = scanHost(t, from: i), host.labels >= 3 {
                let e = try urlEnd(t, from: i)
                out.append(Candidate(kind: .url, start: i, end: max(e, host.end)))
                i = max(e, host.end)
                continue
            }
        }
        // scheme-less host
        guard let host = scanHost(t, from: i) else {
            var j = i
            while j < t.count && isHostChar(t.b[j]) { j += 1; try t.work.tick() }
            i = max(j, i + 1)
            continue
        }
        t.work.add(host.end - host.lastLabelStart)
        var linkOnly = false
        // "HAL.EXAMPLE.FR/search?…": a host in capitals with a path, three labels or more
        let capitalsWithPath = host.labels >= 3 && t[host.end] == 0x2F && isURLChar(t[host.end + 1])
        // "Portafolio: NURIAVILADECANS.CAT": a host in capitals as a link label's value
        let capitalsAfterLabel = !capitalsWithPath && isUpperASCII(t[i]) && isAllCaps(t, i, host.end)
            && followsLinkLabel(t, i)
        let capitals = capitalsWithPath || capitalsAfterLabel
        let tldOK: Bool = {
            for k in host.lastLabelStart..<host.end where !isLowerASCII(t.b[k]) && !(capitals && isUpperASCII(t.b[k])) {
                return false
            }
            if knownTLDs.contains(t, host.lastLabelStart, host.end) { return true }
            linkOnly = linkOnlyTLDs.contains(t, host.lastLabelStart, host.end)
            return linkOnly
        }()
        let next = t[host.end]
        if !tldOK || next == 0x40 || (next >= 0x80 && t.isWordChar(at: host.end)) {
            i = host.end
            continue
        }
        if next == 0x2F && isURLChar(t[host.end + 1]) { // host/path
            let e = try urlEnd(t, from: i)
            if e > host.end + 1 {
                out.append(Candidate(kind: .url, start: i, end: e))
                i = e
                continue
            }
        }
        // bare host without path: only when entirely lowercase (so "Booking.com",
        // "ASP.NET" are names, not links) and not a known technology name
        var lower = true
        t.work.add(2 * (host.end - i))
        for k in i..<host.end where isUpperASCII(t.b[k]) { lower = false; break }
        var firstLabelAlpha = false
        for k in i..<host.end { if t.b[k] == 0x2E { break }; if isAlphaASCII(t.b[k]) { firstLabelAlpha = true } }
        var linkLike = !linkOnly && (host.labels >= 3 || personalSiteTLDs.contains(t, host.lastLabelStart, host.end))
        if lower && firstLabelAlpha && !linkLike {
            linkLike = t.lineFacts.looksLikeContacts(at: i)
        }
        if (lower || capitalsAfterLabel) && firstLabelAlpha && !techDomainNames.contains(t, i, host.end) && (linkLike || capitalsAfterLabel) {
            var e = host.end
            if next == 0x3A && isDigit(t[e + 1]) { e = t.digitsEnd(e + 1) } // :port
            out.append(Candidate(kind: .url, start: i, end: e))
            i = e
            continue
        }
        i = host.end
    }
}

/// The rest of a link broken at the end of its line, as text copied from a PDF breaks long
/// links: the whole next line when it is one token of link characters ("7203948561027384"
/// after "http://lattes.cnpq.br/", "drive.google.com/drive/…" after "https://"), and no
/// capitalised word alone (a heading: "FORMAÇÃO"). `needsHost`: it must hold a dot.
/// `e` is where the first part ends.
private func linkContinuation(_ t: Text, after e: Int, needsHost: Bool) -> Range<Int>? {
    var s = e
    if t[s] == 0x0D { s += 1 }
    guard t[s] == 0x0A else { return nil }
    s += 1
    var f = s, dot = false, other = false, upper = 0, lower = false, letters = 0, digits = 0
    while f < t.count, f - s <= 2_048, isURLChar(t.b[f]) {
        let c = t.b[f]
        if c == 0x2E { dot = true }
        if isUpperASCII(c) { upper += 1; letters += 1 } else if isLowerASCII(c) { lower = true; letters += 1 }
        else { other = true; if isDigit(c) { digits += 1 } }
        f += 1
    }
    t.work.add(f - s)
    // the token ends its line (trailing punctuation aside, as a link's end is trimmed)
    var z = f
    while z > s, t.b[z - 1] == 0x2E || t.b[z - 1] == 0x2C || t.b[z - 1] == 0x3B || t.b[z - 1] == 0x3A { z -= 1 }
    guard z > s, f >= t.count || isLineBreak(t.b[f]), !needsHost || dot else { return nil }
    // a path with marks or digits, or a camel-cased handle of three capitals or more
    // ("JaneSmithDesign"); not a heading or a name ("EXPERIENCE", "Projects", "experience",
    // "GitHub", "McKinsey"), nor a page's number or years ("2", "2021-2023"): with no letter,
    // eight digits or more and nothing else (a Lattes id)
    guard letters > 0 ? (other || (lower && upper >= 3)) : digits >= 8 && digits == f - s else { return nil }
    return s..<z
}

/// Adds the rest of each link found from `out[first]` on that ends its line with "/" (or is a
/// scheme alone), unless a link found starts there already.
private func addLinkContinuations(_ t: Text, foundFrom first: Int, into out: inout [Candidate]) {
    let found = out.count
    for k in first..<found {
        let c = out[k]
        guard c.kind == .url, c.end > c.start, t[c.end - 1] == 0x2F,
              let rest = linkContinuation(t, after: c.end, needsHost: t[c.end - 2] == 0x2F && t[c.end - 3] == 0x3A) else { continue }
        if k + 1 < found && out[k + 1].start == rest.lowerBound { continue }
        out.append(Candidate(kind: .url, start: rest.lowerBound, end: rest.upperBound))
    }
}

/// Whether a link label and its colon stand right before `i` on its line ("Portafolio: ",
/// "Website : ").
private func followsLinkLabel(_ t: Text, _ i: Int) -> Bool {
    let c = t.skipBlanksBack(i)
    guard c > 0, t.b[c - 1] == 0x3A else { return false }
    let we = t.skipBlanksBack(c - 1)
    let ws = t.letterRunStart(before: we)
    return ws < we && linkLabels.contains(t, ws, we)
}

/// Words naming a social or professional network, after which an `@handle` on the same line,
/// or one token after the name and a colon, is an account.
private let socialNetworkWords = WordSet([
    "instagram", "insta", "ig", "twitter", "tiktok", "telegram", "threads", "mastodon", "bluesky", "github",
    "gitlab", "snapchat", "youtube", "twitch", "discord", "skype", "kaggle", "behance", "dribbble", "linkedin",
    "xing", "lattes", "orcid", "medium", "stackoverflow", "bitbucket",
])

/// Finds social-media handles, as links (`[URL]`): `@joao.silva`, `@dev_anna`, `@ana92`, or any
/// `@handle` after a network's name on its line ("Instagram: @anasouza"). An `@` inside a word or
/// an e-mail is not one; `@Google` or `@media` alone are not either.
func detectHandles(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: StopBytes(0x40))
        guard i < t.count else { break }
        try t.work.tick()
        defer { i += 1 }
        let p = t[i - 1]
        guard i == 0 || isBlank(p) || isLineBreak(p) || p == 0x28 || p == 0x3A || p == 0x2C || p == 0x7C else { continue }
        var e = i + 1, marks = 0
        while e < t.count, e - i <= 31, isAlnumASCII(t[e]) || t[e] == 0x5F || (t[e] == 0x2E && isAlnumASCII(t[e + 1])) {
            if !isAlphaASCII(t[e]) { marks += 1 }
            e += 1
        }
        t.work.add(e - i)
        // "@pytest.fixture(", "@app.route(": a decorator in code
        guard e - i >= 3, e - i <= 31, !isAlnumASCII(t[e]), t[e] != 0x40, t[e] != 0x28,
              isAlphaASCII(t[i + 1]) || isDigit(t[i + 1]) else { continue }
        // before a network's name only a handle that is no capitalised name ("@Microsoft on LinkedIn")
        // and after a word asking to follow an account, one that is no capitalised name either ("Follow @Microsoft")
        let before: WordBeforeAHandle = marks > 0 ? .network : socialWordOnLine(t, before: i)
        // (after a word to follow, not a package's scope, "@angular/core", nor a chat's keyword, "@here")
        if before == .network || (!isUpperASCII(t[i + 1])
            && ((before == .follow && t[e] != 0x2F && !chatKeywords.contains(t, i + 1, e)) || namesANetworkAfter(t, e))) {
            out.append(Candidate(kind: .url, start: i, end: e))
            i = e - 1
        }
    }
}

/// Words that say on which network a handle is: "@anasouza on Instagram", "no Instagram".
private let onANetworkWords = WordSet(["on", "no", "na", "en", "su", "sur", "auf", "bei", "op", "via", "at"])

/// Whether a network's name follows a handle ending at `e`: "@tahliamakes on Instagram and
/// TikTok", "@anasouza (Instagram)".
private func namesANetworkAfter(_ t: Text, _ e: Int) -> Bool {
    var k = t.skipBlanks(e)
    guard k > e || t[k] == 0x28 else { return false }
    if t[k] == 0x28 {
        k += 1
    } else {
        let we = t.asciiWordEnd(k)
        guard we > k, onANetworkWords.contains(t, k, we), t[we] == 0x20 else { return false }
        k = t.skipBlanks(we)
    }
    let we = t.asciiWordEnd(k)
    return we > k && socialNetworkWords.contains(t, k, we)
}

/// Finds accounts written without their host after a network's label, as links (`[URL]`):
/// "GitHub: joaos", "LinkedIn: /in/joaosilva", "Lattes: 1234567890123456". The value is one
/// token ending its field (a line, a bar, a tab, or a comma before the next label: "GitHub:
/// janedoe, GitLab: jdoe"); "LinkedIn: Ana Souza" (more words), "GitHub: available on
/// request" and "Kaggle: expert, 3 medals" (prose goes on) are not accounts.
func detectLabelledAccounts(_ t: Text, into out: inout [Candidate]) throws(RedactionStopped) {
    var i = 0
    while i < t.count {
        i = try t.skip(from: i, to: StopBytes(0x3A))
        guard i < t.count else { break }
        try t.work.tick()
        defer { i += 1 }
        // the label before the colon
        let le = t.skipBlanksBack(i)
        var ls = le
        while ls > 0, le - ls < 14, isAlphaASCII(t[ls - 1]) { ls -= 1 }
        t.work.add(le - ls)
        guard ls < le, !(ls > 0 && isAlnumASCII(t[ls - 1])), socialNetworkWords.contains(t, ls, le) else { continue }
        // the value: one token
        let s = t.skipBlanks(i + 1)
        var e = s
        while e < t.count, e - s <= 60, isAlnumASCII(t[e]) || t[e] == 0x2F || t[e] == 0x2E || t[e] == 0x5F || t[e] == 0x2D {
            e += 1
        }
        t.work.add(e - s)
        while e > s, t[e - 1] == 0x2E || t[e - 1] == 0x2D { e -= 1 } // a sentence's full stop
        guard e - s >= 3, e - s <= 60, t[s] != 0x40, endsAccountField(t, e), !notAccounts.contains(t, s, e) else { continue }
        // a capitalised word alone is a name or a word ("LinkedIn: Private"), unless it has a digit or mark
        var letters = true, digitsOnly = true, lastLetter: UInt8 = 0
        for k in s..<e {
            let c = t.b[k]
            if !isAlphaASCII(c) { letters = false }
            if isAlphaASCII(c) { lastLetter = c; if k < e - 1 { digitsOnly = false } }
        }
        t.work.add(e - s)
        if letters && isUpperASCII(t[s]) && !(s + 1 < e && (s + 1..<e).contains { isUpperASCII(t.b[$0]) }) { continue }
        // "YouTube: 120k", "Instagram: 1.2M": a count of followers
        if digitsOnly && (lastLetter | 0x20 == 0x6B || lastLetter | 0x20 == 0x6D) { continue }
        // "GitLab: CI/CD": capitals joined by a slash are skills
        if t[s] != 0x2F, (s..<e).contains(where: { t.b[$0] == 0x2F }), !(s..<e).contains(where: { isLowerASCII(t.b[$0]) || isDigit(t.b[$0]) }) { continue }
        out.append(Candidate(kind: .url, start: s, end: e))
        i = e - 1
    }
}

/// Values after such a label that are no account.
private let notAccounts = WordSet([
    "yes", "no", "none", "n/a", "na", "available", "private", "upon", "request", "sim", "não", "nao", "ja", "nein",
    "oui", "non", "si", "sí", "profile", "perfil", "link", "url", "see", "below", "above", "attached", "tbd",
])

private func endsAccountField(_ t: Text, _ e: Int) -> Bool {
    let c = t[e]
    // "GitHub: janedoe, GitLab: jdoe": a comma before the next label
    if c == 0x2C {
        let w = t.skipBlanks(e + 1)
        var we = w
        while we < t.count, we - w < 16, isAlphaASCII(t[we]) { we += 1 }
        t.work.add(we - w)
        return we > w && t[t.skipBlanks(we)] == 0x3A
    }
    if e >= t.count || isLineBreak(c) || c == 0x09 || c == 0x3B || c == 0x29 || c == 0x7C { return true }
    if c == 0x2E { return e + 1 >= t.count || isBlank(t[e + 1]) || isLineBreak(t[e + 1]) } // "GitHub: joaos."
    guard c == 0x20 else { return false }
    let n = t[e + 1]
    return n == 0x20 || n == 0x7C || n == 0xC2 || n == 0xE2 || n == 0x28
}

/// Words asking to follow an account, before its handle: "Siga-nos: @acme", "Follow us @acme"
/// (not "direct" nor "DM": "Direct experience with @angular/core").
private let followWords = WordSet([
    "follow", "siga", "sigam", "sigue", "suivez", "folgt", "volg", "seguici",
])

/// Chat and code-review keywords written with an at sign: "@here", "@channel", "@mention".
private let chatKeywords = WordSet(["here", "channel", "everyone", "all", "mention", "mentions", "team", "oncall"])

/// What stands earlier on a handle's line.
private enum WordBeforeAHandle { case network, follow, none }

/// Whether a social network's name (first), or else a word asking to follow an account, stands
/// earlier on the line of `i`, within 40 bytes; the word to follow right before the handle, with
/// at most a few words between ("Siga-nos: @acme", "Follow us on @acme", "Suivez-nous sur @acme";
/// not "Follow best practice for @media", "Follow-up via @oncall").
private func socialWordOnLine(_ t: Text, before i: Int) -> WordBeforeAHandle {
    var k = i - 1, found = WordBeforeAHandle.none
    while k >= 0, i - k <= 40, !isLineBreak(t[k]) {
        t.work.step()
        if isAlphaASCII(t[k]) && !(k > 0 && isAlphaASCII(t[k - 1])) {
            let we = t.asciiWordEnd(k)
            if socialNetworkWords.contains(t, k, we) { return .network }
            if followWords.contains(t, k, we), i - we <= 12, !(t[we] == 0x2D && t[we + 1] | 0x20 == 0x75) { found = .follow }
        }
        k -= 1
    }
    return found
}
