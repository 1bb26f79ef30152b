"""Group number tokens into figure mentions: qualifier + number(s) + unit, ranges, compound durations,
and a foreign-currency amount together with the dollar equivalent the text gives in brackets.

Works on one paragraph's text; offsets are relative to that text.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from extract.budget import Budget
from extract.countries_named import country_names
from extract.cues import REPEATED_ACTION_BEFORE
from extract.density import DensityIndex
from extract.measures import metres_before_feet
from extract.nonfigures import bare_reason, provision_reason, reason_not_figure
from extract.numbers import SUFFIXES, Number, digits_value, find_numbers
from extract.qualifiers import limit_after_unit, or_more_after, qualifier_before
from extract.reach import sentence_reach
from extract.duration_days import DURATION_DAYS
from extract.language_data import rule
from extract.units import Unit, currency_before, unit_after

MAX_MENTION = 160

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|-to-|through|until|or)\s*$", re.IGNORECASE)
_AND_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and|,)\s*$", re.IGNORECASE)
# "no fewer than 6 but no more than 12 days": two bounds joined by a qualifier share the unit after the second.
_BOUND_JOIN = re.compile(r"^\s*,?\s*(?:but|and|or)\s+(?:(?:no|not)\s+(?:less|more|fewer|longer|shorter)\s+than|"
                         r"at\s+(?:least|most))\s*$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+ages?\s+of\s+)?(?:[$€£]\s?)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "from 320 sq ft up to 640 sq ft": after "from", "up to" closes a range.
_UP_TO_JOIN = re.compile(r"^\s*up\s+to\s*$", re.IGNORECASE)
_OR_JOIN = re.compile(r"^\s*or\s*$", re.IGNORECASE)
_EITHER_BEFORE = re.compile(r"\beither\s+(?:[$€£]\s?)?$", re.IGNORECASE)
# "not less than $10 nor more than $80": a law's lower and upper bounds of one amount make a range.
_LOW_BOUND_BEFORE = re.compile(r"\b(?:not|no)\s+less\s+than\s+(?:[$€£]\s?)?$", re.IGNORECASE)
_HIGH_BOUND_JOIN = re.compile(r"^\s*,?\s*(?:and|nor|or|but)\s+(?:(?:not|no)\s+)?(?:more|greater|higher)\s+than\s*$",
                              re.IGNORECASE)
# "one in five", "one of ten"; any count before "in every" or "of every" ("three of every four"), or "out of" a
# number up to ten ("seven out of ten"; "ranked 140 out of 160 countries" is a rank).
_ONE_IN_N_GAP = re.compile(r"\s+(?:of|in|out\s+of)\s+", re.IGNORECASE)
_N_IN_EVERY_GAP = re.compile(r"\s+(?:in|of|out\s+of)\s+every\s+", re.IGNORECASE)
_N_OUT_OF_GAP = re.compile(r"\s+out\s+of\s+", re.IGNORECASE)
_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d")
# "rose from 27 to 65", "rose by 11% from 4.4 to 4.9", "doubled since 2013 from 0.6 to 1.3", "an increase in deaths over
# the period, from 2,602 to 2,711" state two figures, before and after a change, not a range.
_CHANGE_FROM = re.compile(r"\b(?:ris(?:e|es|ing|en)|rose|increas\w*|decreas\w*|fell|fall(?:s|ing|en)?|grew|grow\w*|"
                          r"drop\w*|declin\w*|jump\w*|climb\w*|soar\w*|doubl\w*|reduc\w*|cut|rais\w*|lower\w*|"
                          r"went\s+up|went\s+down)\s+(?:[\w%]+\s+){0,3}?from\s+$|"
                          r"\b(?:extend|shorten|lengthen|enhanc|hik|revis|commut|increas|reduc|rais|lower)\w*\s+"
                          r"(?:[\w’'%-]+\s+){0,8}?(?:[\w’'%-]+,\s+)?from\s+$", re.IGNORECASE)
# "increased by $12.4 billion to $305.8 billion" states the change and the new level, each with its unit; "by 5 to
# 10 percent", with the unit written once, is a range of changes.
_CHANGE_BY = re.compile(r"\b(?:ris(?:e|es|ing|en)|rose|increas\w*|decreas\w*|fell|fall(?:s|ing|en)?|grew|grow\w*|"
                        r"drop\w*|declin\w*|jump\w*|climb\w*|soar\w*|reduc\w*|cut|rais\w*|lower\w*|gain\w*|"
                        r"lost|los\w+)\s+by\s+(?:[$€£]\s?)?$", re.IGNORECASE)
# "a maximum age limit of 70 years", "the retirement age is 63 years": years after an age word are an age.
_AGE_LIMIT_BEFORE = re.compile(r"\bage\s+(?:limit\s+|threshold\s+|requirement\s+)?(?:of|is|was|at|to)\s+"
                               r"(?:(?:up\s+to|at\s+least|over|under)\s+)?$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?|age\s+of|ages\s+of)\s+$", re.IGNORECASE)
# "younger than", "as old as" right before an age.
_AGE_BOUND_BEFORE = re.compile(r"\b(?:(?:younger|older)\s+than|as\s+(?:young|old)\s+as)\s+$")
_PERSON_LIMIT_BEFORE = re.compile(r"\b(?:child|children|girls?|boys?|minors?|persons?|people|anyone|victims?|those|"
                                  r"students?|pupils?|youths?)\s+(?:under|over|below|above|aged)\s+$", re.IGNORECASE)
# "were under 18 when they" is an age limit even without a person noun before it.
_BE_UNDER_BEFORE = re.compile(r"\b(?:were|was|are|is|being|be)\s+(?:under|below|over|above)\s+$", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-zà-öø-ÿĀ-ž’'-]+(?:\s+[A-Z][a-zà-öø-ÿĀ-ž’'-]+)*,\s$")
_ABBREVIATED_SCALE = rule("en", "money", "money.abbreviated_scale_dot").pattern
_AGED_BETWEEN = rule("en", "ages", "age.aged_between").pattern
_DOZEN_APPROXIMATE = rule("en", "qualifiers", "qualifier.dozen_is_approximate").pattern
_AGE_SUPERLATIVE = rule("en", "ages", "age.superlative").pattern
_PERSON_WAS = rule("en", "ages", "age.person_was").pattern
_PERSON_IN_APPOSITION = rule("en", "ages", "age.person_in_apposition").pattern
_YEARS_IN_APPOSITION = rule("en", "ages", "age.years_in_apposition").pattern
_NO_TERM_BEFORE = rule("en", "ages", "age.no_term_before").pattern
_AGED_YEARS_BEFORE = rule("en", "ages", "age.aged_years_before").pattern
_INSTITUTION_BEFORE = rule("en", "ages", "age.institution_before").pattern
_NOUN_IN_BRACKETS_BEFORE = rule("en", "ages", "age.noun_in_brackets_before").pattern
_NAME_IN_BRACKETS = rule("en", "ages", "age.name_in_brackets").pattern
_PLACES_LISTED = rule("en", "ages", "age.places_listed").pattern
# "Ana Ruiz and Tom Eck, both 30, were": a number shared by the names before it, set off by commas, is their age.
_BOTH_COMMA_BEFORE = re.compile(r"[A-Z][a-z’'-]+,\s+both\s+$")
# "Varenko, 37, was": a surname opening a sentence, then a number set off by commas and a verb, is an age.
_OPENING_NAME_COMMA_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?!(?:However|Overall|Meanwhile|Yesterday|Today|Also|Since|"
                                        r"Moreover|Still|Later|Earlier|Instead|Besides|Altogether|Together|Thus|"
                                        r"Then|Now|Finally|Previously|Nevertheless|Separately|Additionally)\b)"
                                        r"[A-Z][a-z’'-]+,\s$")
_AGE_VERB_AFTER = re.compile(r"^,\s+(?:was|is|has|had|who|said|says|told|remains|remained|died|denied|did|does)\b")
_FILLER = re.compile(r"^\s+(?:consecutive|additional|more|further|full|straight|calendar|working|business|"
                     r"extra|remaining|separate)(?=\s)", re.IGNORECASE)
_NUM = r"\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|billion|thousand))?"
_EQUIVALENT_QUALIFIER = (r"(?:(?:approximately|about|some|around|nearly|roughly|almost|over|more\s+than|up\s+to|"
                         r"equivalent\s+to|the\s+equivalent\s+of|or|circa|approx\.|est\.|~)\s*)?")
_BRACKET_SYMBOL = r"(?:U\.S\.\s?\$|US\s?\$|USD\s?|\$\s?US\s?|\$|€|EUR\s?|£|GBP\s?)"
_BRACKET_WORDS = r"(?:\s?(?:U\.?S\.?\s+dollars|US\s+dollars|dollars|USD|euros?|EUR|\$|€|£))"
_EQUIVALENT_BRACKET = re.compile(
    rf"^\s*[(\[]\s*(?:{_EQUIVALENT_QUALIFIER}(?:{_BRACKET_SYMBOL})?\s?(?:{_NUM}){_SCALE}(?:{_BRACKET_WORDS})?\s*(?:or|/|,(?!\s?\d)|;)\s*)?"
    rf"{_EQUIVALENT_QUALIFIER}(?P<sym>{_BRACKET_SYMBOL})?\s?(?P<low>{_NUM}){_SCALE}"
    rf"(?:\s*(?:-|–|to)\s*(?:{_BRACKET_SYMBOL})?\s?(?P<high>{_NUM}){_SCALE})?(?P<word>{_BRACKET_WORDS})?\s*[)\]]",
    re.IGNORECASE)
# A short bracket right after an amount, which may restate it in another currency; with two equivalents
# ("(about 11,350 EUR or 13,000 USD)") the last is read.
_BRACKET_AFTER = re.compile(r"^\s*\(([^()]{1,70})\)")
_SCALE_END = re.compile(r"(?<![a-z])(thousand|million|billion|trillion|bn|mn|m|k)$", re.IGNORECASE)
_SCALE_FACTORS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6,
                  "k": 1e3}
_COMPOUND = re.compile(r"^(?:\s*,)?\s+and\s+$|^\s*,\s*$|^ $", re.IGNORECASE)
_MULTIPLIER_CONTEXT = re.compile(
    r"^\s+(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|as|the|than|that|what|regular|normal|"
    r"average|over(?!\s+(?:several|a|the\s+(?:past|last|next|course)|\d|two|three|four|five|six|ten))|above|below|"
    r"faster|slower|cheaper|the\s+\w+|(?:its|his|her|their)\s+(?:\w+\s+)?(?:value|amount|worth|price|cost|"
    r"salary|wages?|income|size))\b", re.IGNORECASE)
# "rose almost three times", "has increased five times": after a verb of change, N times is a multiplier.
_CHANGE_BEFORE = re.compile(r"\b(?:increased|decreased|grew|grown|rose|risen|fell|fallen|dropped|declined|jumped|"
                            r"soared|multiplied|doubled|shrank|shrunk)\s+(?:by\s+)?(?:(?:almost|nearly|about|around|"
                            r"roughly|approximately|some|more\s+than|over)\s+)?$", re.IGNORECASE)
_FACTOR_BEFORE = re.compile(r"\bby\s+a\s+factor\s+of\s+$", re.IGNORECASE)
# "a quarter of a century", "half a decade": a fraction of a span of years is a duration.
_SPAN_OF = re.compile(r"^\s+(?:of\s+)?an?\s+(century|decade)\b", re.IGNORECASE)
_SPAN_YEARS = {"century": 100, "decade": 10}
_UNIT_AND_BEFORE = re.compile(r"\b(?:an?|one)\s+(year|month|week|day|hour)\s+and\s+$", re.IGNORECASE)
_AND_A_HALF = re.compile(r"^\s+and\s+a\s+half\b", re.IGNORECASE)
# "166 prisoners per 100,000 people": a rate's base belongs inside the rate's mention.
_RATE_BASE_AFTER = re.compile(r"^\s+(?:[\w-]+(?:\s+[\w-]+)?\s+)?(?:per|for\s+every|for\s+each)\s+(?:every\s+)?"
                              r"(?:1|10|100|1,?000|10,?000|100,?000|1,?000,?000|one\s+(?:hundred\s+)?(?:thousand|million)|"
                              r"a\s+(?:hundred\s+)?(?:thousand|million))\s+[\w-]+", re.IGNORECASE)
# "90 killings per day", "an average of 46 per day": a count per unit of time is a rate; "415 injured per
# month" keeps counting the injured.
_PER_TIME_AFTER = re.compile(r"^\s+(?:(?![\w-]+ed\s)[\w-]+\s+)?per\s+(?:day|week|month|hour|minute)\b", re.IGNORECASE)
_PER_BEFORE = re.compile(r"\b(?:per|for\s+every|for\s+each)\s+(?:every\s+)?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"^\s*(?:[.,;:()\[\]–—]|$|\s(?:but|and|or|in|if|when|for|with|unless|under|at|as|while)\b)",
                        re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z“\"(])")


@dataclass(frozen=True)
class Mention:
    """A figure as written: span, value(s), qualifier, unit and the dollar equivalent given beside it."""

    start: int
    end: int
    number_start: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    kind: str
    usd_reported: float | None = None
    usd_reported_high: float | None = None
    packed: bool = False  # read alone, in a packed run of numbers (extract.density)


_AGE_DECADE = rule("en", "ages", "age.decade").pattern
# How far before its digits a decade of life opens ("in their late-30s").
_AGE_DECADE_REACH = 24


def _age_decade(text: str, number: Number) -> Mention | None:
    """The age range of a decade of life whose digits are `number` ("in his 30s": 30 to 39), else None."""
    if number.form != "digits":
        return None
    for m in _AGE_DECADE.finditer(text, max(0, number.start - _AGE_DECADE_REACH), min(len(text), number.end + 3)):
        if m.start("decade") == number.start:
            return Mention(m.start(), m.end(), number.start, number.value, number.value, number.value + 9, "range",
                           "year", "age")
    return None


def _sentence_before(text: str, pos: int) -> str:
    """The text of the sentence holding pos, up to pos."""
    lo, _ = sentence_reach(len(text), pos)
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos)]
    return text[(starts[-1] if starts else lo):pos]


def _is_person_name_in_brackets(before: str) -> bool:
    """Whether `before` ends with a person's first name and surname and an opening bracket ("Mara Velt ("), not
    with a body's name ("Supreme Court (") or a country's or town's ("South Africa (")."""
    found = _NAME_IN_BRACKETS.search(before)
    if not found:
        return False
    name = found.group().removesuffix("(").strip()
    places = country_names("en")
    return not _INSTITUTION_BEFORE.search(name + ", ") and \
        not any(" ".join(name.split()[k:]) in places for k in range(len(name.split())))


