"""From one paragraph of a report to figure records: find the mentions, then give each its meaning
(kind, category, statutory, period, attribution, subject). The pipeline adds ids and provenance.
"""

import re

from extract.attribution import attribution_of
from extract.category import category
from extract.count_category import count_noun
from extract.features import NO_CONTEXT, Context, mention_features
from extract.language_data import rule
from extract.meaning_model import judge
from extract.mentions import Mention, find_mentions
from extract.period import last_period, period_of
from extract.record import figure_record
from extract.statutory import statutory
from extract.subject import subject_of

POPULATION = rule("en", "counts", "count.population_noun").pattern

FIELDS = ("char_start", "char_end", "mention", "value", "low", "high", "qualifier", "unit", "kind", "category",
          "statutory", "usd_reported", "usd_reported_high", "period", "attribution", "subject", "rules", "confidence")


def _sentence_bounds(paragraph, start: int) -> tuple[int, int]:
    """Paragraph-relative bounds of the sentence holding paragraph-relative offset `start`."""
    for sentence in getattr(paragraph, "sentences", ()) or ():
        s, e = sentence.start - paragraph.start, sentence.end - paragraph.start
        if s <= start < e:
            return s, e
    text = paragraph.text
    s = max((m.end() for m in re.finditer(r"[.!?][”\"’)]?\s+(?=[A-Z“\"(])", text[:start + 1]) if m.end() <= start),
            default=0)
    m = re.search(r"[.!?][”\"’)]?\s+(?=[A-Z“\"(])", text[start:])
    return s, (start + m.start() + 1 if m else len(text))


_PART_OF_AFTER = rule("en", "counts", "count.part_of_after").pattern
_PART_OF_PREVIOUS = rule("en", "counts", "count.part_of_previous").pattern
# Categories that count people: a part named by a group of people ("including 88 children") shares them.
_PEOPLE_CATEGORIES = ("deaths", "injuries", "detentions", "prisoners", "convictions", "victims", "population",
                      "officials_sanctioned")
_PART_OF_BEFORE = rule("en", "counts", "count.part_of_before").pattern
_RATE_TAIL = rule("en", "counts", "count.rate_tail").pattern


def _in_brackets(sentence: str, start: int) -> bool:
    """Whether a mention sits inside a bracket still open before it: "21 victims (20 citizens and one foreigner)"
    breaks down the count before the bracket, so its parts count the same people."""
    return sentence.rfind("(", 0, start) > sentence.rfind(")", 0, start)


def _record(mention: Mention, paragraph, year: int | None, carried: str | None, previous_noun: str,
            previous_subject: str = "", previous_category: str = "", paragraph_category: str = "") -> dict:
    """One figure's record; a reported (not prescribed) figure with no date near it takes the covered year."""
    text = paragraph.text
    s, e = _sentence_bounds(paragraph, mention.number_start)
    sentence = text[s:e]
    ms, me = mention.start - s, mention.end - s
    rate = _RATE_TAIL.search(sentence[ms:me]) if mention.kind == "count" else None
    if rate:
        me = ms + rate.start()
    cat, cat_rule = category(mention, sentence, ms, me, text[:s], previous_noun)
    if mention.kind == "count" and not previous_category and paragraph_category and re.fullmatch(
            r"[\s\"“(]*", sentence[:ms]) and _PART_OF_PREVIOUS.match(sentence[me:]):
        cat, cat_rule = paragraph_category, "count.part_of_previous"
    if mention.kind == "count" and previous_category and (_PART_OF_BEFORE.search(sentence[:ms]) and
                                                          (not count_noun(sentence, ms, me) or
                                                           previous_category in _PEOPLE_CATEGORIES and (
                                                               cat in ("population", "count_other") or
                                                               POPULATION.fullmatch(count_noun(sentence, ms, me)))) or
                                                          _PART_OF_AFTER.match(sentence[me:])) and not (
            previous_category not in _PEOPLE_CATEGORIES and cat in _PEOPLE_CATEGORIES):
        cat, cat_rule = previous_category, "logic.part_of_previous_count"
    if mention.kind == "count" and previous_category in _PEOPLE_CATEGORIES and cat in ("population", "count_other") and (
            _in_brackets(sentence, ms)):
        cat, cat_rule = previous_category, "logic.bracketed_breakdown"
    prescribed, statutory_rule = statutory(mention, sentence, ms, me)
    period = period_of(sentence, ms, me, year, carried)
    if period is None and not prescribed and year is not None:
        period = str(year)
    return figure_record(mention, paragraph, category=cat, statutory=prescribed, period=period,
                         attribution=attribution_of(sentence),
                         subject=subject_of(mention, sentence, ms, me, cat, previous_subject),
                         rules=f"{cat_rule} {statutory_rule}")


def _previous_sentence(paragraph, start: int, context: Context) -> str:
    """The sentence before the one starting at paragraph-relative `start`: in the paragraph, else the last
    sentence of the previous paragraph."""
    if start > 0:
        s, _ = _sentence_bounds(paragraph, start - 1)
        return paragraph.text[s:start]
    ends = list(re.finditer(r"[.!?][”\"’)]?\s+(?=[A-Z“\"(])", context.previous))
    return context.previous[ends[-1].end():] if ends else context.previous


def figures_in_paragraph(paragraph, year: int | None, context: Context = NO_CONTEXT, use_model: bool = True) -> list[dict]:
    """Every figure stated in a paragraph, in text order, with absolute document offsets; with `use_model`, the
    meaning model confirms or corrects the rules' category and statutory flag and sets `confidence`."""
    pairs = rule_figures_in_paragraph(paragraph, year, context)
    return judge(pairs) if use_model else [record for record, _ in pairs]


def rule_figures_in_paragraph(paragraph, year: int | None, context: Context = NO_CONTEXT) -> list[tuple[dict, dict]]:
    """(record, features) of every figure of a paragraph as the rules alone read it."""
    out = []
    text = paragraph.text
    previous_noun, previous_subject, previous_category, previous_sentence = "", "", "", -1
    paragraph_category = ""
    for mention in find_mentions(text):
        s, e = _sentence_bounds(paragraph, mention.number_start)
        if s != previous_sentence:
            previous_noun, previous_subject, previous_category, previous_sentence = "", "", "", s
        carried = last_period(text[:s], year)
        record = _record(mention, paragraph, year, carried, previous_noun, previous_subject, previous_category,
                         paragraph_category)
        out.append((record, mention_features(mention.kind, mention.unit, mention.qualifier, text[s:e],
                                             mention.start - s, mention.end - s, record["category"],
                                             record["statutory"], _previous_sentence(paragraph, s, context), context)))
        if mention.kind == "count":
            if not _in_brackets(text[s:e], mention.start - s):
                previous_noun = count_noun(text[s:e], mention.start - s, mention.end - s) or previous_noun
            previous_subject = record["subject"] if record["subject"] != "count" else previous_subject
            previous_category = paragraph_category = record["category"]
    return out
