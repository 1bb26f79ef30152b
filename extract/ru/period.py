"""The period a Russian figure refers to, from the dates of its sentence ("13 мая", "в январе–марте 2021
года", "за 9 месяцев"), else the last date said before it in the paragraph, else the period the document carries to
its paragraphs (its news lede's day, the window the report opens with, the year before its own it tells of, the day
it was published); a penalty for an event on a day takes that day's month, and the count a change by a
share starts from the year before."""

import re
from datetime import date, timedelta
from functools import cache, lru_cache

from extract.brackets import enclosed_apart
from extract.language_data import rule, table
from extract.regex_literals import Screen, fold
from extract.ru.numbers import find_numbers

# Rule ids in extract/lang/ru/period.yaml, each with how its match becomes a period.
_RULES = ("period.same_period", "period.span_dated", "period.span_days", "period.span_months", "period.since_month",
          "period.days", "period.year_end_day", "period.months", "period.quarter", "period.half",
          "period.half_of_year", "period.half_year_so_far", "period.this_half", "period.day", "period.during_month_events", "period.whole_month", "period.month", "period.month_of_year", "period.first_months",
          "period.year_first_day", "period.year_span", "period.year", "period.year_short", "period.year_genitive",
          "period.year_elliptic", "period.year_label", "period.annual", "period.relative_year", "period.year_start")
_YEARS = ("period.year_span", "period.year", "period.year_short", "period.year_genitive", "period.year_elliptic",
          "period.year_label")
_PARTS = {"period.quarter": "quarter_months", "period.half": "half_months",
          "period.half_of_year": "half_months", "period.half_year_so_far": "half_months"}
# How many months after the first months of a year end a story said without their year may tell of them ("за 9
# месяцев" in a story of October or of December, not "за два месяца" in one of December).
MONTHS_AFTER = 3


def _count(word: str) -> int | None:
    """A number of months in digits or words ("9", "шесть")."""
    if word.isdigit():
        return int(word)
    found = find_numbers(word)
    return int(found[0].value) if found else None


def _month(stem: str) -> int:
    return table("ru", "period", "month_stems")[stem.lower()]


def _year(said: str | None, year: int | None) -> int | None:
    """The year a date states ("2021", "прошлого года" = the document's year before), else the document's."""
    if said and said.isdigit():
        return int(said)
    if said and year:
        offsets = table("ru", "period", "relative_years")
        return year + next(offsets[stem] for stem in sorted(offsets, key=len, reverse=True)
                           if said.lower().startswith(stem))
    return year


def _as_period(rule_id: str, groups: tuple, year: int | None, written: int | None = None) -> str | None:
    """A period string from one date match, or None when its year is unknown (or, for a window "с декабря" running
    to the time of writing, the month the story was `written` in)."""
    if rule_id == "period.since_month":
        return _since_month(groups, year, written)
    if rule_id == "period.annual":
        return "annual"
    if rule_id == "period.year_first_day":
        return f"{groups[0]}-01-01"
    if rule_id in _YEARS:
        first, last = groups
        last = f"{first[:4 - len(last)]}{last}" if last else None
        return f"{min(first, last)}-01..{max(first, last)}-12" if last else first
    if rule_id == "period.same_period":
        said = _year(groups[0] or groups[1], year)
        return None if said is None else str(said)
    if rule_id == "period.span_dated":
        d1, m1, y1, d2, m2, y2 = groups
        return f"{y1}-{_month(m1):02d}-{int(d1):02d}..{y2}-{_month(m2):02d}-{int(d2):02d}"
    y = _year(groups[-1], year)
    if y is None:
        return None
    if rule_id in ("period.relative_year", "period.year_start", "period.year_end_day"):
        return str(y)
    if rule_id == "period.span_days":
        first, last = (_month(groups[1]), int(groups[0])), (_month(groups[3]), int(groups[2]))
        return f"{y - (last < first)}-{first[0]:02d}-{first[1]:02d}..{y}-{last[0]:02d}-{last[1]:02d}"
    if rule_id == "period.days":
        month = _month(groups[2])
        return f"{y}-{month:02d}-{int(groups[0]):02d}..{y}-{month:02d}-{int(groups[1]):02d}"
    if rule_id in ("period.months", "period.span_months"):
        first, last = _month(groups[0]), _month(groups[1])
        return f"{y - (last < first)}-{first:02d}..{y}-{last:02d}"
    if rule_id == "period.day":
        return f"{y}-{_month(groups[1]):02d}-{int(groups[0]):02d}"
    if rule_id in ("period.month", "period.whole_month", "period.month_of_year"):
        return f"{y}-{_month(groups[0]):02d}"
    if rule_id == "period.during_month_events":
        return f"{y}-{table('ru', 'period', 'month_adjectives')[groups[0].lower()]:02d}"
    if rule_id == "period.this_half":
        return None if not written else f"{y}-01..{y}-06" if written <= 6 + MONTHS_AFTER else f"{y}-07..{y}-12"
    if rule_id in _PARTS:
        first, last = table("ru", "period", _PARTS[rule_id])[(groups[0] or "").lower()].split()
        return None if rule_id == "period.half_year_so_far" and _stale(int(last), groups[-1], written) else \
            f"{y}-{int(first):02d}..{y}-{int(last):02d}"
    months = _count(groups[0])
    return f"{y}-01..{y}-{months:02d}" if months and months <= 12 and not _stale(months, groups[-1], written) else None