def _is_bare(text: str, pos: int) -> bool:
    """Whether nothing but punctuation or a linking word follows pos (no noun after the number)."""
    return bool(_NEXT_WORD.match(text[pos:pos + 12]))


# "sentenced A to eight years and B to six": a bare number ending a second sentencing takes the unit of the term
# given earlier in the same sentence.
_SENTENCED_TO_BEFORE = re.compile(r"\b(?:sentenced|jailed)\s+(?:[\w’'-]+\s+){1,3}to\s+$|,\s+(?:and\s+)?"
                                  r"(?:[A-Z][\w’'-]+\s+){1,2}to\s+$")
_CLAUSE_END_AFTER = re.compile(r"^\s*(?:[.;,)]|$|\s+(?:and|each|respectively|in\s+(?:prison|jail)|on\s+appeal)\b)")
_ELIDED_TERM_BEFORE = rule("en", "durations", "duration.elided_term_before").pattern
_TERM_EARLIER = re.compile(r"\b(?:\d+|(?!(?:the|this|that|last|next|each|per|every|previous|same|a|one)\b)[a-z]+)(?:[- ]and[- ](?:a[- ])?half)?[ -](year|month)s?\b(?![- ]old)[^.;]*$",
                           re.IGNORECASE)


# "five got 10 days, another four – for 15": after a dash the unit of a term given earlier is left out.
_DASH_FOR_BEFORE = re.compile(r"\s[–—-]\s*(?:for|to)\s+$")
_ANY_TERM_EARLIER = re.compile(r"\b(?:\d+|(?!(?:the|this|that|last|next|each|per|every|previous|same|a|one)\b)[a-z]+)"
                               r"[ -](day|week|month|year)s?\b(?![- ]old)[^.;]*$", re.IGNORECASE)


