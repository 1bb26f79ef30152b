"""The dates a whole English document gives its paragraphs: the latest date of its year it states (what is known of
when it was written: "since March" runs to it), whether it is a news story (one that dates events by days relative
to its own, "said on Tuesday", whose undated figures then belong to the month it was written in), and the date each
paragraph inherits from the short paragraphs before it ("On May 14, a court jailed five" dates the next paragraphs'
figures until one states a date of its own), and the reporting year it opens with ("In 2016-17 we received ...":
its undated figures belong to those twelve months), else the year it tells of: the whole year before its own that
its opening states, or that of the annual report it names ("the 2023 Annual Report of the Ombudsman").
"""

import re
from dataclasses import dataclass, replace

from extract.language_data import rule
from extract.period import (BASELINE_AFTER_CHANGE, SHORT_PARAGRAPH, TOLD_ON, YEARS_AGO, Calendar, date_expressions,
                            event_period, event_stem, opening_year, split_year, stated_dates)
from extract.regex_literals import Screen, screened
from extract.reporting_months import reporting_months

NEWS_DAYS = rule("en", "periods", "period.news_relative_day").pattern
SINCE = rule("en", "periods", "period.since_word").pattern
RELATIVE_MONTH = rule("en", "periods", "period.relative_month").pattern
SPLIT_YEAR = rule("en", "periods", "period.date.split_year").pattern
NEWS_LEDE = rule("en", "periods", "period.news_lede").pattern
INDEX_EDITION = rule("en", "periods", "period.index_edition").pattern
ANNUAL_REPORT = rule("en", "periods", "period.annual_report_year").pattern
SEVERAL_EVENTS = rule("en", "periods", "period.several_events").pattern
EVENT_DATED = rule("en", "periods", "period.event_dated").pattern
COMPARED = rule("en", "periods", "period.compared").pattern
COVERS = rule("en", "periods", "period.covers_window").pattern
# How far after a word of coverage its window may start ("covers detentions in three northern districts from ...").
COVERS_REACH = 80
# How far before a year a comparison word makes it the year a figure is compared with ("compared with none reported in").
COMPARED_REACH = 40


@dataclass(frozen=True)
class StoryDates:
    """`until`: the latest date of the document's year its text states ("2022-09-16" or "2022-09"), or None;
    `written`: that date when the document is a news story, else None; `carried`: per paragraph, the period it
    inherits from the paragraphs before it; `calendar`: the reporting year the document opens with (or the year it
    tells of) and the day it was published, each when known."""

    until: str | None
    written: str | None
    carried: tuple[str | None, ...]
    calendar: Calendar = Calendar()


def _twelve_months(period: str) -> bool:
    """Whether a period is a year that does not start in January ("2016-07..2017-06")."""
    ends = period.split("..")
    return (len(ends) == 2 and all(len(end) == 7 for end in ends) and ends[0][5:] != "01" and
            int(ends[1][:4]) - int(ends[0][:4]) == 1 and int(ends[1][5:]) % 12 + 1 == int(ends[0][5:]))


def _opening(paragraphs) -> list[str]:
    """The texts of a document's headings up to its first paragraph of text, and of that paragraph; a first line
    that ends in no full stop is the title, and the paragraph after it is read too."""
    out = []
    for paragraph in paragraphs:
        if (paragraph.text or "").strip():
            out.append(paragraph.text)
            if not paragraph.is_heading and not (len(out) == 1 and _TITLE.fullmatch(paragraph.text.strip())):
                break
    return out


# A title line: one that ends in no sentence's final stop.
_TITLE = re.compile(r".{1,200}(?<![.!?:;\"”])")


