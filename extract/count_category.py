"""The category of a count (deaths, detentions, complaints, convictions, population...) from the noun it counts
and the verbs of its clause, and the counted noun itself, which the next count of a sentence may inherit.
"""

import re

from extract.cues import (CASUALTY_BREAKDOWN_HEAD, CHANGE_TO, CHARGED_PREDICATE, CHARGES_AGAINST_BEFORE, CONVICTED_PREDICATE, COUNT_EVENT_CUES, COUNT_NOUN_CUES, COUNT_VERB_CUES, DISPLACED_AFTER,
                          GENERIC_EVENT_HEADS, INSPECTION_CONTEXT, OFFICIALS, PEOPLE_CATEGORY_VERBS, PEOPLE_NAMES,
                          PENALISED_PEOPLE, PLACE_OF, POPULATION, POPULATION_OF, PROPERTY_DAMAGE,
                          RECORDED_FACTS, SANCTIONED)
from extract.proximity import nearest
from extract.vocabulary import NUMBER_WORDS_TO_TWELVE, PROGRESSIVE_VERBS

# Reports become complaints when the sentence says someone received, registered or filed them.
_RECEIVED = re.compile(r"\b(?:receiv(?:ed|es)|register(?:ed|s)|filed|lodged|submitted|logged|record(?:ed|s))\b",
                       re.IGNORECASE)
# Written statements and applications someone receives are complaints ("received 44 torture statements").
_SUBMISSIONS = re.compile(r"\b(?:reports|statements|applications|messages|requests|appeals)\b", re.IGNORECASE)
# A count followed by what a crowd does names people even when the noun is left out ("thousands took to the
# streets").
_CROWD_ACTION = re.compile(r"^\s+(?:(?:more|again|also|reportedly)\s+)?(?:took\s+to\s+the\s+streets|took\s+part|"
                           r"protested|rallied|marched|gathered|demonstrated|joined|attended|participated|signed|"
                           r"turned\s+out|came\s+out|assembled)\b", re.IGNORECASE)
# Nouns naming things rather than people: they decide the category even beside "killed" or "arrested".
_THING_CATEGORIES = ("criminal_cases", "complaints", "inspections", "property", "organizations", "count_other")
_STOPWORDS = re.compile(r"^(?:was|were|is|are|had|has|have|who|which|that|whom|in|on|at|by|from|during|after|before|"
                        r"since|because|while|when|to|and|or|but|as|with|for|of|throughout|each|per|a|an|the|it|"
                        r"about|against|over|under|into|among|between|like|such|including|through|across|within|"
                        r"without|than|whose|where|if|so|not|also|then|respectively|"
                        r"they|he|she|received|reported|did|do|died|could|would|will|may|must|can)$", re.IGNORECASE)
