"""From one paragraph of a report to figure records: find the mentions, then give each its meaning
(kind, category, statutory, period, attribution, subject). The pipeline adds ids and provenance.
"""

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from extract.anaphora import carried_over, heading_category, referred_category
from extract.attribution import attribution_of
from extract.budget import Budget
from extract.category import bare_category, category, fine_lead, fine_topic
from extract.category_groups import CATCH_ALLS, EVENTS_TO_PEOPLE, FILED_BY_PEOPLE, PEOPLE_COUNTED
from extract.coordination import joined_to_previous, shared_predicate
from extract.count_category import (OWN_READING_FINAL, complaint_topic, count_noun, group_size, own_cue_after,
                                    prison_topic, seized_before)
from extract.decision import Decision
from extract.duration_category import suspended_later
from extract.density import DensityIndex
from extract.fine_currency import fines_in_paragraph_currency
from extract.features import NO_CONTEXT, Context, mention_features
from extract.language_data import rule
from extract.list_parts import listed_whole
from extract.meaning_model import judge
from extract.mentions import Mention, find_mentions
from extract.period import fallback_period, further_window, last_period, leading_date, opening_year, period_of
from extract.reach import BARE, clipped, sentence_reach, wordless
from extract.record import figure_record
from extract.statutory import prescribed_by_lead, statutory
from extract.subject import subject_of

POPULATION = rule("en", "counts", "count.population_noun").pattern

FIELDS = ("char_start", "char_end", "mention", "value", "low", "high", "qualifier", "unit", "kind", "category",
          "statutory", "usd_reported", "usd_reported_high", "period", "attribution", "subject", "rules", "confidence")


_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"(])")
_SPACES = re.compile(r"\s*")


class _SentenceIndex:
    """Paragraph-relative sentence bounds looked up by offset in logarithmic time, an over-long one cut around
    the offset (extract.reach)."""

    def __init__(self, paragraph):
        spans = [(s.start - paragraph.start, s.end - paragraph.start) for s in getattr(paragraph, "sentences", ()) or ()]
        self.text = paragraph.text
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def bounds(self, start: int) -> tuple[int, int]:
        """Bounds of the sentence holding offset `start`, cut around it when over-long."""
        return clipped(*self.whole(start), start)

    def whole(self, start: int) -> tuple[int, int]:
        """Bounds of the whole sentence holding offset `start` (a sentence found by its end marks when the
        paragraph was not split)."""
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and start < self.spans[k][1]:
            return self.spans[k]
        lo, hi = sentence_reach(len(self.text), start)
        s = max((m.end() for m in _SENTENCE_END.finditer(self.text, lo, start + 1) if m.end() <= start), default=lo)
        m = _SENTENCE_END.search(self.text, start, hi)
        return s, m.start() + 1 if m else hi

    def following(self, end: int) -> str:
        """The whole sentence after the one that ends at `end`, "" at the paragraph's end."""
        start = _SPACES.match(self.text, end).end()
        if start >= len(self.text):
            return ""
        s, e = self.whole(start)
        return self.text[s:e]


_PART_OF_AFTER = rule("en", "counts", "count.part_of_after").pattern
_PART_OF_PREVIOUS = rule("en", "counts", "count.part_of_previous").pattern
# A sentence opening on the parts of the paragraph's last count ("Of those, 287 were women") counts people, or the
# complaints or cases they brought or face.
_PARTED_CATEGORIES = PEOPLE_COUNTED + FILED_BY_PEOPLE
_PART_OF_BEFORE = rule("en", "counts", "count.part_of_before").pattern
_PART_LIST_BEFORE = rule("en", "counts", "count.part_list_before").pattern
_PART_OF_PREVIOUS_BEFORE = rule("en", "counts", "count.part_of_previous_before").pattern
# The statuses a part of a count of what happened to people may be said to have ("64 died, of them 18 were
# prisoners"): the part keeps the whole's category.
_STATUSES = ("prisoners", "detentions") + CATCH_ALLS
_RATE_TAIL = rule("en", "counts", "count.rate_tail").pattern
# "840 Chileans, 212 Peruvians, ... 48 Bolivians": an item of a list of the parts of a population is one
# however small (extract.count_category.group_size).
_LIST_ITEM_BEFORE = rule("en", "counts", "count.joined_to_previous").pattern


