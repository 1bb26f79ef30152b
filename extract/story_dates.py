"""The dates a whole English document gives its paragraphs: the latest date of its year it states (what is known of
when it was written: "since March" runs to it), whether it is a news story (one that dates events by days relative
to its own, "said on Tuesday", whose undated figures then belong to the month it was written in), and the date each
paragraph inherits from the short paragraphs before it ("On May 14, a court jailed five" dates the next paragraphs'
figures until one states a date of its own).
"""

from dataclasses import dataclass

from extract.language_data import rule
from extract.period import SHORT_PARAGRAPH, date_expressions, event_period, opening_year, stated_dates

NEWS_DAYS = rule("en", "periods", "period.news_relative_day").pattern
SINCE = rule("en", "periods", "period.since_word").pattern


@dataclass(frozen=True)
class StoryDates:
    """`until`: the latest date of the document's year its text states ("2022-09-16" or "2022-09"), or None;
    `written`: that date when the document is a news story, else None; `carried`: per paragraph, the period it
    inherits from the paragraphs before it."""

    until: str | None
    written: str | None
    carried: tuple[str | None, ...]


def latest_date(texts: list[str], year: int | None) -> str | None:
    """The latest date of the document's year the texts state; a window counts by its last day only, as "in
    2019-2022" or "the first half" says nothing of when the text was written."""
    if year is None:
        return None
    ends = [period.split("..")[-1] for text in texts for _, _, period in stated_dates(text, year, opening_year(text))
            if ".." not in period or len(period) == 22]
    return max((end for end in ends if end.startswith(f"{year}-")), default=None)


def story_dates(paragraphs, year: int | None) -> StoryDates:
    """The dates of a document's paragraphs (extract.reading's, in order): a paragraph inherits the last event date
    of the paragraph before it when that one is short, or what that one inherited when it is short and states no
    date at all, and a heading inherits nothing and passes nothing on; the latest date is sought only in a news
    story or a text that says "since"."""
    texts = [paragraph.text or "" for paragraph in paragraphs]
    news = any(NEWS_DAYS.search(text) for text in texts)
    until = latest_date(texts, year) if news or any(SINCE.search(text) for text in texts) else None
    carried, inherited = [], None
    for paragraph, text in zip(paragraphs, texts):
        carried.append(None if paragraph.is_heading else inherited)
        short = len(text) <= SHORT_PARAGRAPH and not paragraph.is_heading
        own = event_period(text, year, until) if short else None
        inherited = own or (inherited if short and not date_expressions(text, year, opening_year(text), until) else None)
    return StoryDates(until, until if news else None, tuple(carried))
