"""Find the time a figure refers to from date expressions in its sentence (or earlier in its paragraph, or in a
short paragraph before it):
"On February 3" -> 2020-02-03, "in 2019" -> 2019, "first 10 months of the year" -> 2020-01..2020-10,
"annually" -> annual. Bare months and "the year" resolve to the report's own year.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from operator import and_

from extract.brackets import enclosed_apart
from extract.duration_days import DURATION_DAYS
from extract.language_data import cues, fragment, mapping, rule
from extract.lemmas import lemma
from extract.numbers import words_value
from extract.regex_literals import Screen, Starts, fold, tried_at
from extract.vocabulary import MONTH_NAMES

MONTH_NUMBERS = {m[:3]: i for i, m in enumerate(MONTH_NAMES, start=1)}
_Y = fragment("en", "periods", "year")
HALVES = {name: tuple(map(int, months.split(".."))) for name, months in mapping("en", "periods", "halves").items()}

# Windows, fiscal years, seasons and relative years, from the language data (tried first, so they win overlaps).
WORDED = [(rule_id.removeprefix("period.date."), pattern)
          for rule_id, pattern in cues("en", "periods", "period.date.")]
WORDED_KINDS = frozenset(kind for kind, _ in WORDED)
SEASONS = mapping("en", "periods", "season_months")
NAMES_EVENT = rule("en", "periods", "period.names_event").pattern
NAMES_PLACE = rule("en", "periods", "period.names_place").pattern
LAW_NAME_BEFORE = rule("en", "periods", "period.law_name_before").pattern
NAMES_PUBLICATION = rule("en", "periods", "period.annual_names_publication").pattern
A_YEAR_DURATION_BEFORE = rule("en", "periods", "period.a_year_as_duration_before").pattern
A_YEAR_DURATION_AFTER = rule("en", "periods", "period.a_year_as_duration_after").pattern
SINCE_BEFORE = rule("en", "periods", "period.since_before").pattern
# How far before a date its "since" may stand: past the event it names ("since the war in the east broke out on").
SINCE_REACH = 90
SO_FAR = rule("en", "periods", "period.date.year_so_far").pattern
AFTER_DATE = rule("en", "periods", "period.date.after_date").pattern
AFTER_EVENT = rule("en", "periods", "period.after_event").pattern
EVENT_REFERENCE = rule("en", "periods", "period.event_reference").pattern
DEADLINE_BEFORE = rule("en", "periods", "period.deadline_before").pattern
YEAR_END_BEFORE = rule("en", "periods", "period.year_end_before").pattern
NEXT_DAY = rule("en", "periods", "period.next_day").pattern
PREVIOUS_DAY = rule("en", "periods", "period.previous_day").pattern
SEVERAL_DAYS = rule("en", "periods", "period.several_days").pattern
PRESENT_CUSTODY = rule("en", "periods", "period.present_custody").pattern
PRESENT_STOCK = rule("en", "periods", "period.present_stock").pattern
THIS_WEEK = rule("en", "periods", "period.this_week").pattern
STRETCH_SO_FAR_BEFORE = rule("en", "periods", "period.stretch_so_far_before").pattern
STRETCH_UNIT = rule("en", "periods", "period.stretch_unit").pattern
FURTHER_STRETCH_BEFORE = rule("en", "periods", "period.further_stretch_before").pattern
TOLD_ON = rule("en", "periods", "period.told_on_before").pattern
RELEASED_ON = rule("en", "periods", "period.released_on_after").pattern
TOLD_TODAY = rule("en", "periods", "period.told_today_before").pattern
DATELINE = rule("en", "periods", "period.dateline").pattern
LAST_YEAR_AFTER_DATE = rule("en", "periods", "period.last_year_after_date").pattern
DASH_AFTER = rule("en", "periods", "period.dateline_dash_after").pattern
# "last year" and "over the past year": relative to the document's year, they are no event a later paragraph inherits.
RELATIVE_YEARS = [rule("en", "periods", f"period.date.{kind}").pattern for kind in ("last_year", "past_year")]
SINCE_POINT = rule("en", "periods", "period.since_point_after").pattern
BASELINE_AFTER_CHANGE = rule("en", "periods", "period.baseline_after_change").pattern
OFFENCE_BETWEEN = rule("en", "periods", "period.offence_between").pattern
OTHER_CLAUSE_BETWEEN = rule("en", "periods", "period.other_clause_between").pattern
OTHER_COUNT_BEFORE = rule("en", "periods", "period.other_count_before").pattern
PREVIOUS_YEAR = rule("en", "periods", "period.date.previous_year").pattern
YEARS_EARLIER = rule("en", "periods", "period.date.years_earlier").pattern
YEARS_AGO = rule("en", "periods", "period.date.years_ago").pattern
STATE_CLAUSE = rule("en", "periods", "period.state_clause").pattern
RELATIVE_CLAUSE = rule("en", "periods", "period.relative_clause").pattern
BACKSTORY_CLAUSE = rule("en", "periods", "period.backstory_clause").pattern
PREDICATE_AFTER_CLAUSE = rule("en", "periods", "period.predicate_after_clause").pattern
WHEN_AFTER_DATE = rule("en", "periods", "period.when_after_date").pattern
SAME_PERIOD = rule("en", "periods", "period.date.same_period_last_year").pattern
YEAR_END = rule("en", "periods", "period.date.year_end").pattern
# The first and last months of a reporting year ("2016-17") when the document does not say (Britain's, India's).
REPORTING_MONTHS = mapping("en", "periods", "reporting_months")["default"]
WEEKDAYS = mapping("en", "periods", "weekdays")


@dataclass(frozen=True)
class Calendar:
    """What a document tells of its own time besides its year: the reporting year it opens with
    ("2016-04..2017-03"), the day it was published ("2023-01-31"), which its caller may know, and the month of its
    year it was written in (known from that day, or read from the months a news story names), after which a month
    it names without a year is one of the year before ("In December" in a story written in January); and the months
    its split years run (July to June in a story about Kenya)."""

    reporting: str | None = None  # a window, or a year ("2015": what an index edition named 2016 covers)
    published: str | None = None
    written_month: int | None = None
    months: str | None = None  # the first and last months of its split years ("07..06"), when it writes one
    leading: str | None = None  # a month or day of a year before the document's that the paragraph states before the
    # text read (extract.period.leading_date): a yearless day of that month first in the text takes its year
    events: tuple[tuple[str, str], ...] = ()  # the events the document dates ("the March 3 rally"), each as the
    # stem of its noun and its period (extract.story_dates.dated_events)
    covered: str | None = None  # the window a report says it covers ("covers detentions from 2 May 2016 to ...")


NO_CALENDAR = Calendar()

# Plain dates, from the language data, each with its kind (period.plain.KIND.NAME).
PATTERNS = WORDED + [(rule_id.split(".")[2], pattern) for rule_id, pattern in cues("en", "periods", "period.plain.")]
# A year naming an event ("during the 2011 strike"): it dates a figure after it only when no other date of its sentence
# does ("On 9 June 2016 a court convicted him of arson during the 2011 strike and jailed him for 26 months").
_EVENT_YEAR = dict(PATTERNS)["event_year"]
ATTRIBUTIVE_BEFORE = rule("en", "periods", "period.attributive_date_before").pattern
ATTRIBUTIVE_AFTER = rule("en", "periods", "period.attributive_date_after").pattern
# The strings the date patterns require, each sought once per text (a month's name serves a dozen patterns).
_SCREEN = Screen([pattern for _, pattern in PATTERNS])
# Where their matches can start: most are tried only after a month's name or a preposition.
_STARTS = Starts([pattern for _, pattern in PATTERNS])


def _month_text(year: int | None, month: str) -> str | None:
    """"YYYY-MM" for a month (name or abbreviation) of a known year, else None."""
    return None if year is None else f"{year}-{MONTH_NUMBERS[month[:3].capitalize()]:02d}"


def _month(m: re.Match, group: str) -> int:
    """The number of the month a match's group names, whatever its case."""
    return MONTH_NUMBERS[m.group(group)[:3].capitalize()]


