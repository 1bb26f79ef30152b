"""From an input's bytes (or pasted text) to document text and the metadata it states, whatever its format.

Formats: plain text (decoded by extract.loading), HTML (extract.html_text), PDF (extract.pdf_text).
"""

import os
import re
import stat
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable

from extract import loading
from extract.html_text import html_to_text
from extract.loading import DocumentError, decode_bytes, normalize_newlines
from extract.pdf_text import pdf_to_text

FORMATS = ("text", "html", "pdf")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_TITLE_LINE_MAX = 200


@dataclass(frozen=True)
class Converted:
    text: str
    format: str                  # one of FORMATS
    pages: list[int] | None      # page start offsets for PDFs
    title: str | None            # as the document states it
    year: int | None             # the year its title names
    publisher: str | None


def detect_format(data: bytes, name: str, content_type: str | None = None) -> str:
    """'pdf', 'html' or 'text', from the bytes first, then the server's content type, then the file name."""
    head = data[:2048]
    suffix = PurePath(str(name)).suffix.lower()
    if b"%PDF-" in data[:1024] or suffix == ".pdf" or content_type == "application/pdf":
        return "pdf"
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")) or suffix in (".html", ".htm", ".xhtml") \
            or (content_type or "").endswith("html"):
        return "html"
    return "text"


def year_in(title: str | None) -> int | None:
    """The year a title names ('2020 Country Reports ...' -> 2020), if it names exactly one."""
    years = set(_YEAR.findall(title or ""))
    return int(years.pop()) if len(years) == 1 else None


def title_of_text(text: str) -> str | None:
    """A plain text's title: among its first lines, the first that names a year, else the first line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:5]
    lines = [line for line in lines if len(line) <= _TITLE_LINE_MAX and any(ch.isalpha() for ch in line)]
    with_year = [line for line in lines if _YEAR.search(line)]
    return (with_year or lines or [None])[0]


def convert(data: bytes | str, name: str, format: str | None = None, content_type: str | None = None,
            max_bytes: int | None = None, progress: Callable[[float, str], None] | None = None) -> Converted:
    """Document text and stated metadata of an input; DocumentError (one line naming `name`) when unusable.

    `data` as str is pasted text (or HTML when format='html'); bytes are a file's or a download's content.
    """
    max_bytes = loading.MAX_BYTES if max_bytes is None else max_bytes
    if format is not None and format not in FORMATS:
        raise DocumentError(name, f"unknown format {format!r} (known: {', '.join(FORMATS)})")
    if isinstance(data, str):
        if format == "pdf":
            raise DocumentError(name, "a PDF must be given as bytes, not text")
        data_size = len(data.encode("utf-8"))
    else:
        data_size = len(data)
    if not data.strip():
        raise DocumentError(name, "the file is empty")
    if data_size > max_bytes:
        raise DocumentError(name, f"the file is {data_size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit")
    fmt = format or ("text" if isinstance(data, str) else detect_format(data, name, content_type))
    if fmt == "pdf":
        pdf = pdf_to_text(data, name, progress)
        title = pdf.title or title_of_text(pdf.text)
        return Converted(pdf.text, "pdf", pdf.pages, title, year_in(title), None)
    if fmt == "html":
        page = html_to_text(data, name)
        return Converted(page.text, "html", None, page.title, year_in(page.title), page.publisher)
    text = normalize_newlines(data) if isinstance(data, str) else decode_bytes(data, name)
    if not any(ch.isalpha() for ch in text):
        raise DocumentError(name, "the file has no text (no letters at all)")
    title = title_of_text(text)
    return Converted(text, "text", None, title, year_in(title), None)


def read_file_bytes(path, max_bytes: int | None = None) -> bytes:
    """A document file's bytes, refusing (DocumentError) a missing path, a folder, a device, pipe or socket
    (reading one may never end) or a file over the size limit."""
    max_bytes = loading.MAX_BYTES if max_bytes is None else max_bytes
    p = PurePath(path)
    try:
        if not stat.S_ISREG(os.stat(p).st_mode) and not os.path.isdir(p):
            raise DocumentError(path, "is a device, pipe or socket, not a file")
        with open(p, "rb") as f:
            data = f.read(max_bytes + 1)
            size = max(os.fstat(f.fileno()).st_size, len(data))
            if size > max_bytes:
                raise DocumentError(path, f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit")
            return data
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except IsADirectoryError:
        raise DocumentError(path, "is a folder, not a file") from None
    except OSError as err:
        raise DocumentError(path, f"cannot be read ({err.strerror or err})") from None
