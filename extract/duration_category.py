"""The category of a duration: prison term, probation, compulsory work, ban, administrative arrest, detention,
legal time limit or another span of time, from the words attached to it and the nearest penalty cue.
"""

import re

from extract.cue_list import CueList
from extract.decision import Decision
from extract.language_data import any_cue, cues, decisions, rule
from extract.mentions import Mention
from extract.proximity import nearest

ADMINISTRATIVE_OFFENCE = rule("en", "durations", "duration.administrative_offence").pattern
ARREST_PENALTY_BEFORE = rule("en", "durations", "duration.arrest_penalty_before").pattern
BEFORE_TRIAL = rule("en", "durations", "duration.before_trial").pattern
DEADLINE_BEFORE = rule("en", "durations", "duration.deadline_before").pattern
DURATION_CUES = cues("en", "durations", "duration.cue.")
EVENT_SPAN_AFTER = rule("en", "durations", "duration.event_span_after").pattern
LIMIT_AFTER = rule("en", "durations", "duration.limit_after").pattern
NO_LATER_THAN_BEFORE = rule("en", "durations", "duration.no_later_than_before").pattern
LIMIT_EXCEEDED_BEFORE = rule("en", "durations", "duration.limit_exceeded_before").pattern
LAW_CUES = cues("en", "statutory", "statutory.law.")
TO_AFTER = rule("en", "durations", "duration.to_after").pattern
TIME_TO_PAY_AFTER = rule("en", "durations", "duration.time_to_pay_after").pattern
PAY_IN_BEFORE = rule("en", "durations", "duration.pay_in_before").pattern

# Penalties a sentence served earlier in the paragraph may name ("were given four years" after "sentenced to prison").
_DECIDES = decisions("en")
_PREVIOUS_SENTENCING = CueList((rule_id, pattern) for rule_id, pattern in DURATION_CUES if _DECIDES[rule_id] in (
    "probation", "compulsory_work", "ban", "prison_term", "detention"))
_WITHIN = rule("en", "durations", "duration.within").pattern
_ARREST_WORD = rule("en", "durations", "duration.arrest_word").pattern
_SPEND_SERVE_BEFORE = rule("en", "durations", "duration.spend_serve_before").pattern
_JAIL_AFTER = rule("en", "durations", "duration.jail_after").pattern
_ADMINISTRATIVE_NAMED = rule("en", "durations", "duration.administrative_named").pattern
_ADMINISTRATIVE_DETENTION_DAYS = rule("en", "durations", "duration.administrative_detention_days").pattern
_EVERY_BEFORE = rule("en", "durations", "duration.every_before").pattern
_TERM_OR_PERIOD_AFTER = rule("en", "durations", "duration.term_or_period_after").pattern
_PENALTY_TERM_BEFORE = rule("en", "durations", "duration.penalty_term_before").pattern
_TERM_IMPOSED = rule("en", "durations", "duration.term_imposed").pattern
_PRETRIAL_NAMED = rule("en", "durations", "duration.pretrial_named").pattern
_TERM_OF_OFFICE = rule("en", "durations", "duration.term_of_office").pattern
_OFFICE_WORD = rule("en", "durations", "duration.office_word").pattern
_SPENT_AFTER_ARREST = rule("en", "durations", "duration.spent_after_arrest").pattern
_ARREST_NO_VERDICT = rule("en", "durations", "duration.arrest_no_verdict").pattern
_SERVED_CUES = [(rule_id, pattern) for rule_id, pattern in DURATION_CUES if _DECIDES[rule_id] != "legal_time_limit"]
_LIMIT_CUES = [(rule_id, pattern) for rule_id, pattern in DURATION_CUES if _DECIDES[rule_id] == "legal_time_limit"]
_ATTACHED = rule("en", "durations", "duration.attached").pattern
_GAP_AFTER = rule("en", "durations", "duration.gap_after").pattern
_PENALTY_FOR = rule("en", "durations", "duration.penalty_for").pattern
_JAILED = rule("en", "durations", "duration.jailed").pattern
_HELD_FOR = rule("en", "durations", "duration.held_for").pattern
_PRETRIAL_BEFORE = rule("en", "durations", "duration.pretrial_before").pattern
_DEMANDED_BEFORE = rule("en", "durations", "duration.demanded_before").pattern
_SERVED_BEFORE = rule("en", "durations", "duration.served_before").pattern
_SPAN_OF_TIME = rule("en", "durations", "duration.span_of_time").pattern
_COUNTED_OVER = rule("en", "durations", "duration.counted_over").pattern
_SHARE_DONE_WITHIN = rule("en", "durations", "duration.share_done_within").pattern
_ONGOING_FOR = rule("en", "durations", "duration.ongoing_for").pattern
_STRIKE_FOR = rule("en", "durations", "duration.strike_for").pattern
_DAYS_IN_JAIL_AFTER = rule("en", "durations", "duration.days_in_jail_after").pattern
_ARRESTED_FOR_BEFORE = rule("en", "durations", "duration.arrested_for_before").pattern
_IN_PRISON_AFTER = rule("en", "durations", "duration.in_prison_after").pattern
_SENTENCING_VERB = rule("en", "durations", "duration.sentencing_verb").pattern
_HOUSE_ARREST_SENTENCE = rule("en", "durations", "duration.house_arrest_sentence").pattern
_OF_ARREST_AFTER = rule("en", "durations", "duration.of_arrest_after").pattern
_PENALTY_GIVEN_BEFORE = rule("en", "durations", "duration.penalty_given_before").pattern
_SUSPENDED_BEFORE = rule("en", "durations", "duration.suspended_before").pattern
_OPENING_WITHIN = rule("en", "durations", "duration.opening_within").pattern
_MODAL = rule("en", "durations", "duration.modal").pattern
_PAST_EVENT = rule("en", "durations", "duration.past_event").pattern
_SENTENCED_EARLIER = rule("en", "durations", "duration.sentenced_earlier").pattern
_OPENING_SPAN = rule("en", "durations", "duration.opening_span").pattern
_REMAND_AFTER = rule("en", "durations", "duration.remand_after").pattern
_SPENT_BEHIND_BARS_PRETRIAL = rule("en", "durations", "duration.spent_behind_bars_pretrial").pattern


