"""Whether a figure is statutory (what a law or rule prescribes: "punishable by up to five years") rather than
what happened ("was sentenced to five years"), from the nearer of the law cues and the event cues.
"""

from functools import lru_cache

from extract.blanking import blanked
from extract.cue_list import CueList
from extract.decision import Decision
from extract.duration_category import (LIMIT_EXCEEDED_BEFORE, measured_share_within, narrative_within, payment_deadline,
                                       term_of_office)
from extract.language_data import any_cue, cues, rule
from extract.mentions import Mention
from extract.proximity import nearest, nearest_by_group
from extract.regex_literals import screened

AUTHORIZED_COUNT_BEFORE = rule("en", "statutory", "statutory.authorized_count_before").pattern
BARE_LAW_NOUN = rule("en", "statutory", "statutory.bare_law_noun").pattern
CLASSIFIED_UNDER_LAW = rule("en", "statutory", "statutory.classified_under_law").pattern
RECOMMENDATIONS_COUNTED = rule("en", "statutory", "statutory.recommendations_counted").pattern
COURT_ORDER_BEFORE = rule("en", "statutory", "statutory.court_order_before").pattern
DEADLINE_BEFORE = rule("en", "durations", "duration.deadline_before").pattern
DEFINITE_HOLDER_BEFORE = rule("en", "durations", "duration.definite_holder_before").pattern
DEMAND_BEFORE = rule("en", "statutory", "statutory.demand_before").pattern
DEFINITE_PERSON_MUST_PAY = rule("en", "statutory", "statutory.definite_person_must_pay").pattern
EMERGENCY_SPAN = rule("en", "statutory", "statutory.emergency_span").pattern
PENALTY_WORD = rule("en", "statutory", "statutory.penalty_word").pattern
ORDERED_TO_PAY_BEFORE = rule("en", "statutory", "statutory.ordered_to_pay_before").pattern
GENERIC_PAYER = rule("en", "statutory", "statutory.generic_payer").pattern
EVENT_CUES = cues("en", "statutory", "statutory.event.")
EXPECTATION_BEFORE = rule("en", "statutory", "statutory.expectation_before").pattern
FACED_ALTERNATIVE_BEFORE = rule("en", "statutory", "statutory.faced_alternative_before").pattern
FACED_BEFORE = rule("en", "statutory", "statutory.faced_before").pattern
DEFAULT_TERM = rule("en", "statutory", "statutory.default_term").pattern
FACES_A_TERM = rule("en", "statutory", "statutory.faces_a_term").pattern
FACES_A_SENTENCE_OF = rule("en", "statutory", "statutory.faces_a_sentence_of").pattern
FIXED_PENALTY_BEFORE = rule("en", "statutory", "statutory.fixed_penalty_before").pattern
OFFENCE_NAMED_BY_PROVISION = rule("en", "statutory", "statutory.offence_named_by_provision").pattern
_TERM_ADJECTIVE = rule("en", "statutory", "statutory.term_adjective").pattern
FINED_OR_FACE_BEFORE = rule("en", "statutory", "statutory.fined_or_face_before").pattern
FINE_UNIT_AFTER = rule("en", "money", "money.fine_unit_after").pattern
GENERIC_LAW_SUBJECT = rule("en", "statutory", "statutory.generic_law_subject").pattern
LAW_NAMED = rule("en", "statutory", "statutory.law_named").pattern
LIMIT_AFTER = rule("en", "durations", "duration.limit_after").pattern
RELEASE_CALL_BEFORE = rule("en", "statutory", "statutory.release_call_before").pattern
MAXIMUM_PENALTY_IS = rule("en", "statutory", "statutory.maximum_penalty_is").pattern
SHARE_MEASURED_BEFORE = rule("en", "statutory", "statutory.share_measured_before").pattern
LAW_CUES = cues("en", "statutory", "statutory.law.")
TO_AFTER = rule("en", "durations", "duration.to_after").pattern
ORDERED_PAYMENT = rule("en", "statutory", "statutory.ordered_payment").pattern
WAGE_AS_MEASURE = rule("en", "money", "money.wage_as_measure").pattern

