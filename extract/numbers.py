"""Find number tokens in English text: digits, spelled-out numbers, fractions and vague amounts.

Each token carries its value and form; units, qualifiers and ranges are read around it elsewhere.
"""

import re
from dataclasses import dataclass

from extract.language_data import rule
from extract.vocabulary import MONTH_WORDS_OR_ABBREVIATIONS

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
          "crores": 10_000_000, "mln": 1_000_000, "bln": 1_000_000_000}
# Scale letters glued to digits in news style: "$2.5bn", "168.6m passengers", "5k", "RM3mil"; a lone "b" only after a
# currency sign ("$4.2b").
SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mil": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
            "tn": 1_000_000_000_000}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
             "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
         "tens of thousands": 20_000, "hundreds of thousands": 200_000, "tens of millions": 20_000_000,
         "hundreds of millions": 200_000_000, "several dozen": 24, "several hundred": 200,
         "several thousand": 2_000, "several million": 2_000_000, "several hundred thousand": 200_000,
         "a few dozen": 24, "a few hundred": 200, "a few thousand": 2_000, "a few million": 2_000_000,
         "a few hundred thousand": 200_000}
MULTIPLIER_WORDS = {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4, "doubled": 2, "tripled": 3, "quadrupled": 4,
                    "quintupled": 5, "doubling": 2, "tripling": 3}
# Vulgar fractions written after a whole number ("8 1/2-year sentence", "6½ years").
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "1/2": 0.5, "1/4": 0.25, "3/4": 0.75}
# "a" or "half a" before a scale word or "dozen" ("more than a thousand", "a dozen activists", "more than a lakh").
A_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
           "lakh": 100_000, "crore": 10_000_000}

_ONE = "|".join(sorted(ONES, key=len, reverse=True))
_TEN = "|".join(TENS)
_SMALL = rf"(?:(?:{_TEN})(?:[- ](?:{_ONE}))?|{_ONE})"
_WORDNUM = rf"{_SMALL}(?:[- ]hundred(?:(?:\ and)?[- ]{_SMALL})?)?"
# News style may glue the scale to the digits ("£700million", "around 4.2million").
_SCALE = (r"(?:[ -](?:hundred(?:[ ](?:thousand|million|billion))?|thousand|million|billion|trillion|lakhs?|crores?|"
          r"mln|bln)|(?<=\d)(?:thousand|million|billion|trillion)\b)")
_SUFFIX = r"(?:bn|mn|tn|mil|m|k)\b(?![-–](?:[a-z]))"
# A decimal may open on its point (".500 record", ".004 per cent").
# Non-breaking and thin spaces separate thousands ("12\u00a0500"); a plain space does too when a word or unit
# follows the groups ("8 300 fled", "150 000 tenge") or a currency sign opens them ("Z$36 000 (R90)"), but not between
# the columns of a flattened table ("120 340").
# After a currency sign, a comma before six digits leaves out the separator between them ("£6,031200" is 6,031,200).
# South Asian text groups lakhs and crores by two digits ("12,34,500" is 1,234,500).
# Groups separated by dots or plain spaces are bounded (at most eight), so a long run of them is not rescanned
# from every digit.
_THIN = "\u00a0\u2009\u202f"
_DIGITS = (r"(?<![\d,])\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d|,\d)|"
           rf"\d{{1,3}}(?:,[ ]?\d{{3}})+(?:\.\d+)?(?!\d)|\d{{1,3}}(?:[{_THIN}]\d{{3}})+(?:[.,]\d+)?(?![\d{_THIN}])"
           r"|\d{1,3}(?:\.\d{3}){2,8}(?![\d.])|(?<![\d.,])\d{1,3}(?:[ ]\d{3}){1,8}(?![\d])(?=\s?[A-Za-z€$£%])"
           r"|(?<=[$€£₸])\d{1,3}(?:[ ]\d{3}){1,8}(?![\d])|(?<=[$€£₸])\d{1,3}(?:,\d{3})*,\d{6}(?![\d,])"
           r"|\d+(?:\.\d+)?(?![\d])|(?<![\w.,])\.\d+(?![\d])")