def _stale(last: int, said: str | None, written: int | None) -> bool:
    """Whether the first months of a year up to the `last`, `said` without their year, cannot be what a story
    `written` in a month of the document's year counts: it was not written within MONTHS_AFTER months of their end."""
    return not said and bool(written) and not last <= written <= last + MONTHS_AFTER


def _since_month(groups: tuple, year: int | None, written: int | None) -> str | None:
    """The window from a month ("с декабря 2024 года", "с марта") to the month of the document's year a story was
    `written` in; a month said without a year that falls after that one is of the year before."""
    if year is None or not written:
        return None
    month, said = _month(groups[0]), _year(groups[1], year)
    start = said - 1 if not groups[1] and month > written else said
    if (start, month) > (year, written):
        return None
    return f"{start}-{month:02d}" if (start, month) == (year, written) else f"{start}-{month:02d}..{year}-{written:02d}"


@cache
def _screen() -> Screen:
    """The strings the date rules require, each sought once per text: a text without them is not scanned."""
    return Screen([rule("ru", "period", rule_id).pattern for rule_id in _RULES])


# How many months after the month a story was written a day or month it names without a year must fall to be one of
# the year before: a story of January names December of the year before, not a month to come ("в марте").
TURN_OF_YEAR = 9


def _said_year(rule_id: str, groups: tuple, year: int | None, written: int | None) -> int | None:
    """The year a day or month said without a year is in: the document's, or the one before when it falls at least
    TURN_OF_YEAR months after the month the story was `written` in ("23 декабря" in a story of January)."""
    if year is None or not written or rule_id not in _YEARLESS_MONTH or groups[-1]:
        return year
    return year - 1 if _month(groups[_YEARLESS_MONTH[rule_id]]) - written >= TURN_OF_YEAR else year


# The rules of a single day or month, with the group of its month.
_YEARLESS_MONTH = {"period.day": 1, "period.month": 0, "period.whole_month": 0}


@lru_cache(maxsize=64)
def _dates(text: str, year: int | None, written: int | None = None) -> tuple[list[tuple[int, int, str]], frozenset[int]]:
    """(start, end, period) of every date phrase of a text, an inner phrase of a longer one left out; and the starts
    of those where "аналогичный период ..." (a baseline) opens, known here once for every figure of the text; a day or
    month said without a year in a story `written` in a month of the next year's start is of the year before
    (_said_year)."""
    found: list[tuple[int, int, str]] = []
    same: set[int] = set()
    possibilities = _screen().possible(text, fold(text))
    for rule_id, possible in zip(_RULES, possibilities):
        if not possible:
            continue
        for m in rule("ru", "period", rule_id).pattern.finditer(text):
            period = _as_period(rule_id, m.groups(), _said_year(rule_id, m.groups(), year, written), written)
            if period and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), period))
                if rule_id == "period.same_period":
                    same.add(m.start())
    baseline = rule("ru", "period", "period.same_period").pattern
    screened = possibilities[_RULES.index("period.same_period")]
    baselines = frozenset(s for s, _, _ in found if s in same or screened and baseline.match(text, s))
    return [(s, e, _same_period(found, s, period, same)) if s in same else (s, e, period)
            for s, e, period in found], baselines


