"""The category of a duration: prison term, probation, compulsory work, ban, administrative arrest, detention,
legal time limit or another span of time, from the words attached to it and the nearest penalty cue.
"""

import re

from extract.cues import (ADMINISTRATIVE_OFFENCE, ARREST_PENALTY_BEFORE, BEFORE_TRIAL, DEADLINE_BEFORE, DURATION_CUES, EVENT_SPAN_AFTER, LIMIT_AFTER,
                         NO_LATER_THAN_BEFORE, STATUTORY_CUES, TO_AFTER)
from extract.mentions import Mention
from extract.proximity import nearest

# Penalties a sentence served earlier in the paragraph may name ("were given four years" after "sentenced to prison").
_PREVIOUS_SENTENCING = [(name, pattern) for name, pattern in DURATION_CUES
                        if name in ("probation", "compulsory_work", "ban", "prison_term", "detention")]
_ATTACHED = re.compile(r"^[’'\s]*(?:(?:per|a|each)\s+\w+\s+)?(?:maximum\s+|minimum\s+)?(?:(?:term|sentence|period)\s+of\s+)?"
                       r"(?:of\s+|in\s+)?(?:the\s+|an?\s+)?", re.IGNORECASE)
_GAP_AFTER = re.compile(r"^\s+(?:after|later|ago|earlier)\b", re.IGNORECASE)
_PENALTY_FOR = re.compile(r"^\W*(?:\w+\s+){0,2}for\s+(?:\w+\s+){0,2}(?:picket|unsanctioned|unauthori[sz]ed|illegal|"
                          r"unlawful|petty|hooliganism|disobe|resist|violat)", re.IGNORECASE)
_JAILED = re.compile(r"\b(?:jail(?:ed)?|sentenced|sentences?|arrest(?:ed)?|locked\s+up)\b", re.IGNORECASE)
_HELD_FOR = re.compile(r"\b(?:held|hold|holding|kept|keep|detained|detain)\s+(?:[\w’'-]+\s+){0,3}for\s+$",
                       re.IGNORECASE)
_PRETRIAL_BEFORE = re.compile(r"\b(?:pre-?trial|remand)\s+(?:detention|imprisonment|custody|arrest|confinement)\s+"
                              r"(?:\w+\s+){0,2}(?:for\s+|of\s+)?(?:up\s+to\s+|another\s+|a\s+further\s+)?$", re.IGNORECASE)
# What a prosecutor asks the court for is a prison term ("the prosecutor asked for 11 years").
_DEMANDED_BEFORE = re.compile(r"\bprosecut\w*\b[^.;]{0,40}\b(?:asked|asking|sought|seeking|requested|requesting|"
                              r"demanded|demanding)\s+(?:for\s+)?(?:a\s+)?$", re.IGNORECASE)
_SERVED_BEFORE = re.compile(r"\bserv(?:ed|ing|es)\s+(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# "the eight-month period from January to August" names a span of time, not a legal period.
_SPAN_OF_TIME = re.compile(r"^[\s-]*period\s+(?:from|between|covering|since|under\s+review)\b", re.IGNORECASE)
# "received 44 complaints in four months": the span over which something was counted, not a deadline.
_COUNTED_OVER = re.compile(r"\b(?:receiv(?:ed|es)|register(?:ed|s)|record(?:ed|s)|reported|documented|counted|"
                           r"identified)\b[^.;]*\b\d[\d,]*\s+[^.;]*\b(?:in|within|over|during)\s+(?:the\s+)?"
                           r"(?:first\s+|last\s+|past\s+)?$", re.IGNORECASE)
# How long something has lasted ("a case that has been ongoing for 24 years") is not a penalty.
_ONGOING_FOR = re.compile(r"\b(?:ongoing|pending|continu\w+|lasted|lasting|running|dragged\s+on)\s+(?:for\s+)?"
                          r"(?:(?:nearly|almost|about|over|more\s+than)\s+)?$", re.IGNORECASE)
# A jail term counted in days ("handed 15 days in jail", "a 12-day jail sentence", "arrested ... for 15 days") is
# an administrative arrest: criminal prison terms are not counted in days.
_DAYS_IN_JAIL_AFTER = re.compile(r"^[\s-]*(?:of\s+|in\s+)?(?:administrative\s+)?(?:jail|prison|behind\s+bars)\b(?!\s+(?:terms?\s+)?"
                                 r"(?:sentences?\s+)?(?:for|of)\s+(?:up\s+to\s+)?\w+\s+years?)", re.IGNORECASE)
_ARRESTED_FOR_BEFORE = re.compile(r"\barrest(?:ed|s)?\b[^.;]{0,120}\bfor\s+(?:(?:another|a\s+further|up\s+to)\s+)?$",
                                  re.IGNORECASE)
# "handed six days in prison": a term in prison, with no administrative offence or arrest named, is a prison term.
_IN_PRISON_AFTER = re.compile(r"^\s+in\s+prison\b", re.IGNORECASE)
_SENTENCING_VERB = re.compile(r"\b(?:sentenced|handed|given|gave|jailed|imposed|received|ordered|arrested|spent|serv(?:ed|ing))\b",
                              re.IGNORECASE)
# "was punished with 15 days of detention", "got three days of arrest", "served five days of administrative
# detention": days of detention or arrest given as a penalty are administrative arrest, not pretrial custody.
_OF_ARREST_AFTER = re.compile(r"^[’']?\s+(?:of\s+)?(?:administrative\s+)?(?:detention|arrest|jail)\b", re.IGNORECASE)
_PENALTY_GIVEN_BEFORE = re.compile(r"\b(?:punish\w*|sanctions?|penalty|got|gets|given|gave|received|sentenced|awarded|handed|serv(?:e|es|ed|ing))\b[^.;]{0,120}$",
                                   re.IGNORECASE)
# "a suspended three-year sentence": the word before the duration makes the term probation.
_SUSPENDED_BEFORE = re.compile(r"\bsuspended\s+$", re.IGNORECASE)
# "Within two weeks, three parties formed a coalition": an opening "within" phrase before a clause that tells
# what happened, with no rule in sight, is how long something took, not a deadline.
_OPENING_WITHIN = re.compile(r"^\W*$")
_MODAL = re.compile(r"\b(?:must|shall|should|may|can|cannot|has\s+to|have\s+to|is\s+to|are\s+to|required|obliged|"
                    r"obligated|entitled|allowed|permitted)\b", re.IGNORECASE)
_PAST_EVENT = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)


