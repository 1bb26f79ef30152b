"""Whether a figure is statutory (what a law or rule prescribes: "punishable by up to five years") rather than
what happened ("was sentenced to five years"), from the nearer of the law cues and the event cues.
"""

import re

from extract.cues import (AUTHORIZED_COUNT_BEFORE, BARE_LAW_NOUN, COURT_ORDER_BEFORE, DEADLINE_BEFORE, DEFINITE_PERSON_MUST_PAY, EVENT_CUES, EXPECTATION_BEFORE, FACED_ALTERNATIVE_BEFORE,
                          FACED_BEFORE,
                          FINE_UNIT_AFTER, GENERIC_LAW_SUBJECT, LAW_NAMED, LIMIT_AFTER, RELEASE_CALL_BEFORE,
                          MAXIMUM_PENALTY_IS, SHARE_MEASURED_BEFORE, STATUTORY_CUES, TO_AFTER)
from extract.duration_category import narrative_within
from extract.mentions import Mention
from extract.proximity import nearest

# "raised the rate by 5 percent": a percentage after a verb of change is a change that happened, not a rule.
_CHANGE_VERB_BEFORE = re.compile(r"\b(?:raised|increased|decreased|rose|fell|grew|dropped|declined|cut|reduced)\b[^.;]*$",
                                 re.IGNORECASE)


_CONDITION = re.compile(r"\b(?:if|unless|in\s+case)\s+[^,;.()]*", re.IGNORECASE)


def statutory(mention: Mention, sentence: str, start: int, end: int) -> bool:
    """True when the sentence states what a law or rule prescribes around this mention; a semicolon ends the
    reach of a cue, as it joins independent statements."""
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", end)
    sentence, start, end = sentence[left:right if right >= 0 else len(sentence)], start - left, end - left
    # People who "face" a penalty are counted, not prescribed: the cue speaks to the penalty only.
    cued = re.sub(r"\bfac(?:e|es|ing)\b", lambda m: " " * len(m.group(0)), sentence, flags=re.IGNORECASE) \
        if mention.kind == "count" else sentence
    if mention.kind in ("count", "percent"):
        cued = BARE_LAW_NOUN.sub(lambda m: " " * len(m.group(0)), cued)
    # "must be filed within 7 days": the participle after a modal belongs to the rule, not to an event.
    evented = re.sub(r"\b(?:must|shall|should|to|may|can|cannot)\s+be\s+\w+",
                     lambda m: m.group(0)[:m.group(0).rfind(" ")] + " " * (len(m.group(0)) - m.group(0).rfind(" ")),
                     sentence, flags=re.IGNORECASE)
    # "if the crime was committed against a minor": what happens in a condition of the law is not an event.
    evented = _CONDITION.sub(lambda m: " " * len(m.group(0)), evented)
    if mention.kind == "duration" and narrative_within(sentence, start, end):
        return False
    if mention.kind == "count" and (RELEASE_CALL_BEFORE.search(sentence[max(0, start - 30):start]) or
                                    AUTHORIZED_COUNT_BEFORE.search(sentence[max(0, start - 30):start])):
        return False
    if EXPECTATION_BEFORE.search(sentence[max(0, start - 40):start]):
        return False
    if mention.kind in ("duration", "money") and mention.qualifier == "up_to" and \
            FACED_BEFORE.search(sentence[max(0, start - 40):start]) or \
            mention.kind == "duration" and FACED_ALTERNATIVE_BEFORE.search(sentence[:start]):
        return True
    if mention.kind == "money" and DEFINITE_PERSON_MUST_PAY.search(sentence[:start]) and not LAW_NAMED.search(sentence):
        return False
    fine_unit = FINE_UNIT_AFTER.match(sentence[end:])
    if fine_unit:
        cued = cued[:end] + " " * fine_unit.end() + cued[end + fine_unit.end():]
    law, law_distance = nearest([("law", STATUTORY_CUES)], cued, start, end, 160)
    event, event_distance = nearest([("event", EVENT_CUES)], evented, start, end, 160)
    # An obligation a court laid on the people in a reported case ("the judge ruled they must stay away for
    # the next 90 days") is an order, not a law's prescription.
    if not LAW_NAMED.search(sentence) and (COURT_ORDER_BEFORE.search(sentence[:start]) or
                                           re.search(r"\bthe\s+next\s+$", sentence[max(0, start - 12):start])):
        return False
    if mention.kind in ("count", "percent") and (mention.qualifier in ("approximate", "vague") or
                                                 SHARE_MEASURED_BEFORE.search(sentence[max(0, start - 40):start])):
        return False
    maximum = MAXIMUM_PENALTY_IS.search(sentence[:start])
    if maximum and not EVENT_CUES.search(sentence[:maximum.start()]):
        return True
    deadline = DEADLINE_BEFORE.search(sentence[:start]) if mention.kind == "duration" else None
    if deadline and TO_AFTER.match(sentence[end:]):
        # "he had 20 days to surrender" tells one person's deadline; only a rule named nearby makes it a law's.
        if deadline.group(0).lower().startswith("had") and (law is None or law_distance > 60):
            return False
        return not event or event_distance > 40
    if re.search(r"\bdid\s+(?:not\s+)?$", sentence[max(0, start - 12):start]):
        return False
    if re.search(r"\b(?:minimum|maximum|not\s+exceed)\b", sentence[start:end], re.IGNORECASE):
        return True
    if mention.kind == "duration" and LIMIT_AFTER.match(sentence[end:]):
        return True
    if mention.kind == "percent" and _CHANGE_VERB_BEFORE.search(sentence[max(0, start - 60):start]):
        return False
    if GENERIC_LAW_SUBJECT.match(sentence.strip()) and not event:
        return True
    if mention.kind in ("duration", "money") and mention.qualifier in ("up_to", "at_least") and (
            not event or (law and law_distance <= event_distance)):
        return True
    if law is None:
        return False
    if event is None:
        return mention.kind != "count" or law_distance < 60
    return law_distance <= event_distance
