"""Read the unit written next to a number: currencies, durations, percent, ages, lengths, multipliers.

Pure pattern matching on the characters right after (or, for currency symbols, right before) the number.
"""

import re
from dataclasses import dataclass

CURRENCY_WORDS = {
    "tenge": "KZT", "kzt": "KZT", "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD",
    "u.s. dollar": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "rubles": "RUB", "ruble": "RUB", "roubles": "RUB", "rouble": "RUB", "rub": "RUB",
    "soms": "KGS", "som": "KGS", "kgs": "KGS", "manats": "AZN", "manat": "AZN", "azn": "AZN",
    "pounds sterling": "GBP", "gbp": "GBP", "yuan": "CNY", "cny": "CNY", "uzs": "UZS", "sums": "UZS",
    "hryvnias": "UAH", "hryvnia": "UAH", "uah": "UAH", "lari": "GEL", "gel": "GEL", "drams": "AMD",
    "dram": "AMD", "amd": "AMD", "somoni": "TJS", "tjs": "TJS", "byn": "BYN", "belarusian rubles": "BYN",
    "soum": "UZS", "soums": "UZS", "rupees": "INR", "rupee": "INR", "inr": "INR", "naira": "NGN", "ngn": "NGN",
    "lira": "TRY", "liras": "TRY", "try": "TRY", "yen": "JPY", "jpy": "JPY", "pounds": "GBP", "gbp": "GBP",
    "euros": "EUR", "rand": "ZAR", "shillings": "KES", "dinars": "IQD", "riyals": "SAR", "dirhams": "AED",
    "pesos": "MXN", "reais": "BRL", "rials": "IRR", "taka": "BDT", "kyats": "MMK", "afghanis": "AFN",
}
CURRENCY_SYMBOLS = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₸": "KZT", "₽": "RUB", "usd": "USD",
                    "kzt": "KZT", "eur": "EUR", "rub": "RUB", "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR",
                    "₦": "NGN", "ngn": "NGN", "₺": "TRY", "₴": "UAH", "gbp": "GBP", "kgs": "KGS", "uzs": "UZS",
                    "a$": "AUD", "c$": "CAD", "hk$": "HKD"}
DURATIONS = {"year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour", "minute": "minute"}
LENGTHS = {"mile": ("mile", 1.0), "kilometer": ("km", 1.0), "kilometre": ("km", 1.0), "km": ("km", 1.0),
           "meter": ("km", 0.001), "metre": ("km", 0.001)}

_CUR_WORDS = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
_AGE = re.compile(r"(?:-|\s)years?(?:-|\s)old\b", re.IGNORECASE)
_DURATION = re.compile(r"(?:-|\s)(?:calendar\s|working\s|business\s)?(year|month|week|day|hour|minute)s?\b",
                       re.IGNORECASE)
_PERCENT = re.compile(r"\s?(?:percent|per\scent|%|pct\b)(?:age\spoints?)?", re.IGNORECASE)
_TIMES = re.compile(r"(?:\s?-\s?fold\b|fold\b|\stimes\b)", re.IGNORECASE)
_LENGTH = re.compile(r"(?:-|\s)(mile|kilomet(?:er|re)|km|met(?:er|re))s?\b", re.IGNORECASE)
_CURRENCY = re.compile(rf"\s(?:{_CUR_WORDS})\b", re.IGNORECASE)
_SYMBOL_BEFORE = re.compile(r"(?:((?<![A-Za-z])(?:US|HK|A|C)\$|\$|€|£|₸|₽|₹|₦|₺|₴)\s?|"
                            r"\b(USD|KZT|EUR|RUB|GBP|INR|NGN|KGS|UZS|Rs\.?)\s?)$")


@dataclass(frozen=True)
class Unit:
    """A unit found beside a number: where its words end, the normalised unit, the kind, and a value factor."""

    end: int
    unit: str
    kind: str
    factor: float = 1.0


def unit_after(text: str, pos: int) -> Unit | None:
    """The unit written directly after a number ending at pos, or None for a bare number."""
    rest = text[pos:pos + 40]
    m = _AGE.match(rest)
    if m:
        return Unit(pos + m.end(), "year", "age")
    m = _DURATION.match(rest)
    if m:
        unit = m.group(1).lower()
        if unit == "minute":
            return Unit(pos + m.end(), "hour", "duration", 1 / 60)
        return Unit(pos + m.end(), DURATIONS[unit], "duration")
    m = _PERCENT.match(rest)
    if m:
        return Unit(pos + m.end(), "percent", "percent")
    m = _TIMES.match(rest)
    if m:
        return Unit(pos + m.end(), "times", "ratio")
    m = _LENGTH.match(rest)
    if m:
        unit, factor = LENGTHS[m.group(1).lower().replace("metre", "meter").replace("kilometre", "kilometer")]
        return Unit(pos + m.end(), unit, "length", factor)
    m = _CURRENCY.match(rest)
    if m:
        return Unit(pos + m.end(), CURRENCY_WORDS[m.group(0).strip().lower()], "money")
    return None


def currency_before(text: str, pos: int) -> tuple[int, str] | None:
    """(start, ISO code) of a currency symbol or code written just before a number at pos ("$130")."""
    m = _SYMBOL_BEFORE.search(text[max(0, pos - 5):pos])
    if not m:
        return None
    symbol = (m.group(1) or m.group(2)).lower()
    return pos - (len(m.group(0))), CURRENCY_SYMBOLS[symbol]