def _in_brackets(sentence: str, start: int) -> bool:
    """Whether a mention sits inside a bracket still open before it: "21 victims (20 citizens and one foreigner)"
    breaks down the count before the bracket, so its parts count the same people."""
    return sentence.rfind("(", 0, start) > sentence.rfind(")", 0, start)


def _count_in_context(decided: Decision, sentence: str, ms: int, me: int, text: str, s: int, noun: str,
                      previous_category: str, paragraph_category: str, previous_sentence: str, context: Context,
                      following: Mention | None) -> Decision:
    """A count's category once what surrounds it is read: a part of the count or paragraph before it, an item of a
    list, a count sharing a predicate with the next or joined to the previous, a heading's or the previous
    sentence's topic. `[ms, me)` is the count in `sentence`, which starts at `s` in the paragraph `text`."""
    cat, cat_rule = decided
    referred = referred_category(sentence, ms, me, noun, Decision(cat, cat_rule), previous_category,
                                 paragraph_category, previous_sentence, context.topic)
    if referred:
        cat, cat_rule = referred
    if not previous_category and paragraph_category and re.fullmatch(r"[\s\"“(]*", sentence[:ms]) and \
            _PART_OF_PREVIOUS.match(sentence[me:]) and not own_cue_after(sentence, ms, me):
        cat, cat_rule = paragraph_category, "count.part_of_previous"
    if not previous_category and paragraph_category in _PARTED_CATEGORIES and cat in CATCH_ALLS and \
            _PART_OF_PREVIOUS_BEFORE.search(sentence[:ms]):
        cat, cat_rule = paragraph_category, "count.part_of_previous_before"
    if previous_category and (_PART_OF_BEFORE.search(sentence[:ms]) and
                              (not noun or
                               previous_category in PEOPLE_COUNTED and (cat in CATCH_ALLS or POPULATION.fullmatch(noun)))
                              or _PART_OF_AFTER.match(sentence[me:])) and not (
            previous_category not in PEOPLE_COUNTED and cat in PEOPLE_COUNTED or
            previous_category in CATCH_ALLS and cat not in CATCH_ALLS or own_cue_after(sentence, ms, me)):
        cat, cat_rule = previous_category, "logic.part_of_previous_count"
    if previous_category in EVENTS_TO_PEOPLE and cat in _STATUSES and cat != previous_category \
            and (_PART_OF_BEFORE.search(sentence[:ms]) or _PART_LIST_BEFORE.search(sentence[:ms])) and \
            not own_cue_after(sentence, ms, me):
        cat, cat_rule = previous_category, "logic.part_of_previous_count"
    if previous_category in PEOPLE_COUNTED and cat in CATCH_ALLS and _in_brackets(sentence, ms):
        cat, cat_rule = previous_category, "logic.bracketed_breakdown"
    whole = listed_whole(sentence, ms, noun, previous_category)
    if whole:
        cat, cat_rule = whole, "count.listed_part"
    for after in (lambda d: shared_predicate(d, sentence, me, following, s, text[:s]),
                  lambda d: joined_to_previous(d, sentence, ms, me, noun, previous_category),
                  lambda d: heading_category(context.heading, d),
                  lambda d: carried_over(d, sentence, ms, noun, paragraph_category, previous_sentence)):
        cat, cat_rule = after(Decision(cat, cat_rule)) or (cat, cat_rule)
    return Decision(cat, cat_rule)


