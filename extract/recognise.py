"""From one paragraph of a report to figure records: find the mentions, then give each its meaning
(kind, category, statutory, period, attribution, subject). The pipeline adds ids and provenance.
"""

import re
from bisect import bisect_right

from extract.attribution import attribution_of
from extract.budget import Budget
from extract.category import category
from extract.count_category import count_noun
from extract.cues import POPULATION
from extract.mentions import Mention, find_mentions
from extract.period import last_period, opening_year, period_of
from extract.reach import BARE, clipped, sentence_reach, wordless
from extract.statutory import statutory
from extract.subject import subject_of

FIELDS = ("char_start", "char_end", "mention", "value", "low", "high", "qualifier", "unit", "kind", "category",
          "statutory", "usd_reported", "usd_reported_high", "period", "attribution", "subject")


_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"(])")


class _SentenceIndex:
    """Paragraph-relative sentence bounds looked up by offset in logarithmic time, an over-long one cut around
    the offset (extract.reach)."""

    def __init__(self, paragraph):
        spans = [(s.start - paragraph.start, s.end - paragraph.start) for s in getattr(paragraph, "sentences", ()) or ()]
        self.text = paragraph.text
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def bounds(self, start: int) -> tuple[int, int]:
        """Bounds of the sentence holding offset `start` (a sentence found by its end marks when the paragraph
        was not split)."""
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and start < self.spans[k][1]:
            return clipped(*self.spans[k], start)
        lo, hi = sentence_reach(len(self.text), start)
        s = max((m.end() for m in _SENTENCE_END.finditer(self.text, lo, start + 1) if m.end() <= start), default=lo)
        m = _SENTENCE_END.search(self.text, start, hi)
        return clipped(s, m.start() + 1 if m else hi, start)


# "56 people died, including 38 on Tuesday": a part named without its noun shares the whole's category.
# "five applicants, two of them minors": a part described by a noun alone, with no verb of its own.
_PART_OF_AFTER = re.compile(r"^\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?(?:\w+\s+)?(?:minors|children|women|girls|boys|"
                            r"men|juveniles|foreigners|foreign\s+nationals|journalists|activists|students)\b",
                            re.IGNORECASE)
# "... 5,200 prisoners. Approximately 1,400 of these were women.": a sentence opening on a part of the count
# just made.
_PART_OF_PREVIOUS = re.compile(r"^\s+of\s+(?:these|those|them|whom|this\s+number|that\s+number|the\s+total)\b",
                               re.IGNORECASE)
# Categories that count people: a part named by a group of people ("including 88 children") shares them.
_PEOPLE_CATEGORIES = ("deaths", "injuries", "detentions", "prisoners", "convictions", "victims", "population",
                      "officials_sanctioned")
_PART_OF_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+(?:at\s+least\s+|some\s+|about\s+)?$",
                             re.IGNORECASE)


# "166 prisoners per 100,000 people": a rate's mention runs on to its base; its noun is read after the count.
_RATE_TAIL = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?\s+(?:per|for\s+every|for\s+each)\s", re.IGNORECASE)


def _in_brackets(sentence: str, start: int) -> bool:
    """Whether a mention sits inside a bracket still open before it: "21 victims (20 citizens and one foreigner)"
    breaks down the count before the bracket, so its parts count the same people."""
    return sentence.rfind("(", 0, start) > sentence.rfind(")", 0, start)


def _record(mention: Mention, paragraph, bounds: tuple[int, int], year: int | None, carried: str | None,
            previous_noun: str, previous_subject: str = "", previous_category: str = "",
            paragraph_category: str = "") -> dict:
    """One figure's record from its sentence `bounds`; a reported (not prescribed) figure with no date near it
    takes the covered year."""
    text = paragraph.text
    s, e = bounds
    sentence = text[s:e]
    ms, me = mention.start - s, mention.end - s
    rate = _RATE_TAIL.search(sentence[ms:me]) if mention.kind == "count" else None
    if rate:
        me = ms + rate.start()
    cat = category(mention, sentence, ms, me, text[:s], previous_noun)
    if mention.kind == "count" and not previous_category and paragraph_category and re.fullmatch(
            r"[\s\"“(]*", sentence[:ms]) and _PART_OF_PREVIOUS.match(sentence[me:]):
        cat = paragraph_category
    if mention.kind == "count" and previous_category and (_PART_OF_BEFORE.search(sentence[:ms]) and
                                                          (not count_noun(sentence, ms, me) or
                                                           previous_category in _PEOPLE_CATEGORIES and (
                                                               cat in ("population", "count_other") or
                                                               POPULATION.fullmatch(count_noun(sentence, ms, me)))) or
                                                          _PART_OF_AFTER.match(sentence[me:])) and not (
            previous_category not in _PEOPLE_CATEGORIES and cat in _PEOPLE_CATEGORIES):
        cat = previous_category
    if mention.kind == "count" and previous_category in _PEOPLE_CATEGORIES and cat in ("population", "count_other") and (
            _in_brackets(sentence, ms)):
        cat = previous_category
    prescribed = statutory(mention, sentence, ms, me)
    period = period_of(sentence, ms, me, year, carried)
    if period is None and not prescribed and year is not None:
        period = str(year)
    return {
        "char_start": paragraph.start + mention.start,
        "char_end": paragraph.start + mention.end,
        "mention": text[mention.start:mention.end],
        "value": mention.value,
        "low": mention.low,
        "high": mention.high,
        "qualifier": mention.qualifier,
        "unit": mention.unit,
        "kind": mention.kind,
        "category": cat,
        "statutory": prescribed,
        "usd_reported": mention.usd_reported,
        "usd_reported_high": mention.usd_reported_high,
        "period": period,
        "attribution": attribution_of(sentence),
        "subject": subject_of(mention, sentence, ms, me, cat, previous_subject),
    }


def figures_in_paragraph(paragraph, year: int | None, budget: Budget | None = None) -> list[dict]:
    """Every figure stated in a paragraph, in text order, with absolute document offsets; `budget` is checked
    before each figure."""
    out = []
    text = paragraph.text
    previous_noun, previous_subject, previous_category, previous_sentence = "", "", "", -1
    paragraph_category = ""
    sentences = _SentenceIndex(paragraph)
    carried, read_to, opening = None, 0, opening_year(text)
    for mention in find_mentions(text, budget):
        if budget:
            budget.check()
        s, e = sentences.bounds(mention.number_start)
        if e - s > 2 * BARE and wordless(text, s, e):
            s, e = max(s, mention.start - BARE), min(e, mention.end + BARE)
        if s != previous_sentence:
            previous_noun, previous_subject, previous_category, previous_sentence = "", "", "", s
        if s > read_to:
            carried, read_to = last_period(text[read_to:s], year, opening) or carried, s
        record = _record(mention, paragraph, (s, e), year, carried, previous_noun, previous_subject,
                         previous_category, paragraph_category)
        out.append(record)
        if mention.kind == "count":
            if not _in_brackets(text[s:e], mention.start - s):
                previous_noun = count_noun(text[s:e], mention.start - s, mention.end - s) or previous_noun
            previous_subject = record["subject"] if record["subject"] != "count" else previous_subject
            previous_category = paragraph_category = record["category"]
    return out