def reporting_year(paragraphs, year: int | None, months: str | None) -> str | None:
    """The reporting year a document states in its title or first paragraph: a split year ("In 2016-17 we
    received"), in the `months` its reporting years run (extract.reporting_months; None when it writes no split
    year), twelve months to a named month ("in the year to 30 June 2017"), or the year before the edition of an
    annual index it reports on ("Civic Space Index 2015": 2014); a split year a change is measured from is none,
    and so is one that ends years before the document's ("since 2012-13" in a story of 2019)."""
    for text in _opening(paragraphs):
        for m in SPLIT_YEAR.finditer(text) if months else ():
            window = split_year(m, months)
            if window and _near(window, year) and not BASELINE_AFTER_CHANGE.search(text, max(0, m.start() - 60),
                                                                                   m.start()):
                return window
        windows = [period for _, _, period in stated_dates(text, year, opening_year(text)) if _twelve_months(period) and _near(period, year)]
        if windows:
            return windows[0]
        edition = INDEX_EDITION.search(text)
        if edition:
            return str(int(edition.group("y") or edition.group("y2")) - 1)
    return None


def covered_window(paragraphs, stated: dict[str, tuple]) -> str | None:
    """The window a report's title or first paragraph says it covers ("This review covers detentions in Varnel from 2
    May 2016 to 30 April 2017", "the bulletin covers the period from 1 May to 31 October 2020"), or the month a
    monthly review's title names as its only date ("Rights Monitor: March 2021"), else None (`stated`: each
    paragraph text's stated_dates)."""
    opening = _opening(paragraphs)
    for text in opening:
        for m in COVERS.finditer(text) if screened(COVERS, text) else ():
            window = next((period for start, _, period in stated.get(text, ())
                           if m.end() <= start <= m.end() + COVERS_REACH and ".." in period), None)
            if window:
                return window
    title = opening[0].strip() if len(opening) > 1 and _TITLE.fullmatch(opening[0].strip()) else ""
    months = [period for _, _, period in stated.get(opening[0], ())] if title else []
    return months[0] if len(months) == 1 and _MONTH.fullmatch(months[0]) else None


# A month of a year ("2023-06").
_MONTH = re.compile(r"\d{4}-\d\d")


def year_before(paragraphs, stated: dict[str, tuple], year: int | None) -> str | None:
    """The year before the document's, or the one before that, when the document tells of it (statistics published
    a year or two late): its title or first paragraph states that whole
    year ("In 2024 the ombudsman received ...", "last year"; not "a year ago", the date of one event, nor a year a
    figure is compared with, "an increase compared with none in 2016") and no paragraph writes a date of its own year
    or later with a digit, as an annual count published the year after does ("In January" without a year may be of
    the year told of); None otherwise (`stated`: each paragraph text's stated_dates)."""
    if year is None:
        return None
    ends = _last_years(stated, digits_only=True)
    said = {period for text in _opening(paragraphs) for start, _, period in stated[text]
            if period in (str(year - 2), str(year - 1)) and not YEARS_AGO.match(text, start) and
            not COMPARED.search(text, max(0, start - COMPARED_REACH), start)}
    told = max(said, default=None)
    return told if told and max(ends, default=told) == told else None


def _last_years(stated: dict[str, tuple], digits_only: bool = False) -> set[str]:
    """The year ("YYYY") each stated date ends in, but yearly rates and the days stories were told on; with
    `digits_only`, of the dates written with a digit only (`stated`: each text's stated_dates)."""
    return {period.split("..")[-1][:4] for text, dates in stated.items() for start, end, period in dates
            if period != "annual" and not TOLD_ON.search(text, max(0, start - 60), start) and
            (not digits_only or _DIGIT.search(text, start, end))}


def annual_report_year(texts: list[str], stated: dict[str, tuple], year: int | None) -> str | None:
    """The year of the annual report a document tells of ("the 2023 Annual Report of the Ombudsman", "the annual
    report for 2010"), in its two years before the document's, when no paragraph writes a date after that year but
    the day it was told: the document's undated figures, and "the year", are that report's (`stated`: each text's
    stated_dates)."""
    if year is None:
        return None
    named = {int(next(y for y in m.groups() if y)) for text in texts if screened(ANNUAL_REPORT, text)
             for m in ANNUAL_REPORT.finditer(text)}
    named = {y for y in named if year - 2 <= y < year}
    if len(named) != 1:
        return None
    reported = named.pop()
    ends = {int(y) for y in _last_years(stated, digits_only=True)}
    return str(reported) if max(ends, default=reported) <= reported else None


