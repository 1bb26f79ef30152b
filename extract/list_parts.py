"""The items of a list of complaints or cases ("complaints ... included 61 assaults, 38 threats and 12 fatal
shootings"): each is a complaint or a case of the kind it names, not the event itself."""

from extract.category_groups import FILED_BY_PEOPLE, NOTHING_NAMED
from extract.count_category import POPULATION, word_category
from extract.language_data import rule

_LISTED_PART = rule("en", "counts", "count.listed_part").pattern
_LIST_BREAK = rule("en", "counts", "count.list_break").pattern
# How far before "including" the noun of the whole may stand ("complaints for the quarter included").
WHOLE_REACH = 80


def listed_whole(sentence: str, start: int, noun: str, previous_category: str) -> str | None:
    """The category (complaints or criminal cases) of the whole a count at `start` is an item of: the count
    before it in its sentence, else (when that counts nothing named) the last noun of complaints or cases before
    "including"; None when the count is no item of such a list, counts people, or the count before it counts
    something else ("11 members were jailed on charges, including three who ...")."""
    listed = None
    for listed in _LISTED_PART.finditer(sentence, 0, start):
        pass
    if listed is None or _LIST_BREAK.search(sentence, listed.end(), start) or POPULATION.search(noun):
        return None
    if previous_category not in NOTHING_NAMED:
        return previous_category if previous_category in FILED_BY_PEOPLE else None
    words = sentence[max(0, listed.start() - WHOLE_REACH):listed.start()].split()
    return next((c for c in map(word_category, reversed(words)) if c in FILED_BY_PEOPLE), None)
