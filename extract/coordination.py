"""A count joined to the next one by "and" or a comma shares the predicate after both: in "68 reporters and 27
editors were behind bars" or "five officers and 12 protesters were injured" the verb says what happened to the first
count's people too, though it stands after the second."""

from extract.category import category
from extract.category_groups import EVENTS_TO_PEOPLE
from extract.count_category import OFFICIALS, POPULATION, UNDECIDED, own_event
from extract.decision import Decision
from extract.anaphora import own_verb
from extract.language_data import rule
from extract.mentions import Mention

_JOINED_TO_NEXT = rule("en", "counts", "count.joined_to_next").pattern
_JOINED_TO_PREVIOUS = rule("en", "counts", "count.joined_to_previous").pattern
# What happened to people, or what they face: the categories a count of people joined to the one before it shares.
_PEOPLE_EVENTS = EVENTS_TO_PEOPLE + ("prisoners", "criminal_cases")
# Rules that decide a count by a predicate of its own: what was done to its people, not what they are called.
_PREDICATE_RULES = ("count.verb.", "count.people_verb.", "count.charged_predicate", "count.convicted_predicate",
                    "count.killed_predicate", "count.list_predicate")


def shared_predicate(decided: Decision, sentence: str, end: int, following: Mention | None, offset: int,
                     before: str) -> Decision | None:
    """The category a count left undecided (ending at `end` of `sentence`) takes from the count right after it
    (`following`, its offsets less `offset` being those in the sentence) when only its noun and "and" or a comma
    stand between them and the next count's category comes from a predicate of its own (an event only as its verb:
    "12 protesters were injured", not "24 photographs of dead protesters"); else None."""
    if following is None or following.kind != "count" or decided.rule not in UNDECIDED:
        return None
    start, stop = following.start - offset, following.end - offset
    if stop > len(sentence) or not _JOINED_TO_NEXT.fullmatch(sentence[end:start]):
        return None
    joined = category(following, sentence, start, stop, before)
    own = joined.rule.startswith("count.event.") and own_event(sentence[stop:]) == joined.rule
    if not (own or joined.rule.startswith(_PREDICATE_RULES)):
        return None
    return Decision(joined.value, "logic.shared_predicate")


def joined_to_previous(decided: Decision, sentence: str, start: int, end: int, noun: str,
                       previous_category: str) -> Decision | None:
    """The category a count of people left undecided takes from the count before it when "and" joins them as one
    list ("sentenced the ex-governor, six others, and four former officials to ...") and no verb of its own
    follows it ("and 40 residents watched"); else None."""
    if decided.rule not in UNDECIDED or previous_category not in _PEOPLE_EVENTS or (
            noun and not (POPULATION.search(noun) or OFFICIALS.search(noun))):
        return None
    if not _JOINED_TO_PREVIOUS.search(sentence[:start]) or own_verb(sentence, start, end):
        return None
    return Decision(previous_category, "logic.joined_to_previous")