def _record(mention: Mention, paragraph, bounds: tuple[int, int], year: int | None, carried: str | None,
            previous_noun: str, previous_subject: str = "", previous_category: str = "",
            paragraph_category: str = "", context: Context = NO_CONTEXT, previous_sentence: str = "",
            following: Mention | None = None, next_sentence: str = "") -> dict:
    """One figure's record from its sentence `bounds`; a reported (not prescribed) figure with no date near it
    takes the month a news story was written (`context.written`), else the covered year; `following` is the next
    mention of the paragraph, whose predicate a count joined to it may share (extract.coordination);
    `next_sentence` the whole sentence after a duration's (one that suspends the term is read with it)."""
    text = paragraph.text
    s, e = bounds
    sentence = text[s:e]
    ms, me = mention.start - s, mention.end - s
    rate = _RATE_TAIL.search(sentence[ms:me]) if mention.kind == "count" else None
    if rate:
        me = ms + rate.start()
    own = category(mention, sentence, ms, me, text[:s], previous_noun)
    cat, cat_rule = own
    if mention.kind == "money":
        cat, cat_rule = fine_topic(Decision(cat, cat_rule), sentence, text[:mention.start], context.topic)
        cat, cat_rule = fine_lead(Decision(cat, cat_rule), (context.heading, context.lead, context.previous))
    if mention.kind == "duration":
        cat, cat_rule = suspended_later(Decision(cat, cat_rule), sentence[me:], next_sentence)
    noun = count_noun(sentence, ms, me) if mention.kind == "count" else ""
    if mention.kind == "count" and own.rule not in OWN_READING_FINAL:
        cat, cat_rule = _count_in_context(Decision(cat, cat_rule), sentence, ms, me, text, s, noun, previous_category,
                                          paragraph_category, previous_sentence, context, following)
    if mention.kind == "count":
        decided = Decision(cat, cat_rule) if previous_category == "population" and _LIST_ITEM_BEFORE.search(
            sentence[:ms]) else group_size(Decision(cat, cat_rule), mention.value, mention.qualifier, noun or previous_noun)
        decided = seized_before(prison_topic(decided, sentence, me), noun, previous_sentence, sentence)
        cat, cat_rule = complaint_topic(decided, sentence, me, noun, context.topic)
    prescribed, statutory_rule = statutory(mention, sentence, ms, me)
    if not prescribed and statutory_rule.startswith("fallback.") and \
            mention.kind in ("money", "duration", "percent", "ratio") and \
            (prescribed_by_lead(context.lead) or prescribed_by_lead(context.heading)):
        prescribed, statutory_rule = True, "statutory.law_list_lead"
    period = period_of(sentence, ms, me, year, carried, context.until, context.calendar)
    if period is None and not prescribed:
        period = fallback_period(year, context.written, context.calendar)
    if not prescribed:
        period = further_window(sentence, ms, me, period)
    return figure_record(mention, paragraph, category=cat, statutory=prescribed, period=period,
                         attribution=attribution_of(sentence),
                         subject=subject_of(mention, sentence, ms, me, cat, previous_subject),
                         rules=f"{cat_rule} {statutory_rule}")


def _bare_record(mention: Mention, paragraph, bounds: tuple[int, int], year: int | None, carried: str | None,
                 whole: bool, context: Context = NO_CONTEXT) -> dict:
    """The record of a figure in a number-dense stretch (extract.density): its kind's category, reported, no
    subject; its period read as for any figure, its source as well when `bounds` hold a whole sentence (in a run
    cut around the figure, a source named nearby as likely belongs to another row)."""
    s, e = bounds
    sentence = paragraph.text[s:e]
    cat = bare_category(mention.kind)
    return figure_record(mention, paragraph, category=cat.value, statutory=False,
                         period=period_of(sentence, mention.start - s, mention.end - s, year, carried, context.until,
                                          context.calendar) or
                         fallback_period(year, context.written, context.calendar),
                         attribution=attribution_of(sentence) if whole else None, subject="",
                         rules=f"{cat.rule} {cat.rule}")


def _packed_record(mention: Mention, paragraph, year: int | None, carried: str | None,
                   context: Context = NO_CONTEXT) -> dict:
    """The record of a figure in a packed run of numbers (extract.density): its kind's category, reported, no
    subject or source, the period the paragraph has given so far (no sentence around it is read)."""
    cat = bare_category(mention.kind)
    return figure_record(mention, paragraph, category=cat.value, statutory=False,
                         period=carried or fallback_period(year, context.written, context.calendar), attribution=None,
                         subject="",
                         rules=f"{cat.rule} {cat.rule}")


