"""From document text to figure rows: read the document, recognise figures paragraph by paragraph,
and add provenance (ids, sentence, paragraph, section, theme, page) and who each penalty falls on.

A paragraph that cannot be read is recorded as a failure and the document keeps its other figures; a
document that outruns its time budget raises DocumentError.
"""

import gc
import hashlib
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, field

from extract.budget import Budget
from extract.document_topic import document_topic
from extract.features import Context, list_heading, short_lines_lead
from extract.loading import DocumentError
from extract.currency_eras import in_year_currency
from extract.countries_named import countries_named
from extract.local_currency import in_local_currency, local_currencies, paragraph_currencies
from extract.local_dollar import local_dollar, writes_bare_dollar
from extract.meaning_model import judge
from extract.period import as_written
from extract.reading import Document, read_document
from extract.recognise import rule_figures_in_paragraph
from extract.record import FIELDS, SECTION_SEPARATOR
from extract.ru.period import carried_periods_ru
from extract.ru.recognise import about_bribe_ru, figures_in_paragraph_ru, list_leads_ru
from extract.rule_confidence import rule_confidence
from extract.story_dates import StoryDates, story_dates
from extract.themes import theme_for
from extract.who import who_of


@dataclass(frozen=True)
class Failure:
    """A paragraph whose figures could not be read, and why (one line)."""

    paragraph: int
    reason: str


@dataclass(frozen=True)
class Extraction:
    """The figure rows of a document, the paragraphs that could not be read, and the read document (its
    `language`, and the paragraphs left `unread` for their language)."""

    rows: list[dict]
    failures: list[Failure] = field(default_factory=list)
    document: Document | None = None

    def note(self) -> str:
        """"" when every paragraph was read, else e.g. "1 paragraph could not be read"."""
        n = len(self.failures)
        return "" if n == 0 else f"{n} paragraph{'s' if n > 1 else ''} could not be read"


def figure_id(doc_id: str, start: int, end: int) -> str:
    """An id that stays the same across runs for the same document text and span."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def _sentence_of(paragraph, starts: list[int], start: int) -> tuple[int, str]:
    """Where the sentence holding document offset `start` starts, and its text (`starts`: where the paragraph's
    sentences start), else the paragraph's."""
    k = bisect_right(starts, start) - 1
    if k >= 0 and start < paragraph.sentences[k].end:
        return paragraph.sentences[k].start, paragraph.sentences[k].text
    return paragraph.start, paragraph.text


def one_line(err: Exception) -> str:
    """An exception as one line: its type and the first line of its message."""
    message = str(err).strip().splitlines()
    return f"{type(err).__name__}: {message[0]}" if message else type(err).__name__


def paragraph_context(doc: Document, lines: list[str], index: int, dates: StoryDates, topic: str = "") -> Context:
    """What the rules and the meaning model read outside paragraph `index` (of `lines`, the paragraphs' texts): its
    list heading, the previous paragraph, its section, the dates the document gives it (`dates`) and the document's
    `topic` (extract.document_topic)."""
    return Context(list_heading(lines, index), lines[index - 1] if index else "", doc.paragraphs[index].section,
                   dates.carried[index], dates.until, dates.written, dates.calendar, topic,
                   short_lines_lead(lines, index))


# Paragraphs whose figures the meaning model reads in one batch: batches keep the per-call cost of the model
# small beside the rules, and the memory of the features bounded on long documents.
BATCH_PARAGRAPHS = 200


def _body(doc: Document) -> list:
    return [p for p in doc.paragraphs if p.is_read]


def rule_pairs(doc: Document) -> list[tuple[dict, dict]]:
    """(record, features) of every English figure of a read document as the rules alone read it: what the
    meaning model learns from and `explain` shows."""
    lines = [p.text or "" for p in doc.paragraphs]
    dates = story_dates(doc.paragraphs, doc.year, doc.published)
    topic = document_topic(lines)
    return [pair for p in _body(doc) if p.language == "en"
            for pair in rule_figures_in_paragraph(p, doc.year, paragraph_context(doc, lines, p.index, dates, topic))]