_CHANGE_VERB_BEFORE = rule("en", "statutory", "statutory.change_verb_before").pattern
_CONDITION = rule("en", "statutory", "statutory.condition").pattern
_FACE_VERB = rule("en", "statutory", "statutory.face_verb").pattern
_MODAL_COORDINATED_PARTICIPLE = rule("en", "statutory", "statutory.modal_coordinated_participle").pattern
_MODAL_BE_PARTICIPLE = rule("en", "statutory", "statutory.modal_be_participle").pattern
_THE_NEXT_BEFORE = rule("en", "statutory", "statutory.the_next_before").pattern
_DID_BEFORE = rule("en", "statutory", "statutory.did_before").pattern
_BOUND_IN_MENTION = rule("en", "statutory", "statutory.bound_in_mention").pattern
_GIVEN_THE_BOUND_BEFORE = rule("en", "statutory", "statutory.given_the_bound_before").pattern
_REPORTED_EXTREME = rule("en", "statutory", "statutory.reported_extreme").pattern
_REDUCTION_OFFERED_AFTER = rule("en", "statutory", "statutory.reduction_offered_after").pattern
_REDUCTION_SCHEME = rule("en", "statutory", "statutory.reduction_scheme").pattern


@lru_cache(maxsize=256)
def _law_text(sentence: str, kind: str) -> str:
    """The sentence as law cues are sought in it for a figure of `kind`: the minimum wage as a fine's measure, an
    offence named by its provision ("punishable under Section 420"), a count's "face" verbs, and a count's or a
    percentage's bare law nouns, the law it was filed or charged under and the recommendations it counts, blanked
    out, every offset kept (cached: a sentence's figures share it)."""
    cued = blanked(OFFENCE_NAMED_BY_PROVISION, blanked(WAGE_AS_MEASURE, sentence))
    cued = blanked(_FACE_VERB, cued) if kind == "count" else cued
    if kind not in ("count", "percent"):
        return cued
    for pattern in (BARE_LAW_NOUN, CLASSIFIED_UNDER_LAW, RECOMMENDATIONS_COUNTED):
        cued = blanked(pattern, cued)
    return cued


@lru_cache(maxsize=256)
def _event_text(sentence: str) -> str:
    """The sentence as event cues are sought in it: the participle after a modal ("must be filed"), and the second
    one it governs ("could be fined ... or sentenced"), and a law's
    condition ("if the crime was committed against a minor": what happens in it is not an event) blanked out, every
    offset kept (cached: a sentence's figures share it)."""
    evented = _MODAL_COORDINATED_PARTICIPLE.sub(
        lambda m: m.group(0)[:m.start("participle") - m.start()] + " " * len(m.group("participle")), sentence) \
        if screened(_MODAL_COORDINATED_PARTICIPLE, sentence) else sentence
    evented = _MODAL_BE_PARTICIPLE.sub(
        lambda m: m.group(0)[:m.group(0).rfind(" ")] + " " * (len(m.group(0)) - m.group(0).rfind(" ")), evented) \
        if screened(_MODAL_BE_PARTICIPLE, evented) else evented
    return blanked(_CONDITION, evented)


# The law and event cues as one list, each cue named (group, rule id): most sentences blank nothing for either, and
# one scan of the window then serves both.
_LAW_AND_EVENT_CUES = CueList([(("law", name), pattern) for name, pattern in LAW_CUES] +
                              [(("event", name), pattern) for name, pattern in EVENT_CUES])
_NO_CUE = (None, float("inf"))


def _nearest_law_and_event(cued: str, evented: str, start: int,
                           end: int) -> tuple[str | None, float, str | None, float]:
    """(law cue, its distance, event cue, its distance) nearest the mention at [start, end) within 160 characters,
    the law cues sought in `cued` and the event cues in `evented`: one scan of both lists when the two texts are the
    same (proximity.nearest_by_group reads each list's nearest cue as its own scan would)."""
    if cued != evented:
        return (*nearest(LAW_CUES, cued, start, end, 160), *nearest(EVENT_CUES, evented, start, end, 160))
    found = nearest_by_group(_LAW_AND_EVENT_CUES, cued, start, end, 160)
    return (*found.get("law", _NO_CUE), *found.get("event", _NO_CUE))


