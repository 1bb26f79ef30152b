"""The GUIDELINES category of a figure mention (fine, prison term, deaths, complaints, percent...): ages, shares,
ratios, lengths and other physical measures by their kind, money by the nearest money cue (or, for "they were paid 654 million tenge",
the wage debt the sentence before speaks of), durations and counts by their own rules.
"""

from extract.count_category import count_category
import re

from extract.cues import FINE_UNIT_AFTER, MONEY_CUES, PAID_TO_PEOPLE_BEFORE, WAGE_DEBT
from extract.duration_category import duration_category
from extract.mentions import Mention
from extract.proximity import nearest

_BY_KIND = {"age": "age", "percent": "percent", "ratio": "ratio", "length": "other", "measure": "other"}


def category(mention: Mention, sentence: str, start: int, end: int, before: str = "", inherited_noun: str = "") -> str:
    """The category of a mention at [start, end) in its sentence; `before` is the paragraph text preceding the
    sentence, used when the sentence itself names no penalty ("were given four years"), and `inherited_noun`
    the noun of the sentence's previous count, for a count whose noun is left out."""
    if mention.kind in _BY_KIND:
        return _BY_KIND[mention.kind]
    if mention.kind == "money":
        name, _ = nearest(MONEY_CUES, sentence, start, end)
        if name is None and PAID_TO_PEOPLE_BEFORE.search(sentence[:start]) and WAGE_DEBT.search(before[-300:]):
            return "wage"
        return name or "money_other"
    if mention.kind == "duration":
        return duration_category(mention, sentence, start, end, before)
    if FINE_UNIT_AFTER.match(sentence[end:]) and re.search(r"\bfin(?:e[sd]?|ing)\b", sentence, re.IGNORECASE):
        return "fine"
    return count_category(sentence, start, end, inherited_noun)