def payment_deadline(sentence: str, start: int, end: int) -> str | None:
    """Id of the rule saying a duration is the time given to pay a sum ("two months to pay", "pay the sum in 21
    days", "to be paid within 48 hours"), else None."""
    if TIME_TO_PAY_AFTER.match(sentence[end:end + 40]):
        return "duration.time_to_pay_after"
    lead = _WITHIN.match(sentence[start:end])
    before = sentence[max(0, start - 100):start] + (lead.group(0) + " " if lead else "")
    return "duration.pay_in_before" if PAY_IN_BEFORE.search(before) else None


def measured_share_within(sentence: str, start: int, end: int) -> bool:
    """Whether the duration at [start, end) is the time within which a measured share of cases was done ("94 per
    cent of complaints were finalised within two months"): a performance measured, not a deadline."""
    lead = _WITHIN.match(sentence[start:end])
    return bool(_SHARE_DONE_WITHIN.search(sentence[:start] + (lead.group(0) if lead else "")))


def term_of_office(sentence: str, start: int, end: int) -> bool:
    """Whether the duration at [start, end) is the length of one person's term of office ("elected to a second
    five-year term as president")."""
    return bool(_TERM_OR_PERIOD_AFTER.match(sentence[end:end + 60]) and
                _TERM_OF_OFFICE.search(sentence[max(0, start - 40):start]) and _OFFICE_WORD.search(sentence))


def narrative_within(sentence: str, start: int, end: int) -> bool:
    """Whether a "within ..." duration opens its sentence and the clause after it reports a past event with no
    law or obligation named: the time something took, not a legal time limit."""
    if not _WITHIN.match(sentence[start:end]) or not _OPENING_WITHIN.match(sentence[:start]):
        return False
    rest = sentence[end:]
    return bool(re.match(r"^\s*,", rest)) and not _MODAL.search(rest) and not any_cue(LAW_CUES, rest) and \
        bool(_PAST_EVENT.search(rest))


_SERVED = rule("en", "durations", "duration.served").pattern


def _attached(cues: list[tuple[str, re.Pattern]], text: str) -> str | None:
    """Id of the cue written right after a duration ("years' probation", "hours a year of compulsory labor")."""
    rest = text[_ATTACHED.match(text).end():]
    adjective = re.match(r"^\w+\s+", rest)
    for candidate in (rest, rest[adjective.end():] if adjective else None):
        if candidate is None:
            continue
        for rule_id, pattern in cues:
            if pattern.match(candidate):
                return rule_id
    return None


