"""From document text to figure rows: read the document, recognise figures paragraph by paragraph,
and add provenance (ids, sentence, paragraph, section, theme, page)."""

import hashlib
from bisect import bisect_right

from extract.reading import Document, read_document
from extract.recognise import figures_in_paragraph
from extract.record import FIELDS, SECTION_SEPARATOR
from extract.ru.period import lede_periods_ru
from extract.ru.recognise import figures_in_paragraph_ru
from extract.themes import theme_for


def figure_id(doc_id: str, start: int, end: int) -> str:
    """An id that stays the same across runs for the same document text and span."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def _sentence_of(paragraph, start: int) -> str:
    for sentence in paragraph.sentences:
        if sentence.start <= start < sentence.end:
            return sentence.text
    return paragraph.text


def figures_of_document(doc: Document, pages: list[int] | None = None) -> list[dict]:
    """Every figure of a read document, as rows with the extract.record FIELDS."""
    rows = []
    ledes = lede_periods_ru(doc.paragraphs, doc.year)
    for paragraph in doc.paragraphs:
        if not paragraph.is_read:
            continue
        section = SECTION_SEPARATOR.join(paragraph.section)
        run_in = frozenset([paragraph.run_in]) if paragraph.run_in else frozenset()
        theme = theme_for(paragraph.section, run_in)
        found = figures_in_paragraph_ru(paragraph, doc.year, ledes.get(paragraph.index)) \
            if paragraph.language == "ru" else figures_in_paragraph(paragraph, doc.year)
        for fig in found:
            row = dict.fromkeys(FIELDS)
            row.update(fig)
            row.update(
                figure_id=figure_id(doc.doc_id, fig["char_start"], fig["char_end"]),
                doc_id=doc.doc_id,
                page=bisect_right(pages, fig["char_start"]) if pages else None,
                sentence=_sentence_of(paragraph, fig["char_start"]),
                paragraph=paragraph.index,
                section=section,
                theme=theme,
                language=paragraph.language,
            )
            rows.append(row)
    return rows


def unread_summary(doc: Document) -> str:
    """What was not read for its language, for a command's summary line: "12 paragraphs in Kazakh were not read"."""
    return describe_unread(doc.unread)


def describe_unread(unread: tuple[tuple[str, int], ...]) -> str:
    """(language, paragraphs) counts not read, in words: "12 paragraphs in Kazakh were not read"."""
    names = {"kk": "Kazakh"}
    return "; ".join(f"{n} paragraph{'s' if n != 1 else ''} in {names.get(lang, lang)} "
                     f"{'were' if n != 1 else 'was'} not read" for lang, n in unread)


def extract_document(text: str, doc_id: str, year: int | None = None,
                     pages: list[int] | None = None) -> tuple[list[dict], Document]:
    """Every figure of a document's text with the read document, whose `language` and `unread` paragraph
    counts a caller can show ("2 paragraphs in Kazakh were not read")."""
    doc = read_document(text, doc_id, year)
    return figures_of_document(doc, pages), doc


def extract_text(text: str, doc_id: str, year: int | None = None, pages: list[int] | None = None) -> list[dict]:
    """Every figure of a document's text; `year` is the year the report covers (inferred when None),
    `pages` the offsets where each page starts, for paged formats."""
    return extract_document(text, doc_id, year, pages)[0]