_FRAC = r"(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|tenths?)"
# "1/16 of a pint", "1⁄32 of a quart": a fraction in digits, over a denominator that cannot be a day or month of a
# date, before a word.
SLASH_DENOMINATORS = {2, 3, 4, 8, 16, 32, 64, 100, 128}
_SLASH = r"(?<![\w/.,⁄-])\d{1,2}\s?[/⁄]\s?\d{1,3}(?![\w/.,⁄-])(?=\s+[a-z])"
# "2.998×10−8", "6.02 x 10^23", "1.5×10⁻⁹": scientific notation, its exponent signed or raised.
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SCIENTIFIC = r"\d+(?:\.\d+)?\s?[×x]\s?10(?:\^\s?[−-]?\d{1,3}|[−-]\d{1,3}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\d.])"
_HALF = r"(?:[- ]and[- ](?:(?:one|a)[- ])?half)"
# "its seventy-sixth session", "the twenty-first century": a tens word joined to an ordinal is an ordinal, a rank or a
# name, never a number ("sixty-third" is no fraction); it is read as a token of its own so that no number is found in
# it.
# "twenty first-time offenders" counts twenty.
_ORDINAL_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b"
_COMPOUND_ORDINAL = rf"\b(?:{_TEN})(?:-{_ORDINAL_WORD}|\ {_ORDINAL_WORD}(?!-))"

# "a year's imprisonment", "sentenced to a month": the article counting one unit of a prison term.
_A_TERM = rule("en", "durations", "duration.a_term").pattern.pattern
# Every kind of token starts at a digit, a point, the article "a" before a space or hyphen ("a dozen", "a-third"),
# or a word that opens a spelled-out number, vague amount, fraction or multiplier: the lookahead before the
# alternatives tries them only where a word starts with the first two letters of one of those words, not at every
# word (most words of a text), which halves the scan.
_OPENING_WORDS = (*ONES, *TENS, *FRACTIONS, *(amount.split()[0] for amount in VAGUE), *MULTIPLIER_WORDS)
_TOKEN_START = rf"(?=[\d.]|\b(?:{'|'.join(sorted({word[:2] for word in _OPENING_WORDS}))}|a[\ -]|an\ ))"
TOKEN = re.compile(
    rf"""{_TOKEN_START}(?:(?P<scientific>{_SCIENTIFIC})
    |(?P<slash>{_SLASH})
    |(?P<ordinal>{_COMPOUND_ORDINAL})
    |(?P<mixed>(?:{_DIGITS}|\b{_WORDNUM}){_HALF})\b
    |(?P<vulgar>\d+(?:\s?[½¼¾]|[ -](?:1/2|1/4|3/4)(?![\d/])))
    |(?P<ascale>\b(?:half\ a|a)\ (?:hundred(?:\ thousand)?|thousand|million|billion|dozen|lakh|crore)\b
        |\b(?:{_SMALL})\ dozen\b)
    |(?P<fraction>\b(?:{_SMALL}|a)(?:-{_FRAC}|\ (?:half|halves|quarters?|thirds|fourths|fifths|tenths)
        |\ (?:third|fourth|fifth|sixth|tenth)(?=\s+of\b))\b)
    |(?P<vague>\b(?:(?:several|a\ few)\ (?:dozen|hundred(?:\ thousand)?|thousand|million)(?!\ (?:thousand|million|billion))
        |(?:tens|hundreds)\ of\ (?:thousands|millions)|dozens|scores(?=\ of\b)|hundreds|thousands|millions)\b)
    |(?P<multiplier>\b(?:twice|thrice|doubled|tripled|quadrupled|quintupled)\b
        |\b(?:double|triple|quadruple)(?=\ (?:that|this|the|its|their)\ (?:number|figure|amount|total|rate|level)\b)
        |\b(?:doubling|tripling)(?=\ (?:in|of)\b))
    |(?P<half>(?<!\bfirst\ )(?<!\bsecond\ )(?<!\blatter\ )(?<!\blast\ )(?<!\bother\ )(?<!\bformer\ )
        \bhalf(?=\ (?:of|the|its|their|all|this|that|these|those)\b)
        |(?:(?<=\babout\ )|(?<=\baround\ )|(?<=\bnearly\ )|(?<=\balmost\ )|(?<=\bup\ to\ )|(?<=\bover\ )
        |(?<=\bmore\ than\ )|(?<=\bless\ than\ )|(?<=\bunder\ )|(?<=\broughly\ )|(?<=\bapproximately\ )
        |(?<=\bat\ least\ ))half\b(?![\ -](?:a|an|hour|day|year|month|century|decade|time|way)\b))
    |(?P<aterm>{_A_TERM})
    |(?P<signed_billions>(?<=[$€£])\d{{1,4}}(?:\.\d+)?b\b)
    |(?P<digits>(?:{_DIGITS})(?:{_SCALE}(?:\b|(?=\d{{1,2}}\b))|{_SUFFIX})?)
    |(?P<words>\b{_WORDNUM}(?:{_SCALE}(?:[ ]{_WORDNUM}{_SCALE})*)?(?=\b|fold))
    |(?P<glued>\b(?:{_SMALL})(?=fold\b)))
    """,
    re.IGNORECASE | re.VERBOSE,
)