def duration_category(mention: Mention, sentence: str, start: int, end: int, before: str) -> Decision:
    """Category of a duration at [start, end) of its sentence (prison term, probation, ban, legal time limit...);
    `before` is the paragraph text before the sentence. A jail term of days for an administrative offence is
    administrative arrest."""
    if narrative_within(sentence, start, end):
        return Decision("duration_other", "duration.past_event")
    if _FINE_IN_WAGES.match(sentence[end:]) and _FINE_WORD.search(sentence):
        return Decision("fine", "duration.fine_in_wages")
    if mention.qualifier == "up_to" and _EXTEND_UP_TO_BEFORE.search(sentence[:start]):
        return Decision("legal_time_limit", "duration.extend_up_to_before")
    kind = _duration_kind(sentence, start, end, before)
    if kind.rule == "fallback.duration_other" and mention.unit in ("year", "month") and \
            _PENALTY_TERM_BEFORE.search(sentence[max(0, start - 40):start]):
        # "got seven years after attending a protest": years or months someone got or was given are a prison term.
        kind = Decision("prison_term", "duration.penalty_term_before")
    if kind.rule == "fallback.duration_other" and mention.unit in ("year", "month") and \
            _SENTENCED_EARLIER.search(sentence[:start]):
        kind = Decision("prison_term", "duration.sentenced_earlier")
    if kind.rule == "fallback.duration_other" and mention.unit in ("year", "month") and \
            _listed_term(sentence[:start], before):
        kind = Decision("prison_term", "duration.listed_term")
    name = kind.value
    if _HOUSE_ARREST_SENTENCE.match(sentence[end:]) and _SENTENCING_VERB.search(sentence[:start]) and \
            not (_PRETRIAL_NAMED.search(sentence) or BEFORE_TRIAL.search(sentence)):
        return Decision("probation", "duration.house_arrest_sentence")
    if name in _SUSPENDABLE and _SUSPENDED_AFTER.match(sentence[end:]):
        return Decision("probation", "duration.suspended_after")
    lead = _WITHIN.match(sentence[start:end])
    if name in _SUSPENDABLE and _SUSPENDED_FOR_BEFORE.search(sentence[max(0, start - 160):start] +
                                                             (lead.group(0) + " " if lead else "")):
        return Decision("probation", "duration.suspended_for_before")
    if name == "prison_term" and _SUSPENDED_SENTENCE_OF_BEFORE.search(sentence[max(0, start - 160):start]):
        return Decision("probation", "duration.suspended_sentence_of_before")
    if mention.unit == "hour" and _DAILY_HOURS_AFTER.match(sentence[end:]) and not any_cue(LAW_CUES, sentence[:start]):
        return Decision("duration_other", "duration.daily_hours_after")
    if mention.unit == "hour" and name == "prison_term":
        return Decision("detention", "logic.hours_are_detention")
    if name == "detention" and mention.unit == "year" and kind.rule != "duration.been_in_jail_for" and \
            _TERM_IMPOSED.search(sentence) and \
            not _PRETRIAL_NAMED.search(sentence) and not BEFORE_TRIAL.search(sentence):
        return Decision("prison_term", "duration.term_imposed")
    if name == "prison_term" and BEFORE_TRIAL.search(sentence):
        return Decision("detention", "duration.before_trial")
    if name == "prison_term" and _SPENT_BEHIND_BARS_PRETRIAL.search(sentence[max(0, start - 40):start]) and \
            _PRETRIAL_NAMED.search(sentence) and not _SENTENCING_VERB.search(sentence.replace("spent", "")):
        return Decision("detention", "duration.spent_behind_bars_pretrial")
    if name in ("prison_term", "duration_other") and mention.unit in ("week", "month", "year") and \
            _SPENT_AFTER_ARREST.search(sentence[max(0, start - 60):start]) and \
            _DAYS_IN_JAIL_AFTER.match(sentence[end:]) and _ARREST_NO_VERDICT.search(sentence):
        return Decision("detention", "duration.spent_after_arrest")
    if name == "prison_term" and _IN_PRISON_AFTER.match(sentence[end:]) and _SENTENCING_VERB.search(sentence) and \
            not ADMINISTRATIVE_OFFENCE.search(sentence) and not _ARREST_WORD.search(sentence):
        return Decision(name, "duration.in_prison_after")
    if mention.unit == "day" and name in ("prison_term", "detention", "duration_other") and \
            _IN_DEFAULT_OF_FINE.search(sentence):
        return Decision("prison_term", "duration.in_default_of_fine")
    given = _short_term_given(sentence, start, end) if mention.unit == "day" and mention.value <= 30 and name in (
        "prison_term", "detention", "duration_other") else None
    if given:
        return Decision("administrative_arrest", given)
    if _SUSPENDED_BEFORE.search(sentence[max(0, start - 12):start]) and name == "prison_term":
        return Decision("probation", "duration.suspended_before")
    short = mention.unit in ("day", "hour") and mention.value <= 90 or mention.unit == "month" and mention.value <= 3
    if short and ARREST_PENALTY_BEFORE.search(sentence[:start]):
        return Decision("administrative_arrest", "duration.arrest_penalty_before")
    if mention.unit == "day" and mention.value <= 30 and name in ("prison_term", "detention", "duration_other"):
        if _DAYS_IN_JAIL_AFTER.match(sentence[end:]) and (
                _SENTENCING_VERB.search(sentence) or _FACED_BEFORE.search(sentence[max(0, start - 40):start])):
            return Decision("administrative_arrest", "duration.days_in_jail_after")
        if _ARRESTED_FOR_BEFORE.search(sentence[:start]) and not _PRETRIAL_BEFORE.search(sentence[max(0, start - 60):start]):
            return Decision("administrative_arrest", "duration.arrested_for_before")
    if mention.unit == "day" and mention.value <= 30 and _OF_ARREST_AFTER.match(sentence[end:]) and \
            _PENALTY_GIVEN_BEFORE.search(sentence[:start]):
        return Decision("administrative_arrest", "duration.of_arrest_after")
    if name in ("prison_term", "detention") and short and \
            ADMINISTRATIVE_OFFENCE.search(sentence) and (name == "prison_term" or _JAILED.search(sentence) or
                                                         _PENALTY_FOR.match(sentence[end:])):
        return Decision("administrative_arrest", "duration.administrative_offence")
    return kind