def _elided_sentence_unit(text: str, number: Number) -> Unit | None:
    """The unit a second sentence leaves out ("sentenced A to eight years and B to six", "four got 10 days,
    another two – for 15")."""
    before = text[max(0, number.start - 200):number.start]
    if _DASH_FOR_BEFORE.search(before[-20:]) and _CLAUSE_END_AFTER.match(text[number.end:number.end + 25]):
        earlier = _ANY_TERM_EARLIER.search(re.split(r"[.!?]\s+(?=[A-Z])", before)[-1])
        if earlier:
            return Unit(number.end, earlier.group(1).lower(), "duration", 1.0)
    if not _CLAUSE_END_AFTER.match(text[number.end:number.end + 25]):
        return None
    sentence = re.split(r"[.!?]\s+(?=[A-Z])", before)[-1]
    if _ELIDED_TERM_BEFORE.search(before[-60:]):
        earlier = _TERM_EARLIER.search(sentence[:-1])
    elif _SENTENCED_TO_BEFORE.search(before[-60:]):
        earlier = _TERM_EARLIER.search(sentence[:-1]) if re.search(r"\bsentenced\b", sentence) else None
    else:
        return None
    if not earlier:
        return None
    return Unit(number.end, earlier.group(1).lower(), "duration", 1.0)


