// The public figures `namesAPublicFigure` keeps (PublicFigures.swift): lowercase, written in full as
// running text writes them, initials together without full stops ("apj abdul kalam").

/// Public figures' full names, by locale and kind.
let publicFigureNames: [String] = [
    "apj abdul kalam", "abdul kalam", "ms dhoni", "narendra modi", "sundar pichai", "ratan tata", "emmanuel macron",
    "angela merkel",
]