def narrative_within(sentence: str, start: int, end: int) -> bool:
    """Whether a "within ..." duration opens its sentence and the clause after it reports a past event with no
    law or obligation named: the time something took, not a legal time limit."""
    if not sentence[start:end].lower().startswith("within") or not _OPENING_WITHIN.match(sentence[:start]):
        return False
    rest = sentence[end:]
    return bool(re.match(r"^\s*,", rest)) and not _MODAL.search(rest) and not STATUTORY_CUES.search(rest) and \
        bool(_PAST_EVENT.search(rest))


_SERVED = re.compile(r"\b(?:given|receiv\w*|serv\w*|sentenced|awarded|got|handed)\b", re.IGNORECASE)


def _attached(cues: list[tuple[str, re.Pattern]], text: str) -> str | None:
    """The cue written right after a duration ("years' probation", "hours a year of compulsory labor")."""
    rest = text[_ATTACHED.match(text).end():]
    adjective = re.match(r"^\w+\s+", rest)
    for candidate in (rest, rest[adjective.end():] if adjective else None):
        if candidate is None:
            continue
        for name, pattern in cues:
            if pattern.match(candidate):
                return name
    return None


def duration_category(mention: Mention, sentence: str, start: int, end: int, before: str) -> str:
    """Category of a duration at [start, end) of its sentence (prison term, probation, ban, legal time limit...);
    `before` is the paragraph text before the sentence. A jail term of days for an administrative offence is
    administrative arrest."""
    if narrative_within(sentence, start, end):
        return "duration_other"
    name = _duration_kind(sentence, start, end, before)
    if mention.unit == "hour" and name == "prison_term":
        return "detention"
    if name == "prison_term" and BEFORE_TRIAL.search(sentence):
        return "detention"
    if name == "prison_term" and _IN_PRISON_AFTER.match(sentence[end:]) and _SENTENCING_VERB.search(sentence) and \
            not ADMINISTRATIVE_OFFENCE.search(sentence) and not re.search(r"\barrest", sentence, re.IGNORECASE):
        return name
    if mention.unit == "day" and mention.value <= 30 and name in ("prison_term", "detention", "duration_other") and \
            _short_term_given(sentence, start, end):
        return "administrative_arrest"
    if _SUSPENDED_BEFORE.search(sentence[max(0, start - 12):start]) and name == "prison_term":
        return "probation"
    short = mention.unit in ("day", "hour") and mention.value <= 90 or mention.unit == "month" and mention.value <= 3
    if short and ARREST_PENALTY_BEFORE.search(sentence[:start]):
        return "administrative_arrest"
    if mention.unit == "day" and mention.value <= 30 and name in ("prison_term", "detention", "duration_other") and (
            _DAYS_IN_JAIL_AFTER.match(sentence[end:]) and _SENTENCING_VERB.search(sentence) or
            _ARRESTED_FOR_BEFORE.search(sentence[:start]) and not _PRETRIAL_BEFORE.search(sentence[max(0, start - 60):start])):
        return "administrative_arrest"
    if mention.unit == "day" and mention.value <= 30 and _OF_ARREST_AFTER.match(sentence[end:]) and \
            _PENALTY_GIVEN_BEFORE.search(sentence[:start]):
        return "administrative_arrest"
    if name in ("prison_term", "detention") and short and \
            ADMINISTRATIVE_OFFENCE.search(sentence) and (name == "prison_term" or _JAILED.search(sentence) or
                                                         _PENALTY_FOR.match(sentence[end:])):
        return "administrative_arrest"
    return name


