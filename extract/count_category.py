"""The category of a count (deaths, detentions, complaints, convictions, population...) from the noun it counts
and the verbs of its clause, and the counted noun itself, which the next count of a sentence may inherit.
"""

import re
from functools import lru_cache

from extract.blanking import blank
from extract.category_groups import CATCH_ALLS, NOTHING_NAMED, PEOPLE, PEOPLE_COUNTED
from extract.decision import Decision
from extract.language_data import cues, decisions, mapping, rule
from extract.cue_list import CueList
from extract.proximity import nearest
from extract.regex_literals import screened
from extract.subject_predicate import subject_predicate

CASUALTY_BREAKDOWN_HEAD = rule("en", "counts", "count.casualty_breakdown_head").pattern
CHANGE_TO = rule("en", "counts", "count.change_to").pattern
CHARGED_PREDICATE = rule("en", "counts", "count.charged_predicate").pattern
_CHARGED_PARTICIPLE = rule("en", "counts", "count.charged_participle").pattern
_PEOPLE_WITH_CASES = rule("en", "counts", "count.people_with_cases").pattern
_CHARGED_WORD = rule("en", "counts", "count.charged_word").pattern
_ORDERED_BEFORE = rule("en", "counts", "count.ordered_before").pattern
_REQUESTED_BEFORE = rule("en", "counts", "count.requested_before").pattern
_FILED_BY = rule("en", "counts", "count.filed_by").pattern
_RELATIVES_OF = rule("en", "counts", "count.relatives_of").pattern
_DATA_SUBJECTS = rule("en", "counts", "count.data_subjects").pattern
_DATA_OWNERS_AFTER = rule("en", "counts", "count.data_owners_after").pattern
_FACILITY_HEAD = rule("en", "counts", "count.facility_head").pattern
_TO_PAY_AFTER = rule("en", "counts", "count.to_pay_after").pattern
_REFERRED_TO_PROSECUTION = rule("en", "counts", "count.referred_to_prosecution").pattern
# What a penalty may be counted by rather than imposed on ("fines totalling 900 for 40 violations").
_PENALISED_THINGS = ("criminal_cases", "complaints", "inspections")
_ACQUITTED_PREDICATE = rule("en", "counts", "count.acquitted_predicate").pattern
_ACQUITTED_THEN_CONVICTED = rule("en", "counts", "count.acquitted_then_convicted").pattern
_ACQUITTED_BEFORE = rule("en", "counts", "count.acquitted_before").pattern
_COMPLAINTS_AGAINST_BEFORE = rule("en", "counts", "count.complaints_against_before").pattern
_FACED_COMPLAINTS_AFTER = rule("en", "counts", "count.faced_complaints_after").pattern
_APPEALS_OF_BEFORE = rule("en", "counts", "count.appeals_of_before").pattern
CHARGES_AGAINST_BEFORE = rule("en", "counts", "count.charges_against_before").pattern
CONVICTED_PREDICATE = rule("en", "counts", "count.convicted_predicate").pattern
COUNT_EVENT_CUES = cues("en", "counts", "count.event.")
COUNT_NOUN_CUES = cues("en", "counts", "count.noun.")
COUNT_VERB_CUES = cues("en", "counts", "count.verb.")
DISPLACED_AFTER = rule("en", "counts", "count.displaced_after").pattern
_PEOPLE_IN_CASES = rule("en", "counts", "count.people_in_cases").pattern
_DISCIPLINED_AFTER = rule("en", "counts", "count.disciplined_after").pattern
_CASES_INVOLVING = rule("en", "counts", "count.cases_involving").pattern
GENERIC_EVENT_HEADS = rule("en", "counts", "count.generic_event_heads").pattern
INSPECTION_CONTEXT = rule("en", "counts", "count.inspection_context").pattern
OFFICIALS = rule("en", "counts", "count.officials").pattern
PEOPLE_CATEGORY_VERBS = cues("en", "counts", "count.people_verb.")
PEOPLE_NAMES = rule("en", "counts", "count.people_names").pattern
PENALISED_PEOPLE = rule("en", "counts", "count.penalised_people").pattern
PLACE_OF = rule("en", "counts", "count.place_of").pattern
POPULATION = rule("en", "counts", "count.population_noun").pattern
POPULATION_OF = rule("en", "counts", "count.population_of").pattern
PROPERTY_DAMAGE = rule("en", "counts", "count.property_damage").pattern
RECORDED_FACTS = rule("en", "counts", "count.recorded_facts").pattern
SANCTIONED = rule("en", "counts", "count.sanctioned").pattern
_CONVICTED_OR_SENTENCED = rule("en", "counts", "count.convicted_or_sentenced").pattern
_IMPRISONED = rule("en", "counts", "count.imprisoned").pattern
_RIGHTS_VIOLATIONS = rule("en", "counts", "count.rights_violations").pattern
_DECIDES = decisions("en")
_CLAUSE_START = rule("en", "counts", "count.clause_start").pattern
_CLAUSE_END = rule("en", "counts", "count.clause_end").pattern
_PARTITIVE = rule("en", "counts", "count.partitive").pattern
_OF_WHOM = rule("en", "counts", "count.of_whom").pattern
_OF_PRONOUN = rule("en", "counts", "count.of_pronoun").pattern
_VERB_ENDING = rule("en", "counts", "count.verb_ending").pattern
_PROGRESSIVE = rule("en", "counts", "count.progressive").pattern
_EVENTS_OF = rule("en", "counts", "count.events_of").pattern
_HURT = rule("en", "counts", "count.hurt").pattern
_FACTS_NOUN = rule("en", "counts", "count.facts_noun").pattern
_COMPLAINT_WORD = rule("en", "counts", "count.complaint_word").pattern
_PARTICIPLE_NOUN = rule("en", "counts", "count.participle_noun").pattern
_INSPECTED_BEFORE = rule("en", "counts", "count.inspected_before").pattern
_CONJUNCTION_BEFORE = rule("en", "counts", "count.conjunction_before").pattern
_PEOPLE_HEAD_AFTER = rule("en", "counts", "count.people_head_after").pattern

_RECEIVED = rule("en", "counts", "count.received").pattern
_PRETRIAL_AFTER = rule("en", "counts", "count.pretrial_after").pattern
_COMPLAINT_ADDRESSEE = rule("en", "counts", "count.complaint_addressee").pattern
_SUBMISSIONS = rule("en", "counts", "count.submissions").pattern
_CROWD_ACTION = rule("en", "counts", "count.crowd_action").pattern
# Nouns naming things rather than people: they decide the category even beside "killed" or "arrested".
_THING_CATEGORIES = ("criminal_cases", "complaints", "inspections", "property", "organizations", "count_other")
_STOPWORDS = rule("en", "counts", "count.stopword").pattern
_ELIDED_OF = rule("en", "counts", "count.elided_of").pattern
_NUMBER_OF = rule("en", "counts", "count.number_of").pattern
_DEFINED_AFTER = rule("en", "counts", "count.defined_after").pattern
_PARTITIVE_BEFORE = rule("en", "counts", "count.partitive_before").pattern
_PERMISSION_REQUEST = rule("en", "counts", "count.permission_request").pattern
_CASE_FINDING = rule("en", "counts", "count.case_finding").pattern
_DASH_ASIDE = rule("en", "counts", "count.dash_aside").pattern
_DASH_TALLY = rule("en", "counts", "count.dash_tally").pattern
_OPENING_PARTITIVE = rule("en", "counts", "count.opening_partitive").pattern
_SUBORDINATE = rule("en", "counts", "count.subordinate").pattern
# Cue lists joined once: proximity.nearest screens a list by its identity, so a list joined per call is screened anew.
_EVENT_OR_VERB = CueList(COUNT_EVENT_CUES + COUNT_VERB_CUES)
_EVENT_OR_PEOPLE_VERB = CueList(COUNT_EVENT_CUES + PEOPLE_CATEGORY_VERBS)
_VERB_OR_PEOPLE_VERB = CueList(COUNT_VERB_CUES + PEOPLE_CATEGORY_VERBS)
_PROPERTY_DAMAGE_CUES = CueList((("property", PROPERTY_DAMAGE),))
_SANCTIONED_CUES = CueList((("sanctioned", SANCTIONED),))
# Cues of what happened to people, not of where they are held.
_OWN_CUES = CueList((name, p) for name, p in _EVENT_OR_VERB if _DECIDES[name] != "prisoners")