def split_year(m: re.Match, months: str) -> str | None:
    """The reporting year a split year names, its first and last months given as `months` ("04..03": "2016-17" ->
    2016-04..2017-03), or None when its second year does not follow its first."""
    first = int(m.group("y1"))
    start, end = months.split("..")
    return f"{first}-{start}..{first + 1}-{end}" if int(m.group("y2")) % 100 == (first + 1) % 100 else None


def _shifted(window: str, years: int) -> str:
    """A window moved by whole years: "2016-04..2017-03", -1 -> "2015-04..2016-03"."""
    return "..".join(f"{int(end[:4]) + years}{end[4:]}" for end in window.split(".."))


def _relative_day(kind: str, m: re.Match, published: str | None) -> str | None:
    """The day "today", "yesterday" or a weekday ("on Tuesday": the last Tuesday up to it) names in a story
    published on `published`, or None when that day is not known."""
    if published is None:
        return None
    day = date.fromisoformat(published)
    if kind == "weekday":
        day -= timedelta(days=(day.weekday() - int(WEEKDAYS[m.group("w").lower()])) % 7)
    elif kind == "yesterday":
        day -= timedelta(days=1)
    return day.isoformat()


def _later_than(carried: str, sentence: str, start: int, now: str | None) -> str:
    """`carried`, or the date that far after it when a clause before the figure at `start` opens with a length of time
    after an event (period.after_event: "A year after the six were shot, only one ...", carried May 2014: May
    2015), moved by whole years or months only, as precise as `carried` is; not past `now`, when the text was written
    (the event was then not the one `carried` dates)."""
    m = next((m for m in AFTER_EVENT.finditer(sentence, 0, start) if _ASIDE_END.search(sentence, m.end(), start)), None)
    if not m or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", carried):
        return carried
    unit, count = m.group("u").lower(), _count(m.group("n"))
    if unit == "year":
        later = _shifted(carried, count)
    elif unit == "month" and len(carried) > len("YYYY"):
        later = _month_before(int(carried[:4]), int(carried[5:7]), -count)
        later = later + carried[7:] if _possible(later + carried[7:]) else later
    else:
        return carried
    return carried if now and later[:len(now)] > now[:len(later)] else later


def _count(word: str | None) -> int:
    """The count a length of time is written with: digits or a number word ("three"), one when it has none ("a")."""
    return 1 if word is None else int(word) if word.isdigit() else int(words_value(word.lower()) or 0)


def _stretch_after(m: re.Match, later: str, year: int | None) -> str:
    """The period of the length of time a period.date.after_date opens with ("Two months after the March 3
    protests"): the window from the day it counts from to the day it reaches (2024-06-25..2024-09-25)."""
    y, month, day = _counted_from(m, year)
    return f"{y}-{month:02d}-{day:02d}..{later}"


def _counted_from(m: re.Match, year: int | None) -> tuple[int | None, int, int]:
    """The year (the document's when none is written), month and day a period.date.after_date counts from."""
    written = m.group("y") or m.group("y2")
    return int(written) if written else year, _month(m, "m" if m.group("m") else "m2"), int(m.group("d") or m.group("d2"))