_EXTEND_UP_TO_BEFORE = rule("en", "durations", "duration.extend_up_to_before").pattern
_SUSPENDED_SENTENCE_OF_BEFORE = rule("en", "durations", "duration.suspended_sentence_of_before").pattern
_SUSPENDED_LATER = rule("en", "durations", "duration.suspended_later").pattern
_LISTED_TERM = rule("en", "durations", "duration.listed_term").pattern
_LISTED_TERM_NOT = rule("en", "durations", "duration.listed_term_not").pattern
_SENTENCED_IN_PARAGRAPH = rule("en", "durations", "duration.sentenced_in_paragraph").pattern
_BEEN_IN_JAIL_FOR = rule("en", "durations", "duration.been_in_jail_for").pattern
_RELEASED_BEFORE = rule("en", "durations", "duration.released_before").pattern
_CUSTODY = rule("en", "durations", "duration.cue.detention").pattern
_OFFICE_CHANGED_BY_BEFORE = rule("en", "durations", "duration.office_changed_by_before").pattern
_SERVING_NAMED = rule("en", "durations", "duration.serving_named").pattern


def _listed_term(head: str, before: str) -> bool:
    """Whether a duration after `head` (its sentence up to it) is the term of one item of a list of people
    sentenced ("Name, role: 18 years for treason"), the paragraph before it (`before`) or its sentence before the
    list saying sentences were passed."""
    item = _LISTED_TERM.search(head)
    return bool(item) and not _LISTED_TERM_NOT.search(item.group("label")) and \
        bool(_SENTENCED_IN_PARAGRAPH.search(before + " " + head[:item.start("label")]))


def suspended_later(decision: Decision, rest: str, following: str) -> Decision:
    """A prison term the court suspends later in its sentence (`rest`, the text after it) or in the next sentence of
    its paragraph (`following`) is probation: "sentenced A to two years in jail and a fine but suspended the jail
    term", "... to 14 months in jail. The jail sentence was suspended for three years."."""
    if decision.value != "prison_term" or not (_SUSPENDED_LATER.match(rest) or _SUSPENDED_LATER.match(following)):
        return decision
    return Decision("probation", "duration.suspended_later")