def _own_dates(text: str, year: int | None, written: int | None = None) -> list[tuple[int, int, str]]:
    """The date phrases of a text that may date its figures beyond one they frame: all but "аналогичный период ...",
    the baseline a figure is compared with."""
    dates, baselines = _dates(text, year, written)
    return [d for d in dates if d[0] not in baselines]


def _same_period(found: list[tuple[int, int, str]], start: int, said: str, same: set[int]) -> str:
    """The period of "аналогичный период" at `start` naming the year `said`: the window (or month or day) said last
    before it, moved to that year ("за 9 месяцев 2024 года ... аналогичного периода 2023 года": 2023-01..2023-09)."""
    before = [(s, period) for s, _, period in found if s < start and s not in same and "-" in period]
    if not before:
        return said
    window = max(before)[1]
    shift = int(said) - int(window[:4])
    return "..".join(f"{int(end[:4]) + shift}{end[4:]}" for end in window.split(".."))


_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
# The rest of a bracket after a figure it holds, up to its closing bracket.
_BRACKET_CLOSES = re.compile(r"[^()]*\)")


def period_ru(sentence: str, start: int, year: int | None, end: int | None = None, penalty: bool = False,
              written: int | None = None) -> str | None:
    """The period of the date phrase nearest a figure at [start, end) in its sentence; a date after a comparison
    word ("на 10% больше, чем в 2022 году") dates the figure compared with, not this one, one after the start of
    the next clause (", а в 2024 году") that clause's figures, one in the clause naming what the figure was for
    ("штраф 148 300 тг за участие 12 мая в митинге") that offence, and "аналогичный период ..." only the figure it
    frames ("аналогичного периода 2023 года (3961)"), and one heading a later figure ("в 2022 году – 12 845") that
    figure, and the day the story was told after it ("..., сообщила пресс-служба 31 марта") none; a yearly rate over a
    window its sentence states is that window's; the day of the event a `penalty` is for gives its month
    (_event_month); `written`: the month the story was written in (_said_year)."""
    end = start if end is None else end
    label = _bracket_label(sentence, start, end, year, written)
    if label:
        return label
    apart = [rule("ru", "period", rule_id).pattern for rule_id in
             ("period.compared_between", "period.next_clause", "period.offence_between")]
    heads = rule("ru", "period", "period.heads_next_figure").pattern
    found, baselines = _dates(sentence, year, written)
    dates = [d for d in found
             if not (d[0] >= end and (any(p.search(sentence[end:d[0]]) for p in apart) or heads.match(sentence, d[1]) or
                                      _told_on(sentence, d[0], d[1])) or
                     d[1] <= start and _compared(sentence, d[0]) and not _frames(sentence, d[1], start) or
                     enclosed_apart(sentence, d[0], d[1], start) or
                     d[0] in baselines and not (d[1] <= start and _frames(sentence, d[1], start)))]
    if not dates:
        return None
    s, e, period = min(dates, key=lambda d: min(abs(d[0] - start), abs(d[1] - start)))
    if period == "annual":
        period = next((window for _, _, window in dates if ".." in window), period)
    return _event_month(_day_after(period, sentence, e, start), sentence, s, penalty)


def _frames(sentence: str, end: int, start: int) -> bool:
    """Whether a date ending at `end` (its word read on to its end: "в 2019 год|у") frames the figure at `start`
    alone: in a bracket, a "когда" clause or after a dash (period.same_period_figure)."""
    end = re.compile(r"\w*").match(sentence, end).end()
    return bool(rule("ru", "period", "period.same_period_figure").pattern.match(sentence[end:start]))