# "41 people got 10 days", "sentenced to seven days' detention", "a fine ... or 15 days behind bars", "will spend 10 days
# in detention according to the court's ruling": a few days given by a court, or offered beside a fine, are a penalty.
_COURT_GAVE_BEFORE = re.compile(r"\b(?:sentenced|got|gets|given|gave|handed|terms?\s+(?:of|for)|fines?\b[^.;]*\bor)\s+"
                                r"(?:(?:to|of|for|up\s+to|another|the)\s+)*(?:[\w-]+\s+and\s+)?$", re.IGNORECASE)
_COURT_RULING = re.compile(r"\b(?:court|judge)\b[^.;]*\b(?:rul\w*|order\w*|decision|verdict)|\b(?:rul\w*|order|decision|verdict)"
                           r"\s+(?:of|by)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}(?:court|judge)", re.IGNORECASE)
_PRETRIAL_AFTER = re.compile(r"^[’'\s-]*(?:of\s+|in\s+)?(?:pre-?trial|remand)", re.IGNORECASE)


def _short_term_given(sentence: str, start: int, end: int) -> bool:
    """Whether a term of a few days is one a court gave or a penalty set beside a fine, not custody before trial."""
    if _PRETRIAL_AFTER.match(sentence[end:]) or _PRETRIAL_BEFORE.search(sentence[max(0, start - 60):start]) or \
            _HELD_FOR.search(sentence[max(0, start - 50):start]) or BEFORE_TRIAL.search(sentence):
        return False
    if _COURT_GAVE_BEFORE.search(sentence[max(0, start - 80):start]):
        return True
    return bool(re.search(r"\b(?:spend|serve)\s+$", sentence[max(0, start - 10):start], re.IGNORECASE) and
                _COURT_RULING.search(sentence))


def _duration_kind(sentence: str, start: int, end: int, before: str) -> str:
    """The penalty, detention or time limit a duration is, from the words attached to it, then the nearest
    cue, then a penalty named earlier in the paragraph ("were given four years")."""
    right = sentence[end:end + 60]
    words = sentence[start:end].lower()
    if EVENT_SPAN_AFTER.match(right):
        return "duration_other"
    if re.match(r"^\W{0,3}(?:of\s+)?(?:administrative\s+)?(?:imprisonment|incarceration|prison|jail)", right,
                re.IGNORECASE) and re.search(r"administrative\s+(?:offen[cs]e|arrest)", sentence, re.IGNORECASE) and \
            "day" in words:
        return "administrative_arrest"
    if _COUNTED_OVER.search(sentence[:start] + (" within " if words.startswith("within") else "")) and \
            not STATUTORY_CUES.search(sentence) or _ONGOING_FOR.search(sentence[max(0, start - 50):start]):
        return "duration_other"
    if words.startswith("within") or (DEADLINE_BEFORE.search(sentence[:start]) and TO_AFTER.match(right)) or \
            NO_LATER_THAN_BEFORE.search(sentence[:start]):
        return "legal_time_limit"
    if re.search(r"\bevery\s+$", sentence[:start], re.IGNORECASE) or LIMIT_AFTER.match(right):
        return "legal_time_limit"
    if _GAP_AFTER.match(right):
        return "duration_other"
    if _HELD_FOR.search(sentence[max(0, start - 50):start]) or _PRETRIAL_BEFORE.search(sentence[max(0, start - 60):start]):
        return "detention"
    if _DEMANDED_BEFORE.search(sentence[:start]):
        return "prison_term"
    if _SPAN_OF_TIME.match(right):
        return "duration_other"
    served = _attached([c for c in DURATION_CUES if c[0] != "legal_time_limit"], right)
    if served is None and _SERVED_BEFORE.search(sentence[max(0, start - 30):start]):
        return "prison_term"
    attached = served or \
        (_attached([c for c in DURATION_CUES if c[0] == "legal_time_limit"], right) if re.match(
            r"^\W*(?:term|period)\b", right, re.IGNORECASE) is None else "legal_time_limit")
    if attached:
        return attached
    name, distance = nearest(DURATION_CUES, sentence, start, end)
    if name is not None and distance <= 90:
        return name
    if not _SERVED.search(sentence):
        return "duration_other"
    earlier, _ = nearest(_PREVIOUS_SENTENCING, before[-300:], len(before[-300:]), len(before[-300:]), 300)
    return earlier or "duration_other"