def _read(doc: Document, paragraph, lines: list[str], ledes: dict, leads: dict, dates: StoryDates | None,
          topic: str, budget: Budget | None, about_bribe: bool):
    """A paragraph's figures: (record, features) pairs for English, which the model judges later, else records
    with their rules' confidence (`ledes`: the periods a Russian document's lede or opening window gives its later paragraphs, `leads`: the
    categories the lead of a list gives its Russian items; `about_bribe`: whether a Russian story tells of a bribe;
    `dates`: those of a document with paragraphs read as English, None for one without)."""
    if paragraph.language == "ru":
        return [dict(fig, confidence=rule_confidence("ru", fig["rules"])) for fig in
                figures_in_paragraph_ru(paragraph, doc.year, ledes.get(paragraph.index), leads.get(paragraph.index),
                                        about_bribe)]
    return rule_figures_in_paragraph(paragraph, doc.year, paragraph_context(doc, lines, paragraph.index, dates, topic),
                                     budget)


def figures_of_document(doc: Document, pages: list[int] | None = None, budget: Budget | None = None,
                        use_model: bool = True) -> Extraction:
    """Every figure of a read document, as rows with the extract.record FIELDS, and the paragraphs that failed;
    without `use_model`, English figures as the rules alone read them."""
    rows, failures = [], []
    body = _body(doc)
    lines = [p.text or "" for p in doc.paragraphs]
    ledes = carried_periods_ru(doc.paragraphs, doc.year, doc.published)
    leads = list_leads_ru(doc.paragraphs, doc.year)
    about_bribe = about_bribe_ru(doc.paragraphs)
    # A document's dates and topic are read by the paragraphs read as English only (paragraph_context).
    english = any(paragraph.language != "ru" for paragraph in body)
    dates = story_dates(doc.paragraphs, doc.year, doc.published) if english else None
    topic = document_topic(lines) if english else ""
    dollar, currencies, currencies_ru = _document_currencies("\n".join(lines), doc.year)
    for first in range(0, len(body), BATCH_PARAGRAPHS):
        read = []
        for paragraph in body[first:first + BATCH_PARAGRAPHS]:
            if budget:
                budget.check()
            try:
                found = _read(doc, paragraph, lines, ledes, leads, dates, topic, budget, about_bribe)
                read.append((paragraph, found))
            except DocumentError:
                raise
            except Exception as err:  # a bug on one paragraph must not lose the document's other figures
                failures.append(Failure(paragraph.index, one_line(err)))
        pairs = [pair for paragraph, found in read if paragraph.language == "en" for pair in found]
        judged = iter(judge(pairs) if use_model else [record for record, _ in pairs])
        for paragraph, found in read:
            figs = [in_year_currency(fig, doc.year) for fig in
                    (_in_story_currency(paragraph, [in_local_dollar(next(judged), dollar) for _ in found], currencies)
                     if paragraph.language == "en"
                     else _in_story_currency(paragraph, found, currencies_ru, "ru"))]
            starts = [sentence.start for sentence in paragraph.sentences]
            place = _place(paragraph)
            rows.extend(_row(doc, paragraph, starts, place, fig, pages) for fig in figs)
    return Extraction(rows, failures, doc)


def _document_currencies(text: str, year: int | None) -> tuple[str | None, dict[str, str], dict[str, str]]:
    """The dollar a document's bare "$" means and the currencies of its shared signs, English and Russian, read from
    its whole `text` (joined once, and not held while its paragraphs are read)."""
    named = countries_named(text)
    return local_dollar(text, named, year), local_currencies(named), local_currencies(countries_named(text, "ru"), "ru")