def _day_later(m: re.Match, year: int | None) -> str | None:
    """The day a period.date.after_date names: its day ("the May 14 vote", in the document's year when written
    without one) moved on by its count of days, weeks, months or years ("Two months after": 14 July)."""
    y, month, day = _counted_from(m, year)
    if y is None:
        return None
    count = _count(m.group("n"))
    unit = m.group("u").lower()
    if unit in ("day", "week"):
        try:
            start = date(y, month, day)
        except ValueError:
            return None
        return (start + timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    index = y * 12 + month - 1 + count * (12 if unit == "year" else 1)
    return f"{index // 12}-{index % 12 + 1:02d}-{day:02d}"


def _month_before(year: int, month: int, months: int) -> str:
    """"YYYY-MM" of the month `months` before `month` of `year` (0: that month itself)."""
    index = year * 12 + month - 1 - months
    return f"{index // 12}-{index % 12 + 1:02d}"


def _month_pair(m: re.Match, year: int | None) -> str | None:
    """The window of a period.date.month_pair ("between April and September last year", "June and July 2012"): from
    the first month (or its day) to the last, in the year written after them; None when the months run backwards, or
    are two months joined by a bare "and" that do not follow one another ("in January and June 2020": two dates)."""
    y = int(m.group("y")) if m.group("y") else None if year is None else year - 1
    first, last = _month(m, "m1"), _month(m, "m2")
    if y is None or first >= last or m.group("joint") == "and" and not m.group("between") and last != first + 1:
        return None
    days = [m.group("d1") or m.group("d1a"), m.group("d2") or m.group("d2a")]
    return "..".join(f"{y}-{month:02d}" + (f"-{int(day):02d}" if day else "") for month, day in zip((first, last), days))


def _resolve_worded(kind: str, m: re.Match, y: int | None, year: int | None, calendar: Calendar) -> str | None:
    """The period of a WORDED expression: a window, fiscal year, season, reporting year, day relative to the day of
    publication or year relative to the document's (`calendar.reporting`: the reporting year the document opens
    with, which "the previous year" is the one before, as "last year" is and "over the past year" is not when that
    reporting year ends in the document's year)."""
    reporting = calendar.reporting
    if kind in ("weekday", "today", "yesterday"):
        return _relative_day(kind, m, calendar.published)
    if kind == "split_year":
        return split_year(m, f"{reporting[5:7]}..{reporting[-2:]}" if reporting and ".." in reporting else
                          calendar.months or REPORTING_MONTHS)
    if kind == "previous_year":
        return _shifted(reporting, -1) if reporting else None if year is None else str(year - 1)
    if kind in ("years_earlier", "years_ago"):
        return None if year is None else str(year - _years_back(m))
    if kind == "month_span":
        first, last = _month(m, "m1"), _month(m, "m2")
        return f"{y}-{first:02d}..{y}-{last:02d}" if y is not None and first < last else None
    if kind == "year_to_date":
        month = _month(m, "m") if m.group("m") else _month(m, "m2")
        return None if year is None else f"{year}-01-01..{year}-{month:02d}-{int(m.group('d') or m.group('d2')):02d}"
    if kind in ("current_month", "previous_month"):
        return None if year is None or not calendar.written_month else _month_before(
            year, calendar.written_month, int(kind == "previous_month"))
    if kind == "month_this_year":
        return None if year is None else f"{year}-{_month(m, 'm'):02d}"
    if kind == "month_pair":
        return _month_pair(m, year)
    if kind == "same_period_last_year":
        return None if year is None else str(year - 1)
    if kind in ("last_year", "past_year") and reporting and ".." in reporting and year is not None and \
            reporting.split("..")[-1][:4] == str(year):
        return _shifted(reporting, -1) if kind == "last_year" else reporting
    if kind in ("last_year", "past_year"):
        return None if year is None else str(year - 1)
    if kind in ("last_month", "month_last_year"):
        return None if year is None else f"{year - 1}-{_month(m, 'm'):02d}"
    if y is None:
        return None
    if kind == "fiscal_year":
        return f"{y - 1}-10..{y}-09"
    if kind == "year_ending":
        last = _month(m, "m")
        return f"{y}-01..{y}-12" if last == 12 else f"{y - 1}-{last + 1:02d}..{y}-{last:02d}"
    if kind == "year_span":
        first = int(m.group("y1") or m.group("y1b"))
        last = first - first % 100 + int(m.group("yy")) if m.group("yy") else y
        return f"{first}-01..{last}-12" if first + (1 if m.group("yy") else 0) < last else None
    if kind in ("span_mdy", "span_dmy_years"):
        return (f"{m.group('y1')}-{_month(m, 'm1'):02d}-{int(m.group('d1')):02d}.."
                f"{y}-{_month(m, 'm2'):02d}-{int(m.group('d2')):02d}")
    if kind in ("span_month_years", "month_year_range"):
        first, last = (int(m.group("y1")), _month(m, "m1")), (y, _month(m, "m2"))
        return f"{first[0]}-{first[1]:02d}..{last[0]}-{last[1]:02d}" if first < last else None
    if kind == "year_end":
        return f"{y}-12"
    if kind == "after_date":
        return _day_later(m, year)
    if kind == "first_days":
        month, days = _month(m, "m"), int(m.group("n"))
        return f"{y}-{month:02d}-01..{y}-{month:02d}-{days:02d}" if days > 1 else None
    if kind == "season":
        first, last = SEASONS[m.group("s").lower()].split("..")
        return f"{y}-{first}..{y}-{last}"
    return str(y)


def _resolve(kind: str, m: re.Match, year: int | None, calendar: Calendar = NO_CALENDAR) -> str | None:
    """The period text of one date expression of the given PATTERNS kind, or None when no year is known; "this
    year" in a document that opens with its reporting year (`calendar.reporting`) is that reporting year."""
    y = int(m.group("y")) if "y" in m.groupdict() and m.group("y") else year
    if kind in WORDED_KINDS:
        return _resolve_worded(kind, m, y, year, calendar)
    if kind == "window":
        n = m.group("n")
        months = int(n) if n.isdigit() else int(words_value(n) or 0)
        return None if y is None or not 1 <= months <= 12 else f"{y}-01..{y}-{months:02d}"
    if kind == "half":
        first, last = HALVES[re.sub(r"\s+", " ", m.group("h").lower())]
        return None if y is None else f"{y}-{first:02d}..{y}-{last:02d}"
    if kind == "span_dmy":
        if y is None:
            return None
        first, last = (_month(m, "m1"), int(m.group("d1"))), (_month(m, "m2"), int(m.group("d2")))
        y1 = int(m.group("y1")) if m.group("y1") else y - (last < first)
        return f"{y1}-{first[0]:02d}-{first[1]:02d}..{y}-{last[0]:02d}-{last[1]:02d}"
    if kind == "day_range":
        if y is None:
            return None
        month = _month(m, "m")
        return f"{y}-{month:02d}-{int(m.group('d1')):02d}..{y}-{month:02d}-{int(m.group('d2')):02d}"
    if kind == "iso":
        return f"{y}-{m.group('mm')}-{m.group('d')}"
    if kind == "day_first":
        return None if y is None else f"{y}-{_month(m, 'm'):02d}-{int(m.group('d')):02d}"
    if kind == "span":
        if y is None:
            return None
        a = f"{y - (_month(m, 'm2') < _month(m, 'm1'))}-{_month(m, 'm1'):02d}" + (
            f"-{int(m.group('d1')):02d}" if m.group("d1") else "")
        b = f"{y}-{_month(m, 'm2'):02d}" + (f"-{int(m.group('d2')):02d}" if m.group("d2") else "")
        return f"{a}..{b}"
    if kind == "day":
        return None if y is None else f"{y}-{_month(m, 'm'):02d}-{int(m.group('d')):02d}"
    if kind == "month":
        return _month_text(y, m.group("m"))
    if kind in ("year", "event_year", "report_year"):
        return str(y)
    if kind == "this_year":
        return calendar.reporting or (None if year is None else str(year))
    return "annual"


_RATE_BEFORE = rule("en", "periods", "period.rate_before").pattern
_COMPARED = rule("en", "periods", "period.compared_count").pattern
_COMPARED_NUMBER_BEFORE = rule("en", "periods", "period.compared_number_before").pattern
_BASELINE_BEFORE = rule("en", "periods", "period.baseline_before").pattern
ANOTHER_NUMBER = rule("en", "periods", "period.year_end_another_number").pattern
_NUMBER_BETWEEN = rule("en", "periods", "period.number_between_before").pattern
_RIGHT_AFTER = rule("en", "periods", "period.right_after_between").pattern
# What stands between a date and the figure it owns ("the previous year's 71.4%", "last year's 52"): such a date dates
# no figure before it ("rose to 73, up from last year's 52"), and "the previous year" no figure after it but that one
# ("from 14,372 the previous year to 63,118": 63,118 is of the year stated before).
_POSSESSIVE = re.compile(r"['’]s\s+")
# What may stand between a figure and "five years ago" that dates it alone: its counted noun ("9% five years ago",
# "41 reporters three years ago"); an event it names is dated so far back, not a figure ("the sit-in three years ago").
_NOUN_BETWEEN = re.compile(r"(?:\s+[a-z][\w'-]*){0,2}?\s+")
# A year whose bracket holds the figure ("arrests rose in 2022 (87) from 2021 (64)"): the year labels that figure.
_YEAR_OPENS_BRACKET = re.compile(rf"\b(?P<y>{_Y})\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"[^()]*\)")
_START_YEAR = rule("en", "periods", "period.start_year").pattern
_MONTH_AS_NAME = rule("en", "periods", "period.month_as_name_before").pattern


def _names_event(text: str, s: int, e: int) -> bool:
    """Whether the date at [s, e) names an event rather than the time of figures: a year after "during the" ("during
    the 2011 strike"), or a date a determiner opens and a word follows ("a March 14 verdict", "the June 1998
    local polls"), a noun's modifier."""
    return bool(_EVENT_YEAR.match(text, s) or _CALENDAR_START.match(text, s) and
                ATTRIBUTIVE_BEFORE.search(text, max(0, s - 8), s) and ATTRIBUTIVE_AFTER.match(text, e))


# What stands between a date naming a thing and a figure that thing holds ("a July 2017 amnesty of 412"): the date
# is that figure's.
_NOUN_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}?of\s+")
# How a calendar date starts: with its month's name or its day ("May 2006", "21 April"), not a worded window.
_CALENDAR_START = re.compile(r"[A-Z\d]")


