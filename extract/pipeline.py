"""From document text to figure rows: read the document, recognise figures paragraph by paragraph,
and add provenance (ids, sentence, paragraph, section, theme, page)."""

import hashlib
from bisect import bisect_right

from extract.features import Context, list_heading
from extract.meaning_model import judge
from extract.reading import Document, read_document
from extract.recognise import rule_figures_in_paragraph
from extract.record import FIELDS, SECTION_SEPARATOR
from extract.ru.recognise import figures_in_paragraph_ru
from extract.themes import theme_for


# The recogniser of each language the extractor reads besides English, which the meaning model judges in batches.
OTHER_RECOGNISERS = {"ru": figures_in_paragraph_ru}


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


# Paragraphs whose figures the meaning model reads in one batch: batches keep the per-call cost of the model
# small beside the rules, and the memory of the features bounded on long documents.
BATCH_PARAGRAPHS = 200


def _rule_reading(doc: Document, paragraphs: list) -> list[list[tuple[dict, dict]]]:
    """(record, features) pairs of each of `paragraphs` as the rules alone read them."""
    lines = [p.text for p in doc.paragraphs]
    return [rule_figures_in_paragraph(p, doc.year, paragraph_context(doc, lines, p.index)) for p in paragraphs]


def _body(doc: Document) -> list:
    return [p for p in doc.paragraphs if p.is_read]


def rule_pairs(doc: Document) -> list[tuple[dict, dict]]:
    """(record, features) of every figure of a read document as the rules alone read it: what the meaning model
    learns from and `explain` shows."""
    english = [p for p in _body(doc) if p.language == "en"]
    return [pair for pairs in _rule_reading(doc, english) for pair in pairs]


def figures_of_document(doc: Document, pages: list[int] | None = None, use_model: bool = True) -> list[dict]:
    """Every figure of a read document, as rows with the extract.record FIELDS; without `use_model`, as the
    rules alone read them."""
    rows = []
    rows = []
    body = _body(doc)
    for first in range(0, len(body), BATCH_PARAGRAPHS):
        paragraphs = body[first:first + BATCH_PARAGRAPHS]
        english = [p for p in paragraphs if p.language == "en"]
        found = dict(zip((p.index for p in english), _rule_reading(doc, english)))
        pairs = [pair for paragraph_pairs in found.values() for pair in paragraph_pairs]
        judged = iter(judge(pairs) if use_model else [record for record, _ in pairs])
        for paragraph in paragraphs:
            figs = ([next(judged) for _ in found[paragraph.index]] if paragraph.index in found
                    else OTHER_RECOGNISERS[paragraph.language](paragraph, doc.year))
            rows.extend(_row(doc, paragraph, fig, pages) for fig in figs)
    return rows


def _row(doc: Document, paragraph, fig: dict, pages: list[int] | None) -> dict:
    """A figure's row: its record with ids and provenance."""
    run_in = frozenset([paragraph.run_in]) if paragraph.run_in else frozenset()
    row = dict.fromkeys(FIELDS)
    row.update(fig)
    row.update(
        figure_id=figure_id(doc.doc_id, fig["char_start"], fig["char_end"]),
        doc_id=doc.doc_id,
        page=bisect_right(pages, fig["char_start"]) if pages else None,
        sentence=_sentence_of(paragraph, fig["char_start"]),
        paragraph=paragraph.index,
        section=SECTION_SEPARATOR.join(paragraph.section),
        theme=theme_for(paragraph.section, run_in),
        language=paragraph.language,
    )
    return row


def unread_summary(doc: Document) -> str:
    """What was not read for its language, for a command's summary line: "12 paragraphs in Kazakh were not read"."""
    names = {"kk": "Kazakh"}
    return "; ".join(f"{n} paragraph{'s' if n != 1 else ''} in {names.get(lang, lang)} "
                     f"{'were' if n != 1 else 'was'} not read" for lang, n in doc.unread)


def extract_document(text: str, doc_id: str, year: int | None = None, pages: list[int] | None = None,
                     use_model: bool = True) -> tuple[list[dict], Document]:
    """Every figure of a document's text with the read document, whose `language` and `unread` paragraph
    counts a caller can show ("2 paragraphs in Kazakh were not read")."""
    doc = read_document(text, doc_id, year)
    return figures_of_document(doc, pages, use_model), doc


def extract_text(text: str, doc_id: str, year: int | None = None, pages: list[int] | None = None,
                 use_model: bool = True) -> list[dict]:
    """Every figure of a document's text; `year` is the year the report covers (inferred when None),
    `pages` the offsets where each page starts, for paged formats; `use_model` lets the meaning model judge."""
    return extract_document(text, doc_id, year, pages, use_model)[0]