# A date written with a number: one the text states, not one relative to when it was written ("this month", "the year").
_DIGIT = re.compile(r"\d")


def _near(window: str, year: int | None) -> bool:
    """Whether a reporting window ends within a year of the document's year (any, when that is unknown)."""
    return year is None or abs(int(window[-7:-3]) - year) <= 1


def latest_date(texts: list[str], year: int | None, calendar: Calendar = Calendar()) -> str | None:
    """The latest date of the document's year the texts state; a window counts by its last day only, as "in
    2019-2022" or "the first half" says nothing of when the text was written."""
    if year is None:
        return None
    ends = [period.split("..")[-1] for text in texts
            for _, _, period in stated_dates(text, year, opening_year(text), calendar)
            if ".." not in period or len(period) == 22]
    return max((end for end in ends if end.startswith(f"{year}-")), default=None)


_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
# The months a news story names cluster in the few months before it was written; spread wider, they tell nothing.
_WIDEST_SPREAD = 3


def written_month(stated: dict[str, tuple], year: int | None) -> int | None:
    """The month of its year a story was written in, when the months and days it names without a year fall around
    the turn of the year: the last of them before the longest stretch of months it names none of ("On January 3
    ... jailed on December 16": January, so that December is of the year before); None when they do not cross the
    turn of the year, are spread over more than three months, or a date of its year written with the year comes
    later (`stated`: each text's stated_dates in the document's year)."""
    if year is None:
        return None
    yearless, dated = set(), set()
    for text, dates in stated.items():
        months = [(start, period) for start, _, period in dates
                  if _MONTH_OR_DAY.fullmatch(period) and period.startswith(f"{year}-")]
        with_year = {start for start, _, _ in stated_dates(text, None, opening_year(text))} if months else set()
        for start, period in months:
            (dated if start in with_year else yearless).add(int(period[5:7]))
    months = sorted(yearless)
    gaps = sorted(((after - month) % 12, month) for month, after in zip(months, months[1:] + months[:1]))
    if len(gaps) < 2 or gaps[-1][0] == gaps[-2][0] or gaps[-1][0] < 12 - _WIDEST_SPREAD:
        return None
    last = gaps[-1][1]
    return last if any(month > last for month in yearless) and not any(month > last for month in dated) else None


# The patterns story_dates seeks in every paragraph, screened together in one pass over each: a paragraph lacking a
# pattern's required strings is not searched for it (regex_literals.Screen).
_PARAGRAPH_SCREEN = Screen([NEWS_DAYS, SPLIT_YEAR, RELATIVE_MONTH, SINCE])