def _bracket_label(sentence: str, start: int, end: int, year: int | None, written: int | None) -> str | None:
    """The period of a year or a month whose bracket holds the figure at [start, end) alone ("по сравнению с 2021
    годом (6 048)", "• июне (152), октябре (85)"): the date phrase it is part of, else that year, or that month of the
    document's year."""
    if not _BRACKET_CLOSES.match(sentence, end):
        return None
    for rule_id in ("period.year_opens_bracket", "period.month_opens_bracket"):
        labelled = rule("ru", "period", rule_id).pattern.search(sentence, max(0, start - 24), start)
        if labelled:
            said = next((period for s, e, period in _dates(sentence, year, written)[0] if s <= labelled.start() < e),
                        None)
            if said or rule_id == "period.year_opens_bracket":
                return said or labelled.group(1)
            return None if year is None else f"{year}-{_month(labelled.group(1)):02d}"
    return None


def last_period_ru(text: str, year: int | None, until: int | None = None, penalty: bool = False,
                   written: int | None = None) -> str | None:
    """The last date phrase of a text, or of its part before `until`: a period carried to the sentences after it
    ("аналогичный период", a baseline, is not, nor a day said as earlier: "Днём ранее, 10 июня, ...", nor a dateline's,
    which the document carries: carried_periods_ru). The dates of
    the whole text are found once and shared by every figure of it; the day of the event a `penalty` is for gives
    its month (_event_month)."""
    until = len(text) if until is None else until
    aside = rule("ru", "period", "period.earlier_aside").pattern
    dates = [d for d in _own_dates(text, year, written) if d[2] != "annual" and d[1] <= until and
             not aside.search(text, max(0, d[0] - 30), d[0]) and not _compared(text, d[0]) and
             not _dateline(text, d[0], d[1])]
    if not dates:
        return None
    s, e, period = max(dates)
    return _event_month(_day_after(period, text, e, until), text, s, penalty)


def _event_month(period: str, text: str, start: int, penalty: bool) -> str:
    """`period`, or its month when it is the day of the event a `penalty` is for, said at `start` of the text
    ("оштрафовали участника митинга 26 марта"): the penalty came after that day, on one the text does not name."""
    if not penalty or len(period) != len("YYYY-MM-DD"):
        return period
    return period[:7] if rule("ru", "period", "period.event_day").pattern.search(text[max(0, start - 80):start]) \
        else period


def figure_period_ru(sentence: str, start: int, end: int, year: int | None, paragraph: str, at: int,
                     carried: str | None, penalty: bool = False) -> str | None:
    """The period of a figure at [start, end) of its sentence: its sentence's date (period_ru), else the last date of
    its `paragraph` before it (it stands at `at` there), else the period `carried` to the paragraph (a news story's
    day), unless the sentence counts over the year ("За год фонд получил 64 жалобы") and that is no whole year; None
    when none of these dates it.
    A day or month `carried` of the document's year tells the month the story was written in (_said_year)."""
    written = int(carried[5:7]) if carried and _DAY_OR_MONTH.fullmatch(carried) and carried[:4] == str(year) else None
    own = period_ru(sentence, start, year, end, penalty, written) or last_period_ru(paragraph, year, at, penalty,
                                                                                   written)
    if own or carried is None or not carried.isdigit() and rule("ru", "period", "period.over_the_year").pattern.search(
            sentence):
        return own
    return _day_after(carried, paragraph, 0, at)


def change_baseline_ru(period: str | None, sentence: str, start: int, end: int) -> str | None:
    """`period` moved back a year when the figure at [start, end) of its sentence is the count a change by a share
    starts from ("снижение преступности на 12,4% (с 84 210 до 73 768)"): the year before's, as a change is read
    against the same period a year earlier."""
    if period is None or period == "annual" or not (
            rule("ru", "period", "period.change_to").pattern.match(sentence[end:]) and
            rule("ru", "period", "period.change_from").pattern.search(sentence[max(0, start - 120):start])):
        return period
    return "..".join(f"{int(bound[:4]) - 1}{bound[4:]}" for bound in period.split(".."))


