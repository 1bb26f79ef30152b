"""The category of a count the rules left to a catch-all, from the count it follows or refers back to: a count that
names nothing ("rose to 150 in March and 120 in April") or only people ("176 girls were killed, while the sex of
23 children ...") counts what the count before it in its sentence counted; when its sentence points back ("this
number was 5,200", "the total also includes 148 girls") or tallies it by name ("North (126), South (119)"), what the
paragraph's last count or the previous sentence's count counted, else the first event its own sentence names ("70% of
the executions ..., where their numbers rose from 314 to 576")."""

import re

from extract.category_groups import FILED_BY_PEOPLE, NOTHING_NAMED, PEOPLE
from extract.count_category import (COUNT_VERB_CUES, OFFICIALS, PEOPLE_ONLY, SANCTIONED, UNDECIDED,
                                    complaint_cases_after, count_noun, first_named, word_category)
from extract.decision import Decision
from extract.features import governing_verb, last_counted_noun
from extract.language_data import decisions, rule

_REFERS_BACK = rule("en", "counts", "count.refers_back").pattern
_MORE_OR_OTHERS = rule("en", "counts", "count.more_or_others").pattern
_OBJECT_OF_OF = rule("en", "counts", "count.object_of_of").pattern
_REPORTING_TAIL = rule("en", "counts", "count.reporting_tail").pattern
_TALLY_WITH = rule("en", "counts", "count.tally_with").pattern
_TALLY_AT = rule("en", "counts", "count.tally_at").pattern
_RECEIVED_BARE = rule("en", "counts", "count.received_bare").pattern
_RECORDED_AFTER = rule("en", "counts", "count.recorded_after").pattern
_TALLY_END = rule("en", "counts", "count.tally_end").pattern
_PARTITIVE_LEAD = rule("en", "counts", "count.partitive_lead").pattern
_DECIDES = decisions("en")
_WORDS = re.compile(r"[\w’'-]+")


def referred_category(sentence: str, start: int, end: int, noun: str, decided: Decision, previous_category: str,
                      paragraph_category: str, previous_sentence: str, document_topic: str = "") -> Decision | None:
    """The category a count at [start, end) of `sentence` that counts `noun` (extract.count_category.count_noun,
    read once by the caller) takes from the count it follows or refers back to (or, for bare cases, from what the
    document is about), or None when the rules decided it, or it names a noun of its own that is not only people."""
    if decided.rule == "count.noun.criminal_cases" and complaint_cases_after(sentence, start, end, previous_sentence,
                                                                          paragraph_category, document_topic):
        return Decision("complaints", "count.complaint_topic")
    if not noun and decided.rule.startswith("count.noun.") and previous_category not in NOTHING_NAMED:
        return Decision(previous_category, "logic.series_before")
    if decided.rule in PEOPLE_ONLY:
        passed_on = PEOPLE
    elif decided.rule == "fallback.count_other" and _names_nothing(noun):
        passed_on = None
    else:
        return None
    follows = passed_on is None or not own_verb(sentence, start, end)
    if follows and previous_category not in NOTHING_NAMED and (passed_on is None or previous_category in passed_on):
        return Decision(previous_category, "logic.series_before")
    named_before = _DECIDES.get(first_named(sentence[:start]), "")
    if passed_on is None and _RECORDED_AFTER.match(sentence[end:]) and named_before not in NOTHING_NAMED:
        return Decision(named_before, "count.recorded_after")
    if not (_REFERS_BACK.search(sentence[:start]) or _MORE_OR_OTHERS.match(noun) or _tally(sentence, start, end) or
            passed_on is None and _RECEIVED_BARE.search(sentence[:start]) and _TALLY_END.match(sentence[end:])):
        return None
    earlier = paragraph_category if paragraph_category not in NOTHING_NAMED else word_category(
        last_counted_noun(previous_sentence)) or named_before
    return Decision(earlier, "count.refers_back") if earlier not in NOTHING_NAMED and (
        passed_on is None or earlier in passed_on) else None



