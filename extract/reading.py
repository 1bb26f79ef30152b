"""Reading a report: paragraphs, their section path, sentences, all as offsets into the text.

Paragraphs are the non-empty lines. Headings are recognised by report conventions:
"Section 1." / "Part II" / "Chapter 3" lines, "Round three" lines, lettered "A. TITLE" lines, all-capitals lines,
short title-case lines, lines marked "## " by level (how HTML headings reach the text), and run-in
headings ("Physical Conditions: ...") that open a paragraph.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from extract.heading_ranks import RANK_LETTER, RANK_RUN_IN, RANK_SUB, RANK_TOP
from extract.language_data import rule
from extract.mentions import find_mentions
from extract.languages import SUPPORTED, document_language, furniture_flags, language_of
from extract.ru.headings import heading_rank_ru
from extract.ru.sentences import split_sentences_ru
from extract.sentences import split_sentences


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    section: tuple[str, ...]
    is_heading: bool
    sentences: tuple[Sentence, ...]
    is_furniture: bool = False  # site navigation or sharing lines in another language than the report's
    run_in: str | None = None   # the run-in heading in `section`, if the last part is one
    language: str = "en"        # en, ru (read), kk (recognised, not read yet), other

    @property
    def is_read(self) -> bool:
        """Whether the extractor looks for figures in this paragraph."""
        return not self.is_heading and not self.is_furniture and self.language in SUPPORTED


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    year: int | None
    headings: tuple[str, ...] = field(default=())
    language: str = "en"        # the language of most of the text
    unread: tuple[tuple[str, int], ...] = ()  # (language, paragraphs) not read because the language is not supported
    published: str | None = None  # the day it was published ("2023-01-31"), when its caller knows it



_MARKED = re.compile(r"^(#{1,6})\s+(\S.*)$")
_NUMBERED = re.compile(r"^(?:Section|Part|Chapter)\s+(?:\d+|[IVXLC]+)\b[.:]?", re.IGNORECASE)
_LETTERED = re.compile(r"^[A-Z]\.\s+\S")
# "Round three", "Day one": a word and a number word alone on a line label a section.
_NUMBER_WORD_HEADING = rule("en", "names", "nonfigure.number_word_heading").pattern
_SENTENCE_END = re.compile(r"[.!?;,\"”’)]\s*$")
_RUN_IN = re.compile(r"^([A-Z][\w'’/-]*(?:[ ,]+[\w'’/-]+){0,7}):\s+\S")
# A flattened table row ("Detained | 1,234", cells split by tabs, "Region: 9") holds data, not a title.
_TABLE_ROW = re.compile(r"\||\t|(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d,. ]*%?\s*$")
_MINOR_WORDS = frozenset("a an and or of the in on to for with by at from as nor but".split())
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _bare(line: str) -> str:
    """A line without surrounding white space or a leading byte order mark."""
    return line.strip().lstrip("\ufeff")


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def _is_title_case(words: list[str]) -> bool:
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR_WORDS for w in words if w)


def marked_heading(line: str) -> tuple[int, str] | None:
    """(rank, title) of a heading marked by level ("## Section 1. Prisons"), else None."""
    m = _MARKED.match(_bare(line))
    return (len(m.group(1)) - 1, m.group(2).strip()) if m else None


def heading_rank(line: str) -> int | None:
    """The rank of a whole-line heading, or None when the line is body text."""
    s = _bare(line)
    marked = marked_heading(s)
    if marked:
        return marked[0]
    if len(s) > 200 or not _letters(s):
        return None
    if _NUMBERED.match(s):
        return RANK_TOP
    if _NUMBER_WORD_HEADING.match(s):
        return RANK_SUB
    if _SENTENCE_END.search(s) and not s.endswith(":"):
        return None
    if _TABLE_ROW.search(s):
        return None
    letters = _letters(s)
    if _LETTERED.match(s) and letters[1:].isupper():
        return RANK_LETTER
    words = re.findall(r"[\w'’&-]+", s)
    capitals = letters.isupper() and len(letters) > 2
    if capitals or len(words) <= 12 and _is_title_case(words) and not s.endswith(":"):
        return None if _headline_figure(s) else RANK_SUB
    return None


# A heading's own number ("3 Freedom of Expression", "2.1 Prisons") opens it with a short or dotted number.
_NUMBERED_OPENING = re.compile(r"\d{1,2}(?:\.\d+)*\.?\s")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")


def _headline_figure(line: str) -> bool:
    """Whether a line in capitals or title case is a news headline stating a figure ("Activist Gets 15 Days In Jail",
    "1035 JOURNALISTS KILLED"): a figure with its unit or the word it counts, not the number that opens a numbered
    heading. Such a line is read as text."""
    if _NUMBERED_OPENING.match(line):
        return False
    return any(m.unit != "count" or _WORD_AFTER.match(line, m.end) for m in find_mentions(line))


def run_in_heading(line: str) -> str | None:
    """The run-in heading that opens a paragraph ("Pretrial Detention: ..."), if any."""
    m = _RUN_IN.match(_bare(line))
    if not m:
        return None
    words = re.findall(r"[\w'’/-]+", m.group(1))
    return m.group(1) if _is_title_case(words) else None


def infer_year(text: str, headings: tuple[str, ...]) -> int | None:
    """The year a report covers: the year in its first heading that names one, else the year it names most."""
    for h in headings[:3]:
        m = _YEAR.search(h)
        if m:
            return int(m.group(1))
    counts = Counter(int(y) for y in _YEAR.findall(text))
    return counts.most_common(1)[0][0] if counts else None


def iter_lines(text: str):
    """(start, line) for every non-empty line: the paragraphs of the document."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def _line_languages(lines: list[str], main: str) -> list[str]:
    """Each line's language; a line without letters takes the language of the line before it."""
    out, previous = [], main
    for line in lines:
        previous = language_of(line) or previous
        out.append(previous)
    return out


