"""The main verb of a count that opens its sentence ("Seven of the union's leaders, including its chairman,
were jailed for ..."): the predicate may stand far from the count, past a partitive, names in apposition or
an aside between commas, beyond the window in which cues are read around a number."""

import re

from extract.blanking import blank
from extract.language_data import rule

_OPENING = rule("en", "counts", "count.subject_opening").pattern
_ASIDE = rule("en", "counts", "count.relative_aside").pattern
_FINITE = rule("en", "counts", "count.finite_verb").pattern
_SUBORDINATE = rule("en", "counts", "count.restrictive_clause").pattern
_CLAUSE_END = rule("en", "counts", "count.predicate_clause_end").pattern
_PARTITIVE = rule("en", "counts", "count.partitive_with_number").pattern
# How much of the predicate is read: its verb group and the object right after it.
PREDICATE_WINDOW = 60



def subject_predicate(sentence: str, start: int, end: int) -> str:
    """The predicate (from its first auxiliary or finite verb, PREDICATE_WINDOW characters, to the clause's end)
    of a count at [start, end) that is its sentence's subject, or "" when the count does not open the sentence or
    a subordinate clause comes before any verb of its own."""
    if not _OPENING.match(sentence[:start]):
        return ""
    after = _PARTITIVE.sub(blank, sentence[end:], count=1)
    after = _CLAUSE_END.split(_ASIDE.sub(blank, after), maxsplit=1)[0]
    verb = _FINITE.search(after)
    if not verb or _SUBORDINATE.search(after, 0, verb.start()) or re.search(r"\d", after[:verb.start()]):
        return ""
    return after[verb.start():verb.start() + PREDICATE_WINDOW]