# "12 of 40 seats", "two to three dozen people": a second number between a count and its noun.
_ELIDED_OF = re.compile(rf"^\s+(?:of|to|and|or|,)\s+(?:the\s+)?(?:[\d,.]+|(?:{NUMBER_WORDS_TO_TWELVE}|\w+teen|"
                        r"\w+ty(?:-\w+)?|hundreds?|thousands?|dozens?))(?:\s+(?:million|thousand|billion))?\s+",
                        re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+(?:who|that|which|was|were|is|are|has|have|"
                        r"had|decreased|increased|rose|fell|grew|dropped|reached|stood|totaled|\w+ed)\b", re.IGNORECASE)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around the mention: stops at semicolons, dashes and ', and'/', while'/', but'."""
    left = 0
    for m in re.finditer(r";|–|—|:\s|,\s+(?:and|while|but|whereas|or|with)\s|\(|\)|\s(?:and|but)\s+that\s",
                         sentence[:start]):
        left = m.end()
    right = len(sentence)
    m = re.search(r";|–|—|,\s+(?:and|while|but|whereas|or|where|with)\s|\(|\)|,\s+\d|\s(?:and|but)\s+that\s|"
                  rf",\s+(?:{NUMBER_WORDS_TO_TWELVE}|\d[\d,]*|some|many|most|all|none)\s+of\s+(?:whom|which|them)\b|"
                  r"\s(?:and|but|while)\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|at\s+least\s+|about\s+|some\s+|"
                  r"nearly\s+|almost\s+|approximately\s+)?\d", sentence[end:], re.IGNORECASE)
    if m:
        right = end + m.start()
    return left, right


def _without_brackets(text: str) -> str:
    """The text with bracketed asides blanked out, keeping every offset."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


# "879 reported stateless people": a participle that describes the noun, not a verb ending the count.
_DESCRIBING_PARTICIPLE = re.compile(r"^\s+(?:reported|registered|recorded|documented|confirmed|known|identified|"
                                    r"estimated)(?=\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:people|persons|"
                                    r"individuals|victims|cases|children|women|men|refugees|migrants|workers)\b)",
                                    re.IGNORECASE)


def _noun_phrase(clause: str, end: int) -> str:
    """The words naming what a count counts, right after it (skipping "of 40" in "12 of 40 seats")."""
    rest = clause[end:]
    skip = _ELIDED_OF.match(rest)
    offset = 0
    partitive = re.match(r"^\s+of\s+(?:the|these|those|their|its|all)?\s*(?=[a-z]|[A-Z][a-z]+(?:s|ese)\b)", rest)
    if skip and not re.match(r"^\s+of\s+(?:whom|which|them|these|those)\b", rest, re.IGNORECASE):
        offset = skip.end() - 1
    elif partitive and not re.match(r"^\s+of\s+(?:whom|which|them|us|it|this|that)\b", rest):
        offset = partitive.end() - 1
    described = _DESCRIBING_PARTICIPLE.match(rest[offset:])
    if described:
        offset += described.end()
    words = []
    for m in re.finditer(r"[\w’'-]+|[^\w\s“”\"]", rest[offset:]):
        token = m.group(0)
        if not re.match(r"[\w’'-]", token) or _STOPWORDS.match(token) or len(words) >= 5:
            break
        words.append(token)
    return " ".join(words)


def _word_category(noun: str) -> str | None:
    """Category named by the words of a noun phrase, the last (head) word first."""
    for word in reversed(noun.replace(" -", " ").lstrip("-").split()):
        for name, pattern in COUNT_NOUN_CUES:
            if pattern.fullmatch(word) or pattern.match(word) and len(word) > 3:
                return name
        if POPULATION.fullmatch(word) or PEOPLE_NAMES.match(word):
            return "population"
    return None


def count_noun(sentence: str, start: int, end: int) -> str:
    """The noun phrase a count at [start, end) counts, or "" when it is left out ("compared to 84 in 2019")."""
    sentence = _without_brackets(sentence[:start]) + sentence[start:end] + _without_brackets(sentence[end:])
    lo, hi = _clause(sentence, start, end)
    clause = sentence[lo:hi]
    noun = _noun_phrase(clause, end - lo)
    if not noun:
        size = POPULATION_OF.search(clause[:start - lo])
        left = _NUMBER_OF.search(clause[:start - lo]) or CHANGE_TO.search(clause[:start - lo])
        if size:
            noun = "inmates" if size.group(1) else "population"
        else:
            noun = left.group(1) if left else ""
    if not noun:
        noun = predicate_noun(clause[end - lo:])
    return noun


# "21 were sex trafficking victims": with its noun left out, a count is named by the noun its clause says it is.
_PREDICATE = re.compile(r"^\s+(?:were|are|was|is|became)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s*(?:[(),;.]|$|\s+(?:of|in|"
                        r"from|at|and|who|whom|whose|with|for|while)\b))", re.IGNORECASE)


def predicate_noun(after: str) -> str:
    """The noun phrase after "were"/"are" that says what a noun-less count is ("three were forced labor victims")."""
    m = _PREDICATE.match(after)
    if not m or re.search(r"(?:ed|ing)$", m.group(1), re.IGNORECASE) or re.match(
            rf"(?:{PROGRESSIVE_VERBS})\b", m.group(1), re.IGNORECASE) or any(
            _STOPWORDS.match(w) for w in m.group(1).split()) or _word_category(m.group(1).split()[-1]) in (
            None, "population"):
        return ""
    return m.group(1)


def predicate_people(after: str) -> str:
    """The group of people named after "were"/"are" ("Of those, 12 were women"), or ""."""
    m = _PREDICATE.match(after)
    if not m or any(_STOPWORDS.match(w) for w in m.group(1).split()) or not POPULATION.fullmatch(m.group(1).split()[-1]):
        return ""
    return m.group(1)


def _what_events(clause: str, end: int, noun: str) -> str | None:
    """The category of what a generic event noun is "of" ("12 cases of arrests", "45 occurrences of attacks")."""
    if not noun or not GENERIC_EVENT_HEADS.fullmatch(noun.split()[-1]):
        return None
    m = re.match(r"^\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+of\s+", clause[end:])
    if not m:
        return None
    inner = _noun_phrase(" " + clause[end + m.end():], 0)
    named = _word_category(inner)
    if named and named not in ("population", "count_other", "inspections"):
        return named
    return nearest(COUNT_EVENT_CUES, inner, 0, 0, 40)[0]


def _tally_category(sentence: str, start: int, end: int) -> str | None:
    """A bracketed number after a name ("North (24), South (22)") tallies what the sentence counts: the first
    event or counted noun the sentence names outside brackets."""
    if not (re.search(r"[\w.]\s*\($", sentence[:start]) and re.match(r"^\)", sentence[end:])):
        return None
    text = _without_brackets(sentence)
    event = min(((m.start(), name) for name, p in COUNT_EVENT_CUES for m in p.finditer(text)), default=None)
    if event:
        return event[1]
    for m in re.finditer(r"[\w’'-]+", text):
        named = _word_category(m.group(0))
        if named not in (None, "population", "count_other"):
            return named
    return None


# A participle between a count and its noun describes the people, it does not say what happened to them
# ("one detained protester died").
_PARTICIPLE_ADJECTIVE = re.compile(r"^(\s+(?:detained|arrested|jailed|imprisoned|convicted|injured|wounded))\s+(?=\w)(?!"
                                   r"(?:in|at|on|by|for|during|after|and|or|with|from|since)\b)", re.IGNORECASE)


# People a researcher interviewed or surveyed are sources, whatever happened to others in the sentence.
_CONSULTED_BEFORE = re.compile(r"\b(?:interview\w*|survey\w*|spoke\s+(?:with|to)|met\s+(?:with\s+)?|consulted|questioned|"
                               r"polled)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# A flattened table row or label line names what its numbers count before them ("Complaints | 120 | 340").
_ROW_LABEL = re.compile(r"^\s*([A-Za-z][\w’' -]{0,40}?)\s*(?:\||\t|:)\s*(?:[\d.,]+\s*(?:\||\t)\s*)*$")


def _own_cue(clause: str, start: int, end: int) -> bool:
    """Whether a count that opens a conjoined clause has its own event or verb after it ("... died and
    thousands were arrested")."""
    return bool(nearest(COUNT_EVENT_CUES, clause, start, end, 80)[0] or nearest(COUNT_VERB_CUES, clause, start, end, 100)[0])


# A count followed only by a time ("5,113 complaints in 2016 and 6,417 last year") counts the noun before it.
_TIME_ONLY = re.compile(r"(?:last|this|next|previous|the\s+previous|the\s+following|a|one)\s+(?:year|month|week|day)"
                        r"(?:\s+(?:earlier|before|later))?", re.IGNORECASE)


# A capacity is a number of places, not of people held ("designed for 10,000 inmates", "capacity of 65,168").
_CAPACITY_BEFORE = re.compile(r"\b(?:capacity\s+(?:\w+\s+){0,3}?(?:of|is|was|were)\s+(?:supposed\s+to\s+be\s+)?|"
                              r"(?:designed|built|intended|meant)\s+(?:to\s+(?:hold|house|accommodate)|for)\s+"
                              r"(?:just\s+|only\s+)?)$", re.IGNORECASE)


# The verb of a count's own clause wins over a participle describing its noun ("five suspects convicted of the
# attack were executed").
_KILLED_PREDICATE = re.compile(r"^[^,;]{0,80}?\b(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?"
                               r"(?:executed|killed|shot\s+dead|murdered|assassinated|hanged)\b", re.IGNORECASE)


# ", including A and B," between a count and its verb names members of the group, not the group's predicate.
_APPOSITION = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s[^,;]*,")


# "in support of the two activists": a definite count after a preposition points back to people named before; it
# is no new tally of detentions or convictions unless its own clause says what happened to them.
_DEFINITE_BACK_BEFORE = re.compile(r"\b(?:of|for|with|about|behind|against|to|from|on\s+behalf\s+of)\s+the\s+$",
                                   re.IGNORECASE)
_OWN_EVENT_AFTER = re.compile(r"^\s+(?:[\w’'-]+\s+){1,3}?(?:who|whom|that|which|\w+ed\b)", re.IGNORECASE)


def count_category(sentence: str, start: int, end: int, inherited_noun: str = "") -> str:
    """Category of a count (see _count_category); a definite count of people after a preposition ("in support of
    the two activists") refers back and is never a new tally of an event."""
    category = _count_category(sentence, start, end, inherited_noun)
    if category in _EVENT_TALLIES and _DEFINITE_BACK_BEFORE.search(sentence[max(0, start - 40):start]) and \
            POPULATION.search(count_noun(sentence, start, end) or "") and not _OWN_EVENT_AFTER.match(sentence[end:]):
        return "count_other"
    return category


# "... in 51 cities; 1,225 were detained in the capital": a verb that only happens to people says the count is of
# people, so it does not inherit a noun naming things or places from the count before it.
_PEOPLE_PASSIVE = re.compile(r"^\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:detained|arrested|killed|"
                             r"injured|wounded|convicted|sentenced|fined|jailed|imprisoned|beaten|tortured)\b",
                             re.IGNORECASE)


def _inheritable(inherited_noun: str, after: str) -> str:
    """The previous count's noun, unless it names things while this count's own verb names people."""
    if inherited_noun and _PEOPLE_PASSIVE.match(after) and _word_category(inherited_noun) in _THING_CATEGORIES:
        return ""
    return inherited_noun


# "Three more activists, A, B, and C were each fined": the names between a count and its verb are the people counted.
_NAMED_GROUP_PREDICATE = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*[,–—](?:\s*(?:and\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s*[,–—]?)+"
                                    r"\s*(?:were|have\s+been|had\s+been)\s+(?:each\s+|all\s+|both\s+|later\s+|also\s+)?"
                                    r"(found\s+guilty|convicted|sentenced|given\s+(?:prison\s+)?(?:sentences?|terms?)|fined|jailed|detained|arrested|charged|acquitted|"
                                    r"killed|injured)\b")
_NAMED_GROUP_VERBS = {"detained": "detentions", "arrested": "detentions", "charged": "count_other",
                      "acquitted": "count_other", "killed": "deaths", "injured": "injuries"}


_EVENT_TALLIES = ("detentions", "convictions", "prisoners", "deaths", "injuries", "victims", "officials_sanctioned")


def _count_category(sentence: str, start: int, end: int, inherited_noun: str = "") -> str:
    """Category of a count from the noun it counts and the verbs of its clause; a count whose noun is left
    out ("seven of whom", "compared to 61") takes the noun of the count before it."""
    tally = _tally_category(sentence, start, end)
    if tally:
        return tally
    head = CASUALTY_BREAKDOWN_HEAD.match(sentence[:start])
    if head:
        return "injuries" if re.match(r"wound|injur", head.group("of") or head.group("the"), re.IGNORECASE) else "deaths"
    if DISPLACED_AFTER.match(sentence[end:]):
        return "population"
    if PENALISED_PEOPLE.search(sentence[:start]) or PLACE_OF.search(sentence[:start]) and not count_noun(
            sentence, start, end):
        return "convictions" if PENALISED_PEOPLE.search(sentence[:start]) else "population"
    sentence = _without_brackets(sentence[:start]) + sentence[start:end] + _without_brackets(sentence[end:])
    if CHARGES_AGAINST_BEFORE.search(sentence[:start]):
        return "count_other"
    named_group = _NAMED_GROUP_PREDICATE.match(sentence[end:])
    if named_group:
        return _NAMED_GROUP_VERBS.get(named_group.group(1).split()[0].lower(), "convictions")
    lo, hi = _clause(sentence, start, end)
    clause = sentence[lo:hi]
    s, e = start - lo, end - lo
    label = _ROW_LABEL.match(sentence[:start])
    if label and re.fullmatch(r"[\s\d.,|]*", sentence[end:]):
        noun = label.group(1)
    else:
        noun = count_noun(sentence, start, end) or _inheritable(inherited_noun, sentence[end:])
        if _TIME_ONLY.fullmatch(noun) and inherited_noun:
            noun = inherited_noun
    if _CAPACITY_BEFORE.search(clause[:s]):
        return "count_other"
    if _KILLED_PREDICATE.match(_APPOSITION.sub("", clause[e:])):
        return "deaths"
    if re.match(r"^\s+of\s+(?:whom|which|them|these|those)\b", clause[e:], re.IGNORECASE):
        clause, s, e = clause[s:], 0, e - s
    named = _what_events(clause, e, noun) or _word_category(noun)
    if named is None and re.fullmatch(r"(?:\w+\s+)*facts?", noun, re.IGNORECASE) and RECORDED_FACTS.search(clause):
        return "criminal_cases"
    if named == "inspections" and re.search(r"\brights\s+violations?$", noun, re.IGNORECASE) and not (
            INSPECTION_CONTEXT.search(sentence)):
        named = "count_other"
    if named in (None, "organizations", "count_other") and noun and nearest(
            [("property", PROPERTY_DAMAGE)], clause, s, e, 60)[0] and not (POPULATION.search(noun) or OFFICIALS.search(noun)):
        return "property"
    if named in (None, "population", "prisoners", "detentions") and not OFFICIALS.search(noun):
        if CHARGED_PREDICATE.match(clause[e:]):
            return "count_other"
        if CONVICTED_PREDICATE.match(clause[e:]):
            return "convictions"
    if named is None and _CROWD_ACTION.match(clause[e:]):
        return "population"
    if _SUBMISSIONS.search(noun) and named in (None, "complaints"):
        if _RECEIVED.search(clause):
            return "complaints"
        if named is None:
            return "count_other"
    if named == "criminal_cases" and re.search(r"\bcomplaints?\b", noun, re.IGNORECASE):
        return "complaints"
    if named is None and re.match(r"^\w+ed\b", noun) and inherited_noun:
        noun = inherited_noun
        named = _word_category(noun)
    if named in _THING_CATEGORIES:
        return named
    conjunction = re.search(r"\s(?:and|but|while)\s+$", clause[:s])
    if conjunction and _own_cue(clause[conjunction.end():], s - conjunction.end(), e - conjunction.end()):
        clause, s, e = clause[conjunction.end():], s - conjunction.end(), e - conjunction.end()
    adjective = _PARTICIPLE_ADJECTIVE.match(clause[e:])
    if adjective:
        clause = clause[:e] + " " * adjective.end(1) + clause[e + adjective.end(1):]
    if named in (None, "population") and _held_people(noun, clause, e, sentence):
        return "prisoners"
    if _CONSULTED_BEFORE.search(clause[:s]):
        return named or "population"
    event, event_distance = nearest(COUNT_EVENT_CUES, clause, s, e, 80)
    verb, verb_distance = _verb_cue(clause, s, e, near_only=named == "population")
    if event and OFFICIALS.search(noun) and nearest([("sanctioned", SANCTIONED)], clause, s, e, 80)[1] < event_distance:
        return "officials_sanctioned"
    if event and (event_distance < 70 or any(p.search(noun) for _, p in COUNT_EVENT_CUES)) and (
            verb is None or verb_distance > event_distance):
        return event
    if OFFICIALS.search(noun) and SANCTIONED.search(clause) and not re.search(
            r"\bconvicted|\bsentenced", clause, re.IGNORECASE):
        return "officials_sanctioned"
    if named and named != "population":
        return named
    victim, _ = nearest(PEOPLE_CATEGORY_VERBS, clause, s, e, 80)
    if victim:
        return victim
    if verb:
        if re.search(r"\bimprisoned|\bin\s+prison", clause, re.IGNORECASE) and verb == "detentions":
            return "prisoners"
        return verb
    return named or "count_other"


# People counted as the occupants of a prison or cell are prisoners ("the inmate population totaled 900 persons",
# "the colony housed 800 persons", "14 people in isolation cells").
_PEOPLE_HEAD = re.compile(r"\b(?:persons|people|individuals|men|women|inmates|detainees)\b", re.IGNORECASE)
_OCCUPANCY = re.compile(r"\b(?:(?:inmate|prison|prisoner|detainee)\s+population|accommodated|housed|housing|holding|"
                        r"held)\b", re.IGNORECASE)
_FACILITY = re.compile(r"\b(?:prisons?|colon(?:y|ies)|penal|jails?|detention|remand|correctional|isolators?|cells?|"
                       r"penitentiar\w*)\b",
                       re.IGNORECASE)
_IN_FACILITY_AFTER = re.compile(r"^\s+(?:were\s+|are\s+|being\s+)?(?:held\s+)?in\s+(?:the\s+|a\s+)?"
                                r"(?:[\w-]+\s+){0,2}(?:cells?|prisons?|jails?|colon(?:y|ies)|detention|custody)\b",
                                re.IGNORECASE)


def _held_people(noun: str, clause: str, end: int, sentence: str) -> bool:
    """Whether a count of people counts those held in a prison, colony or cell."""
    if not _PEOPLE_HEAD.search(noun):
        return False
    after = clause[end:]
    head = re.match(r"^\s+(?:[\w-]+\s+){0,2}?(?:persons|people|individuals|men|women|inmates|detainees)", after,
                    re.IGNORECASE)
    if head and _IN_FACILITY_AFTER.match(after[head.end():]):
        return True
    occupancy = _OCCUPANCY.search(clause[:end])
    return bool(occupancy and (occupancy.group(0).lower().endswith("population") or _FACILITY.search(sentence)))


def _verb_cue(clause: str, start: int, end: int, near_only: bool) -> tuple[str | None, float]:
    """The nearest sentencing or detention verb; with `near_only` (the count already names people), a verb
    before the count counts only when close ("police detained 30", not "fined X for a picket of 12 people")."""
    verb, distance = nearest(COUNT_VERB_CUES, clause, start, end, 100)
    if verb is None or not near_only:
        return verb, distance
    before, before_distance = nearest(COUNT_VERB_CUES, clause[:start] + " " * (len(clause) - start), start, end, 100)
    if before == verb and before_distance == distance and distance > 42:
        return None, float("inf")
    return verb, distance

