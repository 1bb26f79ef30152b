"""A figure mention's features, computed once, for the meaning model (extract/meaning_model.py) and `explain`:
the rules' statutory flag, the counted noun and the verb that governs it, the words around the number, the nearest
cues, and what lies outside the sentence (the previous sentence, the heading of the list it is in, the section, the
categories the previous paragraph names).

There is no parser model here: clauses, nouns and cue distances come from the rules' own helpers.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extract.count_category import _clause, count_noun
from extract.language_data import any_cue, cues, decisions, rule, words
from extract.lemmas import lemma
from extract.period import NO_CALENDAR, Calendar
from extract.cue_list import CueList
from extract.proximity import nearest_by_group

_LANGUAGE = "en"
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_DECIDES = decisions(_LANGUAGE)


def _by_category(file: str, prefix: str) -> CueList:
    """A cue list named by the category each rule decides, so that features speak of categories, not rule ids."""
    return CueList((_DECIDES[rule_id], pattern) for rule_id, pattern in cues(_LANGUAGE, file, prefix))


_CUE_LISTS = {"money": _by_category("money", "money.cue."), "duration": _by_category("durations", "duration.cue."),
              "event": _by_category("counts", "count.event."), "noun": _by_category("counts", "count.noun."),
              "verb": _by_category("counts", "count.verb.")}
_LAW_CUES = cues(_LANGUAGE, "statutory", "statutory.law.")
_LIST_ITEM = rule(_LANGUAGE, "features", "features.list_item").pattern
_LIST_LEAD = rule(_LANGUAGE, "features", "features.list_lead").pattern
_SHORT_LINE = rule(_LANGUAGE, "statutory", "statutory.law_list_lead").pattern
# The cues whose categories a text outside the sentence names (the previous sentence, a list heading, the section).
_NAMING_CUES = CueList(_CUE_LISTS["noun"] + _CUE_LISTS["event"])
# The five lists as one, each cue named (list, category): a figure's window is screened and scanned once for all.
_FEATURE_CUES = CueList(((list_name, category), pattern) for list_name, cue_list in _CUE_LISTS.items()
                        for category, pattern in cue_list)
# Cue distances in bins: the model learns a near cue apart from a far one.
_DISTANCE_BINS = ((12, "near"), (45, "mid"))
_AROUND = 3   # words each side read one by one
_NEAR = 8     # words each side read as a bag


@dataclass(frozen=True)
class Context:
    """What lies outside a paragraph: the line that heads the list it belongs to, the previous paragraph's text,
    the section path, the dates the document gives it and what the whole document is about."""

    heading: str = ""
    previous: str = ""
    section: tuple[str, ...] = ()
    carried: str | None = None   # the period the paragraph inherits from the paragraphs before it (extract.story_dates)
    until: str | None = None     # the latest date of the document's year its text states
    written: str | None = None   # the date a news story was written, as near as its text tells
    calendar: Calendar = NO_CALENDAR  # its reporting year and day of publication (extract.period)
    topic: str = ""              # what the whole document counts, from its opening (extract.document_topic)
    lead: str = ""               # the colon line that opens the run of short lines it belongs to (short_lines_lead)


NO_CONTEXT = Context()


@lru_cache(maxsize=4096)
def _lemmas(text: str) -> tuple[str, ...]:
    """The lemmas of a text's words without stop words (cached: a sentence's parts recur for each of its figures)."""
    stop = _word_set("stop_words")
    return tuple(lemma(w) for w in _WORD.findall(text) if w.lower() not in stop)


@cache
def _word_set(key: str) -> frozenset[str]:
    """A word list of the features data as a set: tested for every word of a figure's clause."""
    return frozenset(words(_LANGUAGE, "features", key))


def _is_verb(word: str) -> bool:
    """Whether a word is a verb by the language's list or its "-ed" ending; a capitalised word is a name or a month
    ("in May"), not a verb."""
    if word[0].isupper():
        return False
    low = word.lower()
    return low in _word_set("verbs") or (low.endswith("ed") and len(low) > 4 and low not in _word_set("lemma_keep"))


def governing_verb(sentence: str, start: int, end: int) -> tuple[str, str]:
    """(lemma, side) of the verb that governs the count: the first verb of its clause after it, else the last
    verb before it ("the colonies held 9,800 men" -> held, before); ("", "") when the clause has none."""
    lo, hi = _clause(sentence, start, end)
    after = [w for w in _WORD.findall(sentence[end:hi]) if _is_verb(w)]
    if after:
        return lemma(after[0]), "after"
    before = [w for w in _WORD.findall(sentence[lo:start]) if _is_verb(w)]
    return (lemma(before[-1]), "before") if before else ("", "")


def list_heading(lines: list[str], index: int) -> str:
    """The line that heads the list line `index` is an item of ("Prosecutions by year:" above "- 144 in 2022"),
    or "" when the line is not in a list."""
    return _lead_above(lines, index, _LIST_ITEM.search, 0) if _LIST_ITEM.search(lines[index]) else ""