@lru_cache(maxsize=1024)
def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around the mention: stops at semicolons, dashes and ', and'/', while'/', but' (cached: the
    rules and the model's features ask it of the same figure several times)."""
    left = 0
    for m in _CLAUSE_START.finditer(sentence[:start]):
        left = m.end()
    right = len(sentence)
    m = _CLAUSE_END.search(sentence[end:])
    if m:
        right = end + m.start()
    return left, right


# A bracketed aside holding no brackets.
_BRACKETED = re.compile(r"\([^()]*\)")


def _without_aside(after: str) -> str:
    """The text after a count without an aside between dashes right after its noun (see count.dash_aside)."""
    m = _DASH_ASIDE.match(after)
    return after[:m.start("aside")] + after[m.end("aside"):] if m else after


def _without_brackets(text: str) -> str:
    """The text with bracketed asides blanked out, keeping every offset."""
    return _BRACKETED.sub(blank, text)


_DESCRIBING_PARTICIPLE = rule("en", "counts", "count.describing_participle").pattern
_SUCH_BEFORE_NOUN = rule("en", "counts", "count.such_before_noun").pattern
_JOINING = rule("en", "counts", "count.joining_word").pattern
_NOUN_END = rule("en", "counts", "count.noun_end").pattern
_VERB_FIRST = rule("en", "counts", "count.verb_first").pattern
_LINK_FIRST = rule("en", "counts", "count.link_first").pattern


# A word (or words joined by a slash) or a mark of a noun phrase.
_PHRASE_TOKEN = re.compile(r"[\w’'-]+(?:/[\w’'-]+)*|[^\w\s“”\"]")
# A word opening in lower case.
_LOWER_START = re.compile(r"[a-z]")
# A letter, digit or underscore.
_WORD_CHARACTER = re.compile(r"\w")


@lru_cache(maxsize=1024)
def _noun_phrase(clause: str, end: int) -> str:
    """The words naming what a count counts, right after it (skipping "of 40" in "12 of 40 seats"), up to the next
    count ("58 cases involving 73 students" counts cases) or a dash standing alone ("rose to 530 - up 9%"); cached,
    as a figure's noun and the rules after it ask it of the same clause."""
    rest = clause[end:]
    rest = rest[1:] if rest.startswith("+") else rest   # "1,500+ allegations" counts allegations
    skip = _ELIDED_OF.match(rest)
    offset = 0
    partitive = _PARTITIVE.match(rest)
    if skip and not _OF_WHOM.match(rest):
        offset = skip.end() - 1
    elif partitive and not _OF_PRONOUN.match(rest):
        offset = partitive.end() - 1
    described = _DESCRIBING_PARTICIPLE.match(rest[offset:]) or _SUCH_BEFORE_NOUN.match(rest[offset:])
    if described:
        offset += described.end()
    words = []
    tokens = [m.group(0) for m in _PHRASE_TOKEN.finditer(rest[offset:])]
    for i, token in enumerate(tokens):
        joined = words and _JOINING.fullmatch(token) and i + 2 < len(tokens) and all(
            _LOWER_START.match(t) and not _STOPWORDS.match(t) and not _NOUN_END.fullmatch(t) for t in tokens[i + 1:i + 3])
        ends = words and (token[0].isdigit() or _NOUN_END.fullmatch(token) and not words[-1].endswith("ly")) or (
            not words and _LINK_FIRST.fullmatch(token)) or (
            not words and _VERB_FIRST.fullmatch(token) and (i + 1 == len(tokens) or _STOPWORDS.match(tokens[i + 1])
                                                             or tokens[i + 1].endswith("ly") or tokens[i + 1] in ".;"))
        if not joined and (not _WORD_CHARACTER.search(token) or _STOPWORDS.match(token) or len(words) >= 5 or ends):
            break
        words.append(token)
    return " ".join(words)


# Phrases whose words alone would name another category ("States parties" are no parties, "administrative arrests"
# penalties rather than detentions): read before the words.
_PHRASE_CUES = cues("en", "counts", "count.phrase.")


@lru_cache(maxsize=4096)
def _word_rule(noun: str) -> str | None:
    """Id of the rule naming the category of a noun phrase: a phrase rule (count.phrase.*), else its words, the last
    (head) word first (cached: the same nouns come back in every sentence)."""
    phrase = next((rule_id for rule_id, pattern in _PHRASE_CUES if pattern.search(noun)), None)
    if phrase:
        return phrase
    for word in reversed(noun.replace(" -", " ").lstrip("-").split()):
        for rule_id, pattern in COUNT_NOUN_CUES:
            if pattern.fullmatch(word) or pattern.match(word) and len(word) > 3:
                return rule_id
        if POPULATION.fullmatch(word):
            return "count.population_noun"
        if PEOPLE_NAMES.match(word):
            return "count.people_names"
    return None


def word_category(noun: str) -> str | None:
    """Category named by the words of a noun phrase, the last (head) word first."""
    return _DECIDES.get(_word_rule(noun))


@lru_cache(maxsize=4096)
def count_noun(sentence: str, start: int, end: int) -> str:
    """The noun phrase a count at [start, end) counts, or "" when it is left out ("compared to 84 in 2019", "from 57
    four years earlier"); cached, as the rules, the subject and the model's features each ask it of a figure."""
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
            noun = left.group(1) if left and not _STOPWORDS.match(left.group(1)) else ""
    defined = _DEFINED_AFTER.match(sentence[end:])
    if defined and not re.search(r"[^\W\d_]", noun):
        noun = _noun_phrase(sentence[end:], defined.end())
    if not noun:
        noun = predicate_noun(clause[end - lo:])
    if not noun:
        noun = partitive_noun(sentence[:start])
    return "" if _TIME_ONLY.fullmatch(noun) else noun


def partitive_noun(before: str) -> str:
    """The noun of a partitive right before a count that names nothing ("Of the 40 petitions it reviewed, 12 ..."
    -> "petitions"), when that noun names a category, else ""."""
    m = _PARTITIVE_BEFORE.search(before)
    words = (m.group("opening") or m.group("restated")).split() if m else []
    return next((w for w in reversed(words) if word_category(w)), "")


_PREDICATE = rule("en", "counts", "count.predicate").pattern


def predicate_noun(after: str) -> str:
    """The noun phrase after "were"/"are" that says what a noun-less count is ("three were forced labor victims")."""
    m = _PREDICATE.match(after)
    if not m or _VERB_ENDING.search(m.group(1)) or _PROGRESSIVE.match(m.group(1)) or any(
            _STOPWORDS.match(w) for w in m.group(1).split()) or word_category(m.group(1).split()[-1]) in (
            None, "population"):
        return ""
    return m.group(1)


def predicate_people_noun(after: str) -> str:
    """The words after "were"/"are" that say what a count of people is ("64 people are suspects"), or ""."""
    m = _PREDICATE.match(after)
    return m.group(1) if m else ""


def predicate_people(after: str) -> str:
    """The group of people named after "were"/"are" ("Of those, 12 were women"), or ""."""
    m = _PREDICATE.match(after)
    if not m or any(_STOPWORDS.match(w) for w in m.group(1).split()) or not POPULATION.fullmatch(m.group(1).split()[-1]):
        return ""
    return m.group(1)


_PEOPLE_PARTICIPLE = rule("en", "counts", "count.people_participle").pattern


_COMMITTING_EVENT = rule("en", "counts", "count.committing_event").pattern
_RESTATING_NOUN = rule("en", "counts", "count.restating_noun").pattern


def _what_events(clause: str, end: int, noun: str) -> str | None:
    """Id of the rule naming what a generic event noun is "of" ("12 cases of arrests", "45 occurrences of
    attacks", "241 cases of arbitrary detention"), or what was done to the people it is of ("96 cases of
    people killed by police")."""
    if not noun or not GENERIC_EVENT_HEADS.fullmatch(noun.split()[-1]):
        return None
    m = _EVENTS_OF.match(clause[end:])
    if not m:
        return None
    rest = _ARTICLE.sub("", clause[end + m.end():], count=1)
    inner = _noun_phrase(" " + rest, 0)
    named = _word_rule(inner)
    if named and _DECIDES[named] not in CATCH_ALLS + ("inspections",):
        return named
    participle = _PEOPLE_PARTICIPLE.match(rest[rest.find(inner) + len(inner):]) if named == "count.population_noun" \
        else None
    if participle:
        return nearest(_EVENT_OR_PEOPLE_VERB, participle.group("verb"), 0, 0, 40)[0]
    cue = nearest(_EVENT_OR_VERB, inner, 0, 0, 40)[0]
    if cue or named:
        return cue
    # "incidents of the regime or its militias committing killings": the event the incidents are of is
    # named after the one who committed it.
    committed = _COMMITTING_EVENT.match(rest)
    return next((name for name, p in COUNT_EVENT_CUES if p.search(committed.group("event"))), None) if committed else None


# A bracket opened right after a name ("North (").
_BRACKET_AFTER_NAME = re.compile(r"[\w.]\s*\($")
# A bracket closed right after a number.
_BRACKET_CLOSED = re.compile(r"^\)")
# The end of a clause or list item right after a number.
_TALLY_END_AFTER = re.compile(r"^\s*(?:[–—.;]|,\s|$)")
# The word a bracket opens after.
_NAME_BEFORE_BRACKET = re.compile(r"([\w’'-]+)\s*\($")


def _tally_rule(sentence: str, start: int, end: int) -> str | None:
    """A bracketed number after a name ("North (24), South (22)"), or one set off by a dash at the end of its clause
    or list item ("the most cases in May — 418", "East — 13, West — 9"), tallies what the sentence counts: the id
    of the rule of the event word right before the bracket ("7,155 killed (7,110 a week earlier)"), else of the first
    event or counted noun the sentence names outside brackets."""
    bracketed = _BRACKET_AFTER_NAME.search(sentence[:start]) and _BRACKET_CLOSED.match(sentence[end:])
    dashed = _DASH_TALLY.search(sentence[:start]) and _TALLY_END_AFTER.match(sentence[end:])
    if not (bracketed or dashed):
        return None
    word = _NAME_BEFORE_BRACKET.search(sentence[:start]) if bracketed else None
    named = next((name for name, p in COUNT_EVENT_CUES if p.fullmatch(word.group(1))), None) if word else None
    return named or first_named(_without_brackets(sentence))


_CASE_KIND_AFTER = rule("en", "counts", "count.case_kind_after").pattern


def first_named(text: str) -> str | None:
    """Id of the rule of the first event a text names (not as the kind of a case: "murder cases"), else of its first
    counted noun that is not only people or things; None when it names neither."""
    event = min(((m.start(), name) for name, p in COUNT_EVENT_CUES for m in p.finditer(text)
                 if not _CASE_KIND_AFTER.match(text, m.end())), default=None)
    if event:
        return event[1]
    for m in re.finditer(r"[\w’'-]+", text):
        named = _word_rule(m.group(0))
        if named and _DECIDES[named] not in CATCH_ALLS:
            return named
    return None


_PARTICIPLE_ADJECTIVE = rule("en", "counts", "count.participle_adjective").pattern
_WORD_BEFORE = rule("en", "counts", "count.word_before").pattern
_ARTICLE = rule("en", "counts", "count.article").pattern
_CONSULTED_BEFORE = rule("en", "counts", "count.consulted_before").pattern
_ROW_LABEL = rule("en", "counts", "count.row_label").pattern


def _cue_before(clause: str, start: int) -> bool:
    """Whether an event or a verb of what was done to people stands in the clause before a count ("executed three
    men accused of ..."), so that a participle after the count only describes them."""
    before = clause[:start] + " " * (len(clause) - start)
    return bool(nearest(_EVENT_OR_VERB, before, start, start, 100)[0])


def own_cue_after(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of a count names, after it and before any subordinate clause, an event or a verb of what
    was done to people ("and 30 were arrested"), not only where they were ("50 in police custody"), so that it is
    no part of a list before it."""
    lo, hi = _clause(sentence, start, end)
    after = sentence[end:hi]
    after = after[:(_SUBORDINATE.search(after) or re.search("$", after)).start()]
    return bool(nearest(_OWN_CUES, " " * (end - lo) + after, end - lo, end - lo, 80)[0])


def _own_cue(clause: str, start: int, end: int) -> bool:
    """Whether a count that opens a conjoined clause has its own event or verb after it ("... died and
    thousands were arrested", "... were killed and seven are still missing")."""
    return bool(nearest(COUNT_EVENT_CUES, clause, start, end, 80)[0] or
                nearest(_VERB_OR_PEOPLE_VERB, clause, start, end, 100)[0])


_TIME_ONLY = rule("en", "counts", "count.time_only").pattern
_CAPACITY_BEFORE = rule("en", "counts", "count.capacity_before").pattern
_KILLED_PREDICATE = rule("en", "counts", "count.killed_predicate").pattern
_APPOSITION = rule("en", "counts", "count.apposition").pattern
_DEFINITE_BACK_BEFORE = rule("en", "counts", "count.definite_back_before").pattern
_OWN_EVENT_AFTER = rule("en", "counts", "count.own_event_after").pattern
_OWN_EVENT_PREDICATE = rule("en", "counts", "count.own_event_predicate").pattern
_SUBJECT_OF_CHANGE = rule("en", "counts", "count.subject_of_change").pattern
_QUANTITY_HEAD = rule("en", "counts", "count.quantity_head").pattern
_COMPLAINT_TOPIC = rule("en", "counts", "count.complaint_topic").pattern
_BARE_CASES = rule("en", "counts", "count.bare_cases").pattern
_SUBJECT_END = rule("en", "counts", "count.subject_end").pattern
_ACTIVE_SUBJECT = rule("en", "counts", "count.active_subject").pattern
_LEGAL_CASE_WORD = rule("en", "counts", "count.legal_case_word").pattern
_COMPLAINT_CASES_CHANGED = rule("en", "counts", "count.complaint_cases_changed").pattern


def _acting_people(after: str) -> bool:
    """Whether a count of people is the subject of an active verb that is no event or penalty of its own ("two
    doctors examined the bodies")."""
    active = _ACTIVE_SUBJECT.match(after)
    return bool(active) and not any(p.match(active.group("verb")) for _, p in _EVENT_OR_VERB) and \
        not any(p.match(after, active.start("verb")) for _, p in PEOPLE_CATEGORY_VERBS)


def own_event(after: str) -> str | None:
    """Id of the event rule naming the count's own verb right after it and its noun ("93 others wounded"), else
    None."""
    own = _OWN_EVENT_PREDICATE.match(_APPOSITION.sub("", after))
    return next((name for name, p in COUNT_EVENT_CUES if p.match(own.group("verb"))), None) if own else None


def _subject_of_change(before: str) -> Decision | None:
    """The category of the subject of a verb of change a noun-less count ends ("the number of those killed has
    risen to", "the prison population reached"), from an event or a counted noun in it; else None."""
    m = _SUBJECT_OF_CHANGE.search(before[-220:]) if screened(_SUBJECT_OF_CHANGE, before[-220:]) else None
    if not m:
        return None
    subject = _QUANTITY_HEAD.sub("", before[-220:][m.start("subject"):])
    subject = subject[:(_SUBJECT_END.search(subject) or re.search("$", subject)).start()]
    event = next((name for name, p in COUNT_EVENT_CUES if p.search(subject)), None)
    named = event or _word_rule(subject) or next(
        (name for name, p in COUNT_VERB_CUES + (("count.charged_word", _CHARGED_WORD),) if p.search(subject)), None)
    if _DECIDES.get(named, "") not in NOTHING_NAMED:
        return Decision(_DECIDES[named], "count.subject_of_change")
    if _OCCUPANCY.search(subject) or _FACILITY.search(subject):
        return Decision("prisoners", "count.subject_of_change")
    return None


_EVENT_TOPIC = rule("en", "counts", "count.event_topic").pattern
_EXECUTED_CASES = rule("en", "counts", "count.executed_cases").pattern
_GUILTY_IN_CASES = rule("en", "counts", "count.guilty_in_cases").pattern
_PRETRIAL_RELATIVE = rule("en", "counts", "count.pretrial_relative").pattern
_FELL_VICTIM = rule("en", "counts", "count.fell_victim").pattern
_DEATH_SENTENCES_CARRIED_OUT = rule("en", "counts", "count.death_sentences_carried_out").pattern
_DEATH_SENTENCE = rule("en", "counts", "count.death_sentence_noun").pattern
_CASES_HEAD = rule("en", "counts", "count.cases_head").pattern
_BODY_CASES = rule("en", "counts", "count.body_cases").pattern
_RIGHTS_BODY = rule("en", "counts", "count.rights_body").pattern
_DOCUMENTED_BY_BODY = rule("en", "counts", "count.documented_by_body").pattern


def _event_cases(noun: str, before: str, sentence: str, scope: str) -> Decision | None:
    """The event a bare count of cases takes from an event noun before it in its sentence ("custodial deaths ... with
    around 1,450 cases reported"), when no legal word makes them criminal cases; cases of executions named before
    them or in their noun are deaths unless their own `scope` (clause or brackets) has a legal word; else None."""
    if _CASES_HEAD.match(noun) and _EXECUTED_CASES.search(f"{before} {noun}") and not _LEGAL_CASE_WORD.search(scope):
        return Decision("deaths", "count.executed_cases")
    topic = _EVENT_TOPIC.search(before)
    if not (topic and _BARE_CASES.match(noun)) or _LEGAL_CASE_WORD.search(sentence):
        return None
    event = next((name for name, p in COUNT_EVENT_CUES if p.search(topic.group(0))), None)
    return Decision(_DECIDES[event], "count.event_topic") if event else None


def _own_scope(sentence: str, start: int, end: int, clause: tuple[int, int]) -> str:
    """What a count's own words are: the brackets it opens ("(214 cases, 30 of them ...)"), else its clause."""
    if sentence[:start].rstrip().endswith("("):
        close = sentence.find(")", end)
        return sentence[start:close if close >= 0 else len(sentence)]
    return sentence[clause[0]:clause[1]]


def complaint_cases_after(sentence: str, start: int, end: int, previous_sentence: str, paragraph_category: str,
                          document_topic: str = "") -> bool:
    """Whether a count of cases at [start, end) counts complaints because the sentence before it spoke of
    complaints, the paragraph's last count counted them ("28,000 complaints were registered ... Region A with 47
    such cases led the list") or the whole document is about them (extract.document_topic), and neither
    sentence names anything of a criminal case (in a document about complaints, only its own sentence is read, and a
    count taking "cases" from a partitive before it counts them too: "Out of the cases filed, 642 were ...");
    cases "of" something are counted as what they are of."""
    topic = _COMPLAINT_TOPIC.search(previous_sentence) or "complaints" in (paragraph_category, document_topic)
    noun = count_noun(sentence, start, end)
    about_complaints = document_topic == "complaints"
    after = sentence[end:].lstrip()
    written_after = _CASES_HEAD.match(after) or about_complaints and not after.startswith(noun)
    return bool(_CASES_HEAD.match(noun) and topic and written_after and not (
        _LEGAL_CASE_WORD.search(sentence) or _LEGAL_CASE_WORD.search(previous_sentence) and not about_complaints))


def _complaint_cases(noun: str, sentence: str, inherited_noun: str) -> bool:
    """Whether a bare count of cases counts complaints: its sentence speaks of complaints (or the count before it
    counted them) and names nothing of a criminal case."""
    topic = _COMPLAINT_TOPIC.search(sentence) or word_category(inherited_noun) == "complaints"
    return bool(_BARE_CASES.match(noun) and topic and not _LEGAL_CASE_WORD.search(sentence))


def count_category(sentence: str, start: int, end: int, inherited_noun: str = "") -> Decision:
    """Category of a count (see _count_category); a definite count of people after a preposition ("in support of
    the two activists") refers back and is never a new tally of an event; a count left to a catch-all may take
    the category of the group it belongs to (see _group_decision); a count of occasions ("fined five times") or of
    people spared what its verb names ("were not detained") is count_other, and people detained, or named with a
    long relative clause, whom the verb their count governs says were sentenced or fined are convictions."""
    if _OCCASIONS.match(sentence[end:]) or _OCCASIONS.match(sentence[max(start, end - 6):]):
        return Decision("count_other", "count.occasions")
    if _HELPERS_AT_WORK.match(sentence[end:]):
        return Decision("count_other", "count.helpers_at_work")
    if _HELPERS_SENT_BEFORE.search(sentence[:start]) and _HELPERS_NOUN.match(sentence[end:]):
        return Decision("count_other", "count.helpers_sent_before")
    decision = _count_category(sentence, start, end, inherited_noun)
    if decision.rule.startswith(_NEGATABLE) and _NEGATED_AFTER.match(sentence[end:]):
        return Decision("count_other", "count.negated_after")
    if decision.value == "detentions" and _DETAINED_THEN_SENTENCED.match(sentence[end:]):
        return Decision("convictions", "count.detained_then_sentenced")
    if (decision.value in PEOPLE or decision.rule in _ABSTAINING) and _RELATIVE_THEN_PENALISED.match(sentence[end:]):
        return Decision("convictions", "count.relative_then_penalised")
    if decision.value in PEOPLE and _DEFINITE_BACK_BEFORE.search(sentence[max(0, start - 40):start]) and \
            not _OPENING_PARTITIVE.match(sentence[:start]) and \
            POPULATION.search(count_noun(sentence, start, end) or "") and not _OWN_EVENT_AFTER.match(sentence[end:]):
        return Decision("count_other", "count.definite_back_before")
    if decision.rule in _ABSTAINING:
        return _group_decision(sentence, start, end) or _topic_participle(sentence, start) or \
            _predicate_decision(sentence, start, end) or \
            _penalty_borne(sentence, start, end) or _hospital_patients(sentence, start, end) or decision
    if decision.rule in _TRIED and _PENALTY_AFTER.search(_OWN_PARTITIVE.sub("", sentence[end:], count=1)):
        return Decision("convictions", "count.penalty_after")
    return decision


_DEFINITE_BARE_BEFORE = rule("en", "counts", "count.definite_bare_before").pattern
_OCCASIONS = rule("en", "counts", "count.occasions").pattern
_HELPERS_AT_WORK = rule("en", "counts", "count.helpers_at_work").pattern
_HELPERS_SENT_BEFORE = rule("en", "counts", "count.helpers_sent_before").pattern
_HELPERS_NOUN = rule("en", "counts", "count.helpers_noun_after").pattern
_NEGATED_AFTER = rule("en", "counts", "count.negated_after").pattern
_DETAINED_THEN_SENTENCED = rule("en", "counts", "count.detained_then_sentenced").pattern
_RELATIVE_THEN_PENALISED = rule("en", "counts", "count.relative_then_penalised").pattern
# Rules whose count_other is a reading of the count's own words, which no count before it may replace ("fined up to
# five times" is no part of the fines counted before it).
OWN_READING_FINAL = ("count.occasions",)
# Rules that read what befell the people counted from a verb: a "not" before that verb undoes them.
_NEGATABLE = ("count.verb.", "count.people_verb.", "count.event.")
_PENALTY_BORNE = rule("en", "counts", "count.penalty_borne").pattern


def _penalty_borne(sentence: str, start: int, end: int) -> Decision | None:
    """People named only as "the five" whom their sentence has pay a fine or serve time in default count
    convictions (count.penalty_borne); else None."""
    noun = count_noun(sentence, start, end)
    if _DEFINITE_BARE_BEFORE.search(sentence[:start]) and (not noun or POPULATION.fullmatch(noun.split()[-1])) and \
            _PENALTY_BORNE.match(sentence[end:]):
        return Decision("convictions", "count.penalty_borne")
    return None


_HOSPITAL_PATIENTS = rule("en", "counts", "count.hospital_patients").pattern


def _hospital_patients(sentence: str, start: int, end: int) -> Decision | None:
    """Patients a hospital received, treated or discharged count injuries (count.hospital_patients); else None."""
    noun = count_noun(sentence, start, end)
    return Decision("injuries", "count.hospital_patients") if _HOSPITAL_PATIENTS.match(f"{noun} | {sentence}") else None


# Rules that found people tried or facing a case: a penalty the sentence goes on to give them makes them convicted.
_TRIED = ("count.verb.criminal_cases", "count.defendants")
_PENALTY_AFTER = rule("en", "counts", "count.penalty_after").pattern
_OWN_PARTITIVE = rule("en", "counts", "count.own_partitive").pattern


# What a state's officials may undergo that makes them officials sanctioned.
_PUNISHED = ("detentions", "prisoners", "criminal_cases", "convictions")
# What the main verb of a subject count may say was done to it: charged, an event, a penalty or detention, a harm.
_PREDICATE_CUES = (("count.charged_word", _CHARGED_WORD),) + COUNT_EVENT_CUES + COUNT_VERB_CUES + PEOPLE_CATEGORY_VERBS


def _predicate_decision(sentence: str, start: int, end: int) -> Decision | None:
    """The category a count that opens its sentence takes from its main verb however far it stands ("Two retired
    generals, A and B, were sentenced to ..."), from the first cue of that verb's predicate (officials punished or held
    are officials sanctioned); else None."""
    predicate = subject_predicate(sentence, start, end)
    found = min(((m.start(), name) for name, p in _PREDICATE_CUES for m in p.finditer(predicate)), default=None)
    if found and _DECIDES[found[1]] in _PUNISHED and OFFICIALS.search(count_noun(sentence, start, end)):
        return Decision("officials_sanctioned", "count.sanctioned")
    return Decision(_DECIDES[found[1]], found[1]) if found else None


# Fewer people than this, counted with nothing said of what happened to them or of a group they belong to, are people
# a text names ("two lawyers", "12 people interviewed"), not the size of a group (population: residents, seats).
GROUP_SIZE_FLOOR = 100
_MEMBERSHIP = rule("en", "counts", "count.membership_noun").pattern
_AUDIENCE = rule("en", "counts", "count.audience_noun").pattern


def group_size(decision: Decision, value: float, qualifier: str, noun: str) -> Decision:
    """A count of people the rules left as population only by its noun becomes count_other when its noun names
    an audience or those a survey asked (count.audience_noun), or when it is too small to be a group's size
    (GROUP_SIZE_FLOOR) and its noun names no group they belong to ("seven senators" stays a size; a count naming
    nothing is read with the noun it inherits: "71 deputies voted for, while six opposed"); a vague amount ("dozens
    of residents") stays a size."""
    if decision.rule == "count.population_noun" and _AUDIENCE.search(noun):
        return Decision("count_other", "count.audience_noun")
    if decision.rule == "count.population_noun" and value < GROUP_SIZE_FLOOR and qualifier != "vague" and \
            not _MEMBERSHIP.search(noun):
        return Decision("count_other", "logic.few_people")
    return decision


_PRISON_TOPIC = rule("en", "counts", "count.prison_topic").pattern


_DIED_IN_CUSTODY_AFTER = rule("en", "counts", "count.died_in_custody_after").pattern
# Rules that name people held or only people, which a death in custody the count's verb names overrides.
_HELD_OR_PEOPLE = ("count.noun.prisoners", "count.noun.detentions", "count.population_noun")


def prison_topic(decision: Decision, sentence: str, end: int) -> Decision:
    """A count of people (held or undecided) whose verb says they died in prison or custody counts deaths
    (count.died_in_custody_after); a count the rules left undecided in a sentence about people held in prison counts
    prisoners (count.prison_topic); any other decision stands."""
    if (decision.rule in UNDECIDED or decision.rule in _HELD_OR_PEOPLE) and _DIED_IN_CUSTODY_AFTER.match(sentence[end:]):
        return Decision("deaths", "count.died_in_custody_after")
    if decision.rule in UNDECIDED and _PRISON_TOPIC.search(sentence):
        return Decision("prisoners", "count.prison_topic")
    return decision


# Rules that only say a count counts people, by a noun or a people's name that tells nothing of what befell them
# ("2,300 refugees", "35 million Kurds").
PEOPLE_ONLY = ("count.population_noun", "count.people_names")


_HANDLED_ITEMS = rule("en", "counts", "count.handled_items").pattern
_HELP_SOUGHT = rule("en", "counts", "count.help_sought").pattern
_HANDLED_BARE = rule("en", "counts", "count.handled_bare").pattern
_ISSUED_BEFORE = rule("en", "counts", "count.issued_before").pattern
_ISSUED_AFTER = rule("en", "counts", "count.issued_after").pattern
_ABUSE_CASES_TAKEN_IN = rule("en", "counts", "count.abuse_cases_taken_in").pattern
_RIGHTS_VIOLATION_CASES = rule("en", "counts", "count.rights_violation_cases").pattern


# Rules that give a count naming nothing the category of what the text before it counted or its sentence names: a
# tally ("the North with 47", "Agency A (19)") or series ("logged 41 in 2019, 76 in 2020") of a complaints body's
# statistics (the counts after the first of a series take its category as it is finally decided).
_BORROWED = ("count.refers_back", "logic.carried_over", "count.recorded_after")
# What such a count may have borrowed that a complaints body's statistics do not count: cases, the bodies it tallies.
_RETOLD = ("criminal_cases", "organizations")
# Rules that read "cases" as events of abuse, or as criminal cases by the noun or the list it belongs to: in a document
# about complaints, the cases a complaints body takes in and its tallies of rights violations are complaints.
_ABUSE_EVENT_RULES = ("count.abuse_events",)
_CASE_NOUN_RULES = ("count.noun.criminal_cases", "count.listed_part")


def complaint_topic(decision: Decision, sentence: str, end: int, noun: str, topic: str) -> Decision:
    """In a document about complaints (extract.document_topic), a count the rules left undecided counts complaints
    when it names nothing in a sentence about taking in or disposing of them (count.handled_bare), names what a
    complaints body takes in or deals with, or takes such a noun from the count before it (count.handled_items), or
    counts people by the help they sought from it (count.help_sought), unless its clause says the body issued, did
    or passed it on (count.issued_before, count.issued_after), or it names nothing or only cases or matters in a
    clause that names a criminal case (count.legal_case_word); a count naming nothing that took cases or the bodies
    it tallies from the text around it (_BORROWED, _RETOLD) counts complaints too when its sentence names no
    criminal case (logic.complaint_tally); cases of abuse its clause says a body took in (count.abuse_cases_taken_in)
    and cases its sentence calls rights violations (count.rights_violation_cases) are complaints, and so is a total
    of bare cases a count ends (count.complaint_cases_changed); any other decision stands."""
    if topic != "complaints":
        return decision
    lo, hi = _clause(sentence, end, end)
    if decision.rule in _ABUSE_EVENT_RULES and noun.startswith("case") and _ABUSE_CASES_TAKEN_IN.search(sentence[lo:hi]):
        return Decision("complaints", "count.abuse_cases_taken_in")
    if decision.value == "criminal_cases" and decision.rule in _CASE_NOUN_RULES and \
            _RIGHTS_VIOLATION_CASES.search(sentence):
        return Decision("complaints", "count.rights_violation_cases")
    if not noun and decision.value in _RETOLD and (decision.rule in _BORROWED or decision.rule.startswith("count.noun.")) \
            and not _LEGAL_CASE_WORD.search(sentence):
        return Decision("complaints", "logic.complaint_tally")
    if decision.rule == "count.subject_of_change" and decision.value == "criminal_cases" and \
            _COMPLAINT_CASES_CHANGED.search(sentence[lo:end]) and not _LEGAL_CASE_WORD.search(sentence[lo:hi]):
        return Decision("complaints", "count.complaint_cases_changed")
    if decision.rule not in UNDECIDED + ("count.submissions", "count.active_subject"):
        return decision
    after = sentence[end:]
    after = after[after.find(noun) + len(noun):] if noun in after[:len(noun) + 12] else after
    if _ISSUED_BEFORE.search(sentence[lo:end]) or _ISSUED_AFTER.match(after):
        return decision
    legal = _LEGAL_CASE_WORD.search(sentence[lo:hi])
    if not noun and not legal and _HANDLED_BARE.search(sentence):
        return Decision("complaints", "count.handled_bare")
    handled = decision.rule == "count.submissions" or _HANDLED_ITEMS.search(noun)
    if handled and not (legal and _BODY_CASES.match(noun)):
        return Decision("complaints", "count.handled_items")
    if POPULATION.search(noun) and _HELP_SOUGHT.match(after):
        return Decision("complaints", "count.help_sought")
    return decision


_OBJECT_NOUN = rule("en", "counts", "count.object_noun").pattern


_SEIZURE = rule("en", "counts", "count.seizure").pattern


def seized_before(decision: Decision, noun: str, previous_sentence: str, sentence: str = "") -> Decision:
    """A count of objects (count.object_noun) the rules left undecided, or read as people from a verb meant for
    others ("arrested 54 men and recovered 42 pistols"), in or after a sentence saying things were seized,
    confiscated, destroyed (count.property_damage), recovered or found in someone's possession (count.seizure)
    counts property; any other decision stands."""
    if (decision.rule in UNDECIDED or decision.value in PEOPLE_COUNTED) and _OBJECT_NOUN.search(noun) and (
            PROPERTY_DAMAGE.search(previous_sentence) or PROPERTY_DAMAGE.search(sentence) or _SEIZURE.search(sentence)):
        return Decision("property", "count.object_noun")
    return decision


# Decisions that only say a count counts people or something unnamed: a group the count belongs to may refine them.
_ABSTAINING = ("fallback.count_other",) + PEOPLE_ONLY
# Rules that leave a count to a catch-all only because they found nothing else to go by: what lies around the count
# (the count joined to it, its list's heading, its sentence's topic) may decide it.
UNDECIDED = _ABSTAINING + ("logic.few_people",)


# Nouns of people charged or complaining: the group a count belongs to, or its own noun, may be one of them.
_PEOPLE_NOUN_CUES = [(r, rule("en", "counts", r).pattern) for r in ("count.defendants", "count.complainants")]
_GROUP_BEFORE = rule("en", "counts", "count.group_before").pattern
_DIVIDED_BEFORE = rule("en", "counts", "count.divided_before").pattern
_NAMED_AS_AFTER = rule("en", "counts", "count.named_as_after").pattern
_LIST_PREDICATE = rule("en", "counts", "count.list_predicate").pattern
_LIST_VERBS = mapping("en", "counts", "list_verbs")


def _people_noun_rule(words: str) -> str | None:
    """Id of the rule naming defendants or complainants in `words`, else None."""
    return next((rule_id for rule_id, pattern in _PEOPLE_NOUN_CUES if pattern.search(words)), None)


_TOPIC_PARTICIPLE_BEFORE = rule("en", "counts", "count.topic_participle_before").pattern


def _topic_participle(sentence: str, start: int) -> Decision | None:
    """The category of the event its sentence's topic says befell the people counted ("the number of activists who had
    been charged ... was 310", "those injured — 1,120 people —"), from the cues of a predicate (_PREDICATE_CUES) in the
    words naming it; else None."""
    topic = _TOPIC_PARTICIPLE_BEFORE.search(sentence[:start])
    cue = topic and next((name for name, p in _PREDICATE_CUES if p.search(topic.group("words"))), None)
    return Decision(_DECIDES[cue], "count.topic_participle_before") if cue else None


def _group_decision(sentence: str, start: int, end: int) -> Decision | None:
    """The category a count of people takes from its group: the verb after a list of counts ("90 men, 14 women
    and 3 girls were killed"), what it is named as ("35 people as political prisoners"), a group named before it
    ("Of the 40 accused, nine ...") or broken down before it ("the inmates are divided into 900 men and ..."), or its
    own noun when it names defendants or complainants; else None."""
    noun = count_noun(sentence, start, end)
    listed = _LIST_PREDICATE.match(sentence[end:])
    if listed and POPULATION.search(noun):
        return Decision(_LIST_VERBS[listed.group(1).lower()], "count.list_predicate")
    named_as = _NAMED_AS_AFTER.match(sentence[end:])
    as_rule = _word_rule(named_as.group(1)) if named_as and POPULATION.search(noun) else None
    if _DECIDES.get(as_rule, "") not in NOTHING_NAMED:
        return Decision(_DECIDES[as_rule], as_rule)
    group = _GROUP_BEFORE.search(sentence[:start]) or _DIVIDED_BEFORE.search(sentence[:start])
    if group:
        words = group.group(1)
        named = _word_rule(words)
        if _DECIDES.get(named, "") not in NOTHING_NAMED:
            return Decision(_DECIDES[named], named)
        cue = _people_noun_rule(words) or next(
            (name for name, p in _EVENT_OR_VERB if p.search(words)), None)
        if cue:
            return Decision(_DECIDES[cue], cue)
    after = sentence[end:]
    after_noun = after[after.find(noun) + len(noun):] if noun and noun in after[:len(noun) + 12] else after
    own = _people_noun_rule(noun) or _people_noun_rule(predicate_people_noun(after_noun))
    return Decision(_DECIDES[own], own) if own else None


_PEOPLE_PASSIVE = rule("en", "counts", "count.people_passive").pattern


def _inheritable(inherited_noun: str, after: str) -> str:
    """The previous count's noun, unless it names things while this count's own verb names people ("126 villages
    are affected while 94 died")."""
    # One word before the passive may be the count's own noun read as a verb ("54 accused were arrested").
    one_word_on = re.sub(r"^\s+[\w-]+(?=\s+(?:were|was|have|had)\b)", "", after)
    if inherited_noun and (_PEOPLE_PASSIVE.match(after) or _PEOPLE_PASSIVE.match(one_word_on) or own_event(after)) \
            and word_category(inherited_noun) in _THING_CATEGORIES:
        return ""
    return inherited_noun


_NAMED_GROUP_PREDICATE = rule("en", "counts", "count.named_group_predicate").pattern
_MEMBER_COMPOUND = rule("en", "counts", "count.member_compound").pattern
_ARRESTED_SUSPECTS = rule("en", "counts", "count.arrested_suspects").pattern
_ARREST_CONTEXT = rule("en", "counts", "count.arrest_context").pattern
_ARREST_OF_BEFORE = rule("en", "counts", "count.arrest_of_before").pattern
_EVENTS_UNDER_INVESTIGATION = rule("en", "counts", "count.events_under_investigation").pattern
_BODY_DECISIONS = rule("en", "counts", "count.body_decisions").pattern
_COMPLAINT_BODY_UN = rule("en", "counts", "count.complaint_body_un").pattern
_ABUSE_EVENTS = rule("en", "counts", "count.abuse_events").pattern
_DISAPPEARANCE_CASES = rule("en", "counts", "count.disappearance_cases").pattern
_DISAPPEARANCE_TOPIC = rule("en", "counts", "count.disappearance_topic").pattern
_SENTENCES_OF_BEFORE = rule("en", "counts", "count.sentences_of_before").pattern
_SENTENCED_AFTER_CASES = rule("en", "counts", "count.sentenced_after_cases").pattern
_SENTENCE_CHANGED_AFTER = rule("en", "counts", "count.sentence_changed_after").pattern
_TAKEN_OF_BEFORE = rule("en", "counts", "count.taken_of_before").pattern
_CROWD_AFTER_NOUN = rule("en", "counts", "count.crowd_after_noun").pattern
_CROWD_OF_BEFORE = rule("en", "counts", "count.crowd_of_before").pattern
_DISAPPEARANCE_EVENTS = rule("en", "counts", "count.disappearance_events").pattern
_VICTIMS_NAMED = rule("en", "counts", "count.victims_named").pattern
_VICTIMS_NAMED_GOVERNED = rule("en", "counts", "count.victims_named_governed").pattern
_NAMED_GROUP_VERBS = mapping("en", "counts", "named_group_verbs")


def _count_category(sentence: str, start: int, end: int, inherited_noun: str = "") -> Decision:
    """Category of a count from the noun it counts and the verbs of its clause; a count whose noun is left
    out ("seven of whom", "compared to 48") takes the noun of the count before it."""
    tally = _tally_rule(sentence, start, end)
    if tally:
        return Decision(_DECIDES[tally], tally)
    if _MEMBER_COMPOUND.match(sentence[end:]):
        return Decision("population", "count.member_compound")
    if _ARRESTED_SUSPECTS.match(sentence[end:]) and _ARREST_CONTEXT.search(sentence):
        return Decision("detentions", "count.arrested_suspects")
    if _ARREST_OF_BEFORE.search(sentence[:start]):
        return Decision("detentions", "count.arrest_of_before")
    if _SENTENCES_OF_BEFORE.search(sentence[:start]):
        return Decision("convictions", "count.sentences_of_before")
    if _SENTENCE_CHANGED_AFTER.match(sentence[end:]):
        return Decision("convictions", "count.sentence_changed_after")
    if _TAKEN_OF_BEFORE.search(sentence[:start]):
        return Decision("victims", "count.taken_of_before")
    if _CROWD_AFTER_NOUN.match(sentence[end:]):
        return Decision("population", "count.crowd_after_noun")
    if _CROWD_OF_BEFORE.search(sentence[:start]):
        return Decision("population", "count.crowd_of_before")
    if _EVENTS_UNDER_INVESTIGATION.match(sentence[end:]):
        return Decision("criminal_cases", "count.events_under_investigation")
    if _BODY_DECISIONS.match(sentence[end:]) and _COMPLAINT_BODY_UN.search(sentence):
        return Decision("complaints", "count.body_decisions")
    head = CASUALTY_BREAKDOWN_HEAD.match(sentence[:start])
    if head:
        hurt = _HURT.match(head.group("of") or head.group("the"))
        return Decision("injuries" if hurt else "deaths", "count.casualty_breakdown_head")
    if DISPLACED_AFTER.match(sentence[end:]):
        return Decision("population", "count.displaced_after")
    if _DISCIPLINED_AFTER.match(sentence[end:]):
        return Decision("officials_sanctioned", "count.disciplined_after")
    if _PEOPLE_IN_CASES.match(sentence[end:]):
        if _SENTENCED_AFTER_CASES.match(sentence[end:]):
            return Decision("convictions", "count.sentenced_after_cases")
        return Decision("criminal_cases", "count.people_in_cases")
    if _GUILTY_IN_CASES.search(sentence[:start]) and _CASES_HEAD.match(count_noun(sentence, start, end)):
        return Decision("convictions", "count.guilty_in_cases")
    if _CASES_INVOLVING.search(sentence[:start]):
        return Decision("criminal_cases", "count.cases_involving")
    if _FILED_BY.search(sentence[:start]):
        return Decision("complaints", "count.filed_by")
    if _ORDERED_BEFORE.search(sentence[:start]) and _TO_PAY_AFTER.match(sentence[end:]):
        return Decision("convictions", "count.to_pay_after")
    if screened(PENALISED_PEOPLE, sentence[:start]) and PENALISED_PEOPLE.search(sentence[:start]) and not _REQUESTED_BEFORE.search(sentence[:start]) and \
            word_category(count_noun(sentence, start, end)) not in _PENALISED_THINGS:
        return Decision("convictions", "count.penalised_people")
    if PLACE_OF.search(sentence[:start]) and not count_noun(sentence, start, end):
        return Decision("population", "count.place_of")
    sentence = _without_brackets(sentence[:start]) + sentence[start:end] + _without_aside(_without_brackets(sentence[end:]))
    if screened(_PEOPLE_WITH_CASES, sentence[:start]) and _PEOPLE_WITH_CASES.search(sentence[:start]):
        return Decision("count_other", "count.people_with_cases")
    if CHARGES_AGAINST_BEFORE.search(sentence[:start]) and not OFFICIALS.search(count_noun(sentence, start, end)):
        return Decision(_DECIDES["count.charges_against_before"], "count.charges_against_before")
    if _ACQUITTED_BEFORE.search(sentence[:start]):
        return Decision(_DECIDES["count.acquitted_before"], "count.acquitted_before")
    if _COMPLAINTS_AGAINST_BEFORE.search(sentence[:start]) and (
            POPULATION.search(count_noun(sentence, start, end)) or OFFICIALS.search(count_noun(sentence, start, end))):
        return Decision("complaints", "count.complaints_against_before")
    if _APPEALS_OF_BEFORE.search(sentence[:start]) and (POPULATION.search(count_noun(sentence, start, end)) or
                                                       _people_noun_rule(count_noun(sentence, start, end))):
        return Decision("complaints", "count.appeals_of_before")
    if _FACED_COMPLAINTS_AFTER.match(sentence[end:]):
        return Decision("complaints", "count.faced_complaints_after")
    named_group = _NAMED_GROUP_PREDICATE.match(sentence[end:])
    if named_group:
        return Decision(_NAMED_GROUP_VERBS.get(named_group.group(1).split()[0].lower(), "convictions"),
                        "count.named_group_predicate")
    lo, hi = _clause(sentence, start, end)
    clause = sentence[lo:hi]
    s, e = start - lo, end - lo
    label = _ROW_LABEL.match(sentence[:start])
    if label and re.fullmatch(r"[\s\d.,|]*(?:,\s.*)?", sentence[end:]):
        noun = label.group(1)
        event = next((name for name, p in COUNT_EVENT_CUES if p.search(noun)), None)
        if event:
            return Decision(_DECIDES[event], event)
    else:
        noun = count_noun(sentence, start, end) or _inheritable(inherited_noun, sentence[end:])
    if _DEATH_SENTENCE.search(noun) and _DEATH_SENTENCES_CARRIED_OUT.match(sentence[end:]):
        return Decision("deaths", "count.death_sentences_carried_out")
    if _CASE_FINDING.match(clause[e:]):
        return Decision("criminal_cases", "count.case_finding")
    if _RELATIVES_OF.match(sentence[end:]):
        return Decision("count_other", "count.relatives_of")
    if _DATA_SUBJECTS.search(sentence[:start]) and word_category(count_noun(sentence, start, end)) not in \
            _THING_CATEGORIES:
        return Decision("victims", "count.data_subjects")
    if _DATA_OWNERS_AFTER.match(sentence[end:]):
        return Decision("victims", "count.data_owners_after")
    if _FACILITY_HEAD.fullmatch(count_noun(sentence, start, end)):
        return Decision("organizations", "count.facility_head")
    if _CAPACITY_BEFORE.search(clause[:s]):
        return Decision("count_other", "count.capacity_before")
    if word_category(noun) == "population" and _acting_people(clause[e:]):
        return Decision("population", "count.active_subject")
    if _KILLED_PREDICATE.match(_APPOSITION.sub("", clause[e:])):
        return Decision("deaths", "count.killed_predicate")
    if _FELL_VICTIM.match(clause[e:]):
        return Decision("victims", "count.fell_victim")
    own_noun = count_noun(sentence, start, end)
    if not (_noun_phrase(clause, e) and own_noun) or GENERIC_EVENT_HEADS.fullmatch(own_noun) and \
            not _EVENTS_OF.match(clause[e:]) or _RESTATING_NOUN.fullmatch(own_noun):
        changed = _subject_of_change(sentence[:start])
        if changed:
            return changed
    if _OF_WHOM.match(clause[e:]):
        clause, s, e = clause[s:], 0, e - s
    if _DISAPPEARANCE_CASES.match(clause[e:]) and not _LEGAL_CASE_WORD.search(sentence):
        return Decision("victims", "count.disappearance_cases")
    if _BODY_CASES.match(noun) and _RIGHTS_BODY.search(sentence) and not _DOCUMENTED_BY_BODY.search(sentence):
        return Decision("complaints", "count.body_cases")
    if noun == "cases" and _DISAPPEARANCE_TOPIC.search(sentence) and not (_LEGAL_CASE_WORD.search(sentence) or
                                                                         _ARREST_CONTEXT.search(sentence)):
        return Decision("victims", "count.disappearance_topic")
    if _ABUSE_EVENTS.match(clause[e:].lstrip()) and not (_LEGAL_CASE_WORD.search(sentence) or
                                                          _ARREST_CONTEXT.search(sentence)):
        return Decision("victims", "count.abuse_events")
    named_rule = _what_events(clause, e, noun) or _word_rule(noun)
    named = _DECIDES.get(named_rule)
    if named is None and _FACTS_NOUN.fullmatch(noun) and RECORDED_FACTS.search(clause):
        return Decision("criminal_cases", "count.recorded_facts")
    if named == "inspections" and _RIGHTS_VIOLATIONS.search(noun) and not INSPECTION_CONTEXT.search(sentence):
        named, named_rule = "count_other", "count.rights_violations"
    word_before = _WORD_BEFORE.search(clause[:s])
    damage_object = bool(word_before and PROPERTY_DAMAGE.match(word_before.group(1)))
    damage_text = clause if named != "count_other" or damage_object else " " * e + clause[e:]
    if named in (None, "organizations", "count_other") and noun and nearest(
            _PROPERTY_DAMAGE_CUES, damage_text, s, e, 60)[0] and not (POPULATION.search(noun) or OFFICIALS.search(noun)):
        return Decision("property", "count.property_damage")
    executed = own_event(clause[e:]) if named in ("population", "prisoners") else None
    if executed:
        return Decision(_DECIDES[executed], executed)
    if named in (None, "population", "prisoners", "detentions") and _ACQUITTED_THEN_CONVICTED.match(sentence[end:]):
        return Decision("convictions", "count.acquitted_then_convicted")
    if named in (None, "population", "prisoners", "detentions") and not OFFICIALS.search(noun):
        if _REFERRED_TO_PROSECUTION.match(clause[e:]):
            return Decision("criminal_cases", "count.referred_to_prosecution")
        if CHARGED_PREDICATE.match(clause[e:]):
            return Decision(_DECIDES["count.charged_predicate"], "count.charged_predicate")
        if _CHARGED_PARTICIPLE.match(clause[e:]) and not _cue_before(clause, s):
            return Decision(_DECIDES["count.charged_participle"], "count.charged_participle")
        if _ACQUITTED_PREDICATE.match(clause[e:]):
            return Decision(_DECIDES["count.acquitted_predicate"], "count.acquitted_predicate")
        if CONVICTED_PREDICATE.match(clause[e:]):
            return Decision("convictions", "count.convicted_predicate")
    if named in (None, "population", "prisoners") and _PRETRIAL_AFTER.match(clause[e:]):
        return Decision("detentions", "count.pretrial_after")
    if named in (None, "population", "prisoners") and _PRETRIAL_RELATIVE.match(sentence[end:]):
        return Decision("detentions", "count.pretrial_relative")
    if named is None and _CROWD_ACTION.match(clause[e:]):
        return Decision("population", "count.crowd_action")
    if _SUBMISSIONS.search(noun) and named in (None, "complaints"):
        if _RECEIVED.search(clause):
            return Decision("complaints", "count.received")
        if _COMPLAINT_ADDRESSEE.search(clause):
            return Decision("complaints", "count.complaint_addressee")
        if named is None:
            return Decision("count_other", "count.submissions")
    if named == "complaints" and _PERMISSION_REQUEST.match(clause[e:]):
        return Decision("count_other", "count.permission_request")
    if named == "criminal_cases" and _COMPLAINT_WORD.search(noun):
        return Decision("complaints", "count.complaint_word")
    if named == "criminal_cases" and _complaint_cases(noun, sentence, inherited_noun):
        return Decision("complaints", "count.complaint_topic")
    event_cases = _event_cases(noun, sentence[:start], sentence, _own_scope(sentence, start, end, (lo, hi))) \
        if named == "criminal_cases" else None
    if event_cases:
        return event_cases
    if named is None and _PARTICIPLE_NOUN.match(noun) and inherited_noun:
        noun = inherited_noun
        named_rule = _word_rule(noun)
        named = _DECIDES.get(named_rule)
    if named in ("organizations", "property") and _INSPECTED_BEFORE.search(clause[:s]):
        return Decision("inspections", "count.inspected_before")
    if named in _THING_CATEGORIES:
        return Decision(named, named_rule)
    if named == "victims" and _DISAPPEARANCE_EVENTS.search(noun):
        return Decision("victims", "count.disappearance_events")
    own_noun = count_noun(sentence, start, end) if named is None else ""
    event_noun = next((name for name, p in COUNT_EVENT_CUES if p.search(own_noun)), None) if own_noun else None
    if event_noun:
        return Decision(_DECIDES[event_noun], event_noun)
    event_verb = own_event(clause[e:])
    if event_verb:
        return Decision(_DECIDES[event_verb], event_verb)
    if named == "victims" and _VICTIMS_NAMED.search(noun) and not _VICTIMS_NAMED_GOVERNED.search(clause[:s]):
        return Decision("victims", "count.victims_named")
    conjunction = _CONJUNCTION_BEFORE.search(clause[:s])
    if conjunction and _own_cue(clause[conjunction.end():], s - conjunction.end(), e - conjunction.end()):
        clause, s, e = clause[conjunction.end():], s - conjunction.end(), e - conjunction.end()
    adjective = _PARTICIPLE_ADJECTIVE.match(clause[e:])
    if adjective:
        clause = clause[:e] + " " * adjective.end(1) + clause[e + adjective.end(1):]
    held = _held_people(noun, clause, e, sentence) if named in (None, "population", "detentions") else None
    if held:
        return Decision("prisoners", held)
    if _CONSULTED_BEFORE.search(clause[:s]):
        if named in (None, "population", "detentions", "prisoners") and not _MEMBERSHIP.search(noun):
            return Decision("count_other", "count.consulted_before")
        return Decision(named, named_rule)
    event, event_distance = nearest(COUNT_EVENT_CUES, clause, s, e, 80)
    verb, verb_distance = _verb_cue(clause, s, e, near_only=named == "population")
    if event and OFFICIALS.search(noun) and nearest(_SANCTIONED_CUES, clause, s, e, 80)[1] < event_distance:
        return Decision("officials_sanctioned", "count.sanctioned")
    if event and (event_distance < 70 or any(p.search(noun) for _, p in COUNT_EVENT_CUES)) and (
            verb is None or verb_distance > event_distance):
        return Decision(_DECIDES[event], event)
    if OFFICIALS.search(noun) and SANCTIONED.search(clause) and not _CONVICTED_OR_SENTENCED.search(clause):
        return Decision("officials_sanctioned", "count.sanctioned")
    if named and named != "population":
        return Decision(named, named_rule)
    victim, victim_distance = nearest(PEOPLE_CATEGORY_VERBS, clause, s, e, 80)
    if victim and (verb is None or victim_distance <= verb_distance):
        return Decision(_DECIDES[victim], victim)
    if verb:
        if _IMPRISONED.search(clause) and _DECIDES[verb] == "detentions":
            return Decision("prisoners", "count.imprisoned")
        return Decision(_DECIDES[verb], verb)
    return Decision(named, named_rule) if named else Decision("count_other", "fallback.count_other")


_PEOPLE_HEAD = rule("en", "counts", "count.people_head").pattern
_OCCUPANCY = rule("en", "counts", "count.occupancy").pattern
_FACILITY = rule("en", "counts", "count.facility").pattern
_IN_FACILITY_AFTER = rule("en", "counts", "count.in_facility_after").pattern


def _held_people(noun: str, clause: str, end: int, sentence: str) -> str | None:
    """Id of the rule saying a count of people counts those held in a prison, colony or cell ("87 reporters in
    Ruritanian prisons"), else None."""
    people = POPULATION.search(noun) and not OFFICIALS.search(noun)
    if not (_PEOPLE_HEAD.search(noun) or people):
        return None
    after = clause[end:]
    head = _PEOPLE_HEAD_AFTER.match(after)
    own = re.match(rf"\s+{re.escape(noun)}\b", after) if people else None
    if any(h and _IN_FACILITY_AFTER.match(after[h.end():]) for h in (head, own)):
        return "count.in_facility_after"
    if not _PEOPLE_HEAD.search(noun):
        return None
    occupancy = _OCCUPANCY.search(clause[:end])
    if occupancy and (occupancy.group(0).lower().endswith("population") or _FACILITY.search(sentence)):
        return "count.occupancy"
    return None


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