_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_WORDS_OR_ABBREVIATIONS})\.?\s+$")


@dataclass(frozen=True)
class Number:
    """A number token: offsets into the text, its value and how it was written."""

    start: int
    end: int
    value: float
    form: str  # digits, words, fraction, mixed, vague, multiplier


# What separates the words of a spelled-out number.
_WORD_BREAKS = re.compile(r"[\s-]+")


def words_value(text: str) -> float | None:
    """Value of a spelled-out number ("twenty-five", "two hundred", "nine million")."""
    total, current, seen = 0, 0, False
    for word in _WORD_BREAKS.split(text.lower().strip()):
        if word == "and" or not word:
            continue
        if word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def digits_value(text: str) -> float:
    """Value of a digit string with optional separators and scale word or letters ("54, 000", "1.2 million",
    "2.5bn")."""
    if text.isdecimal():
        return float(text)
    text = text.strip().lower()
    glued = re.fullmatch(r"([\d.,\s]+?)(bn|mn|tn|mil|m|k|b)", text)
    if glued:
        return _grouped_value(glued.group(1)) * SUFFIXES[glued.group(2)]
    parts = re.split(r"[ -]*(?=[a-z])", text, maxsplit=1)
    value = _grouped_value(parts[0])
    for scale in parts[1].split() if len(parts) == 2 else ():
        value *= SCALES[scale]
    return value


def slash_value(text: str) -> float | None:
    """Value of a fraction in digits ("1/16" -> 0.0625), or None when it is no proper fraction or its denominator may
    be part of a date ("24/7", "5/12")."""
    num, den = (int(part) for part in re.split(r"\s?[/⁄]\s?", text))
    if num >= den or num == 0 or "⁄" not in text and den not in SLASH_DENOMINATORS:
        return None
    return num / den


def scientific_value(text: str) -> float | None:
    """Value of a number in scientific notation ("2.998×10−8" -> 2.998e-08), or None when it is out of range."""
    mantissa, exponent = re.split(r"\s?[×x]\s?10\^?\s?", text.translate(_SUPERSCRIPTS).replace("−", "-"), maxsplit=1)
    value = float(f"{mantissa}e{exponent}")
    return value if 0 < value < float("inf") else None


