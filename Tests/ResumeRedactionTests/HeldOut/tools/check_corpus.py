#!/usr/bin/env python3
"""Lint, verify and count the held-out corpus.

    python3 check_corpus.py [HeldOut-dir]          # summary table
    python3 check_corpus.py -v [HeldOut-dir]       # also list every SSN/CARD with its scheme

Checks: snippet headers and ids, marker syntax, KIND names, no newline in a
marker, every CARD Luhn-valid with a known scheme and length, every SSN valid
under a scheme of its locale (checksum where the scheme has one), and warns
about unmarked digit runs of 12-19 digits that pass Luhn (accidental cards)
and snippets with fewer than 2 or more than 5 KEEP markers.
It never looks at the redactor; it only reads the *.txt files next to it.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import idcheck as ic  # noqa: E402

LOCALES = ["us", "uk", "de", "fr", "br", "es", "it", "nl", "in", "au"]
KINDS = ["EMAIL", "PHONE", "URL", "ADDRESS", "SSN", "DOB", "CARD", "NAME"]
MARK = re.compile(r"\{\{([A-Z]+):([^{}\n]*?)\}\}")
HEADER = re.compile(r"^=== (resume|job) ([a-z]{2})-(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)$")

# (scheme name, validator) per locale; the first that accepts the value names it.
FORMAT_ONLY = {
    "PAN (format, 5th letter = surname initial)": lambda s: ic.valid_pan(s),
    "Indian passport (format)": lambda s: bool(re.fullmatch(r"[A-PR-WY][1-9]\d{6}", s.replace(" ", ""))),
    "Italian CIE (format)": lambda s: bool(re.fullmatch(r"C[A-Z]\d{5}[A-Z]{2}", s.replace(" ", ""))),
    "UK passport (format)": lambda s: bool(re.fullmatch(r"\d{9}", s.replace(" ", ""))),
    "EPIC voter id (format)": lambda s: bool(re.fullmatch(r"[A-Z]{3}\d{7}", s.replace(" ", ""))),
    "Dutch passport (format)": lambda s: bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s.replace(" ", ""))),
    "Australian passport (format)": lambda s: bool(re.fullmatch(r"[A-Z]{1,2}\d{7}", s.replace(" ", ""))),
}
SCHEMES = {
    "us": [("US SSN (area/group/serial)", ic.valid_ssn)],
    "uk": [("UK NINO (prefix/suffix rules)", ic.valid_nino), ("NHS number (mod 11)", ic.valid_nhs),
           ("UK passport (format)", FORMAT_ONLY["UK passport (format)"])],
    "de": [("Steuer-ID (ISO 7064 mod 11,10 + digit rule)", ic.valid_steuerid),
           ("Sozialversicherungsnummer (check digit)", ic.valid_sv)],
    "fr": [("NIR (key 97 - n mod 97)", ic.valid_nir)],
    "br": [("CPF (two mod-11 digits)", ic.valid_cpf), ("RG-SP (mod 11 digit)", ic.valid_rg_sp)],
    "es": [("DNI (mod 23 letter)", ic.valid_dni), ("NIE (mod 23 letter)", ic.valid_nie),
           ("NSS (mod 97)", ic.valid_nss_es)],
    "it": [("Codice Fiscale (check character)", ic.valid_cf),
           ("Italian CIE (format)", FORMAT_ONLY["Italian CIE (format)"])],
    "nl": [("BSN (11-proof)", ic.valid_bsn), ("Dutch passport (format)", FORMAT_ONLY["Dutch passport (format)"])],
    "in": [("Aadhaar (Verhoeff)", ic.valid_aadhaar),
           ("PAN (format, 5th letter = surname initial)", FORMAT_ONLY["PAN (format, 5th letter = surname initial)"]),
           ("Indian passport (format)", FORMAT_ONLY["Indian passport (format)"]),
           ("EPIC voter id (format)", FORMAT_ONLY["EPIC voter id (format)"])],
    "au": [("TFN (weighted mod 11)", ic.valid_tfn), ("Medicare (weighted mod 10)", ic.valid_medicare),
           ("Australian passport (format)", FORMAT_ONLY["Australian passport (format)"])],
}
DIGIT_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ \-]?\d){11,18}(?![\dA-Za-z])")


def parse(path):
    snippets = []
    cur = None
    for lineno, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if line.startswith("%%"):
            continue
        if line.startswith("==="):
            m = HEADER.match(line)
            if not m:
                raise SystemExit(f"{path}:{lineno}: bad header {line!r}")
            cur = {"kind": m.group(1), "locale": m.group(2), "nn": int(m.group(3)),
                   "id": f"{m.group(2)}-{m.group(3)}-{m.group(4)}", "lines": [], "line": lineno}
            snippets.append(cur)
            continue
        if cur is None:
            if line.strip():
                raise SystemExit(f"{path}:{lineno}: text outside a snippet")
            continue
        cur["lines"].append((lineno, line))
    return snippets


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    root = args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    errors, warnings, notes = [], [], []
    table = OrderedDict()
    schemes_seen = Counter()
    card_lengths = Counter()
    for loc in LOCALES:
        path = os.path.join(root, f"{loc}.txt")
        if not os.path.exists(path):
            warnings.append(f"{loc}.txt missing")
            continue
        snippets = parse(path)
        counts = Counter()
        counts["snippets"] = len(snippets)
        seen_ids = set()
        for i, sn in enumerate(snippets, 1):
            if sn["locale"] != loc:
                errors.append(f"{path}:{sn['line']}: id {sn['id']} not in locale {loc}")
            if sn["nn"] != i:
                warnings.append(f"{path}:{sn['line']}: id {sn['id']} expected number {i:02d}")
            if sn["id"] in seen_ids:
                errors.append(f"{path}:{sn['line']}: duplicate id {sn['id']}")
            seen_ids.add(sn["id"])
            counts[sn["kind"]] += 1
            keep = 0
            entities = 0
            stripped_lines = []
            for lineno, line in sn["lines"]:
                for m in MARK.finditer(line):
                    kind, text = m.group(1), m.group(2)
                    where = f"{path}:{lineno}"
                    if text != text.strip() or not text:
                        errors.append(f"{where}: marker text has outer spaces or is empty: {m.group(0)!r}")
                    if kind == "KEEP":
                        keep += 1
                        counts["KEEP"] += 1
                        continue
                    if kind not in KINDS:
                        errors.append(f"{where}: unknown kind {kind}")
                        continue
                    entities += 1
                    counts[kind] += 1
                    if kind == "CARD":
                        d = ic.digits(text)
                        sch = ic.card_scheme(text)
                        if not ic.valid_luhn(text) or not 12 <= len(d) <= 19 or not sch:
                            errors.append(f"{where}: bad card {text!r} luhn={ic.valid_luhn(text)} len={len(d)} schemes={sch}")
                        card_lengths[len(d)] += 1
                        schemes_seen[f"card {len(d)}: {'/'.join(sch)}"] += 1
                        if verbose:
                            print(f"  {sn['id']}: CARD {text} -> {len(d)} digits, {'/'.join(sch)}")
                    if kind == "SSN":
                        ok = [n for n, f in SCHEMES[loc] if f(text)]
                        if not ok:
                            errors.append(f"{where}: SSN {text!r} fails every {loc} scheme")
                        else:
                            schemes_seen[ok[0]] += 1
                            if verbose:
                                print(f"  {sn['id']}: SSN {text} -> {ok[0]}")
                rest = MARK.sub(lambda m: m.group(2), line)
                if "{{" in rest or "}}" in rest:
                    errors.append(f"{path}:{lineno}: stray braces: {line!r}")
                stripped_lines.append((lineno, line, rest))
            # accidental Luhn-valid numbers outside CARD markers
            for lineno, line, rest in stripped_lines:
                masked = MARK.sub(lambda m: ("#" * len(m.group(2))) if m.group(1) in ("CARD", "KEEP") else m.group(2), line)
                for m in DIGIT_RUN.finditer(masked):
                    run = m.group(0)
                    d = ic.digits(run)
                    if 12 <= len(d) <= 19 and ic.valid_luhn(d):
                        warnings.append(f"{path}:{lineno}: unmarked Luhn-valid digit run {run!r}")
                for m in MARK.finditer(line):
                    if m.group(1) != "KEEP":
                        continue
                    for r in DIGIT_RUN.finditer(m.group(2)):
                        d = ic.digits(r.group(0))
                        if 12 <= len(d) <= 19 and ic.valid_luhn(d):
                            notes.append(f"{path}:{lineno}: KEEP holds a Luhn-valid non-card number {r.group(0)!r} (intended trap)")
            if entities == 0:
                counts["negatives"] += 1
            if not 2 <= keep <= 5:
                warnings.append(f"{path}:{sn['line']}: {sn['id']} has {keep} KEEP markers")
        table[loc] = counts
    cols = ["snippets", "resume", "job", "negatives"] + KINDS + ["entities", "KEEP"]
    for c in table.values():
        c["entities"] = sum(c[k] for k in KINDS)
    print("| locale | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    total = Counter()
    for loc, c in table.items():
        total.update(c)
        print(f"| {loc} | " + " | ".join(str(c[k]) for k in cols) + " |")
    print("| **all** | " + " | ".join(str(total[k]) for k in cols) + " |")
    print()
    print("Card lengths: " + ", ".join(f"{k}: {v}" for k, v in sorted(card_lengths.items())))
    print("Schemes: ")
    for k, v in sorted(schemes_seen.items()):
        print(f"  {k}: {v}")
    for n in notes:
        print("NOTE", n)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
