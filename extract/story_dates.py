"""The dates a whole English document gives its paragraphs: the date a news story was written, as near as its text
tells (the latest date of its year it states, when it dates events by days relative to its own: "said on Tuesday"),
and the date each paragraph inherits from the short paragraphs before it ("On May 14, a court jailed five" dates
the next paragraphs' figures until one states a date of its own).
"""

from dataclasses import dataclass

from extract.language_data import rule
from extract.period import SHORT_PARAGRAPH, date_expressions, event_period, opening_year, stated_dates

NEWS_DAYS = rule("en", "periods", "period.news_relative_day").pattern


@dataclass(frozen=True)
class StoryDates:
    """`written`: the date a news story was written ("2022-09-16" or "2022-09"), None for other documents;
    `carried`: per paragraph, the period it inherits from the paragraphs before it."""

    written: str | None
    carried: tuple[str | None, ...]


def written_date(texts: list[str], year: int | None) -> str | None:
    """The latest date of the document's year the texts state, when they date events by days relative to their own
    (a news story is written on or after the latest date it reports; a window counts by its last day only, as
    "in 2019-2022" or "the first half" says nothing of when the text was written); None for other documents."""
    if year is None or not any(NEWS_DAYS.search(text) for text in texts):
        return None
    ends = [period.split("..")[-1] for text in texts for _, _, period in stated_dates(text, year, opening_year(text))
            if ".." not in period or len(period) == 22]
    return max((end for end in ends if end.startswith(f"{year}-")), default=None)


def story_dates(texts: list[str], year: int | None) -> StoryDates:
    """The dates of a document whose paragraphs' texts are `texts` (in order): a paragraph inherits the last event
    date of the paragraph before it when that one is short, or what that one inherited when it is short and states
    no date at all."""
    written = written_date(texts, year)
    carried, inherited = [], None
    for text in texts:
        carried.append(inherited)
        own = event_period(text, year, written)
        dateless = len(text) <= SHORT_PARAGRAPH and not date_expressions(text, year, opening_year(text), written)
        inherited = own or (inherited if dateless else None)
    return StoryDates(written, tuple(carried))

