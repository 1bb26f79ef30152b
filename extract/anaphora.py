"""The category of a count that names nothing it counts and that the rules left to a catch-all: the count before it
in its sentence ("rose to 150 in March and 120 in April"), or, when its sentence points back ("this number was
5,200", "an increase of 12"), the paragraph's last count or the count of the previous sentence."""

from extract.count_category import count_noun, word_category
from extract.decision import Decision
from extract.features import last_counted_noun
from extract.language_data import rule

_REFERS_BACK = rule("en", "counts", "count.refers_back").pattern
# The categories that only say a count counts something: they are never passed on.
_CATCH_ALLS = ("count_other", "population", "")


def referred_category(sentence: str, start: int, end: int, decided: Decision, previous_category: str,
                      paragraph_category: str, previous_sentence: str) -> Decision | None:
    """The category a noun-less count at [start, end) of `sentence` takes from the count it refers back to, or None
    when the rules decided it or it names its own noun."""
    if decided.rule != "fallback.count_other" or count_noun(sentence, start, end):
        return None
    if previous_category not in _CATCH_ALLS:
        return Decision(previous_category, "logic.series_before")
    if not _REFERS_BACK.search(sentence[:start]):
        return None
    earlier = paragraph_category if paragraph_category not in _CATCH_ALLS else word_category(
        last_counted_noun(previous_sentence)) or ""
    return Decision(earlier, "count.refers_back") if earlier not in _CATCH_ALLS else None
