"""Who a figure's penalty, detention or killing falls on, as the sentence writes it ("journalist Ann Lee", "two
men", "the newspaper"), for chart labels that say who; None when the sentence does not say (or says "him")."""

import re
from functools import cache, lru_cache

from extract.category_groups import PENALTIES
from extract.language_data import rule, rules
from extract.regex_literals import Screen

MAX_WORDS = 12
# A match after the figure counts a little farther than one as far before it: "X was fined 50 MCI" is the usual
# order, "a fine of 50 MCI for an individual" the exception.
AFTER_WEIGHT = 1.2


@cache
def _patterns(language: str) -> tuple[tuple[re.Pattern, ...], re.Pattern, Screen]:
    """A language's who rules, its not-a-person rule and the screen of the who rules."""
    found = tuple(r.pattern for r in rules(language, "who") if r.id != "who.not_a_person")
    return found, rule(language, "who", "who.not_a_person").pattern, Screen(found)


@lru_cache(maxsize=256)
def _candidates(sentence: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of every span the language's rules name as who a penalty falls on (cached: a sentence's
    figures share them)."""
    found, not_a_person, screen = _patterns(language)
    return tuple((m.start("who"), m.start("who") + len(who), who)
                 for pattern, may in zip(found, screen.possible(sentence)) if may for m in pattern.finditer(sentence)
                 for who in [m.group("who").strip()]
                 if who and not not_a_person.search(who) and len(who.split()) <= MAX_WORDS)


def who_of(sentence: str, start: int, end: int, category: str, language: str = "en") -> str | None:
    """Who the figure at [start, end) of `sentence` was imposed on, as written, nearest the figure; None for a
    category that falls on nobody (a count, a wage) or when the sentence names no one."""
    if category not in PENALTIES or language not in ("en", "ru"):
        return None
    best, best_distance = None, float("inf")
    for s, e, who in _candidates(sentence, language):
        if s < end and start < e:
            continue
        distance = start - e if e <= start else (s - end) * AFTER_WEIGHT
        if distance < best_distance:
            best, best_distance = who, distance
    return best