def _years_of_age(text: str, start: int, unit_end: int) -> bool:
    """Whether "N years" at [start, unit_end) is a person's age: after "aged", or set off by commas after a name in a
    sentence that names no term before it ("Mr. Ivo, 58 years, who")."""
    before = text[max(0, start - 40):start]
    if _AGED_YEARS_BEFORE.search(before):
        return True
    return bool(re.match(r",\s", text[unit_end:unit_end + 2]) and _YEARS_IN_APPOSITION.search(before) and
                _NO_TERM_BEFORE.match(_sentence_before(text, start)))


_OF_AFTER_VAGUE = re.compile(r"\s+of(?=\s)", re.IGNORECASE)


def _vague_amount_unit(text: str, end: int) -> Unit | None:
    """The money or measure a vague amount ending at `end` is in, written right after it or after "of" ("several
    million dollars", "millions of dollars", "hundreds of thousands of tenge", "thousands of tonnes"), else None."""
    of = _OF_AFTER_VAGUE.match(text, end)
    unit = unit_after(text, of.end() if of else end)
    return unit if unit is not None and unit.kind in ("money", "measure", "length") else None


def _range_of_ages(text: str, start: int) -> bool:
    """Whether a range of years whose low end starts at `start` bounds ages: "aged between 18 to 35 years", "between
    the ages of 6 to 14 years"."""
    return bool(_AGED_YEARS_BEFORE.search(text[max(0, start - 40):start]) or
                _AGE_BEFORE.search(text[max(0, start - 16):start]))


def _equivalent_bracket(text: str, pos: int) -> tuple[int, str, float, float | None] | None:
    """(end, ISO code, low, high) of a bracketed equivalent written after an amount: "(U.S. $1,750)",
    "(about $130)", "(USD 1,750)", "(€500)"."""
    m = _EQUIVALENT_BRACKET.match(text[pos:pos + 90])
    if not m or not (m.group("sym") or m.group("word")):
        return None
    marker = (m.group("sym") or m.group("word") or "").strip().lower()
    code = "EUR" if marker.startswith(("€", "eur")) else "GBP" if marker.startswith(("£", "gbp")) else "USD"
    scale_text = m.group(0)
    low_scale = re.search(rf"{re.escape(m.group('low'))}\s?(million|billion|thousand)", scale_text)
    low = digits_value(m.group("low") + (" " + low_scale.group(1) if low_scale else ""))
    high = None
    if m.group("high"):
        high_scale = re.search(rf"{re.escape(m.group('high'))}\s?(million|billion|thousand)", scale_text)
        high = digits_value(m.group("high") + (" " + high_scale.group(1) if high_scale else ""))
    return pos + m.end(), code, low, high


# "eight (8) months": legal drafting restates a number written in words in digits before its unit; an amount of
# money as a cheque writes it may add its cents and a dollar sign ("Two Hundred and no/100ths ($200.00) Dollars").
_RESTATED_IN_DIGITS = re.compile(r"(?:\s+and\s+(?:no|00)/100(?:ths)?)?\s?\(\$?\d{1,3}(?:,\d{3})*(?:\.00)?\)")


def _unit_with_gaps(text: str, pos: int) -> tuple[Unit | None, str | None]:
    """The unit after pos, allowing "or more", the number restated in digits, the dot of an abbreviated scale before a
    currency ("17 mln. MNT") and one filler adjective between number and unit."""
    qualifier = None
    more = or_more_after(text, pos)
    if more:
        pos, qualifier = more
    restated = _RESTATED_IN_DIGITS.match(text, pos)
    if restated:
        pos = restated.end()
    unit = unit_after(text, pos)
    if unit is None and text.startswith(".", pos) and _ABBREVIATED_SCALE.search(text[max(0, pos - 6):pos]):
        unit = unit_after(text, pos + 1)
        if unit and unit.kind != "money":
            unit = None
    if unit is None:
        filler = _FILLER.match(text[pos:pos + 20])
        if filler:
            unit = unit_after(text, pos + filler.end())
            if unit and unit.kind != "duration":
                unit = None
    return unit, qualifier


