"""Read the unit written next to a number: currencies (pence as pounds), durations, percent, ages, lengths, physical
measures, multipliers.

Pure pattern matching on the characters right after (or, for currency symbols, right before) the number.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.currencies import (CODES, LETTERS_AFTER_DOLLAR, LETTERS_BEFORE_DOLLAR, ONE_CHARACTER_SYMBOLS, SIGNS_AFTER,
                                SIGNS_GLUED_AFTER, SYMBOLS, alternation, currency_words, sign_before)
from extract.countries_named import country_names
from extract.language_data import rule, table
from extract.measures import measure_after

CURRENCY_WORDS = currency_words()
DURATIONS = {"year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour", "minute": "minute",
             "min": "minute", "hr": "hour", "yr": "year", "wk": "week", "mth": "month"}
# Distances in kilometres and miles are lengths; metres, feet and the rest are measures (extract/measures.py).
LENGTHS = {"mile": "mile", "kilometer": "km", "kilometre": "km", "km": "km"}

_CUR_WORDS = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
_AGE = rule("en", "ages", "age.unit_old").pattern
# "40min", "2hrs" and "5yrs" are written glued to the number, or abbreviated after it ("3 wks").
_DURATION = re.compile(r"(?:(?:-|\s)(?:calendar\s|working\s|business\s)?(year|month|week|day|hour|minute)s?|"
                       r"\s?(min|hr|yr|wk|mth)s?)\b", re.IGNORECASE)
# "24pc" and "1.38 pc" are British news percent.
_PERCENT = re.compile(r"\s?(?:percent|per\scent|%|pct\b|(?-i:pc)\b)(?:age\spoints?)?", re.IGNORECASE)
_TIMES = re.compile(r"(?:\s?-\s?fold\b|fold\b|\stimes\b)", re.IGNORECASE)
_LENGTH = re.compile(r"(?:-|\s)?(mile|kilomet(?:er|re)|km)s?\b", re.IGNORECASE)
# "27 million Jamaican dollars", "80 Trinidad and Tobago dollars": a dollar named by the country, people or place
# whose own dollar it is (extract/lang/en/countries.yaml, dollars.yaml), not the US dollar a bare "dollars" means.
_DOLLAR_OF = table("en", "dollars", "dollar_of_country")
_DOLLAR_NAMES = {name: _DOLLAR_OF[code] for name, code in country_names().items()
                 if _DOLLAR_OF.get(code, "USD") != "USD"}
_NAMED_DOLLAR = re.compile(rf"\s(?P<name>{alternation(_DOLLAR_NAMES)})\s(?i:dollars?)\b")
_PENCE = rule("en", "money", "money.pence_glued").pattern
_GLUED_SIGN = re.compile(alternation(SIGNS_GLUED_AFTER))
_VIDEO_LINES_BEFORE = rule("en", "money", "money.video_lines_before").pattern
_POUNDS_OF_GOODS = rule("en", "measures", "measure.pounds_of_goods").pattern
_CODES = "|".join(sorted(CODES))
_CODES_AFTER = "|".join(sorted(CODES | set(SIGNS_AFTER), key=len, reverse=True))
# A currency name may follow a country's adjective the names do not list ("Azerbaijani manats", "Cambodian riel").
_CURRENCY = re.compile(rf"(?:\s|-(?=(?i:{_CUR_WORDS})\b))(?:(?P<country>[A-Z][a-z]+)\s(?=(?i:{_CUR_WORDS})\b))?"
                       rf"(?P<word>(?i:{_CUR_WORDS})|{_CODES_AFTER})\b")
_SYMBOL_BEFORE = re.compile(
    rf"(?:((?<![A-Za-z])(?:{LETTERS_BEFORE_DOLLAR})\$|\$(?:{LETTERS_AFTER_DOLLAR})|\$|{ONE_CHARACTER_SYMBOLS})\s?[-−]?|"
    rf"(?<![A-Za-z])({_CODES})\s?)$")


@dataclass(frozen=True)
class Unit:
    """A unit found beside a number: where its words end, the normalised unit, the kind, and a value factor."""

    end: int
    unit: str
    kind: str
    factor: float = 1.0


@lru_cache(maxsize=1024)
def unit_after(text: str, pos: int) -> Unit | None:
    """The unit written directly after a number ending at pos, or None for a bare number (cached: a number's unit is
    asked for again when it ends a range or a list)."""
    rest = text[pos:pos + 40]
    m = _AGE.match(rest)
    if m:
        return Unit(pos + m.end(), (m.group("unit") or m.group("of_age")).lower(), "age")
    m = _DURATION.match(rest)
    if m:
        unit = DURATIONS[(m.group(1) or m.group(2)).lower()]
        if unit == "minute":
            return Unit(pos + m.end(), "hour", "duration", 1 / 60)
        return Unit(pos + m.end(), unit, "duration")
    m = _PERCENT.match(rest)
    if m:
        return Unit(pos + m.end(), "percent", "percent")
    m = _TIMES.match(rest)
    if m:
        return Unit(pos + m.end(), "times", "ratio")
    if _PENCE.match(rest) and not _VIDEO_LINES_BEFORE.search(text[max(0, pos - 6):pos]):
        return Unit(pos + 1, "GBP", "money", 0.01)
    m = _POUNDS_OF_GOODS.match(text, pos, pos + 80)
    if m:
        return Unit(pos + m.group(0).rfind(" of"), "lb", "measure")
    measure = measure_after(text, pos)
    if measure:
        return Unit(measure[0], measure[1], "measure")
    m = _LENGTH.match(rest)
    if m:
        return Unit(pos + m.end(), LENGTHS[m.group(1).lower()], "length")
    m = _GLUED_SIGN.match(rest)
    if m:
        return Unit(pos + m.end(), SIGNS_GLUED_AFTER[m.group(0)], "money")
    m = _NAMED_DOLLAR.match(rest)
    if m and (m.group("name") + " dollars").lower() not in CURRENCY_WORDS:
        return Unit(pos + m.end(), _DOLLAR_NAMES[m.group("name")], "money")
    m = _CURRENCY.match(rest)
    if m:
        word, named = m.group("word"), f"{m.group('country')} {m.group('word')}".lower()
        code = CURRENCY_WORDS.get(named) or CURRENCY_WORDS.get(word.lower()) or SIGNS_AFTER.get(word, word)
        return Unit(pos + m.end(), code, "money")
    return None


@lru_cache(maxsize=1024)
def currency_before(text: str, pos: int) -> tuple[int, str] | None:
    """(start, ISO code) of a currency symbol, code or abbreviation written just before a number at pos ("$250",
    "Rs 500", "N4,000"; cached as unit_after is)."""
    m = _SYMBOL_BEFORE.search(text[max(0, pos - 8):pos])
    if not m:
        sign = sign_before(text[max(0, pos - 10):pos], text[pos:pos + 20])
        return (pos - sign[0], sign[1]) if sign else None
    symbol = m.group(1) or m.group(2)
    return pos - len(m.group(0)), SYMBOLS.get(re.sub(r"\s+", "", symbol.lower()), symbol.upper())
