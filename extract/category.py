"""The GUIDELINES category of a figure mention (fine, prison term, deaths, complaints, percent...): ages, shares,
ratios, lengths and other physical measures by their kind (goods seized by weight are property), money by the cue
that names what it is "in" ("$450 in victim damages"), else the nearest money cue (or, for "they were paid 654 million
tenge", the wage debt the sentence before speaks of), durations and counts by their own rules. Each category comes
with the id of the rule that decided it.
"""

import re

from extract.blanking import blanked
from extract.category_groups import CATCH_ALL_OF_KIND, CATEGORY_OF_KIND
from extract.count_category import count_category
from extract.decision import Decision
from extract.duration_category import duration_category
from extract.language_data import cues, decisions, rule
from extract.mentions import Mention
from extract.proximity import nearest

EQUIVALENT_GLOSS_BEFORE = rule("en", "money", "money.equivalent_gloss_before").pattern
FINE_MULTIPLE_AFTER = rule("en", "money", "money.fine_multiple_after").pattern
FINE_UNIT_AFTER = rule("en", "money", "money.fine_unit_after").pattern
MONEY_CUES = cues("en", "money", "money.cue.")
NAMED_AFTER = rule("en", "money", "money.named_after").pattern
_WORD = re.compile(r"[\w'’-]+\s+")
PAYMENT_CONTINUES = rule("en", "money", "money.payment_continues").pattern
LISTED_AFTER_COLON = rule("en", "money", "money.listed_after_colon").pattern
FINE_LEAD = rule("en", "money", "money.fine_lead").pattern
# How far before a colon the cue naming the items of the list after it may stand ("the agency imposed penalties on:").
COLON_WINDOW = 40
# How far back in the paragraph a sum paid may find the fine or damages it continues.
EARLIER_WINDOW = 300
PAID_TO_PEOPLE_BEFORE = rule("en", "money", "money.paid_to_people_before").pattern
WAGE_DEBT = rule("en", "money", "money.wage_debt").pattern
WAGE_AS_MEASURE = rule("en", "money", "money.wage_as_measure").pattern
_FINE_WORD = rule("en", "money", "money.fine_word").pattern
_FINE_TOPIC = rule("en", "money", "money.fine_topic").pattern
_PAYING_VERB = rule("en", "money", "money.paying_verb").pattern
MEASURE_CUES = cues("en", "measures", "measure.cue.")
# How far from a measure a seizure verb may stand ("seized approximately 3 tonnes of", "40 kg of it were seized").
MEASURE_CUE_WINDOW = 60
_DECIDES = decisions("en")


def category(mention: Mention, sentence: str, start: int, end: int, before: str = "",
             inherited_noun: str = "") -> Decision:
    """The category of a mention at [start, end) in its sentence; `before` is the paragraph text preceding the
    sentence, used when the sentence itself names no penalty ("were given four years"), and `inherited_noun`
    the noun of the sentence's previous count, for a count whose noun is left out."""
    if mention.kind == "measure":
        cue, _ = nearest(MEASURE_CUES, sentence, start, end, MEASURE_CUE_WINDOW)
        if cue:
            return Decision(_DECIDES[cue], cue)
    multiple = FINE_MULTIPLE_AFTER.match(sentence[end:]) if mention.unit == "times" and \
        not EQUIVALENT_GLOSS_BEFORE.search(sentence[max(0, start - 20):start]) else None
    if multiple:
        # The sum multiplied ("the minimum wage") is no cue of the multiple's own.
        cue, _ = nearest(MONEY_CUES, sentence[:end] + " " * multiple.end() + sentence[end + multiple.end():], start, end)
        if cue and _DECIDES[cue] == "fine":
            return Decision("fine", "money.fine_multiple_after")
    if mention.kind in CATEGORY_OF_KIND:
        return Decision(CATEGORY_OF_KIND[mention.kind], f"kind.{mention.kind}")
    if mention.kind == "money":
        named = _named_after(sentence, end)
        if named:
            return Decision(_DECIDES[named], named)
        cue, _ = nearest(MONEY_CUES, blanked(WAGE_AS_MEASURE, sentence), start, end)
        if cue in (None, "money.cue.ordered_to_pay") and PAYMENT_CONTINUES.search(sentence):
            earlier, _ = nearest(MONEY_CUES, before[-EARLIER_WINDOW:], EARLIER_WINDOW, EARLIER_WINDOW, EARLIER_WINDOW)
            if earlier and _DECIDES[earlier] in ("fine", "money_other"):
                return Decision(_DECIDES[earlier], "money.payment_continues")
        if cue is None and PAID_TO_PEOPLE_BEFORE.search(sentence[:start]) and WAGE_DEBT.search(before[-300:]):
            return Decision("wage", "money.wage_debt")
        if cue is None:
            cue = _listed_cue(sentence, start)
        return Decision(_DECIDES[cue], cue) if cue else Decision("money_other", "fallback.money_other")
    if mention.kind == "duration":
        return duration_category(mention, sentence, start, end, before)
    if FINE_UNIT_AFTER.match(sentence[end:]) and _FINE_WORD.search(sentence):
        return Decision("fine", "money.fine_unit_after")
    return count_category(sentence, start, end, inherited_noun)