class _Reader:
    """Walks the number tokens of one text and builds mentions, remembering which tokens it used."""

    def __init__(self, text: str):
        self.text = text
        self.numbers = find_numbers(text)
        self.starts = [n.start for n in self.numbers]
        self.used: set[int] = set()
        self.ages: set[int] = set()
        self.list_units: dict[int, Unit | None] = {}
        self.marked = 0
        self.density = DensityIndex(text, [(n.start, n.end) for n in self.numbers])

    def mentions(self, budget: Budget | None = None) -> list[Mention]:
        """Every mention of the text in order, skipping tokens that are not figures or were used by an earlier
        mention; `budget` is checked before each token."""
        out = []
        for i, number in enumerate(self.numbers):
            if budget:
                budget.check()
            if i in self.used:
                continue
            if number.form in ("digits", "words") and self.density.packed(number.start, number.end):
                mention = self._packed(i)
                if mention:
                    out.append(mention)
                continue
            decade = _age_decade(self.text, number)
            if decade:
                out.append(decade)
                continue
            has_unit = unit_after(self.text, number.end) is not None or currency_before(self.text, number.start)
            if reason_not_figure(self.text, number, self.numbers, bool(has_unit)):
                continue
            mention = self._build(i)
            if mention and mention.end - mention.start <= MAX_MENTION:
                out.append(mention)
        return out

    def _packed(self, i: int) -> Mention | None:
        """The mention of a token in a packed run of numbers (extract.density), read alone: its value with the unit
        glued after it or the currency sign before it; None for a year or a code."""
        text, number = self.text, self.numbers[i]
        self.used.add(i)
        unit, currency = unit_after(text, number.end), currency_before(text, number.start)
        if number.form == "digits" and (bare_reason(text, number.start, number.end, bool(unit or currency)) or
                                        provision_reason(text, number.start, number.end)):
            return None
        if unit is not None:
            return Mention(number.start, unit.end, number.start, _times(number.value, unit.factor), None, None, "exact",
                           unit.unit, unit.kind, packed=True)
        if currency:
            return Mention(currency[0], number.end, number.start, number.value, None, None, "exact", currency[1],
                           "money", packed=True)
        return Mention(number.start, number.end, number.start, number.value, None, None, "exact", "count", "count",
                       packed=True)

    def _next(self, i: int) -> Number | None:
        """The number token after token i, or None at the end."""
        return self.numbers[i + 1] if i + 1 < len(self.numbers) else None

    def _build(self, i: int) -> Mention | None:
        """The mention that starts at token i: a vague amount, multiplier, fraction, "one in N" share or measured
        number."""
        text, number = self.text, self.numbers[i]
        self.used.add(i)
        if number.form == "vague":
            unit = _vague_amount_unit(text, number.end)
            if unit is not None:
                return Mention(number.start, unit.end, number.start, number.value * unit.factor, None, None, "vague",
                               unit.unit, unit.kind)
            return Mention(number.start, number.end, number.start, number.value, None, None, "vague", "count", "count")
        if number.form == "multiplier":
            if text[number.start:number.end].lower() in ("twice", "thrice") and \
                    REPEATED_ACTION_BEFORE.search(text[max(0, number.start - 40):number.start]):
                return self._with_qualifier(Mention(number.start, number.end, number.start, number.value, None, None,
                                                    "exact", "count", "count"))
            return self._with_qualifier(Mention(number.start, number.end, number.start, number.value, None, None,
                                                "exact", "times", "ratio"))
        if number.form == "fraction":
            unit_and = _UNIT_AND_BEFORE.search(text[max(0, number.start - 24):number.start])
            if unit_and and text[number.start:number.end].lower() == "a half":
                begin = number.start - len(unit_and.group(0))
                return self._with_qualifier(Mention(begin, number.end, begin, 1.5, None, None, "exact",
                                                    unit_and.group(1).lower(), "duration"))
            span = _SPAN_OF.match(text[number.end:number.end + 24])
            if span:
                years = number.value * _SPAN_YEARS[span.group(1).lower()]
                return self._with_qualifier(Mention(number.start, number.end + span.end(), number.start,
                                                    round(years, 4), None, None, "exact", "year", "duration"))
            if unit_after(text, number.end) is not None:
                return self._measured(i)
            return self._with_qualifier(Mention(number.start, number.end, number.start, _share(number.value * 100),
                                                None, None, "exact", "percent", "percent"))
        share = self._one_in_n(i)
        if share:
            return share
        return self._measured(i)

    def _one_in_n(self, i: int) -> Mention | None:
        """"one in five", "one out of ten", "three of every four" as a percent share, or None."""
        text, number, nxt = self.text, self.numbers[i], self._next(i)
        if nxt is None or number.form not in ("words", "digits"):
            return None
        gap = text[number.end:nxt.start]
        one = text[number.start:number.end].lower() == "one"
        if not (one and _ONE_IN_N_GAP.fullmatch(gap) or _N_IN_EVERY_GAP.fullmatch(gap) or
                _N_OUT_OF_GAP.fullmatch(gap) and nxt.value <= 10):
            return None
        if nxt.value <= number.value or _YEAR_TOKEN.fullmatch(text[nxt.start:nxt.end]):
            return None
        self.used.add(i + 1)
        return Mention(number.start, nxt.end, number.start, _share(100 * number.value / nxt.value), None, None,
                       "exact", "percent", "percent")

    def _list_unit(self, j: int) -> Unit | None:
        """The unit written after the last item of a list of bare numbers starting at token j ("nine, seven and
        five years"): every item shares it. Each list is walked once: its items remember the answer."""
        walked = []
        while j not in self.list_units:
            walked.append(j)
            unit, _ = _unit_with_gaps(self.text, self.numbers[j].end)
            nxt = self._next(j)
            if unit is not None or nxt is None or not _AND_JOIN.match(self.text[self.numbers[j].end:nxt.start]):
                self.list_units[j] = unit
                break
            j += 1
        for k in walked:
            self.list_units[k] = self.list_units[j]
        return self.list_units[j]

    def _measured(self, i: int) -> Mention:
        """A number with its range, unit, currency, compound duration, dollar equivalent and qualifier."""
        text, number, nxt = self.text, self.numbers[i], self._next(i)
        start, value, low, high, qualifier = number.start, number.value, None, None, "exact"
        last = number
        unit, trailing = _unit_with_gaps(text, number.end)
        if unit is None and metres_before_feet(text, number.end):
            value, unit = number.value / SUFFIXES["m"], Unit(number.end, "m", "measure")
        between = _BETWEEN_BEFORE.search(text[max(0, start - 30):start])
        joins = (_RANGE_JOIN, _UP_TO_JOIN) if _FROM_BEFORE.search(text[max(0, start - 6):start]) else (_RANGE_JOIN,)
        low_bound = _LOW_BOUND_BEFORE.search(text[max(0, start - 20):start])
        if low_bound:
            joins = (*joins, _HIGH_BOUND_JOIN)
        if nxt is not None and trailing is None:
            gap = text[number.end:nxt.start]
            next_currency = currency_before(text, nxt.start)
            bare_gap = text[number.end:next_currency[0]] if next_currency and next_currency[0] >= number.end else gap
            join = text[unit.end:nxt.start].replace("$", "") if unit else ""
            unit_between = unit and unit.kind in ("money", "duration", "percent", "measure", "length") and (
                any(j.match(join) for j in joins) or between and _AND_JOIN.match(join)) and \
                _same_unit_after(text, nxt, unit)
            own_currency = currency_before(text, number.start)
            opening = own_currency[0] if own_currency else start
            change = _CHANGE_FROM.search(text[max(0, opening - 70):opening]) or (
                (unit_between or next_currency) and _CHANGE_BY.search(text[max(0, start - 40):start]))
            # "fined either $400 or $700", "$400 or $700 each": amounts that each carry their sign are alternatives.
            alternatives = _OR_JOIN.match(bare_gap) and next_currency or \
                _EITHER_BEFORE.search(text[max(0, start - 12):start]) and (_OR_JOIN.match(bare_gap) or _OR_JOIN.match(join))
            if change is None and not alternatives and (any(j.match(bare_gap) for j in joins) or unit_between or
                                   (between and _AND_JOIN.match(bare_gap))):
                value = _shared_scale(text, number, nxt)
                if nxt.value >= value and not reason_not_figure(text, nxt, self.numbers, True):
                    self.used.add(i + 1)
                    low, high, qualifier, last = value, nxt.value, "range", nxt
                    unit, trailing = _unit_with_gaps(text, nxt.end)
                    if between:
                        start -= len(between.group(0))
                    elif _FROM_BEFORE.search(text[max(0, start - 6):start]):
                        start -= len(_FROM_BEFORE.search(text[max(0, start - 6):start]).group(0))
                    elif low_bound:
                        start -= len(low_bound.group(0))
            elif unit is not None and unit.kind == "duration" and _RANGE_JOIN.match(text[unit.end:nxt.start]) and \
                    change is None and not reason_not_figure(text, nxt, self.numbers, True):
                wider = _wider_duration(text, nxt, unit)
                if wider is not None:
                    self.used.add(i + 1)
                    small = value * unit.factor * DURATION_DAYS[unit.unit] / DURATION_DAYS[wider.unit]
                    value = low = round(small, 4)
                    high, qualifier, last, unit = nxt.value * wider.factor, "range", nxt, wider
                    if _FROM_BEFORE.search(text[max(0, start - 6):start]):
                        start -= len(_FROM_BEFORE.search(text[max(0, start - 6):start]).group(0))
            elif unit is not None and unit.kind == "duration" and between and change is None and \
                    _AND_JOIN.match(text[unit.end:nxt.start]) and _wider_duration(text, nxt, unit) is not None and \
                    not reason_not_figure(text, nxt, self.numbers, True):
                # "between 14 months and three years": the range keeps the unit of its low end (14 to 36 months).
                wider = _wider_duration(text, nxt, unit)
                self.used.add(i + 1)
                low, qualifier, last = value, "range", nxt
                high = round(nxt.value * wider.factor * DURATION_DAYS[wider.unit] / DURATION_DAYS[unit.unit], 4)
                unit = Unit(wider.end, unit.unit, unit.kind, unit.factor)
                start -= len(between.group(0))
            elif unit is None and (_AND_JOIN.match(gap) or _BOUND_JOIN.match(gap) or alternatives or
                                   change and _RANGE_JOIN.match(gap)) and \
                    not reason_not_figure(text, nxt, self.numbers, True):
                shared = self._list_unit(i + 1)
                if shared and shared.kind in ("duration", "percent", "money", "age", "measure", "length"):
                    unit = Unit(number.end, shared.unit, shared.kind, shared.factor)
        bracketed = self._bracketed_range(i, unit) if low is None and trailing is None else None
        if bracketed:
            high, unit, last, range_usd = bracketed
            low, qualifier = value, "range"
        if unit is None and low is None:
            unit = _elided_sentence_unit(text, number)
        if unit is not None and unit.kind == "duration" and (unit.unit == "year" or _AGED_YEARS_BEFORE.search(
                text[max(0, number.start - 40):number.start])) and (
                _years_of_age(text, number.start, unit.end) if low is None else _range_of_ages(text, number.start)):
            unit = Unit(unit.end, unit.unit, "age", unit.factor)
        elif unit is not None and unit.kind == "duration" and i - 1 in self.ages and \
                _AND_JOIN.match(text[self.numbers[i - 1].end:number.start]):
            # "aged 14 and 15 years": the last of a list of ages carries the unit they share.
            unit = Unit(unit.end, unit.unit, "age", unit.factor)
        end = last.end
        currency = currency_before(text, number.start)
        usd = usd_high = None
        # A currency word after the amount names the currency of a bare "$" ("$300 pesos"), never that of a sign of
        # its own ("RM40,000 sum": the ringgit, not the Uzbek sum).
        if currency and (unit is None or unit.kind != "money" or text[currency[0]:number.start].strip() != "$"):
            start = min(start, currency[0])
            unit = Unit(last.end, currency[1], "money")
        if trailing:
            qualifier = trailing
        if unit is not None:
            end = max(end, unit.end)
            if _RESTATED_IN_DIGITS.match(text, last.end):
                self._use_inside(end)
            factor = unit.factor
            value, low, high = _times(value, factor), _times(low, factor), _times(high, factor)
            kind, unit_name = unit.kind, unit.unit
        else:
            kind, unit_name = self._bare_kind(i, number)
            if kind == "age" and _AGE_BEFORE.search(text[max(0, start - 16):start]):
                start -= len(_AGE_BEFORE.search(text[max(0, start - 16):start]).group(0))
        if kind == "duration":
            value, end = self._compound(i, value, unit_name, end)
            half = _AND_A_HALF.match(text[end:end + 16])
            if half and qualifier != "range":
                value, end = value + 0.5, end + half.end()
                self._use_inside(end)
            limit = limit_after_unit(text, end)
            if limit:
                end, qualifier = limit
        if kind == "ratio" and unit_name == "times" and not re.search(r"fold", text[last.end:end], re.IGNORECASE):
            if not _MULTIPLIER_CONTEXT.match(text[end:end + 20]) and "." not in text[number.start:number.end] and \
                    not _CHANGE_BEFORE.search(text[max(0, number.start - 60):number.start]):
                kind, unit_name, end = "count", "count", last.end
        if kind == "money":
            bracket = _equivalent_bracket(text, end)
            # "two hundred dollars ($200)": an amount restated in its own currency is the same figure.
            restated = bracket and bracket[1] == unit_name and bracket[2] == value and bracket[3] is None
            if bracket and (unit_name != "USD" and bracket[1] != unit_name or restated):
                end = bracket[0]
                if bracket[1] == "USD" and not restated:
                    usd, usd_high = bracket[2], bracket[3]
                self._use_inside(end)
        if bracketed:
            end, usd, usd_high = range_usd[0], range_usd[1], range_usd[2]
            self._use_inside(end)
        if kind == "money" and end == max(last.end, unit.end if unit else 0):
            other = self._money_in_bracket(end, unit_name)
            if other:
                end = other
                self._use_inside(end)
        if kind == "duration" and unit_name == "year" and _AGE_LIMIT_BEFORE.search(text[max(0, start - 30):start]):
            kind = "age"
        if kind == "age":
            self.ages.add(i)
        if kind == "count" and _FACTOR_BEFORE.search(_without_qualifier(text, start)):
            kind, unit_name = "ratio", "times"
        rate = (_RATE_BASE_AFTER.match(text[end:end + 120]) or _PER_TIME_AFTER.match(text[end:end + 60])) \
            if kind == "count" else None
        if rate and end + rate.end() - start < 160:
            if _PER_TIME_AFTER.match(text[end:end + 60]):
                kind = "ratio"
            end += rate.end()
            self._use_inside(end)
        mention = Mention(start, end, number.start, value, low, high, qualifier, unit_name, kind, usd, usd_high)
        mention = _with_sign(text, mention)
        if qualifier == "exact":
            mention = self._with_qualifier(mention)
        if _PER_BEFORE.search(text[max(0, number.start - 12):number.start]) and kind == "count":
            mention = replace(mention, kind="ratio")
        return mention

    def _bare_kind(self, i: int, number: Number) -> tuple[str, str]:
        """(kind, unit) of a number written without a unit: an age from the words around it, else a count."""
        text = self.text
        before = text[max(0, number.start - 40):number.start]
        if _AGE_BEFORE.search(before[-16:]) or _AGE_BOUND_BEFORE.search(before):
            return "age", "year"
        if number.form == "digits" and number.value <= 110 and (
                _AGED_BETWEEN.search(before) or
                (_AGE_SUPERLATIVE.search(before) or _PERSON_WAS.search(before)) and _is_bare(text, number.end)):
            return "age", "year"
        if number.form == "digits" and number.value <= 110 and _PERSON_LIMIT_BEFORE.search(before):
            return "age", "year"
        if number.form == "digits" and 12 <= number.value <= 21 and _BE_UNDER_BEFORE.search(before) and \
                _is_bare(text, number.end):
            return "age", "year"
        if number.form == "digits" and 10 <= number.value <= 110 and (
                _NAME_COMMA_BEFORE.search(before) or _BOTH_COMMA_BEFORE.search(before)) and \
                (re.match(r"^[,;]\s", text[number.end:number.end + 2]) or
                 i - 1 in self.ages and re.match(r"^\.(?:\s|$)", text[number.end:number.end + 2])) and \
                not _INSTITUTION_BEFORE.search(before):
            return "age", "year"
        if number.form == "digits" and 1 <= number.value <= 110 and _PERSON_IN_APPOSITION.search(before) and \
                re.match(r"^[,;]\s", text[number.end:number.end + 2]):
            return "age", "year"
        if number.form == "digits" and 1 <= number.value <= 110 and text[number.end:number.end + 1] == ")" and \
                _is_person_name_in_brackets(before) and not _PLACES_LISTED.search(_sentence_before(text, number.start)):
            return "age", "year"
        if number.form == "digits" and 16 <= number.value <= 100 and _OPENING_NAME_COMMA_BEFORE.search(before) and \
                _AGE_VERB_AFTER.match(text[number.end:number.end + 12]):
            return "age", "year"
        if i - 1 in self.ages and _AND_JOIN.match(text[self.numbers[i - 1].end:number.start]):
            return "age", "year"
        if number.form == "digits" and number.value <= 120 and _is_bare(text, number.end) and \
                not _NOUN_IN_BRACKETS_BEFORE.search(before):
            if re.search(r"\bages?\b", _sentence_before(text, number.start), re.IGNORECASE):
                return "age", "year"
        return "count", "count"

    def _compound(self, i: int, value: float, unit: str, end: int) -> tuple[float, int]:
        """Add "and six months" to "three years", and every smaller part after it ("7 years 5 months and 12 days"):
        the sum, in the largest unit."""
        last = unit
        for j in range(i + 1, len(self.numbers)):
            nxt = self.numbers[j]
            if nxt.start < end:
                continue
            if not _COMPOUND.match(self.text[end:nxt.start]):
                break
            small = unit_after(self.text, nxt.end)
            if small is None or small.kind != "duration" or last not in DURATION_DAYS or small.unit not in DURATION_DAYS:
                break
            if DURATION_DAYS[small.unit] >= DURATION_DAYS[last]:
                break
            self.used.add(j)
            value += nxt.value * small.factor * DURATION_DAYS[small.unit] / DURATION_DAYS[unit]
            last, end = small.unit, small.end
        return (value, end) if last == unit else (round(value, 4), end)

    def _bracketed_range(self, i: int, unit: Unit | None) -> tuple[float, Unit, Number, tuple[int, float, float]] | None:
        """(high, unit, high token, (end, USD low, USD high)) of a money range whose ends each carry a dollar
        equivalent ("10,000 rubles ($138) to 20,000 rubles ($276)"), or whose low end, its currency left to the high
        end, carries one ("2 million [$490] to 4 million riels"), else None."""
        bare = unit is None
        if not bare and (unit.kind != "money" or unit.unit == "USD"):
            return None
        low_usd = _equivalent_bracket(self.text, self.numbers[i].end if bare else unit.end)
        if not low_usd or low_usd[1] != "USD" or low_usd[3] is not None:
            return None
        k = next((j for j in range(i + 1, len(self.numbers)) if self.numbers[j].start >= low_usd[0]), None)
        if k is None or not _RANGE_JOIN.match(self.text[low_usd[0]:self.numbers[k].start]):
            return None
        nxt = self.numbers[k]
        high_unit = unit_after(self.text, nxt.end)
        if bare and high_unit and high_unit.kind == "money" and high_unit.unit != "USD" and \
                nxt.value * high_unit.factor >= self.numbers[i].value:
            self.used.add(k)
            return nxt.value, high_unit, nxt, (high_unit.end, low_usd[2], None)
        if bare or high_unit is None or high_unit.unit != unit.unit or \
                nxt.value * high_unit.factor < self.numbers[i].value * unit.factor:
            return None
        high_usd = _equivalent_bracket(self.text, high_unit.end)
        if not high_usd or high_usd[1] != "USD" or high_usd[3] is not None:
            return None
        self.used.add(k)
        return nxt.value, high_unit, nxt, (high_usd[0], low_usd[2], high_usd[2])

    def _money_in_bracket(self, end: int, unit_name: str) -> int | None:
        """End of a bracket right after an amount that restates it in another currency or unit ("$190 (thirty
        monthly calculation indices)", "$0.66 (12 dalasi)"): the equivalent belongs to the first amount written."""
        m = _BRACKET_AFTER.match(self.text[end:end + 80])
        if not m:
            return None
        k = bisect_left(self.starts, end + m.start(1))
        if k == len(self.numbers) or self.numbers[k].start >= end + m.end(1):
            return None
        first = self.numbers[k]
        unit = unit_after(self.text, first.end)
        currency = currency_before(self.text, first.start)
        code = unit.unit if unit and unit.kind == "money" else currency[1] if currency else None
        if code is None or code == unit_name or (unit and unit.kind == "money" and unit.end > end + m.end(1)):
            return None
        return end + m.end()

    def _use_inside(self, end: int) -> None:
        """Mark every token before `end` as used, so numbers inside a mention are not read again (tokens before
        the mention's own are already read); tokens below `marked` are marked already."""
        k = bisect_left(self.starts, end)
        self.used.update(range(self.marked, k))
        self.marked = max(self.marked, k)

    def _with_qualifier(self, mention: Mention) -> Mention:
        """The mention widened to the qualifier words written before it ("more than", "about"); a count in dozens
        with none is approximate ("two dozen")."""
        found = qualifier_before(self.text, mention.start)
        if not found:
            if _DOZEN_APPROXIMATE.match(self.text[mention.number_start:mention.end]):
                return replace(mention, qualifier="approximate")
            return mention
        return replace(mention, start=found[0], qualifier=found[1])


