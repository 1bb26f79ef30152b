"""The main text of an HTML page, via trafilatura: navigation, menus and footers dropped,
headings kept as Markdown-style lines ("## Prisons") so the reader can build section paths."""

import re
from dataclasses import dataclass

import trafilatura
from lxml import etree

from extract.loading import DocumentError, normalize_newlines

_BLOCKS = frozenset({"p", "head", "list", "item", "table", "row", "quote", "code", "div"})


@dataclass(frozen=True)
class HtmlText:
    text: str
    title: str | None
    publisher: str | None
    date: str | None   # YYYY-MM-DD the page states (publication or update)


def _flat(el) -> str:
    return re.sub(r"\s+", " ", " ".join(el.itertext())).strip()


def _heading_level(el) -> int:
    m = re.fullmatch(r"h([1-6])", el.get("rend") or "")
    return int(m.group(1)) if m else 2


def _lines(el):
    """The lines of one block of trafilatura's XML: a heading, a paragraph, list items, table rows."""
    if el.tag == "head":
        text = _flat(el)
        if text:
            yield "#" * _heading_level(el) + " " + text
    elif el.tag == "table":
        for row in el.iter("row"):
            cells = [_flat(c) for c in row if c.tag == "cell"]
            if any(cells):
                yield " | ".join(cells)
    elif any(child.tag in _BLOCKS for child in el):
        if el.text and el.text.strip():
            yield re.sub(r"\s+", " ", el.text).strip()
        for child in el:
            yield from _lines(child)
            if child.tail and child.tail.strip():
                yield re.sub(r"\s+", " ", child.tail).strip()
    else:
        text = _flat(el)
        if text:
            yield text


def html_to_text(data: bytes | str, name: str) -> HtmlText:
    """The page's main text, one paragraph per line with blank lines between; DocumentError if there is none."""
    try:
        xml = trafilatura.extract(data, output_format="xml", include_tables=True, include_comments=False,
                                  include_formatting=False, include_links=False, include_images=False,
                                  favor_recall=True)
        meta = trafilatura.extract_metadata(data)
    except (ValueError, etree.LxmlError) as err:
        raise DocumentError(name, f"the HTML cannot be parsed ({err})") from None
    lines = []
    if xml:
        main = etree.fromstring(xml.encode("utf-8")).find("main")
        if main is not None:
            for block in main:
                lines.extend(_lines(block))
    text = normalize_newlines("\n\n".join(lines))
    if not any(ch.isalpha() for ch in text):
        raise DocumentError(name, "the HTML page has no main text")
    return HtmlText(text, meta.title if meta else None, meta.sitename if meta else None,
                    meta.date if meta else None)