def _day_after(period: str, text: str, since: int, until: int) -> str:
    """`period`, or the day after it when it is a day and the text between `since` (where its date ends) and a figure
    at `until` says "на следующий день": "задержали 9 февраля, а на следующий день арестовали на 12 суток" dates the
    arrest to 10 February."""
    if len(period) != len("YYYY-MM-DD") or not any(since <= s and e <= until for s, e in _next_days(text)):
        return period
    return (date.fromisoformat(period) + timedelta(days=1)).isoformat()


@lru_cache(maxsize=64)
def _next_days(text: str) -> tuple[tuple[int, int], ...]:
    """Where a text says "на следующий день", found once per text for all its figures."""
    return tuple(m.span() for m in rule("ru", "period", "period.next_day").pattern.finditer(text))


def _compared(text: str, start: int) -> bool:
    """Whether the date at `start` of a text is the time a figure is compared with ("..., чем в позапрошлом году"): it
    dates no figure but one its bracket holds."""
    return bool(rule("ru", "period", "period.compared_date").pattern.search(text, max(0, start - 30), start))


def _told_on(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is the day a story was told ("Об этом 11 июля сообщает ...", "Об этом
    журналистам сообщили на пресс-конференции 12 февраля", "..., сообщила пресс-служба в четверг, 31 марта")."""
    before = text[max(0, start - 100):start]
    return bool(rule("ru", "period", "period.report_day_before").pattern.search(before) or
                rule("ru", "period", "period.report_day_verb_before").pattern.search(before) or
                rule("ru", "period", "period.report_day_after").pattern.match(text[end:]))


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] is a news dateline's ("ЗАРЕЧЬЕ, 9 фев — Вестник."): the day the story was
    filed."""
    return bool(rule("ru", "period", "period.dateline").pattern.match(text[:start]) and
                rule("ru", "period", "period.dateline_dash_after").pattern.match(text[end:]))


def dateline_day_ru(paragraphs, year: int | None) -> str | None:
    """The day the dateline of a news story's first paragraphs states, the day it was filed."""
    for paragraph in [p for p in paragraphs if p.is_read and p.language == "ru"][:LEDE_PARAGRAPHS]:
        day = next((period for s, e, period in _own_dates(paragraph.text, year)
                    if len(period) == len("YYYY-MM-DD") and _dateline(paragraph.text, s, e)), None)
        if day:
            return day
    return None


def _ends_sentence(paragraph) -> bool:
    """Whether a paragraph ends like a sentence, as a title or a dateline line does not."""
    return paragraph.text.rstrip()[-1:] in ".!?"


# The paragraphs of a news story (those that end like a sentence) that may state the day it tells of.
LEDE_PARAGRAPHS = 3


def lede_periods_ru(paragraphs, year: int | None) -> dict[int, str]:
    """The day a news story's lede states ("13 мая в Бишкеке ..."), by the index of each paragraph it is carried
    to: the story's figures happened that day unless they say otherwise. The day of its first paragraph that ends
    like a sentence (a title line does not), else of one of the next two ("Такие приговоры 14 октября вынес суд",
    which dates the first paragraph's event too), is carried to the title, the first paragraph and the later
    paragraphs of its section; the day of an event the story's penalties are for ("за участие в митинге 10 февраля")
    carries its month (_event_month). The day the story was told ("Об этом 11 июля сообщает ..."), a day an earlier
    report told of ("Как сообщал ...", which opens the backstory: no later paragraph is looked at), a dateline's day
    (the day the story was filed) and a day of another year in a paragraph after the first (the backstory) are no such
    day. A report whose lede states no day carries nothing."""
    read = [p for p in paragraphs if p.is_read and p.language == "ru" and _ends_sentence(p)]
    earlier = rule("ru", "period", "period.earlier_report").pattern
    for n, lede in enumerate(read[:LEDE_PARAGRAPHS]):
        if earlier.match(lede.text):
            break
        days = [_event_month(period, lede.text, s, True) for s, e, period in sorted(_own_dates(lede.text, year))
                if len(period) == len("YYYY-MM-DD") and not _told_on(lede.text, s, e) and
                not _dateline(lede.text, s, e) and (n == 0 or period[:4] == str(year))]
        if days:
            carried = {}
            for paragraph in paragraphs:
                if paragraph.is_heading and paragraph.index > lede.index:
                    break
                carried[paragraph.index] = days[0]
            return carried
    return {}


# The paragraphs a Russian report states the window it covers in: a title and its first paragraph.
OPENING = 2


def report_window_ru(paragraphs, year: int | None, written: int | None = None) -> dict[int, str]:
    """The window a Russian report opens with ("За 9 месяцев 2022 года рассмотрено ...", a title "... за первое
    полугодие 2015 года", "в течение мая задержаны ..."), or the month of the events it opens telling of ("погибших во время январских событий"), by
    the index of each later paragraph before the next heading: what their figures that state no date of their own
    cover (a heading opens a part that may count other months). A window a figure is
    compared with ("чем за 9 месяцев 2021 года") is not it, nor one running from a month to the time of writing ("С
    июня 2024 года статьи перенесены ..."); `written`: the month the report was written in, which
    tells what "нынешнее полугодие" is (_as_period)."""
    opening = [p for p in paragraphs if p.is_read and p.language == "ru"][:OPENING]
    if not opening:  # no Russian text: its rules are not even compiled
        return {}
    compared = rule("ru", "period", "period.compared_between").pattern
    events = rule("ru", "period", "period.during_month_events").pattern
    since = rule("ru", "period", "period.since_month").pattern
    month = rule("ru", "period", "period.whole_month").pattern
    for paragraph in opening:
        windows = [period for s, _, period in sorted(_own_dates(paragraph.text, year, written))
                   if (".." in period and not since.match(paragraph.text, s) or events.match(paragraph.text, s) or
                       month.match(paragraph.text, s)) and
                   not compared.search(paragraph.text[max(0, s - 40):s])]
        if windows:
            carried = {}
            for later in paragraphs[paragraph.index + 1:]:
                if later.is_heading:
                    break
                carried[later.index] = windows[0]
            return carried
    return {}


def year_before_ru(paragraphs, year: int | None) -> dict[int, str]:
    """The year before the document's for every paragraph, when the document tells of it: its opening states that
    whole year ("В 2025 году зарегистрировано ...", "за минувший год", not "..., чем в позапрошлом году") and no paragraph a date of its own year or
    later but the day it was told, as an annual count published the year after does (a title or dateline line, which
    ends like no sentence, and a dateline opening the first paragraph tell when it was written, not of what)."""
    read = [p for p in paragraphs if p.is_read and p.language == "ru"]
    if year is None or not read:
        return {}
    ends = {period.split("..")[-1][:4] for p in read if _ends_sentence(p) for s, e, period in _own_dates(p.text, year)
            if period != "annual" and not _told_on(p.text, s, e) and not _dateline(p.text, s, e)}
    said = any(period == str(year - 1) and not _compared(p.text, s) for p in read[:OPENING]
               for s, _, period in _own_dates(p.text, year))
    if not said or max(ends, default=None) != str(year - 1):
        return {}
    return {p.index: str(year - 1) for p in paragraphs}


def carried_periods_ru(paragraphs, year: int | None, published: str | None = None) -> dict[int, str]:
    """The period each paragraph of a Russian document gives figures that state none in it, by paragraph index: the
    day its news lede states (lede_periods_ru), else the window the report opens with (report_window_ru), else the
    year before the document's when it tells of that year (year_before_ru), else the day a document of its year was
    `published`, when its caller knows it, or the day its dateline states: a news story's undated figures are of the
    day it tells them."""
    published = published or dateline_day_ru(paragraphs, year)
    day = published if published and year is not None and published.startswith(f"{year}-") else None
    written = {p.index: day for p in paragraphs} if day else {}
    window = report_window_ru(paragraphs, year, int(day[5:7]) if day and _DAY_OR_MONTH.fullmatch(day) else None)
    return written | year_before_ru(paragraphs, year) | window | lede_periods_ru(paragraphs, year)