def _sentence_spans(lines: list[str], languages: list[str]) -> list[list[tuple[int, int]]]:
    """Sentence offsets of every line, each split by the sentence rules of its language."""
    russian = [i for i, lang in enumerate(languages) if lang == "ru"]
    others = [i for i, lang in enumerate(languages) if lang != "ru"]
    spans: list[list[tuple[int, int]]] = [[] for _ in lines]
    for i, found in zip(others, split_sentences([lines[i] for i in others])):
        spans[i] = found
    for i in russian:
        spans[i] = split_sentences_ru(lines[i])
    return spans


def _unread(languages: list[str], flags: list[bool], ranks: list[int | None]) -> tuple[tuple[str, int], ...]:
    counts = Counter(lang for lang, furniture, rank in zip(languages, flags, ranks)
                     if lang not in SUPPORTED and not furniture and rank is None)
    return tuple(sorted(counts.items()))


def read_document(text: str, doc_id: str, year: int | None = None, published: str | None = None) -> Document:
    """Split a document into paragraphs with section paths, sentences and languages (`published`: the day it was
    published, when known)."""
    lines = list(iter_lines(text))
    bodies = [line for _, line in lines]
    main = document_language(bodies)
    languages = _line_languages(bodies, main)
    flags = furniture_flags(bodies, [language_of(line) for line in bodies], main)
    sentence_spans = _sentence_spans(bodies, languages)
    ranks = [None if furniture else heading_rank_ru(line) if lang in ("ru", "kk") else heading_rank(line)
             for line, lang, furniture in zip(bodies, languages, flags)]
    stack: list[tuple[int, str]] = []
    paragraphs = []
    headings = []
    for index, ((start, line), spans, furniture, rank, lang) in enumerate(
            zip(lines, sentence_spans, flags, ranks, languages)):
        if rank is not None:
            marked = marked_heading(line)
            title = marked[1] if marked else _bare(line)
            stack = [(r, h) for r, h in stack if r < rank] + [(rank, title)]
            headings.append(title)
        elif not furniture and lang == "en":
            run_in = run_in_heading(line)
            if run_in:
                stack = [(r, h) for r, h in stack if r < RANK_RUN_IN] + [(RANK_RUN_IN, run_in)]
        sentences = tuple(Sentence(start + s, start + e, line[s:e]) for s, e in spans)
        run_in_part = stack[-1][1] if stack and stack[-1][0] == RANK_RUN_IN else None
        paragraphs.append(Paragraph(index, start, start + len(line), line, tuple(h for _, h in stack),
                                    rank is not None, sentences, furniture, run_in_part, lang))
    headings_t = tuple(headings)
    if year is None:
        year = infer_year(text, headings_t)
    return Document(doc_id, text, tuple(paragraphs), year, headings_t, main, _unread(languages, flags, ranks),
                    published)