def _a_year_as_duration(text: str, m: re.Match) -> bool:
    """Whether the "a year" a match holds is a length of time ("sentenced to a year", "a year's imprisonment") rather
    than the yearly rate of a figure ("1,000 complaints a year")."""
    return m.group().lower().startswith("a ") and bool(A_YEAR_DURATION_BEFORE.search(text, max(0, m.start() - 20),
                                                                                      m.start()) or
                                                         A_YEAR_DURATION_AFTER.match(text, m.end()))


# A day as a period names it ("2020-03-05").
_DAY_PERIOD = re.compile(r"\d{4}-\d\d-\d\d")


def _possible(period: str) -> bool:
    """Whether every day a period names exists ("February 31" names none, so it is no period)."""
    try:
        for day in _DAY_PERIOD.findall(period):
            date.fromisoformat(day)
    except ValueError:
        return False
    return True


def opening_year(text: str) -> int | None:
    """The year a sentence or paragraph opens with ("In 2019 ..."): "the first six months of the year" then
    means it."""
    m = _START_YEAR.search(text)
    return int(m.group("y")) if m else None


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans given by `starts` and `ends`."""
    k = bisect_left(starts, end) - 1
    return k >= 0 and ends[k] > start


@lru_cache(maxsize=64)
def date_expressions(text: str, year: int | None, explicit: int | None, until: str | None = None,
                     calendar: Calendar = NO_CALENDAR) -> tuple[tuple[int, int, str], ...]:
    """(start, end, period) of every date expression in text, earliest first, without overlaps; `explicit` is
    the year the text's sentence or paragraph opens with; a date after "since" opens a window that ends at `until`
    (the latest date the document states) when that is after it, else at the end of the document's year (_since),
    and "so far this year" runs from January to `until`; `calendar` what the document tells of its reporting year
    and day of publication."""
    return tuple((s, e, _since(period, until, year, calendar.published) if _opens_window(text, s, e) else
                  _so_far(period, until) if SO_FAR.match(text, s) else period)
                 for s, e, period in stated_dates(text, year, explicit, calendar))


def _so_far(year: str, until: str | None) -> str:
    """The months of `year` up to `until` (the latest date of it the document states), as precise as their first, a
    month: "so far this year" in a story whose latest date is 25 October 2020 is 2020-01..2020-10; the year itself
    when no date of it is known."""
    return f"{year}-01..{until[:7]}" if until and until.startswith(f"{year}-") else year


def _opens_window(text: str, start: int, end: int) -> bool:
    """Whether the date expression at [start, end) follows "since" (or, as the year pattern's own first word, holds
    it) and no "when" clause after it makes it the date of one event."""
    return bool(SINCE_BEFORE.search(text, max(0, start - SINCE_REACH), start) or
                SINCE_BEFORE.match(text, start, start + 6)) and not SINCE_POINT.match(text, end)


# Where a "when" clause ends: a comma, semicolon or dash outside the brackets it holds.
_WHEN_CLAUSE_END = re.compile(r"(?:\([^()]*\)|[^,;–—()])*")


def _after_when_clause(sentence: str, start: int, end: int, figure: int) -> bool:
    """Whether the date at [start, end) follows "since", a "when" clause after it makes it the date of one event,
    and the figure starting at `figure` comes after that clause: "since 24 February, when the war began, 9,614
    civilians were killed" counts the dead from then on, while "since 2016, when it scored 16 points" dates the
    16 points."""
    when = SINCE_POINT.match(sentence, end)
    if not when or not (SINCE_BEFORE.search(sentence, max(0, start - SINCE_REACH), start) or
                        SINCE_BEFORE.match(sentence, start, start + 6)):
        return False
    return figure >= _WHEN_CLAUSE_END.match(sentence, when.end()).end()


def _since(period: str, until: str | None, year: int | None, published: str | None = None) -> str:
    """The window from a period's start to `until` (the latest date the document states) when that is after it, as
    precise as the start: "since August 2020" with until 2021-01-19 is 2020-08..2021-01, and when `until` is the day
    the story was `published`, a window from the month of publication is that month ("since February" in a story of
    6 February). Else the window runs to the end of the document's `year`, except from a day of that year, whose
    window would end on a day nobody stated: "since 18 June" is then the year itself; the period itself when no end is
    after its start."""
    first = period.split("..")[0]
    start = first + "-01" if len(first) == 4 else first
    if not start[:4].isdigit():
        return period
    if until and until[:len(start)] > start[:len(until)]:
        return f"{start}..{until[:len(start)]}"
    if until and until == published and until[:len(start)] == start[:len(until)]:
        return start
    end = None if year is None else f"{year}-12-31"[:len(start)]
    if end is None or end <= start:
        return period
    if len(first) == 4 and int(first) < year:
        return f"{first}-01..{year}-12"
    return str(year) if len(start) == len("YYYY-MM-DD") and start[:4] == str(year) else f"{start}..{end}"


@lru_cache(maxsize=64)
def stated_dates(text: str, year: int | None, explicit: int | None,
                 calendar: Calendar = NO_CALENDAR) -> tuple[tuple[int, int, str], ...]:
    """(start, end, period) of every date expression in text as written, earliest first, without overlaps; a date
    a change is measured from ("a 31% increase since 2018-19") is left out, as it dates no figure, and a date counted
    back from the one before it ("the same period last year", "four years earlier") is dated from that one
    (_counted_back)."""
    found: list[tuple[int, int, str]] = []
    dated: set[int] = set()
    yearless: set[int] = set()
    year_earlier: set[int] = set()
    years_before: dict[int, int] = {}
    starts: list[int] = []
    ends: list[int] = []
    baselines: list[tuple[int, int]] = []
    for kind, m, baseline in _written_dates(text):
        if _overlaps(starts, ends, m.start(), m.end()) or any(s < m.end() and m.start() < e for s, e in baselines):
            continue
        if baseline:
            baselines.append((m.start(), m.end()))
            continue
        own_year = explicit if kind in ("window", "half") and explicit and not m.group("y") else year
        period = _resolve(kind, m, own_year, calendar)
        if period and _possible(period):
            k = bisect_left(starts, m.start())
            starts.insert(k, m.start())
            ends.insert(k, m.end())
            found.insert(k, (m.start(), m.end(), period))
            if kind in _CALENDAR_KINDS:
                (dated if m.group("y") else yearless).add(m.start())
            if kind == "same_period_last_year":
                year_earlier.add(m.start())
            if kind == "previous_year" and not calendar.reporting:
                years_before[m.start()] = 1
            if kind == "years_earlier":
                years_before[m.start()] = _years_back(m)
    found = _this_year_absorbed(text, found, year, yearless)
    return _counted_back(_years_carried(found, dated, yearless, year, calendar.written_month,
                                        year is not None and calendar.reporting == str(year - 1), calendar.leading),
                         year_earlier, years_before)


_THIS_YEAR_AFTER_DATE = rule("en", "periods", "period.this_year_after_date").pattern


def _this_year_absorbed(text: str, found: list[tuple[int, int, str]], year: int | None,
                        yearless: set[int]) -> list[tuple[int, int, str]]:
    """`found` without each "this year" written right after a date of the document's year, which it only places in
    that year ("between February and October 9 this year", "on May 22 this year"): it is no later date of its own
    that would date the figures after it as the whole year; and without each "last year" right after a day or month
    written without its year (starts in `yearless`), which moves that date a year back ("on May 5-6 last year")."""
    out: list[tuple[int, int, str]] = []
    for s, e, period in found:
        if out and out[-1][2].startswith(f"{year}-") and _THIS_YEAR_AFTER_DATE.fullmatch(text, out[-1][1], e):
            continue
        if out and out[-1][0] in yearless and out[-1][2].startswith(f"{year}-") and \
                LAST_YEAR_AFTER_DATE.fullmatch(text, out[-1][1], e):
            out[-1] = (out[-1][0], e, _shifted(out[-1][2], -1))
            continue
        out.append((s, e, period))
    return out


# Kept for a long report's every paragraph: story_dates reads them all in turn twice, and a smaller cache, cycled
# through by a report of more paragraphs than it holds, kept none of them for the second pass.
@lru_cache(maxsize=4096)
def _written_dates(text: str) -> tuple[tuple[str, re.Match, bool], ...]:
    """(kind, match, baseline) of every date pattern's match in text, in PATTERNS order, but those its words rule out
    (a month naming an event or place, a deadline ...), each flagged when it is the baseline a change is measured from
    (it then dates nothing and hides the matches it overlaps), "today" of a report's release ("published today")
    and a news dateline's day ("PORT ELLIS, Mar 3 —") are none, and the year of a law's name ("the Act of 2005") is
    none: what stated_dates reads whatever the year and calendar, found once per text (a paragraph's dates are asked
    for in several years and calendars)."""
    out = []
    folded = fold(text)
    possible = _SCREEN.possible(text, folded)
    places = _STARTS.places(text, folded, tuple(map(and_, possible, _STARTS.anchored)))
    for (kind, pattern), may, at in zip(PATTERNS, possible, places):
        if not may:
            continue
        for m in pattern.finditer(text) if at is None else tried_at(pattern, text, 0, len(text), at):
            if kind == "month" and _MONTH_AS_NAME.search(text[max(0, m.start() - 5):m.start()]) and \
                    re.match(r"\s+[a-z]", text[m.end():m.end() + 2]):
                continue
            if kind == "month" and (NAMES_EVENT.match(text, m.end()) or NAMES_PLACE.match(text, m.end())):
                continue
            if kind == "day" and DATELINE.search(text, 0, m.start()) and DASH_AFTER.match(text, m.end()):
                continue
            if kind == "today" and TOLD_TODAY.search(text, max(0, m.start() - 30), m.start()):
                continue
            if kind == "annual" and (NAMES_PUBLICATION.match(text, m.end()) or _a_year_as_duration(text, m)):
                continue
            if kind == "year" and (_BASELINE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or
                                   LAW_NAME_BEFORE.search(text, max(0, m.start() - 14), m.start())):
                continue
            if DEADLINE_BEFORE.search(text, max(0, m.start() - 90), m.start()) or \
                    YEAR_END_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            out.append((kind, m, kind in _BASELINE_KINDS and bool(BASELINE_AFTER_CHANGE.search(
                text, max(0, m.start() - 60), m.start("y") if kind == "year" else m.start())) and
                not _POSSESSIVE.match(text, m.end()) and not WHEN_AFTER_DATE.match(text, m.end())))
    return tuple(out)


def _years_back(m: re.Match) -> int:
    """The number of years a period.date.years_earlier or years_ago counts back ("a", "five", "4"; "the year before
    that": one)."""
    word = m.group("n") or "a"
    return int(word) if word.isdigit() else 1 if word.lower() == "a" else int(words_value(word) or 1)


def _counted_back(found: tuple[tuple[int, int, str], ...], year_earlier: set[int],
                  years_before: dict[int, int]) -> tuple[tuple[int, int, str], ...]:
    """`found` with each "same period last year" (its start in `year_earlier`) made the date expression just before it
    a year earlier, when that is a window, month or day: "in the first quarter of 2016 ... the same period last year"
    is 2015-01..2015-03; and each date counted back from the one before it (its start in `years_before`, with the
    years: "the previous year" of a document with no reporting year, "four years earlier", "the year before that")
    made that date so many years earlier ("by the end of 2021 from 43,905 four years earlier": 2017-12), left out when
    no date comes before it, as the year it is relative to is then not known."""
    out: list[tuple[int, int, str]] = []
    for s, e, period in found:
        before = out[-1][2] if out else ""
        if s in years_before:
            if before[:4].isdigit():
                out.append((s, e, _shifted(before, -years_before[s])))
            continue
        out.append((s, e, _shifted(before, -1)) if s in year_earlier and "-" in before else (s, e, period))
    return tuple(out)


# Kinds of a date that may be the baseline a change is measured from ("a 7% increase over the same period last year").
_BASELINE_KINDS = ("year", "split_year", "previous_year", "same_period_last_year", "last_year")
# Kinds of a calendar date whose year, when unwritten, follows the dated one just before it.
_CALENDAR_KINDS = ("day_range", "day_first", "span", "day", "month")


def _years_carried(found: list[tuple[int, int, str]], dated: set[int], yearless: set[int],
                   year: int | None, written_month: int | None,
                   tells_year_before: bool = False, leading: str | None = None) -> tuple[tuple[int, int, str], ...]:
    """`found` with each month or day written without a year (starts in `yearless`) put in the year of the dated
    one right before it: "In April 2021 deaths fell to 61, to 54 in May" dates 54 to May 2021, and so does a month or
    day of an earlier year its paragraph states just before the text (`leading`, "2011-12"), for a yearless day of
    that month first in the text ("In December 2011 ... On December 16"); with none before it, one after the month the
    document was written in (`written_month`) is in the year before the document's, and so is any when the document
    tells of that year (`tells_year_before`: "In January" in a review of the year before, published that January)."""
    out, last = [], None
    for s, e, period in found:
        if not out and not last and leading and s in yearless and period[5:7] == leading[5:7]:
            last = leading[:4]
        if s in yearless and year is not None and not _crosses_years(period) and (
                last or tells_year_before or written_month and int(period[5:7]) > written_month):
            period = period.replace(f"{year}-", f"{last or year - 1}-")
        last = period[:4] if s in dated else last if s in yearless else None
        out.append((s, e, period))
    return tuple(out)


def _crosses_years(period: str) -> bool:
    """Whether a window starts in a year before the one it ends in ("2020-12-20..2021-01-05")."""
    return ".." in period and period[:4] != period.split("..")[1][:4]


def _right_after(sentence: str, end: int, s: int) -> bool:
    """Whether the date expression at `s` follows the figure ending at `end` with only its counted noun or verb
    and "in"/"on" between (the date expression may hold the "in" itself: "in 2017")."""
    own = sentence[s:s + 3]
    return bool(_RIGHT_AFTER.fullmatch(sentence[end:s] + (own if own.lower() in ("in ", "on ") else "")))


def further_window(sentence: str, start: int, end: int, period: str | None) -> str | None:
    """`period`, or, for a further length of custody the figure at [start, end) is ("for a further three months"),
    the window of that length from the month `period` names (2022-12 -> 2022-12..2023-02)."""
    if not period or not _MONTH_OR_DAY.fullmatch(period) or \
            not FURTHER_STRETCH_BEFORE.search(sentence, max(0, start - 40), start):
        return period
    m = STRETCH_UNIT.search(sentence, start, end)
    months = _months_of(m) if m else 0
    return f"{period[:7]}..{_month_before(int(period[:4]), int(period[5:7]), -months)}" if months else period


def _months_of(m: re.Match) -> int:
    """The whole months a period.stretch_unit match counts (weeks rounded to months)."""
    count, unit = _count(m.group("n")), m.group("u").lower()
    return count * 12 if unit == "year" else count if unit == "month" else \
        round(count * DURATION_DAYS["week"] / DURATION_DAYS["month"])


def period_of(sentence: str, start: int, end: int, year: int | None, carried: str | None,
              until: str | None = None, calendar: Calendar = NO_CALENDAR) -> str | None:
    """The period for a mention at [start, end) of sentence: the nearest date expression, else `carried`. A date
    after a compared figure ("compared to 84 in 2019") belongs to that figure, and a rate written after another
    number ("60 hours per month") belongs to that number, as does a date written after a later figure ("fell to 160
    in July from 175 in June": June dates 175 only) or past a semicolon ("13,480 in all; at the end of 2019, 10,215"),
    and a date in the clause naming what the figure was for ("fined $300 for flouting the rules on April 16") dates
    that offence, and a date right after a compared figure ("a 22% rise on 800 in 2014 and a 9% rise ...") dates
    only that figure; `calendar.leading`, a month or day of a year before the document's that its paragraph states
    before the sentence, gives its year to the sentence's first date written without one."""
    stretch = _stretch_so_far(sentence, start, end, calendar.published or until)
    if stretch:
        return stretch
    dates = date_expressions(sentence, year, opening_year(sentence), until, calendar)
    labelled = _YEAR_OPENS_BRACKET.search(sentence, max(0, start - 12), start)
    if labelled and _BRACKET_CLOSES.match(sentence, end):
        return next((period for s, e, period in dates if s <= labelled.start() < e), labelled.group("y"))
    best, best_distance, best_start, best_end, windows = None, float("inf"), 0, 0, []
    for s, e, period in dates:
        if s == start and AFTER_DATE.match(sentence, s):
            return _stretch_after(AFTER_DATE.match(sentence, s), period, year)
        if s < end and start < e or enclosed_apart(sentence, s, e, start) or _in_state_clause(sentence, s, e, start) or \
                _in_relative_clause(sentence, s, e, start, end, dates):
            continue
        if s >= end and (_COMPARED.search(sentence[end:s]) or _NUMBER_BETWEEN.search(sentence[max(end, s - 24):s]) or
                         OTHER_COUNT_BEFORE.search(sentence[max(end, s - 48):s]) or
                         ";" in sentence[end:s] or OFFENCE_BETWEEN.search(sentence[end:s]) or
                         OTHER_CLAUSE_BETWEEN.search(sentence, end, s)):
            continue
        if s >= end and YEAR_END.match(sentence, s) and ANOTHER_NUMBER.search(sentence, end, s):
            continue
        if period == "annual" and not 0 <= s - end <= 3 and _RATE_BEFORE.search(sentence[max(0, s - 12):s]):
            continue
        if _owned_elsewhere(sentence, s, e, start, end) or \
                e <= start and _COMPARED_NUMBER_BEFORE.search(sentence[max(0, s - 60):s]):
            continue
        distance = start - e if e <= start else 0 if _right_after(sentence, end, s) else (s - end) * 1.5
        distance += len(sentence) if e <= start and _names_event(sentence, s, e) and not _NOUN_OF.fullmatch(
            sentence, e, start) else 0
        if distance < best_distance:
            best, best_distance, best_start, best_end = period, distance, s, e
        windows.append(period)
    narrower = [p for p in windows if best and re.fullmatch(_Y, best) and p.startswith(best + "-") and ".." in p and
                p.split("..")[1].startswith(best)]
    if narrower:
        return narrower[0]
    if best and _after_when_clause(sentence, best_start, best_end, start):
        return _since(best, until, year, calendar.published)
    if best and told_day(sentence, best_start, best, best_end):
        return best[:7]
    if not best and calendar.events:
        carried = event_named(sentence, calendar.events) or carried
    if not best and calendar.published and PRESENT_CUSTODY.search(sentence):
        return calendar.published
    if not best and PRESENT_STOCK.search(sentence):
        return calendar.published
    if not best and not calendar.published and THIS_WEEK.search(sentence):
        return None
    if not best and carried and len(carried) == len("YYYY-MM-DD") and SEVERAL_DAYS.search(sentence):
        return carried[:7]
    if not best and carried:
        carried = _later_than(carried, sentence, start, calendar.published or until)
    return _day_after(best, sentence, best_end, start) if best else _day_after(carried, sentence, 0, start)


def _stretch_so_far(sentence: str, start: int, end: int, now: str | None) -> str | None:
    """The window of a length of time someone has spent in custody up to when the text was written (`now`, a day or
    month): "have spent almost four months in jail" in a story of May 2021 is 2021-01..2021-05; None for any
    other figure or when that time is not known."""
    if not now or not STRETCH_SO_FAR_BEFORE.search(sentence, max(0, start - 60), start):
        return None
    m = STRETCH_UNIT.search(sentence, start, end)
    if not m:
        return None
    months = _months_of(m)
    year, month = int(now[:4]), int(now[5:7])
    return f"{_month_before(year, month, months)}..{now[:7]}" if months else None


def event_stem(noun: str) -> str:
    """What an event's noun is known by, whatever its number ("protests": "protest"; "rallies": "rally")."""
    return lemma(noun)


def event_named(sentence: str, events: tuple[tuple[str, str], ...]) -> str | None:
    """The period of the event a sentence says its facts happened during ("detained during the protests"), when its
    document dates that event (`events`), else None."""
    dated = dict(events)
    return next((dated[event_stem(m.group("noun"))] for m in EVENT_REFERENCE.finditer(sentence)
                 if event_stem(m.group("noun")) in dated), None)


def told_day(text: str, s: int, period: str, e: int | None = None) -> bool:
    """Whether the date at [s, e) is a day a story was told ("told reporters on July 9 that 19 were jailed", "said on
    Saturday") or a report came out ("on Monday released its review"): what it tells of came on or before that day,
    which the text does not name, so its month dates the figures."""
    if not _DAY_PERIOD.fullmatch(period):
        return False
    on = 3 if text[s:s + 3].lower() == "on " else 0
    return bool(TOLD_ON.search(text, max(0, s - 60), s + on) or e is not None and RELEASED_ON.match(text, e))


def _when_holds(sentence: str, e: int, start: int) -> bool:
    """Whether a "when" clause right after a date ending at `e` opens with the figure at `start`."""
    m = WHEN_AFTER_DATE.match(sentence, e)
    return bool(m and m.end() == start)


def _owned_elsewhere(sentence: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether the date at [s, e) dates another figure than the one at [start, end): a date with a possessive dates the
    figure it owns ("up from last year's 52"), a date counted back from another ("the previous year", "four years
    earlier") the figure before it, unless a "when" clause after it holds the figure ("the previous year, when 92
    died"), and "five years ago" only the figure right before it."""
    if e <= start and (PREVIOUS_YEAR.match(sentence, s) or YEARS_EARLIER.match(sentence, s)):
        return not (_POSSESSIVE.fullmatch(sentence, e, start) or _when_holds(sentence, e, start))
    if s >= end and _POSSESSIVE.match(sentence, e):
        return True
    return bool(YEARS_AGO.match(sentence, s)) and not (s >= end and _NOUN_BETWEEN.fullmatch(sentence, end, s))


# What closes an aside: a comma or a dash.
_ASIDE_END = re.compile(r"[,—–]")


def _in_state_clause(sentence: str, s: int, e: int, figure: int) -> bool:
    """Whether the date at [s, e) lies in an aside telling a state of someone or something (period.state_clause),
    closed before the figure at `figure`: "X, who has been detained since 1 April 2012, was given a 7-year sentence"
    dates the detention, not the sentence."""
    openers = list(STATE_CLAUSE.finditer(sentence, max(0, s - 120), s)) if e <= figure else []
    if not openers or _ASIDE_END.search(sentence, openers[-1].end(), s):
        return False
    return bool(_ASIDE_END.search(sentence, e, figure))


def _last_opener(pattern: re.Pattern, text: str, s: int) -> re.Match | None:
    """The last match of a clause opener in the reach before the date at `s` (OPENER_REACH characters), or None."""
    found = None
    for found in pattern.finditer(text, max(0, s - OPENER_REACH), s):
        pass
    return found


# How far before a date the opener of the clause holding it may stand.
OPENER_REACH = 120


def _in_relative_clause(sentence: str, s: int, e: int, start: int, end: int,
                        dates: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether the date at [s, e) lies in a clause telling of people (period.relative_clause) that the figure at
    [start, end) stands outside of: before its opener ("the four men who moved here last year were fined 50 dollars";
    the clause's first of the sentence's `dates` only, as it has no mark of its end) or after the comma or dash that
    closes it, unless a "when" clause after the date tells of it, or after the figure when the sentence gives another
    date ("detained 40 on June 2, who were freed on June 9") or its sentence goes on past the clause to the figure's
    own predicate ("the four who moved here last year, were fined"); the date is of what those people did, not
    of the figure, and with no other date it is the only time the text gives them ("290 defendants, who were referred
    in November")."""
    if e <= start:
        opener = _last_opener(RELATIVE_CLAUSE, sentence, s)
        return bool(opener and not _ASIDE_END.search(sentence, opener.end(), s) and
                    _ASIDE_END.search(sentence, e, start) and not SINCE_POINT.match(sentence, e))
    opener = RELATIVE_CLAUSE.search(sentence, end, s)
    return bool(opener and not _ASIDE_END.search(sentence, opener.end(), s) and
                not any(opener.end() <= other < s for other, _, _ in dates) and
                (any(other < opener.start() or other > s for other, _, _ in dates) or
                 PREDICATE_AFTER_CLAUSE.match(sentence, e)))


def _day_after(period: str | None, sentence: str, since: int, start: int) -> str | None:
    """`period`, or the day after it when it is a day and "the following day" stands between `since` (where the
    sentence's date ends; 0 for a date of the sentences before) and the figure at `start`: "He was detained on 9 May
    and the following day fined 150 dollars" dates the fine to 10 May; "the previous day" the day before it."""
    if period is None or not _DAY_PERIOD.fullmatch(period):
        return period
    said = next(((s, step) for s, step in _next_days(sentence) if s >= since), None)
    if said is None or said[0] > start and since > 0:
        return period
    return (date.fromisoformat(period) + timedelta(days=said[1])).isoformat()


@lru_cache(maxsize=64)
def _next_days(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence says "the following day" (1) or "the previous day" (-1), with that step, found once per
    sentence for all its figures."""
    return tuple(sorted([(m.start(), 1) for m in NEXT_DAY.finditer(sentence)] +
                        [(m.start(), -1) for m in PREVIOUS_DAY.finditer(sentence)]))


_CLAUSE_BREAK = re.compile(r"[.!?;]\s+(?=[A-Z“\"(])")

# A window of whole calendar years ("2005-01..2015-12"): a stretch of time, not an event a later paragraph is about.
_WHOLE_YEARS = re.compile(r"\d{4}-01\.\.\d{4}-12")


def last_period(text: str, year: int | None, explicit: int | None, until: str | None = None,
                calendar: Calendar = NO_CALENDAR, events: bool = False) -> str | None:
    """The last date expression of a text, carried to later sentences of the same paragraph (`explicit`: the
    year the paragraph opens with); a year that dates a compared figure ("compared with 47 in 2021"), "the
    previous year" and "the same period last year", which a figure is compared with, and a year's end, which dates a
    stock counted then, date that figure only, so they are not carried past it. With `events`, only a day, month or
    window counts, not one of whole years ("between 2005 and 2015"), and not the day a story was told ("told reporters
    on January 30", whose month alone is carried otherwise) nor "last year", or a date said to be of it ("on May 5-6
    last year": a story's look back, not the event its next paragraphs tell of)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    for s, e, period in reversed(date_expressions(text, year, explicit, until, calendar)):
        k = bisect_left(breaks, s) - 1
        if events and ("-" not in period or _WHOLE_YEARS.fullmatch(period) or TOLD_ON.search(text, max(0, s - 60), s) or
                       RELEASED_ON.match(text, e) or _in_backstory(text, s) or
                       any(pattern.match(text, s) for pattern in RELATIVE_YEARS) or
                       any(m.end() == e for m in LAST_YEAR_AFTER_DATE.finditer(text, s, e))) or \
                _EVENT_YEAR.match(text, s):
            continue
        if period != "annual" and not (PREVIOUS_YEAR.match(text, s) or SAME_PERIOD.match(text, s) or
                                       YEARS_EARLIER.match(text, s) or YEARS_AGO.match(text, s) or
                                       YEAR_END.match(text, s) or _COMPARED.search(text[breaks[k] if k >= 0 else 0:s])):
            return period[:7] if told_day(text, s, period, e) else period
    return None


def _in_backstory(text: str, s: int) -> bool:
    """Whether the date at `s` lies in a clause telling what some people had done or been through before the
    story's event (period.backstory_clause, no comma or stop between its opener and the date)."""
    opener = _last_opener(BACKSTORY_CLAUSE, text, s)
    return bool(opener and not _BACKSTORY_END.search(text, opener.end(), s))


# What closes a clause telling a backstory before a date: a comma, dash, semicolon or full stop.
_BACKSTORY_END = re.compile(r"[,;—–]|\.\s")


# A month or day ("2011-12", "2011-12-16"), whose year a later date of its paragraph written without one takes.
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def leading_date(carried: str | None, year: int | None) -> str | None:
    """`carried` when it is a month or day of a year before the document's, whose year the paragraph's later dates
    written without a year take ("In December 2011 ... On December 16" in a story of 2012), else None; a report's
    glance at the next year ("in January 2021" in a review of 2020) leaves its later months in its own year."""
    return carried if carried and year is not None and _MONTH_OR_DAY.fullmatch(carried) and \
        int(carried[:4]) < year else None


def as_written(period: str | None) -> str | None:
    """A period as a figure's row writes it: a window of whole calendar years as its years ("2015-01..2019-12" is
    "2015..2019", as readers and gold annotators write a span of years); any other period as it is."""
    whole = _WHOLE_YEARS.fullmatch(period or "")
    return f"{period[:4]}..{period[9:13]}" if whole and period[:4] != period[9:13] else period


def fallback_period(year: int | None, written: str | None, calendar: Calendar = NO_CALENDAR) -> str | None:
    """The period of a figure no date reaches: the reporting year the document opens with, else the window it says
    it covers, else the month a news story was `written`, else the document's year."""
    return calendar.reporting or calendar.covered or (written[:7] if written else None if year is None else str(year))


# A news paragraph is short; a report's long paragraphs date their own figures and carry no date forward.
SHORT_PARAGRAPH = 400


def event_period(previous: str, year: int | None, until: str | None = None,
                 calendar: Calendar = NO_CALENDAR) -> str | None:
    """The last event date (a day, month or window, not a bare year) of a short previous paragraph: a news story's
    "On May 14, a court jailed five" dates the next paragraph's "Two others were fined 40,000 tenge", and a year
    named after it for an earlier event ("convicted on May 14 over a rally in 2023") does not hide it."""
    if not previous or len(previous) > SHORT_PARAGRAPH:
        return None
    return last_period(previous, year, opening_year(previous), until, calendar, events=True)
