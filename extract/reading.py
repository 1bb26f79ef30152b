"""Reading a report: paragraphs, their section path, sentences, all as offsets into the text.

Paragraphs are the non-empty lines. Headings are recognised by report conventions:
"Section 1." / "Part II" / "Chapter 3" lines, lettered "A. TITLE" lines, all-capitals lines,
short title-case lines, lines marked "## " by level (how HTML headings reach the text), and run-in
headings ("Physical Conditions: ...") that open a paragraph.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

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
    is_furniture: bool = False  # site navigation or sharing lines in another script than the report's
    run_in: str | None = None   # the run-in heading in `section`, if the last part is one


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    year: int | None
    headings: tuple[str, ...] = field(default=())


# Heading ranks: a heading closes every open heading of the same or a lower rank. Numbered
# ("Section 2.") and lettered ("A. TITLE") headings outrank unnumbered capital or title-case ones.
# Marked headings ("#" to "######") take ranks 0 to 5; run-in headings are always deepest.
RANK_TOP, RANK_LETTER, RANK_SUB, RANK_RUN_IN = 0, 1, 2, 9

_MARKED = re.compile(r"^(#{1,6})\s+(\S.*)$")
_NUMBERED = re.compile(r"^(?:Section|Part|Chapter)\s+(?:\d+|[IVXLC]+)\b[.:]?", re.IGNORECASE)
_LETTERED = re.compile(r"^[A-Z]\.\s+\S")
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
    if _SENTENCE_END.search(s) and not s.endswith(":"):
        return None
    if _TABLE_ROW.search(s):
        return None
    letters = _letters(s)
    if _LETTERED.match(s) and letters[1:].isupper():
        return RANK_LETTER
    if letters.isupper() and len(letters) > 2:
        return RANK_SUB
    words = re.findall(r"[\w'’&-]+", s)
    if len(words) <= 12 and _is_title_case(words) and not s.endswith(":"):
        return RANK_SUB
    return None


def run_in_heading(line: str) -> str | None:
    """The run-in heading that opens a paragraph ("Pretrial Detention: ..."), if any."""
    m = _RUN_IN.match(_bare(line))
    if not m:
        return None
    words = re.findall(r"[\w'’/-]+", m.group(1))
    return m.group(1) if _is_title_case(words) else None


def _script(text: str) -> str:
    letters = _letters(text)
    latin = sum(1 for ch in letters if ch < "\u0250")
    return "latin" if latin * 2 >= len(letters) else "other"


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


def read_document(text: str, doc_id: str, year: int | None = None) -> Document:
    """Split a document into paragraphs with section paths and sentences."""
    main_script = _script(text)
    lines = list(iter_lines(text))
    sentence_spans = split_sentences([line for _, line in lines])
    stack: list[tuple[int, str]] = []
    paragraphs = []
    headings = []
    for index, ((start, line), spans) in enumerate(zip(lines, sentence_spans)):
        furniture = _script(line) != main_script
        rank = None if furniture else heading_rank(line)
        if rank is not None:
            marked = marked_heading(line)
            title = marked[1] if marked else _bare(line)
            stack = [(r, h) for r, h in stack if r < rank] + [(rank, title)]
            headings.append(title)
        elif not furniture:
            run_in = run_in_heading(line)
            if run_in:
                stack = [(r, h) for r, h in stack if r < RANK_RUN_IN] + [(RANK_RUN_IN, run_in)]
        sentences = tuple(Sentence(start + s, start + e, line[s:e]) for s, e in spans)
        run_in_part = stack[-1][1] if stack and stack[-1][0] == RANK_RUN_IN else None
        paragraphs.append(Paragraph(index, start, start + len(line), line, tuple(h for _, h in stack),
                                    rank is not None, sentences, furniture, run_in_part))
    headings_t = tuple(headings)
    if year is None:
        year = infer_year(text, headings_t)
    return Document(doc_id, text, tuple(paragraphs), year, headings_t)