def _in_story_currency(paragraph, found: list[dict], document: dict[str, str], language: str = "en") -> list[dict]:
    """A paragraph's figures in the currency of the country the paragraph, else the document, names most for each
    shared currency name ("манат" in a story about Turkmenistan is TMT; "dinars" in the paragraph of a page of
    stories that tells of Algeria are Algerian)."""
    if not any(fig["kind"] == "money" for fig in found):
        return found
    spans = [(fig["char_start"] - paragraph.start, fig["char_end"] - paragraph.start) for fig in found]
    local = paragraph_currencies(paragraph.text, spans, document, language)
    return [in_local_currency(fig, local, language) for fig in found]


def in_local_dollar(fig: dict, dollar: str | None) -> dict:
    """A figure whose amount a bare "$" writes, in the document's own dollar when that is not the US one."""
    if dollar and fig["unit"] == "USD" and writes_bare_dollar(fig["mention"]):
        return {**fig, "unit": dollar}
    return fig


def _place(paragraph) -> dict:
    """The provenance a paragraph gives each of its figures' rows: its index, section, theme and language."""
    run_in = frozenset([paragraph.run_in]) if paragraph.run_in else frozenset()
    return {"paragraph": paragraph.index, "section": SECTION_SEPARATOR.join(paragraph.section),
            "theme": theme_for(paragraph.section, run_in), "language": paragraph.language}


def _row(doc: Document, paragraph, starts: list[int], place: dict, fig: dict, pages: list[int] | None) -> dict:
    """A figure's row: its record with ids and provenance (`starts`: where the paragraph's sentences start;
    `place`: the paragraph's own provenance)."""
    row = dict.fromkeys(FIELDS)
    row.update(fig)
    begins, sentence = _sentence_of(paragraph, starts, fig["char_start"])
    row.update(
        figure_id=figure_id(doc.doc_id, fig["char_start"], fig["char_end"]),
        doc_id=doc.doc_id,
        page=bisect_right(pages, fig["char_start"]) if pages else None,
        sentence=sentence,
        who=who_of(sentence, fig["char_start"] - begins, fig["char_end"] - begins, fig["category"],
                   paragraph.language),
        period=as_written(fig["period"]),
        **place,
    )
    return row


def unread_summary(doc: Document) -> str:
    """What was not read for its language, for a command's summary line: "12 paragraphs in Kazakh were not read"."""
    return describe_unread(doc.unread)


def describe_unread(unread: tuple[tuple[str, int], ...]) -> str:
    """(language, paragraphs) counts not read, in words: "12 paragraphs in Kazakh were not read"."""
    names = {"kk": "Kazakh"}
    return "; ".join(f"{n} paragraph{'s' if n != 1 else ''} in {names.get(lang, lang)} "
                     f"{'were' if n != 1 else 'was'} not read" for lang, n in unread)


@contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector (if it runs) while a document is read: extraction makes many small
    objects that live to its end and no reference cycles, so collecting as it goes only rescans them (a fifth of
    the time on number-dense text); reference counting still frees the rest at once."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def extract_document(text: str, doc_id: str, year: int | None = None, pages: list[int] | None = None,
                     max_seconds: float | None = None, use_model: bool = True,
                     published: str | None = None) -> Extraction:
    """Every figure of a document's text, the paragraphs that could not be read and the read document; `year` is
    the year the report covers (inferred when None), `pages` the offsets where each page starts, for paged
    formats, `max_seconds` the time budget (DocumentError when it is spent), `use_model` lets the meaning model
    judge, `published` the day the document was published ("2023-01-31"), when its caller knows it."""
    budget = Budget(doc_id, max_seconds)
    with _collector_paused():
        doc = read_document(text, doc_id, year, published)
        budget.check()
        return figures_of_document(doc, pages, budget, use_model)


def extract_text(text: str, doc_id: str, year: int | None = None, pages: list[int] | None = None,
                 use_model: bool = True, published: str | None = None) -> list[dict]:
    """Every figure of a document's text (extract_document's rows)."""
    return extract_document(text, doc_id, year, pages, use_model=use_model, published=published).rows