def carried_over(decided: Decision, sentence: str, start: int, noun: str, paragraph_category: str,
                 previous_sentence: str) -> Decision | None:
    """A count the rules left to the catch-all that names nothing, in a sentence that names nothing it could count
    and holds no other count naming a noun of its own ("There were just 6 the year before"; not "43 points out of 100"),
    counts what the text just before it counted (carried_category), when that is people or what they file or face;
    never a count right after a partitive ("out of 900 recommendations, 215 ...") nor a cell of a table, whose
    columns count different things; else None."""
    if decided.rule != "fallback.count_other" or "|" in sentence + previous_sentence or noun or \
            any(word_category(w) for w in _WORDS.findall(sentence)) or first_named(sentence) or \
            _PARTITIVE_LEAD.search(sentence[:start]) or _other_count_named(sentence, start):
        return None
    carried = carried_category(paragraph_category, previous_sentence)
    return Decision(carried, "logic.carried_over") if carried in PEOPLE + FILED_BY_PEOPLE else None


def _other_count_named(sentence: str, start: int) -> bool:
    """Whether a count in digits of the sentence other than the one at `start` names a noun of its own."""
    return any(m.start() != start and count_noun(sentence, m.start(), m.end())
               for m in re.finditer(r"\d[\d,.]*\d|\d", sentence))


def carried_category(paragraph_category: str, previous_sentence: str) -> str:
    """What the text just before a count was counting: the paragraph's last count's category, else what the
    previous sentence counts or names first ("complaints had dropped. There were just 6 the year before")."""
    if paragraph_category not in NOTHING_NAMED:
        return paragraph_category
    counted = word_category(last_counted_noun(previous_sentence)) or ""
    return counted if counted not in NOTHING_NAMED else _DECIDES.get(first_named(previous_sentence), "")


def heading_category(heading: str, decided: Decision) -> Decision | None:
    """The category a list item's count takes from the line heading its list ("the ombudsman had 14,620 appeals,
    including:" above "- individuals - 13,384"): what the heading's verb says was done to people ("police arrested
    48 activists, including:"), else officials sanctioned ("officers disciplined:"), else its first event or counted
    noun, when that names what happened to people or the complaints or cases they brought or face; only when the
    rules found nothing in the item but people or a number, and never from a table's header row, whose columns
    count different things; else None."""
    if not heading or "|" in heading or decided.rule not in UNDECIDED:
        return None
    verb = min(((m.start(), name) for name, p in COUNT_VERB_CUES for m in p.finditer(heading)), default=(0, None))[1]
    sanctioned = not verb and OFFICIALS.search(heading) and SANCTIONED.search(heading)
    named = "officials_sanctioned" if sanctioned else _DECIDES.get(verb or first_named(heading), "")
    return Decision(named, "logic.list_heading") if named in PEOPLE + FILED_BY_PEOPLE else None


def own_verb(sentence: str, start: int, end: int) -> bool:
    """Whether a count of people is the subject of a verb of its own ("40 residents watched"), not the object of a
    preposition ("the sex of 23 children is unknown") or a verb before it."""
    tail = _REPORTING_TAIL.match(sentence[end:])
    sentence = sentence[:end + tail.group(0).rfind(",")] if tail else sentence
    return governing_verb(sentence, start, end)[1] == "after" and not _OBJECT_OF_OF.search(sentence[:start])


def _names_nothing(noun: str) -> bool:
    """Whether a count's noun names nothing it counts: none at all, or only "more" or "others"."""
    return not noun or bool(_MORE_OR_OTHERS.match(noun))


def _tally(sentence: str, start: int, end: int) -> bool:
    """Whether a count stands in brackets after a name ("the leaders are North (126), South (119)"), or after
    "with" or a set-off "at" closing its phrase ("followed by the East with 712,", "the lowest, at 417,"): a tally
    of what the text was counting."""
    return bool(re.search(r"[\w.]\s*\($", sentence[:start]) and re.match(r"\)", sentence[end:]) or
                (_TALLY_WITH.search(sentence[:start]) or _TALLY_AT.search(sentence[:start])) and
                _TALLY_END.match(sentence[end:]))