# "minus 41 Celsius", "minus-5 yards", "-1.3%": a sign before a single quantity that has a unit.
_MINUS_WORD_BEFORE = re.compile(r"\bminus[\s-]$", re.IGNORECASE)
_MINUS_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(:]))[-−]$")
_SYMBOL_MINUS_BEFORE = re.compile(r"[$€£]\s?[-−]$")


def _with_sign(text: str, mention: Mention) -> Mention:
    """The mention made negative when a minus word, or a minus sign set off before it, is written right before its
    number, or between a currency sign and its number ("$-37.4bn"); a count's "-19" (as in "COVID -19") keeps no
    sign."""
    if mention.low is not None:
        return mention
    sign_before = text[max(0, mention.number_start - 4):mention.number_start]
    if mention.kind == "money" and _SYMBOL_MINUS_BEFORE.search(sign_before):
        return replace(mention, value=-mention.value)
    if mention.start != mention.number_start:
        return mention
    before = text[max(0, mention.start - 6):mention.start]
    m = _MINUS_WORD_BEFORE.search(before) or (mention.kind != "count" and _MINUS_SIGN_BEFORE.search(before))
    if not m:
        return mention
    return replace(mention, start=mention.start - len(m.group(0)), value=-mention.value)


def _without_qualifier(text: str, pos: int) -> str:
    """The text before pos, less any qualifier words that end there ("by a factor of about 3.5")."""
    found = qualifier_before(text, pos)
    return text[max(0, (found[0] if found else pos) - 30):found[0] if found else pos]


