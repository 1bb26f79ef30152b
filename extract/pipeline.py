"""From document text to figure rows: read the document, recognise figures paragraph by paragraph,
and add provenance (ids, sentence, paragraph, section, theme, page)."""

import hashlib
from bisect import bisect_right

from extract.features import Context, list_heading
from extract.reading import Document, read_document
from extract.recognise import figures_in_paragraph
from extract.record import FIELDS, SECTION_SEPARATOR
from extract.themes import theme_for


def figure_id(doc_id: str, start: int, end: int) -> str:
    """An id that stays the same across runs for the same document text and span."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def _sentence_of(paragraph, start: int) -> str:
    for sentence in paragraph.sentences:
        if sentence.start <= start < sentence.end:
            return sentence.text
    return paragraph.text


def paragraph_context(doc: Document, lines: list[str], index: int) -> Context:
    """What the meaning model reads outside paragraph `index` (of `lines`, the paragraphs' texts): its list
    heading, the previous paragraph, its section."""
    return Context(list_heading(lines, index), lines[index - 1] if index else "", doc.paragraphs[index].section)


def figures_of_document(doc: Document, pages: list[int] | None = None, use_model: bool = True) -> list[dict]:
    """Every figure of a read document, as rows with the extract.record FIELDS; without `use_model`, as the
    rules alone read them."""
    rows = []
    lines = [p.text for p in doc.paragraphs]
    for paragraph in doc.paragraphs:
        if paragraph.is_heading or paragraph.is_furniture:
            continue
        section = SECTION_SEPARATOR.join(paragraph.section)
        run_in = frozenset([paragraph.run_in]) if paragraph.run_in else frozenset()
        theme = theme_for(paragraph.section, run_in)
        for fig in figures_in_paragraph(paragraph, doc.year, paragraph_context(doc, lines, paragraph.index), use_model):
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
            )
            rows.append(row)
    return rows


def extract_text(text: str, doc_id: str, year: int | None = None, pages: list[int] | None = None,
                 use_model: bool = True) -> list[dict]:
    """Every figure of a document's text; `year` is the year the report covers (inferred when None),
    `pages` the offsets where each page starts, for paged formats; `use_model` lets the meaning model judge."""
    return figures_of_document(read_document(text, doc_id, year), pages, use_model)
