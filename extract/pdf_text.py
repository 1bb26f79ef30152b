"""The text of a PDF via pypdf, with the offset where each page starts so figures can cite 'p. 12'.

Lines wrapped by the page width are joined back into paragraphs (the reader takes one line as one
paragraph), also across page breaks; short lines (headings, paragraph ends) keep their line break.
Page numbers and running headers or footers repeated on many pages are dropped.
"""

import io
import re
from dataclasses import dataclass
from typing import Callable

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError

from extract.loading import DocumentError

# A line at least this share of the page's typical full line is taken to be wrapped, not ended,
# unless it ends a sentence and is shorter than FULL_SHARE of a full line.
WRAPPED_SHARE = 0.75
FULL_SHARE = 0.9
_HYPHENATED = re.compile(r"[a-z]-$")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)]$")
_PAGE_NUMBER = re.compile(r"(?i)^(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$")


@dataclass(frozen=True)
class PdfText:
    text: str
    pages: list[int]     # offset in text where each page starts; pages[0] == 0
    title: str | None    # from the PDF's own metadata, when it states a real one


def _full_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines if line)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _wrapped(line: str, width: int) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    if len(line) < WRAPPED_SHARE * width or (letters and all(ch.isupper() for ch in letters)):
        return False
    return not (_ENDS_SENTENCE.search(line) and len(line) < FULL_SHARE * width)


def _joins(previous: str, line: str, width: int) -> bool:
    if not previous:
        return False
    caps = [ch for ch in previous if ch.isalpha()]
    if caps and all(ch.isupper() for ch in caps):  # a capitals heading continues only in capitals
        return len(previous) >= WRAPPED_SHARE * width and line.upper() == line
    return _wrapped(previous, width) or line[:1].islower()


def _page_lines(page_text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in page_text.split("\n")]


def _furniture(pages: list[list[str]]) -> set[str]:
    """Running headers and footers: lines at a page's top or bottom repeated on many pages (digits ignored)."""
    counts: dict[str, int] = {}
    for lines in pages:
        edge = [line for line in lines if line]
        for key in {_shape(line) for line in edge[:3] + edge[-3:]}:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, n in counts.items() if n >= max(3, len(pages) / 2)}


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def _strip_furniture(lines: list[str], repeated: set[str]) -> list[str]:
    """A page's lines without page numbers and running headers or footers at its top and bottom."""
    def is_furniture(line: str) -> bool:
        return bool(_PAGE_NUMBER.match(line)) or _shape(line) in repeated
    content = [i for i, line in enumerate(lines) if line]
    keep = set(content)
    for order in (content[:3], content[::-1][:3]):
        for i in order:
            if not is_furniture(lines[i]):
                break
            keep.discard(i)
    return [line for i, line in enumerate(lines) if i in keep or not line]


def reflow(page: str) -> str:
    """One page's text with the lines the layout wrapped joined into one line per paragraph."""
    text, _ = reflow_pages([_page_lines(page)])
    return text


def reflow_pages(pages: list[list[str]]) -> tuple[str, list[int]]:
    """The text of all pages, one paragraph per line with blank lines between (paragraphs may run on
    across a page break), and the offset where each page starts in it."""
    width = _full_width([line for lines in pages for line in lines])
    paragraphs: list[str] = []
    starts: list[tuple[int, int]] = []  # (paragraph index, offset in it) of each page's first line
    previous = ""
    for lines in pages:
        starts.append((len(paragraphs) - 1, len(paragraphs[-1])) if paragraphs else (0, 0))
        first = True
        for line in lines:
            if not line:
                previous = ""
                continue
            joins = _joins(previous, line, width)
            if joins and _HYPHENATED.search(previous) and line[:1].islower():
                paragraphs[-1] = paragraphs[-1][:-1] + line
            elif joins:
                paragraphs[-1] += " " + line
            else:
                paragraphs.append(line)
            if first:
                starts[-1] = (len(paragraphs) - 1, len(paragraphs[-1]) - len(line))
                first = False
            previous = line
    offsets, position = [], 0
    for paragraph in paragraphs:
        offsets.append(position)
        position += len(paragraph) + 2
    page_starts = [offsets[i] + within if paragraphs else 0 for i, within in starts]
    return "\n\n".join(paragraphs), page_starts


def _real_title(title) -> str | None:
    title = str(title or "").strip()
    if not title or re.fullmatch(r"(?i)untitled|.*\.(docx?|pdf|rtf|odt)", title) or not re.search(r"[^\W\d_]", title):
        return None
    return title


def _reader(data: bytes, name: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(name, "the PDF is encrypted (password-protected); save an unprotected copy first")
        len(reader.pages)
    except (FileNotDecryptedError, DependencyError):
        raise DocumentError(name, "the PDF is encrypted (password-protected); save an unprotected copy first") from None
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, AttributeError, OSError) as err:
        raise DocumentError(name, f"not a readable PDF ({str(err) or type(err).__name__})") from None
    return reader


def pdf_to_text(data: bytes, name: str, progress: Callable[[float, str], None] | None = None) -> PdfText:
    """Text and page start offsets of a PDF; DocumentError when corrupt, encrypted or without a text layer."""
    reader = _reader(data, name)
    n = len(reader.pages)
    pages = []
    for i, page in enumerate(reader.pages):
        try:
            pages.append(_page_lines(page.extract_text() or ""))
        except Exception as err:  # pypdf raises many types on damaged content streams
            raise DocumentError(name, f"page {i + 1} cannot be read ({type(err).__name__})") from None
        if progress:
            progress((i + 1) / n, f"Reading page {i + 1} of {n}")
    repeated = _furniture(pages)
    text, starts = reflow_pages([_strip_furniture(lines, repeated) for lines in pages])
    if not any(ch.isalpha() for ch in text):
        raise DocumentError(name, "the PDF has no text layer (scanned pages need OCR first)")
    try:
        title = _real_title(reader.metadata.title if reader.metadata else None)
    except (PdfReadError, ValueError, KeyError, TypeError):
        title = None
    return PdfText(text, starts, title)