_SUSPENDED_AFTER = rule("en", "durations", "duration.suspended_after").pattern
_SUSPENDED_FOR_BEFORE = rule("en", "durations", "duration.suspended_for_before").pattern
_IN_DEFAULT_OF_FINE = rule("en", "durations", "duration.in_default_of_fine").pattern
# The categories a term the court then suspends may have been read as.
_SUSPENDABLE = ("prison_term", "duration_other", "legal_time_limit", "compulsory_work", "detention")
_FINE_IN_WAGES = rule("en", "durations", "duration.fine_in_wages").pattern
_FINE_WORD = rule("en", "money", "money.fine_word").pattern
_FACED_BEFORE = rule("en", "durations", "duration.faced_before").pattern
_COURT_GAVE_BEFORE = rule("en", "durations", "duration.court_gave_before").pattern
_FINED_AND_HELD = rule("en", "durations", "duration.fined_and_held").pattern
_COURT_RULING = rule("en", "durations", "duration.court_ruling").pattern
_PRETRIAL_AFTER = rule("en", "durations", "duration.pretrial_after").pattern
_FOR_BEFORE = rule("en", "durations", "duration.for_before").pattern
_DAILY_HOURS_AFTER = rule("en", "durations", "duration.daily_hours_after").pattern
_VERDICT_AFTER = rule("en", "durations", "duration.verdict_after").pattern
_WORKING_DAYS = rule("en", "durations", "duration.working_days").pattern


def _short_term_given(sentence: str, start: int, end: int) -> str | None:
    """Id of the rule saying a term of a few days is one a court gave or a penalty set beside a fine, not custody
    before trial; else None."""
    if _PRETRIAL_AFTER.match(sentence[end:]) or _PRETRIAL_BEFORE.search(sentence[max(0, start - 60):start]) or \
            _HELD_FOR.search(sentence[max(0, start - 50):start]) or BEFORE_TRIAL.search(sentence):
        return None
    if _COURT_GAVE_BEFORE.search(sentence[max(0, start - 80):start]):
        return "duration.court_gave_before"
    if _FINED_AND_HELD.search(sentence[max(0, start - 200):start]):
        return "duration.fined_and_held"
    if _SPEND_SERVE_BEFORE.search(sentence[max(0, start - 10):start]) and \
            _COURT_RULING.search(sentence):
        return "duration.court_ruling"
    return None


def _limit_or_not(sentence: str, start: int) -> Decision:
    """A duration nearest a cue of a legal time limit, unless its sentence says it is custody before any charge or
    trial ("kept incommunicado for 90 days and for another 60 days, without being charged before a court") or how much
    a term of office changed by ("his term in office was extended by two years")."""
    if BEFORE_TRIAL.search(sentence) and _CUSTODY.search(sentence[:start]):
        return Decision("detention", "duration.before_trial")
    if _OFFICE_CHANGED_BY_BEFORE.search(sentence[max(0, start - 60):start]) and _OFFICE_WORD.search(sentence):
        return Decision("duration_other", "duration.office_changed_by_before")
    return Decision("legal_time_limit", "duration.cue.legal_time_limit")