def prescribed_by_lead(lead: str) -> bool:
    """Whether the lead of a run of short lines ("Hacking is punishable by:", "the penalty rises to:") names a law's
    penalty: a law cue, or a penalty word and no event ("the court imposed these penalties:" names one)."""
    return bool(lead) and (any_cue(LAW_CUES, lead) or bool(PENALTY_WORD.search(lead)) and not any_cue(EVENT_CUES, lead))


def statutory(mention: Mention, sentence: str, start: int, end: int) -> Decision:
    """True when the sentence states what a law or rule prescribes around this mention, with the id of the rule
    that decided; a semicolon ends the reach of a cue, as it joins independent statements."""
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", end)
    sentence, start, end = sentence[left:right if right >= 0 else len(sentence)], start - left, end - left
    if mention.kind == "duration" and narrative_within(sentence, start, end):
        return Decision(False, "duration.past_event")
    if mention.kind == "duration" and term_of_office(sentence, start, end):
        return Decision(True, "duration.term_of_office")
    if mention.kind == "duration" and measured_share_within(sentence, start, end):
        return Decision(False, "duration.share_done_within")
    if mention.kind == "duration" and LIMIT_EXCEEDED_BEFORE.search(sentence[:start]):
        return Decision(True, "duration.limit_exceeded_before")
    if mention.kind == "count" and RELEASE_CALL_BEFORE.search(sentence[max(0, start - 30):start]):
        return Decision(False, "statutory.release_call_before")
    if mention.kind == "count" and AUTHORIZED_COUNT_BEFORE.search(sentence[max(0, start - 30):start]):
        return Decision(False, "statutory.authorized_count_before")
    if mention.kind in ("duration", "money") and DEMAND_BEFORE.search(sentence[max(0, start - 160):start]):
        return Decision(False, "statutory.demand_before")
    if mention.kind in ("duration", "money") and _GIVEN_THE_BOUND_BEFORE.search(sentence[max(0, start - 100):start]):
        return Decision(False, "statutory.given_the_bound_before")
    if EXPECTATION_BEFORE.search(sentence[max(0, start - 40):start]):
        return Decision(False, "statutory.expectation_before")
    if mention.kind == "duration" and FINED_OR_FACE_BEFORE.search(sentence[:start]):
        return Decision(False, "statutory.fined_or_face_before")
    if mention.kind == "duration" and mention.qualifier not in ("up_to", "at_least") and \
            DEFAULT_TERM.search(sentence) and not LAW_NAMED.search(sentence):
        return Decision(False, "statutory.default_term")
    if mention.kind == "duration" and mention.qualifier == "exact" and _TERM_ADJECTIVE.match(sentence[start:end]) and \
            FACES_A_TERM.search(sentence[max(0, start - 80):start]) and not GENERIC_LAW_SUBJECT.match(sentence.strip()):
        return Decision(False, "statutory.faces_a_term")
    if mention.kind == "duration" and mention.qualifier in ("exact", "range") and \
            FACES_A_SENTENCE_OF.search(sentence[max(0, start - 80):start]) and not GENERIC_LAW_SUBJECT.match(sentence.strip()):
        return Decision(False, "statutory.faces_a_sentence_of")
    if mention.kind in ("duration", "money") and FACED_BEFORE.search(sentence[max(0, start - 40):start]):
        return Decision(True, "statutory.faced_before")
    if mention.kind == "duration" and FACED_ALTERNATIVE_BEFORE.search(sentence[:start]):
        return Decision(True, "statutory.faced_alternative_before")
    if mention.kind == "duration" and not _BOUND_IN_MENTION.search(sentence[start:end]) and \
            payment_deadline(sentence, start, end) and ORDERED_PAYMENT.search(sentence) and not LAW_NAMED.search(sentence):
        return Decision(False, "statutory.ordered_payment")
    if mention.kind == "duration" and EMERGENCY_SPAN.search(sentence):
        return Decision(False, "statutory.emergency_span")
    if mention.kind == "money" and ORDERED_TO_PAY_BEFORE.search(sentence[max(0, start - 120):start]) and \
            not GENERIC_PAYER.search(sentence[max(0, start - 120):start]):
        return Decision(False, "statutory.ordered_to_pay_before")
    if mention.kind == "money" and DEFINITE_PERSON_MUST_PAY.search(sentence[:start]) and not LAW_NAMED.search(sentence):
        return Decision(False, "statutory.definite_person_must_pay")
    cued, evented = _law_text(sentence, mention.kind), _event_text(sentence)
    fine_unit = FINE_UNIT_AFTER.match(sentence[end:])
    if fine_unit:
        cued = cued[:end] + " " * fine_unit.end() + cued[end + fine_unit.end():]
    law, law_distance, event, event_distance = _nearest_law_and_event(cued, evented, start, end)
    # An obligation a court laid on the people in a reported case ("the judge ruled they must stay away for
    # the next 90 days") is an order, not a law's prescription.
    if not (screened(LAW_NAMED, sentence) and LAW_NAMED.search(sentence)):
        if screened(COURT_ORDER_BEFORE, sentence[:start]) and COURT_ORDER_BEFORE.search(sentence[:start]):
            return Decision(False, "statutory.court_order_before")
        if _THE_NEXT_BEFORE.search(sentence[max(0, start - 12):start]):
            return Decision(False, "statutory.the_next_before")
    if mention.kind in ("count", "percent") and mention.qualifier in ("approximate", "vague"):
        return Decision(False, "logic.approximate_count_is_reported")
    if mention.kind in ("count", "percent") and SHARE_MEASURED_BEFORE.search(sentence[max(0, start - 40):start]):
        return Decision(False, "statutory.share_measured_before")
    maximum = MAXIMUM_PENALTY_IS.search(sentence[:start])
    if maximum and not any_cue(EVENT_CUES, sentence[:maximum.start()]):
        return Decision(True, "statutory.maximum_penalty_is")
    deadline = DEADLINE_BEFORE.search(sentence[:start]) if mention.kind == "duration" else None
    if deadline and TO_AFTER.match(sentence[end:]):
        # "he had 20 days to surrender", "the pair have 10 days to lodge an appeal" tell the deadline of people in a reported case;
        # only a rule named nearby makes it a law's.
        if (deadline.group(0).lower().startswith("had") or DEFINITE_HOLDER_BEFORE.search(sentence[:start])) and \
                (law is None or law_distance > 60):
            return Decision(False, "duration.deadline_before")
        return Decision(True, "duration.deadline_before") if not event or event_distance > 40 else Decision(False, event)
    if _DID_BEFORE.search(sentence[max(0, start - 12):start]):
        return Decision(False, "statutory.did_before")
    if mention.kind == "money" and FIXED_PENALTY_BEFORE.search(sentence[max(0, start - 40):start]):
        return Decision(True, "statutory.fixed_penalty_before")
    if _BOUND_IN_MENTION.search(sentence[start:end]):
        return Decision(True, "statutory.bound_in_mention")
    if mention.kind == "duration" and LIMIT_AFTER.match(sentence[end:]):
        return Decision(True, "duration.limit_after")
    if mention.kind == "percent" and not event and _REDUCTION_OFFERED_AFTER.match(sentence[end:]) and \
            _REDUCTION_SCHEME.search(sentence):
        return Decision(True, "statutory.reduction_offered_after")
    if mention.kind == "percent" and _CHANGE_VERB_BEFORE.search(sentence[max(0, start - 60):start]):
        return Decision(False, "statutory.change_verb_before")
    if GENERIC_LAW_SUBJECT.match(sentence.strip()) and not event:
        return Decision(True, "statutory.generic_law_subject")
    if mention.kind in ("duration", "money") and mention.qualifier in ("up_to", "at_least") and (
            not event or (law and law_distance <= event_distance)) and not _REPORTED_EXTREME.match(sentence[start:end]):
        return Decision(True, law or "logic.bound_qualifier_is_prescribed")
    if law is None and not event and mention.kind in ("measure", "length") and mention.qualifier in ("up_to", "at_least"):
        # A rule's size limits ("shall be ... its length no more than 0.9 metres and its diameter no more than ...")
        # run long: a bound on a measure is prescribed by a law cue anywhere in its sentence.
        law, _ = nearest(LAW_CUES, cued, start, end, len(sentence))
        if law:
            return Decision(True, law)
    if law is None:
        return Decision(False, event or "fallback.reported")
    if event is None:
        return Decision(True, law) if mention.kind != "count" or law_distance < 60 else Decision(False, "fallback.reported")
    return Decision(True, law) if law_distance <= event_distance else Decision(False, event)