def _previous_sentence(paragraph, sentences: _SentenceIndex, start: int, context: Context) -> str:
    """The sentence before the one starting at paragraph-relative `start`: in the paragraph, else the last
    sentence of the previous paragraph."""
    if start > 0:
        s, _ = sentences.bounds(start - 1)
        return paragraph.text[s:start]
    return _last_sentence(context.previous)


@lru_cache(maxsize=256)
def _last_sentence(text: str) -> str:
    """The last sentence of a text, the whole text when none ends in it (cached: each figure of the first sentence
    of the paragraph after it asks)."""
    ends = list(_SENTENCE_END.finditer(text))
    return text[ends[-1].end():] if ends else text


def figures_in_paragraph(paragraph, year: int | None, context: Context = NO_CONTEXT, use_model: bool = True,
                         budget: Budget | None = None) -> list[dict]:
    """Every figure stated in a paragraph, in text order, with absolute document offsets; with `use_model`, the
    meaning model confirms or corrects the rules' category and statutory flag and sets `confidence`; `budget` is
    checked before each figure."""
    pairs = rule_figures_in_paragraph(paragraph, year, context, budget)
    return judge(pairs) if use_model else [record for record, _ in pairs]


def rule_figures_in_paragraph(paragraph, year: int | None, context: Context = NO_CONTEXT,
                              budget: Budget | None = None) -> list[tuple[dict, dict]]:
    """(record, features) of every figure of a paragraph as the rules alone read it, features None for a figure
    of a number-dense stretch (no model reads it); `budget` is checked before each figure."""
    out = []
    text = paragraph.text
    previous_noun, previous_subject, previous_category, previous_sentence = "", "", "", -1
    paragraph_category = ""
    sentences = _SentenceIndex(paragraph)
    carried, read_to, opening = context.carried, 0, opening_year(text)
    mentions = fines_in_paragraph_currency(text, find_mentions(text, budget))
    density = DensityIndex(text, [(m.start, m.end) for m in mentions])
    for index, mention in enumerate(mentions):
        if budget:
            budget.check()
        if mention.packed:
            out.append((_packed_record(mention, paragraph, year, carried, context), None))
            continue
        whole = sentences.whole(mention.number_start)
        s, e = clipped(*whole, mention.number_start)
        if e - s > 2 * BARE and wordless(text, s, e):
            s, e = max(s, mention.start - BARE), min(e, mention.end + BARE)
        if s != previous_sentence:
            previous_noun, previous_subject, previous_category, previous_sentence = "", "", "", s
        if s > read_to:
            own = last_period(text[read_to:s], year, opening, context.until, context.calendar)
            if own:
                carried = own
                context = replace(context, calendar=replace(context.calendar, leading=leading_date(own, year)))
            read_to = s
        if density.dense(mention.start, mention.end, s, e):
            out.append((_bare_record(mention, paragraph, (s, e), year, carried, (s, e) == whole, context), None))
            continue
        before = _previous_sentence(paragraph, sentences, s, context)
        record = _record(mention, paragraph, (s, e), year, carried, previous_noun, previous_subject,
                         previous_category, paragraph_category, context, before,
                         mentions[index + 1] if index + 1 < len(mentions) else None,
                         sentences.following(whole[1]) if mention.kind == "duration" else "")
        out.append((record, mention_features(mention.kind, mention.unit, mention.qualifier, text[s:e],
                                             mention.start - s, mention.end - s, record["statutory"], before,
                                             context)))
        if mention.kind == "count":
            if not _in_brackets(text[s:e], mention.start - s):
                previous_noun = count_noun(text[s:e], mention.start - s, mention.end - s) or previous_noun
            previous_subject = record["subject"] if record["subject"] != "count" else previous_subject
            previous_category = paragraph_category = record["category"]
    return out