def _duration_kind(sentence: str, start: int, end: int, before: str) -> Decision:
    """The penalty, detention or time limit a duration is, from the words attached to it, then the nearest
    cue, then a penalty named earlier in the paragraph ("were given four years")."""
    right = sentence[end:end + 60]
    words = sentence[start:end]
    if EVENT_SPAN_AFTER.match(right):
        return Decision("duration_other", "duration.event_span_after")
    if _OPENING_SPAN.match(sentence[:start]) and not _MODAL.search(sentence[end:]):
        return Decision("duration_other", "duration.opening_span")
    if _STRIKE_FOR.search(sentence[max(0, start - 50):start]):
        return Decision("duration_other", "duration.strike_for")
    if _REMAND_AFTER.match(right):
        return Decision("detention", "duration.remand_after")
    if _JAIL_AFTER.match(right) and _ADMINISTRATIVE_NAMED.search(sentence) and "day" in words.lower():
        return Decision("administrative_arrest", "duration.administrative_named")
    if "day" in words.lower() and _ADMINISTRATIVE_DETENTION_DAYS.search(sentence):
        return Decision("administrative_arrest", "duration.administrative_detention_days")
    lead = _WITHIN.match(words)
    if _COUNTED_OVER.search(sentence[:start] + (" within " if lead else "")) and not any_cue(LAW_CUES, sentence):
        return Decision("duration_other", "duration.counted_over")
    if measured_share_within(sentence, start, end):
        return Decision("duration_other", "duration.share_done_within")
    if _ONGOING_FOR.search(sentence[max(0, start - 50):start]):
        return Decision("duration_other", "duration.ongoing_for")
    paying = payment_deadline(sentence, start, end)
    if paying:
        return Decision("legal_time_limit", paying)
    if lead:
        return Decision("legal_time_limit", "duration.within")
    if DEADLINE_BEFORE.search(sentence[:start]) and TO_AFTER.match(right):
        return Decision("legal_time_limit", "duration.deadline_before")
    if LIMIT_EXCEEDED_BEFORE.search(sentence[:start]):
        return Decision("legal_time_limit", "duration.limit_exceeded_before")
    if NO_LATER_THAN_BEFORE.search(sentence[:start]):
        return Decision("legal_time_limit", "duration.no_later_than_before")
    if _EVERY_BEFORE.search(sentence[:start]):
        return Decision("legal_time_limit", "duration.every_before")
    if LIMIT_AFTER.match(right):
        return Decision("legal_time_limit", "duration.limit_after")
    if _GAP_AFTER.match(right) and _RELEASED_BEFORE.search(sentence[:start]) and \
            _CUSTODY.search(sentence[:start]):
        return Decision("detention", "duration.released_before")
    if _GAP_AFTER.match(right) and not _PENALTY_TERM_BEFORE.search(sentence[max(0, start - 40):start]) and \
            not _FOR_BEFORE.search(sentence[max(0, start - 5):start]):
        return Decision("duration_other", "duration.gap_after")
    if _HELD_FOR.search(sentence[max(0, start - 120):start]):
        return Decision("detention", "duration.held_for")
    if _BEEN_IN_JAIL_FOR.search(sentence[max(0, start - 120):start]) and not _SERVING_NAMED.search(sentence):
        return Decision("detention", "duration.been_in_jail_for")
    if _PRETRIAL_BEFORE.search(sentence[max(0, start - 60):start]):
        return Decision("detention", "duration.pretrial_before")
    if _DEMANDED_BEFORE.search(sentence[:start]):
        return Decision("prison_term", "duration.demanded_before")
    if _SPAN_OF_TIME.match(right):
        return Decision("duration_other", "duration.span_of_time")
    if _VERDICT_AFTER.match(right):
        return Decision("prison_term", "duration.verdict_after")
    if term_of_office(sentence, start, end):
        return Decision("duration_other", "duration.term_of_office")
    served = _attached(_SERVED_CUES, right)
    if served is None and _WORKING_DAYS.search(words):
        return Decision("legal_time_limit", "duration.working_days")
    if served is None and _SERVED_BEFORE.search(sentence[max(0, start - 30):start]):
        return Decision("prison_term", "duration.served_before")
    if served is None and _TERM_OR_PERIOD_AFTER.match(right):
        if _PENALTY_TERM_BEFORE.search(sentence[max(0, start - 40):start]):
            return Decision("prison_term", "duration.penalty_term_before")
        return Decision("legal_time_limit", "duration.term_or_period_after")
    attached = served or _attached(_LIMIT_CUES, right)
    if attached:
        return Decision(_DECIDES[attached], attached)
    if _FACED_BEFORE.search(sentence[max(0, start - 40):start]):
        return Decision("prison_term", "duration.faced_before")
    nearest_cue, distance = nearest(DURATION_CUES, sentence, start, end)
    if nearest_cue == "duration.cue.legal_time_limit" and distance <= 90:
        return _limit_or_not(sentence, start)
    if nearest_cue is not None and distance <= 90:
        return Decision(_DECIDES[nearest_cue], nearest_cue)
    if not _SERVED.search(sentence):
        return Decision("duration_other", "fallback.duration_other")
    earlier, _ = nearest(_PREVIOUS_SENTENCING, before[-300:], len(before[-300:]), len(before[-300:]), 300)
    return Decision(_DECIDES[earlier], earlier) if earlier else Decision("duration_other", "fallback.duration_other")