def short_lines_lead(lines: list[str], index: int, reach: int = 6) -> str:
    """The line ending in a colon that opens the run of short lines with no full stop that line `index` belongs to
    ("Hacking is punishable by:" above "One year's imprisonment"), looking back at most `reach` lines; else ""."""
    if not _SHORT_LINE.search(lines[index]):
        return ""
    return _lead_above(lines, index, lambda line: _SHORT_LINE.search(line) and not _LIST_LEAD.search(line),
                       max(0, index - reach))


def _lead_above(lines: list[str], index: int, in_run, lowest: int) -> str:
    """The lead line (features.list_lead) right above the run of lines `in_run` accepts that ends before line
    `index`, walking back no further than line `lowest`; else ""."""
    i = index - 1
    while i >= lowest and in_run(lines[i]):
        i -= 1
    return lines[i] if i >= 0 and _LIST_LEAD.search(lines[i]) else ""


# A number in digits, with its separators.
_DIGITS = re.compile(r"\d[\d,.]*")


@lru_cache(maxsize=256)
def last_counted_noun(sentence: str) -> str:
    """The noun the last count in digits of a sentence counts ("... 5,200 prisoners." -> "prisoners"), or ""."""
    nouns = [count_noun(sentence, m.start(), m.end()) for m in _DIGITS.finditer(sentence)]
    return next((n for n in reversed(nouns) if n), "")


def _bin(distance: float) -> str:
    return next((name for limit, name in _DISTANCE_BINS if distance <= limit), "far")


def _bag(prefix: str, text: str) -> dict[str, float]:
    return {f"{prefix}={w}": 1.0 for w in _lemmas(text)}


def _cues_named(prefix: str, text: str) -> dict[str, float]:
    """The categories the count nouns and events of a text name ("torture cases" -> criminal_cases)."""
    return {f"{prefix}={name}": 1.0 for name in _categories_named(text)}


@lru_cache(maxsize=1024)
def _categories_named(text: str) -> tuple[str, ...]:
    """The categories of the count-noun and event cues found in a text (cached: the previous sentence and the
    list heading are the same for every figure of a sentence)."""
    return tuple(name for name, m in _NAMING_CUES.searched(text) if m)


def mention_features(kind: str, unit: str, qualifier: str, sentence: str, start: int, end: int,
                     rule_statutory: bool, previous_sentence: str, context: Context = NO_CONTEXT) -> dict[str, float]:
    """The features of the mention at [start, end) of its sentence, as name -> value for a DictVectorizer. The
    rules' category is not one of them: the model reads a figure where the rules fell back to a catch-all, and with
    their category among its features it learnt to echo the catch-all (see BENCHMARKS.md, "Meaning model")."""
    f: dict[str, float] = {f"rule_statutory={rule_statutory}": 1.0,
                           f"kind={kind}": 1.0, f"qualifier={qualifier}": 1.0,
                           f"unit={'currency' if kind == 'money' else unit}": 1.0}
    noun = count_noun(sentence, start, end) if kind == "count" else ""
    if noun:
        f[f"noun={lemma(noun.split()[-1])}"] = 1.0
        f.update(_bag("noun_word", noun))
    else:
        f["noun=none"] = 1.0
    verb, side = governing_verb(sentence, start, end)
    f[f"verb={verb or 'none'}"] = 1.0
    f[f"verb_{side or 'none'}={verb or 'none'}"] = 1.0
    left, right = _lemmas(sentence[:start]), _lemmas(sentence[end:])
    for i, w in enumerate(reversed(left[-_AROUND:])):
        f[f"left{i + 1}={w}"] = 1.0
    for i, w in enumerate(right[:_AROUND]):
        f[f"right{i + 1}={w}"] = 1.0
    f.update({f"near={w}": 1.0 for w in left[-_NEAR:] + right[:_NEAR]})
    nearest_cues = nearest_by_group(_FEATURE_CUES, sentence, start, end)
    for name in _CUE_LISTS:
        cue, distance = nearest_cues.get(name, (None, 0.0))
        if cue:
            f[f"cue_{name}={cue}:{_bin(distance)}"] = 1.0
    if any_cue(_LAW_CUES, sentence):
        f["law_cue"] = 1.0
    if not sentence[:start].strip(" \"“(-–—•*"):
        f["opens_sentence"] = 1.0
    previous_noun = last_counted_noun(previous_sentence)
    if previous_noun:
        f[f"previous_noun={lemma(previous_noun.split()[-1])}"] = 1.0
    f.update(_cues_named("previous_cue", previous_sentence))
    f.update(_bag("heading", context.heading))
    f.update(_cues_named("heading_cue", context.heading))
    f.update(_bag("section", " ".join(context.section[-2:])))
    f.update(_cues_named("section_cue", " ".join(context.section[-2:])))
    f.update(_cues_named("previous_paragraph_cue", context.previous))
    return f