def story_dates(paragraphs, year: int | None, published: str | None = None) -> StoryDates:
    """The dates of a document's paragraphs (extract.reading's, in order): a paragraph inherits the last event date
    of the paragraph before it when that one is short, or what that one inherited when it is short and states no
    date at all, and a heading inherits nothing and passes nothing on; the latest date is sought only in a news
    story or a text that says "since". The day a document of its year was `published`, when its caller knows it,
    is when it was written: "since" runs to it, "on Tuesday" is the Tuesday before it and undated figures take its
    month."""
    texts = [paragraph.text or "" for paragraph in paragraphs]
    possible = [_PARAGRAPH_SCREEN.possible(text) for text in texts]
    news = any(NEWS_DAYS.search(text) for text, may in zip(texts, possible) if may[0])
    current = published if published and year is not None and published.startswith(f"{year}-") else None
    stated = {text: stated_dates(text, year, opening_year(text)) for text in texts} if year is not None else {}
    months = reporting_months(texts) if any(SPLIT_YEAR.search(text) for text, may in zip(texts, possible) if may[1]) \
        else None
    reporting = reporting_year(paragraphs, year, months) or year_before(paragraphs, stated, year) or \
        annual_report_year(texts, stated, year)
    covered = covered_window(paragraphs, stated)
    calendar = Calendar(reporting, published, int(current[5:7]) if current else written_month(stated, year), months,
                        events=dated_events(texts, year), covered=covered)
    relative = any(RELATIVE_MONTH.search(text) for text, may in zip(texts, possible) if may[2])
    until = current or (latest_date(texts, year, calendar) if news or relative or any(
        SINCE.search(text) for text, may in zip(texts, possible) if may[3]) else None)
    if relative and until and not calendar.written_month:
        calendar = replace(calendar, written_month=int(until[5:7]))
    carried, inherited = [], None
    for paragraph, text in zip(paragraphs, texts):
        carried.append(None if paragraph.is_heading or covered else inherited)
        short = len(text) <= SHORT_PARAGRAPH and not paragraph.is_heading
        own = event_period(text, year, until, calendar) if short else None
        inherited = own or (inherited if short and not date_expressions(text, year, opening_year(text), until,
                                                                         calendar) else None)
    lede = lede_day(paragraphs, year, until, calendar)
    if lede:
        day, upto = lede
        carried[:upto] = [day] * upto
        for index in range(upto, len(paragraphs)):
            if paragraphs[index].is_heading:
                break
            carried[index] = carried[index] or day
    return StoryDates(until, until if news or current else None, tuple(carried), calendar)


def dated_events(texts: list[str], year: int | None) -> tuple[tuple[str, str], ...]:
    """The events a document dates by a month or day ("the March 3 rally", "riots in early March 2019"),
    each as its noun's stem (extract.period.event_stem) and the period the first such mention gives it."""
    events: dict[str, str] = {}
    for text in texts:
        for m in EVENT_DATED.finditer(text) if screened(EVENT_DATED, text) else ():
            written = m.group("date") or m.group("date2")
            dates = stated_dates(written, year, None)
            if len(dates) == 1 and dates[0][1] == len(written) and "-" in dates[0][2]:
                events.setdefault(event_stem(m.group("noun") or m.group("noun2")), dates[0][2])
    return tuple(events.items())


# The paragraphs after an undated news lede that may state the day of its event.
LEDE_FOLLOWERS = 2


def lede_day(paragraphs, year: int | None, until: str | None, calendar: Calendar) -> tuple[str, int] | None:
    """The event day of a news story whose lede (period.news_lede) states no date ("A court has jailed eight
    activists ...") when one of the short paragraphs right after it states a day of the document's year first ("On
    April 25, the court sentenced ..."), with the number of paragraphs (the title and the lede) it dates before the
    paragraph stating it (it dates the later ones of its section that inherit no date too); None for a
    story whose lede dates itself or sums up several events ("in recent days"), and a day the story was told ("told
    reporters on July 9") is not its event's."""
    body = [p for p in paragraphs if (p.text or "").strip() and not p.is_heading]
    if not body or not NEWS_LEDE.search(body[0].text) or SEVERAL_EVENTS.search(body[0].text) or date_expressions(
            body[0].text, year, opening_year(body[0].text), until, calendar):
        return None
    for follower in body[1:1 + LEDE_FOLLOWERS]:
        if len(follower.text) > SHORT_PARAGRAPH:
            return None
        dates = date_expressions(follower.text, year, opening_year(follower.text), until, calendar)
        if dates:
            s, _, day = dates[0]
            return (day, body[0].index + 1) if len(day) == len("YYYY-MM-DD") and day[:4] == str(year) and not (
                TOLD_ON.search(follower.text, max(0, s - 60), s)) else None
    return None