def fine_topic(decision: Decision, sentence: str, before: str, topic: str) -> Decision:
    """A sum no cue named (fallback.money_other) that its `sentence` says is paid, collected or owed is a fine when
    the paragraph spoke of fines before it (`before`: the paragraph's text up to the sum) or the whole document
    tells of fines (extract.document_topic)."""
    if decision.rule != "fallback.money_other" or not _PAYING_VERB.search(sentence) or \
            not (topic == "fines" or _FINE_TOPIC.search(before)):
        return decision
    return Decision("fine", "money.fine_topic")


def _listed_cue(sentence: str, start: int) -> str | None:
    """money.listed_after_colon when a sum starting at `start` is an item of a list after a colon whose words just
    before it name fines ("fines to: A - £9 million; B - £500,000"), else None."""
    colon = sentence.rfind(":", 0, start)
    if colon < 0 or not LISTED_AFTER_COLON.match(sentence[colon:start]):
        return None
    cue, _ = nearest(MONEY_CUES, sentence[:colon], colon, colon, COLON_WINDOW)
    return "money.listed_after_colon" if cue and _DECIDES[cue] == "fine" else None


def fine_lead(decision: Decision, leads: tuple[str, ...]) -> Decision:
    """A sum no cue named (fallback.money_other) under a line ending in a colon that names fines or penalties (one of
    `leads`: the line heading its list, the lead of its run of short lines, the line before it) is a fine."""
    if decision.rule != "fallback.money_other" or not any(
            FINE_LEAD.search(lead) and any(_DECIDES[cue] == "fine" for cue, _, _ in MONEY_CUES.matches(lead, 0, len(lead)))
            for lead in leads):
        return decision
    return Decision("fine", "money.fine_lead")


def _named_after(sentence: str, end: int) -> str | None:
    """Id of the money cue that names what an amount ending at `end` is "in" or "as" ("$450 in victim damages",
    "JD3,500 in fines"), else None."""
    lead = NAMED_AFTER.match(sentence[end:])
    at = end + lead.end() if lead else None
    for _ in range(3):
        if at is None:
            return None
        named = next((rule_id for rule_id, pattern in MONEY_CUES if pattern.match(sentence, at)), None)
        if named:
            return named
        word = _WORD.match(sentence, at)
        at = word.end() if word else None
    return None


def bare_category(kind: str) -> Decision:
    """The category of a figure of `kind` with too few words around it to read meaning from (extract.density):
    its kind's, or its kind's catch-all."""
    return Decision(CATEGORY_OF_KIND.get(kind) or CATCH_ALL_OF_KIND.get(kind, "other"), "fallback.number_dense")
