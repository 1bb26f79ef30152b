"""From document text to figure rows: read the document, recognise figures paragraph by paragraph,
and add provenance (ids, sentence, paragraph, section, theme, page).

A paragraph that cannot be read is recorded as a failure and the document keeps its other figures; a
document that outruns its time budget raises DocumentError.
"""

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field

from extract.budget import Budget
from extract.loading import DocumentError
from extract.reading import Document, read_document
from extract.recognise import figures_in_paragraph
from extract.record import FIELDS, SECTION_SEPARATOR
from extract.themes import theme_for


@dataclass(frozen=True)
class Failure:
    """A paragraph whose figures could not be read, and why (one line)."""

    paragraph: int
    reason: str


@dataclass(frozen=True)
class Extraction:
    """The figure rows of a document and the paragraphs that could not be read."""

    rows: list[dict]
    failures: list[Failure] = field(default_factory=list)

    def note(self) -> str:
        """"" when every paragraph was read, else e.g. "1 paragraph could not be read"."""
        n = len(self.failures)
        return "" if n == 0 else f"{n} paragraph{'s' if n > 1 else ''} could not be read"


def figure_id(doc_id: str, start: int, end: int) -> str:
    """An id that stays the same across runs for the same document text and span."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def _sentence_of(paragraph, starts: list[int], start: int) -> str:
    """The text of the sentence holding document offset `start` (`starts`: where the paragraph's sentences
    start), else the paragraph's."""
    k = bisect_right(starts, start) - 1
    if k >= 0 and start < paragraph.sentences[k].end:
        return paragraph.sentences[k].text
    return paragraph.text


def one_line(err: Exception) -> str:
    """An exception as one line: its type and the first line of its message."""
    message = str(err).strip().splitlines()
    return f"{type(err).__name__}: {message[0]}" if message else type(err).__name__


def figures_of_document(doc: Document, pages: list[int] | None = None, budget: Budget | None = None) -> Extraction:
    """Every figure of a read document, as rows with the extract.record FIELDS, and the paragraphs that failed."""
    rows, failures = [], []
    for paragraph in doc.paragraphs:
        if budget:
            budget.check()
        if paragraph.is_heading or paragraph.is_furniture:
            continue
        section = SECTION_SEPARATOR.join(paragraph.section)
        run_in = frozenset([paragraph.run_in]) if paragraph.run_in else frozenset()
        theme = theme_for(paragraph.section, run_in)
        try:
            found = figures_in_paragraph(paragraph, doc.year, budget)
        except DocumentError:
            raise
        except Exception as err:  # a bug on one paragraph must not lose the document's other figures
            failures.append(Failure(paragraph.index, one_line(err)))
            continue
        starts = [sentence.start for sentence in paragraph.sentences]
        for fig in found:
            row = dict.fromkeys(FIELDS)
            row.update(fig)
            row.update(
                figure_id=figure_id(doc.doc_id, fig["char_start"], fig["char_end"]),
                doc_id=doc.doc_id,
                page=bisect_right(pages, fig["char_start"]) if pages else None,
                sentence=_sentence_of(paragraph, starts, fig["char_start"]),
                paragraph=paragraph.index,
                section=section,
                theme=theme,
            )
            rows.append(row)
    return Extraction(rows, failures)


def extract_document(text: str, doc_id: str, year: int | None = None, pages: list[int] | None = None,
                     max_seconds: float | None = None) -> Extraction:
    """Every figure of a document's text and the paragraphs that could not be read; `year` is the year the
    report covers (inferred when None), `pages` the offsets where each page starts, for paged formats, and
    `max_seconds` the time budget (DocumentError when it is spent)."""
    budget = Budget(doc_id, max_seconds)
    doc = read_document(text, doc_id, year)
    budget.check()
    return figures_of_document(doc, pages, budget)


def extract_text(text: str, doc_id: str, year: int | None = None, pages: list[int] | None = None) -> list[dict]:
    """Every figure of a document's text (extract_document's rows)."""
    return extract_document(text, doc_id, year, pages).rows
