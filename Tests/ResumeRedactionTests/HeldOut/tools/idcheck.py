"""Checksum generators and validators for the held-out PII corpus.

Only the public, documented check rules of each scheme are implemented here.
Every function named valid_* takes the text as written (separators allowed)
and returns True/False; every make_* returns a valid value.
"""
import random
import re

DIGITS = re.compile(r"\D")


def digits(s):
    return DIGITS.sub("", s)


# --------------------------------------------------------------- Luhn (cards)
def luhn_sum(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def valid_luhn(s):
    d = digits(s)
    return len(d) >= 2 and luhn_sum(d) % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_sum(partial + c) % 10 == 0:
            return partial + c


def make_card(prefix, length, rnd):
    body = prefix + "".join(rnd.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


CARD_SCHEMES = [
    # (name, prefix regex, allowed lengths)
    ("Amex", r"3[47]", {15}),
    ("Diners", r"(30[0-5]|36|38|39)", {14, 16}),
    ("JCB", r"35(2[89]|[3-8]\d)", {16, 17, 18, 19}),
    ("Visa", r"4", {13, 16, 19}),
    ("Mastercard", r"(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)", {16}),
    ("Discover", r"(6011|64[4-9]|65)", {16, 17, 18, 19}),
    ("UnionPay", r"62", {16, 17, 18, 19}),
    ("Maestro", r"(5018|5020|5038|5893|6304|6759|676[1-3]|0604|6390)", set(range(12, 20))),
    ("Elo", r"(401178|401179|438935|457631|457632|431274|451416|457393|504175|506699|5067|509|627780|636297|636368|650)", {16}),
    ("Hipercard", r"(606282|3841)", {16, 19}),
    ("RuPay", r"(508|60[6-8]|652|81|82|353|356)", {16}),
]


def card_scheme(s):
    d = digits(s)
    found = []
    for name, pre, lengths in CARD_SCHEMES:
        if re.match(pre, d) and len(d) in lengths:
            found.append(name)
    return found


# ------------------------------------------------------------------ Brazil
def cpf_digits(nine):
    ds = [int(c) for c in nine]
    s = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    ds.append(d1)
    s = sum(d * w for d, w in zip(ds, range(11, 1, -1)))
    d2 = (s * 10) % 11 % 10
    return f"{d1}{d2}"


def valid_cpf(s):
    d = digits(s)
    if len(d) != 11 or len(set(d)) == 1:
        return False
    return cpf_digits(d[:9]) == d[9:]


def make_cpf(rnd, fmt=True):
    nine = "".join(rnd.choice("0123456789") for _ in range(9))
    d = nine + cpf_digits(nine)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}" if fmt else d


def rg_sp_check(eight):
    s = sum(int(c) * w for c, w in zip(eight, range(2, 10)))
    r = 11 - (s % 11)
    return {10: "X", 11: "0"}.get(r, str(r))


def valid_rg_sp(s):
    t = re.sub(r"[^0-9Xx]", "", s).upper()
    return len(t) == 9 and t[:8].isdigit() and rg_sp_check(t[:8]) == t[8]


def make_rg_sp(rnd):
    e = "".join(rnd.choice("0123456789") for _ in range(8))
    t = e + rg_sp_check(e)
    return f"{t[:2]}.{t[2:5]}.{t[5:8]}-{t[8]}"


def pis_check(ten):
    w = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return "0" if r >= 10 else str(r)


def valid_pis(s):
    d = digits(s)
    return len(d) == 11 and pis_check(d[:10]) == d[10]


def make_pis(rnd):
    t = "1" + "".join(rnd.choice("0123456789") for _ in range(9))
    d = t + pis_check(t)
    return f"{d[:3]}.{d[3:8]}.{d[8:10]}-{d[10]}"


# ------------------------------------------------------------- Netherlands
def valid_bsn(s):
    d = digits(s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0 and d != "000000000"


def make_bsn(rnd):
    while True:
        e = "".join(rnd.choice("0123456789") for _ in range(8))
        if e[0] == "0":
            continue
        r = sum(int(c) * w for c, w in zip(e, range(9, 1, -1))) % 11
        if r < 10:
            return e + str(r)


# ------------------------------------------------------------------- Italy
CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CF_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))
CF_EVEN = {c: i for i, c in enumerate("0123456789")}
CF_EVEN.update({c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
CF_MONTH = "ABCDEHLMPRST"
VOWELS = "AEIOU"


def cf_check(fifteen):
    s = 0
    for i, c in enumerate(fifteen):
        s += CF_ODD[c] if i % 2 == 0 else CF_EVEN[c]
    return chr(ord("A") + s % 26)


def valid_cf(s):
    t = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]", t)) and cf_check(t[:15]) == t[15]


def _letters(name):
    import unicodedata
    n = unicodedata.normalize("NFD", name.upper())
    return "".join(c for c in n if "A" <= c <= "Z")


def cf_surname(s):
    s = _letters(s)
    cons = [c for c in s if c not in VOWELS]
    vow = [c for c in s if c in VOWELS]
    return ("".join(cons + vow) + "XXX")[:3]


def cf_name(s):
    s = _letters(s)
    cons = [c for c in s if c not in VOWELS]
    if len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    vow = [c for c in s if c in VOWELS]
    return ("".join(cons + vow) + "XXX")[:3]


def make_cf(surname, name, year, month, day, female, belfiore):
    dd = day + (40 if female else 0)
    f = f"{cf_surname(surname)}{cf_name(name)}{year % 100:02d}{CF_MONTH[month - 1]}{dd:02d}{belfiore}"
    return f + cf_check(f)


# ------------------------------------------------------------------- Spain
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def valid_dni(s):
    t = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", t)
    return bool(m) and DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)