def _grouped_value(number: str) -> float:
    """Value of digits grouped by commas, spaces or dots ("1.234.567") with an optional decimal part."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", number):
        number = number.replace(".", "")
    elif re.search(r"\d[\u00a0\u2009\u202f]\d", number):
        number = number.replace(",", ".")
    return float(re.sub(r"[,\s]", "", number))


def fraction_value(text: str) -> float:
    """Value of a fraction word pair as a share of one ("one-third" -> 0.333, "two-thirds" -> 0.667)."""
    num, den = re.split(r"[- ]", text.lower().strip(), maxsplit=1)
    numerator = 1 if num == "a" else (words_value(num) or 1)
    return numerator / FRACTIONS[den]


def _value(kind: str, text: str) -> float | None:
    """Value of a token of the given TOKEN group, or None when its words do not make a number."""
    if kind in ("digits", "signed_billions"):
        return digits_value(text)
    if kind in ("words", "glued"):
        return words_value(text)
    if kind == "fraction":
        return fraction_value(text)
    if kind == "slash":
        return slash_value(text)
    if kind == "scientific":
        return scientific_value(text)
    if kind == "vague":
        return float(VAGUE[re.sub(r"\s+", " ", text.lower())])
    if kind == "multiplier":
        return float(MULTIPLIER_WORDS[text.lower()])
    if kind == "half":
        return 0.5
    if kind == "aterm":
        return 1.0
    if kind == "vulgar":
        whole, frac = re.fullmatch(r"(\d+)[\s-]?(\S+)", text).groups()
        return float(whole) + VULGAR[frac]
    if kind == "ascale":
        return _ascale_value(text)
    if kind == "mixed":
        whole = re.split(r"[- ]and[- ]", text, maxsplit=1)[0]
        base = digits_value(whole) if whole[0].isdigit() else words_value(whole)
        return None if base is None else base + 0.5
    return None


def _ascale_value(text: str) -> float | None:
    """Value of "a thousand", "a hundred thousand", "half a dozen", "two dozen"."""
    words = text.lower().split()
    if words[0] == "half":
        return A_SCALE[words[-1]] / 2
    if words[0] == "a":
        return float(A_SCALE[words[1]] * (1_000 if words[-1] == "thousand" and len(words) == 3 else 1))
    count = words_value(" ".join(words[:-1]))
    return None if count is None else count * 12


def _split_comma_space(text: str, start: int, match: re.Match) -> int:
    """End of a digit token, undoing a "54, 000" join that is really a date or a list ("June 5, 300", "922, 901 and
    1,182 cases": a number after it continues the list, and no item of a list opens with a zero)."""
    raw = match.group(0)
    if ", " not in raw:
        return match.end()
    if _MONTH_BEFORE.search(text[max(0, start - 12):start]) or re.search(r"\d,\s?$", text[max(0, start - 6):start]) \
            or _LIST_GOES_ON.match(text, match.end()) and raw[raw.index(",") + 1:].lstrip()[:1] != "0":
        return start + raw.index(",")
    return match.end()


# What follows the last item of a list of numbers but one: "922, 901 and 1,182", "12, 450, or 800".
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s+\d|,\s?\d")


_FORMS = {"glued": "words", "ascale": "words", "aterm": "words", "vulgar": "mixed", "half": "fraction",
          "slash": "fraction", "scientific": "digits", "signed_billions": "digits"}


def find_numbers(text: str) -> list[Number]:
    """All number tokens in text, left to right, non-overlapping."""
    out = []
    pos = 0
    while True:
        m = TOKEN.search(text, pos)
        if not m:
            break
        kind = m.lastgroup
        start, end = m.start(), m.end()
        if kind == "digits":
            end = _split_comma_space(text, start, m)
        token = text[start:end]
        value = _value(kind, token)
        if value is not None:
            number = Number(start, end, value, _FORMS.get(kind, kind))
            out.append(_joined_scales(text, out.pop(), number) if out and _joined_scales(text, out[-1], number)
                       else number)
        pos = end
    return out


_SCALE_WORD_END = re.compile(r"\s(thousand|million|billion|trillion|lakhs?|crores?)$", re.IGNORECASE)


def _joined_scales(text: str, first: Number, second: Number) -> Number | None:
    """One number written as scaled parts, largest first: "1 million 410 thousand" is 1,410,000, and "248 thousand
    300" (the last part in plain digits, below the scale before it) is 248,300."""
    if first.form != "digits" or second.form != "digits" or text[first.end:second.start] != " ":
        return None
    big, small = _SCALE_WORD_END.search(text[first.start:first.end]), _SCALE_WORD_END.search(
        text[second.start:second.end])
    if not big or small and SCALES[small.group(1).lower()] >= SCALES[big.group(1).lower()]:
        return None
    if not small and not (text[second.start:second.end].isdecimal() and first.value.is_integer()):
        return None
    if second.value >= SCALES[big.group(1).lower()]:
        return None
    return Number(first.start, second.end, first.value + second.value, "digits")
