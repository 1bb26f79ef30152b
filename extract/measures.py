"""Read the unit of a physical quantity written right after a number ("315kg", "a 5-kilowatt motor", "120
decibels"): the allow-list of extract/lang/<language>/measures.yaml, each written form with its pint symbol.

A form matches glued to the number or after one space or hyphen, in any case unless the data lists it as
exact-case, and only as a whole word, so "5G" and "10 stones" are never units; a slash after it may start the next
measure ("51.4mpg/126g/km").
"""

import re
from functools import cache

from extract.language_data import mapping, rule, words


@cache
def _table(language: str) -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    """(pattern, exact-case forms, case-folded forms) of a language's measure units."""
    units = mapping(language, "measures", "measures")
    exact = set(words(language, "measures", "exact_case"))
    exact_forms = {form: unit for form, unit in units.items() if form in exact}
    folded_forms = {form.lower(): unit for form, unit in units.items() if form not in exact}

    def alternation(forms) -> str:
        return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

    pattern = re.compile(rf"[ \u00a0-]?(?:(?P<exact>{alternation(exact_forms)})|(?i:(?P<folded>"
                         rf"{alternation(folded_forms)})))(?![\w°²³]|/(?!\d)|-(?![a-z]))")
    return pattern, exact_forms, folded_forms


def measure_after(text: str, pos: int, language: str = "en") -> tuple[int, str] | None:
    """(end, pint symbol) of a measure unit written right after a number ending at pos, or None."""
    pattern, exact_forms, folded_forms = _table(language)
    m = pattern.match(text, pos)
    if not m:
        return None
    unit = exact_forms[m.group("exact")] if m.group("exact") else folded_forms[m.group("folded").lower()]
    return m.end(), unit


def metres_before_feet(text: str, end: int, language: str = "en") -> bool:
    """Whether a number glued to "m" and ending at `end` is in metres rather than millions: its equivalent in feet
    follows in brackets ("a 29m (95ft) hull")."""
    return text[end - 1:end] == "m" and bool(rule(language, "measures", "measure.metres_before_feet").pattern.match(
        text[end:end + 40]))