def valid_nie(s):
    t = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", t)
    if not m:
        return False
    n = int("XYZ".index(m.group(1)).__str__() + m.group(2))
    return DNI_LETTERS[n % 23] == m.group(3)


def make_dni(rnd):
    n = rnd.randrange(10_000_000, 99_999_999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def make_nie(rnd, first="X"):
    n = rnd.randrange(1_000_000, 9_999_999)
    return f"{first}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(first)) + f'{n:07d}') % 23]}"


def valid_nss_es(s):
    d = digits(s)
    if len(d) != 12:
        return False
    return int(d[:10]) % 97 == int(d[10:])


def make_nss_es(rnd, province=28):
    n = rnd.randrange(10_000_000, 99_999_999)
    first = f"{province:02d}{n:08d}"
    return f"{first[:2]}/{first[2:]}/{int(first) % 97:02d}"


# ------------------------------------------------------------------- India
V_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
V_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
V_INV = [0,4,3,2,1,5,6,7,8,9]


def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[(i + 1) % 8][int(ch)]]
    return str(V_INV[c])


def valid_aadhaar(s):
    d = digits(s)
    return len(d) == 12 and d[0] in "23456789" and verhoeff_valid(d)


def make_aadhaar(rnd):
    # also require it to FAIL Luhn, so it can't be mistaken for a 12-digit Maestro card
    while True:
        e = rnd.choice("23456789") + "".join(rnd.choice("0123456789") for _ in range(10))
        d = e + verhoeff_digit(e)
        if valid_aadhaar(d) and not valid_luhn(d):
            return f"{d[:4]} {d[4:8]} {d[8:]}"


def valid_pan(s, surname=None):
    t = s.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", t):
        return False
    return surname is None or t[4] == surname[0].upper()


# ---------------------------------------------------------------- France
def valid_nir(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[12]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d\d|2A|2B)\d{6}\d\d", d):
        return False
    body = d[:13].replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(d[13:])


def make_nir(sex, yy, mm, dept, commune, order):
    body = f"{sex}{yy:02d}{mm:02d}{dept:02d}{commune:03d}{order:03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


# ------------------------------------------------------------------- UK
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def valid_nino(s):
    t = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", t)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in NINO_BAD_PREFIX


def valid_nhs(s):
    d = digits(s)
    if len(d) != 10:
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1))) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


