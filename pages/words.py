"""Text on the dashboard's pages: document text and metadata shown inert (HTML-escaped, st.html), counts in words,
and progress bars whose messages are Markdown-escaped (figures.markdown)."""

import html

import streamlit as st

from figures import queries
from figures.markdown import escape_markdown
from pages.store_access import store

NOTHING_MATCHES = ("none of the figures in scope matches the filters. Clear the theme or search filters, "
                   "or widen the documents, countries or years in the sidebar.")


def count_of(n: int, noun: str) -> str:
    """'1 figure', '2,341 figures'."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


# The space Streamlit leaves between two elements, kept between the lines of one safe_lines block.
LINE_GAP = "1rem"


def _text_html(text: str, small: bool, bold: bool, gap: str = "") -> str:
    style = ("font-size:0.85rem;color:#555;" if small else "") + (f"margin-bottom:{gap};" if gap else "")
    body = html.escape(str(text))
    if bold:
        body = f"<b>{body}</b>"
    return f'<div class="rf-text" style="{style}">{body}</div>'


def safe_text(text: str, *, small: bool = False, bold: bool = False) -> None:
    """Show text taken from documents or metadata as inert text (HTML-escaped)."""
    st.html(_text_html(text, small, bold))


def safe_lines(lines: list[tuple[str, str]]) -> None:
    """Several lines of document text or metadata, each ("text", "" or "bold" or "small"), as one inert element
    spaced as separate ones: a list of many short lines draws faster as one element each item than as one per line."""
    last = len(lines) - 1
    st.html("".join(_text_html(text, look == "small", look == "bold", "" if i == last else LINE_GAP)
                    for i, (text, look) in enumerate(lines)))


def intro(text: str) -> None:
    """The line under a page title saying what the page counts."""
    safe_text(text)


def highlighted_sentence(figure) -> None:
    """A figure's sentence with the figure marked, HTML-escaped."""
    before, mention, after = queries.sentence_parts(figure, store().document_text(figure["doc_id"]))
    st.html('<blockquote class="rf-sentence" style="font-size:1.05rem;border-left:4px solid #0072B2;'
            'padding-left:0.8rem;margin-left:0">' + html.escape(before)
            + '<mark style="background:#ffe08a;padding:0 2px">' + html.escape(mention) + "</mark>"
            + html.escape(after) + "</blockquote>")


def progress_bar(text: str):
    """A st.progress bar and a progress(fraction, message) callback that moves it, messages shown as text."""
    bar = st.progress(0.0, text=escape_markdown(text))

    def progress(fraction: float, message: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=escape_markdown(message))
    return bar, progress