# "20-40,000": a bare low end joined by a dash to a high end in whole thousands.
_THOUSANDS_ELIDED = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}(?:,\d{3})*,000")


def _shared_scale(text: str, number: Number, nxt: Number) -> float:
    """The low end of a range whose scale word is written once, after the high end: "$2-3 billion",
    "two to three million"; or whose thousands are written once: "20-40,000 rubles" runs from 20,000."""
    if _THOUSANDS_ELIDED.fullmatch(text[number.start:nxt.end]) and number.value * 1_000 < nxt.value:
        return number.value * 1_000
    scale = _SCALE_END.search(text[nxt.start:nxt.end])
    if scale is None or _SCALE_END.search(text[number.start:number.end]):
        return number.value
    scaled = number.value * _SCALE_FACTORS[scale.group(1).lower()]
    return scaled if scaled <= nxt.value else number.value


def _wider_duration(text: str, nxt: Number, unit: Unit) -> Unit | None:
    """The unit of the high end of a duration range written in a larger unit ("18 months to eight years")."""
    other = unit_after(text, nxt.end)
    if other is None or other.kind != "duration" or other.unit not in DURATION_DAYS or unit.unit not in DURATION_DAYS:
        return None
    return other if DURATION_DAYS[other.unit] > DURATION_DAYS[unit.unit] else None


def _same_unit_after(text: str, nxt: Number, unit: Unit) -> bool:
    """Whether the number after "to" is in the unit of the first ("10 percent to 634,880 soum" is no range); after a
    percent the second number needs its own percent ("rose 0.6 per cent to 11,842" gives a change and a level)."""
    currency = currency_before(text, nxt.start)
    other, _ = _unit_with_gaps(text, nxt.end)
    other_unit = currency[1] if currency else (other.unit if other else None)
    return other_unit == unit.unit or other_unit is None and unit.kind != "percent"


def _share(percent: float) -> float:
    """A share in percent to six significant digits: enough that "one in 128" (0.78125) and "a third" (33.3333)
    convert back to the fraction written."""
    return float(f"{percent:.6g}")


def _times(x: float | None, factor: float) -> float | None:
    """x converted by a unit factor, rounded to drop float noise (164 feet -> 0.0499872 km)."""
    return None if x is None else (x * factor if factor == 1 else float(f"{x * factor:.10g}"))


def find_mentions(text: str, budget: Budget | None = None) -> list[Mention]:
    """All figure mentions in one paragraph's text, in text order (DocumentError when `budget` is spent)."""
    return _Reader(text).mentions(budget)