def make_nhs(rnd):
    while True:
        e = "".join(rnd.choice("0123456789") for _ in range(9))
        r = 11 - sum(int(c) * w for c, w in zip(e, range(10, 1, -1))) % 11
        r = 0 if r == 11 else r
        if r != 10 and e[0] != "0":
            d = e + str(r)
            return f"{d[:3]} {d[3:6]} {d[6:]}"


# ------------------------------------------------------------------- US
def valid_ssn(s):
    d = digits(s)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    if area == 0 or area == 666 or area >= 900 or group == 0 or serial == 0:
        return False
    return d not in {"078051120", "219099999", "123456789"}


def make_ssn(rnd):
    while True:
        a = rnd.randrange(1, 900)
        g = rnd.randrange(1, 100)
        s = rnd.randrange(1, 10000)
        t = f"{a:03d}-{g:02d}-{s:04d}"
        if valid_ssn(t):
            return t


# -------------------------------------------------------------- Australia
TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def valid_tfn(s):
    d = digits(s)
    return len(d) == 9 and sum(int(c) * w for c, w in zip(d, TFN_W)) % 11 == 0


def make_tfn(rnd):
    while True:
        e = "".join(rnd.choice("0123456789") for _ in range(8))
        for last in "0123456789":
            if valid_tfn(e + last) and e[0] != "0":
                d = e + last
                return f"{d[:3]} {d[3:6]} {d[6:]}"


def valid_medicare(s):
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(c) * x for c, x in zip(d[:8], w)) % 10 == int(d[8])


def make_medicare(rnd):
    e = rnd.choice("23456") + "".join(rnd.choice("0123456789") for _ in range(7))
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(c) * x for c, x in zip(e, w)) % 10
    d = e + str(c) + rnd.choice("123456789")
    return f"{d[:4]} {d[4:9]} {d[9]}"


def valid_abn(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 11:
        return False
    d[0] -= 1
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    return sum(a * b for a, b in zip(d, w)) % 89 == 0


def make_abn(rnd):
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        tail = [rnd.randrange(10) for _ in range(9)]
        for a in range(1, 10):
            for b in range(10):
                d = [a - 1, b] + tail
                if sum(x * y for x, y in zip(d, w)) % 89 == 0:
                    s = f"{a}{b}" + "".join(map(str, tail))
                    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


# ---------------------------------------------------------------- Germany
def steuerid_check(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def valid_steuerid(s):
    d = digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = {}
    for c in d[:10]:
        counts[c] = counts.get(c, 0) + 1
    multi = [c for c, n in counts.items() if n > 1]
    if len(multi) != 1 or counts[multi[0]] > 3:
        return False
    if counts[multi[0]] == 3 and multi[0] * 3 in d[:10]:
        return False
    return steuerid_check(d[:10]) == d[10]


def make_steuerid(rnd):
    while True:
        pool = list("0123456789")
        rnd.shuffle(pool)
        ten = pool[:9]
        ten.append(rnd.choice(ten))
        rnd.shuffle(ten)
        t = "".join(ten)
        if t[0] == "0":
            continue
        d = t + steuerid_check(t)
        if valid_steuerid(d):
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


SV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def sv_check(area, ddmmyy, letter, serial):
    letter_num = f"{ord(letter.upper()) - 64:02d}"
    s = f"{area}{ddmmyy}{letter_num}{serial}"
    total = 0
    for c, w in zip(s, SV_W):
        p = int(c) * w
        total += p // 10 + p % 10
    return str(total % 10)


def valid_sv(s):
    t = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", t)
    return bool(m) and sv_check(m.group(1), m.group(2), m.group(3), m.group(4)) == m.group(5)


def make_sv(area, ddmmyy, letter, serial):
    return f"{area} {ddmmyy} {letter} {serial}{sv_check(area, ddmmyy, letter, serial)}"


# ---------------------------------------------------------------- IBAN
def valid_iban(s):
    t = s.replace(" ", "").upper()
    r = t[4:] + t[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(country, bban):
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(n) % 97
    t = f"{country}{ck:02d}{bban}"
    return " ".join(t[i:i + 4] for i in range(0, len(t), 4))
