"""Property tests on generated hostile text (number-dense grammars, Unicode digits, separators, brackets,
zero-width and bidi characters, huge lines) through every format path: the extractor never raises, every
offset lies inside the text and every mention is the text at its offsets."""

import json
from pathlib import Path

from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.formats import convert
from extract.loading import DocumentError
from extract.pipeline import extract_document

PIECES = [json.loads(line) for line in (Path(__file__).parent / "data" / "hostile_pieces.jsonl")
          .read_text(encoding="utf-8").splitlines()]
LATIN_PIECES = [p for p in PIECES if all(" " <= ch <= "\xff" or ch == "\n" for ch in p)]

fragments = st.one_of(st.sampled_from(PIECES), st.text(max_size=4))
hostile_text = st.lists(fragments, max_size=80).map("".join)
huge_line = st.tuples(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join),
                      st.integers(2_000, 20_000)).map(lambda t: (t[0].replace("\n", " ") * t[1])[:t[1]])
latin_text = st.lists(st.sampled_from(LATIN_PIECES), min_size=1, max_size=60).map("".join)

QUICK = settings(max_examples=100, deadline=15_000, suppress_health_check=[HealthCheck.too_slow])


def assert_sound(text: str, pages: list[int] | None = None) -> None:
    """Extract `text` and check every row's offsets and mention against it."""
    found = extract_document(text, "hostile", 2021, pages=pages)
    assert found.failures == []
    for row in found.rows:
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)
        assert text[row["char_start"]:row["char_end"]] == row["mention"]


def converted_or_refused(data: bytes | str, name: str, fmt: str | None = None):
    """The loader's text for `data`, or None when it refuses the input with a one-line DocumentError."""
    try:
        return convert(data, name, format=fmt)
    except DocumentError as err:
        assert "\n" not in str(err) and str(err).startswith(name)
        return None


@QUICK
@given(hostile_text)
def test_generated_text_never_raises_and_mentions_match_their_offsets(text):
    assert_sound(text)


@settings(max_examples=10, deadline=30_000, suppress_health_check=[HealthCheck.too_slow])
@given(huge_line)
def test_huge_single_lines_are_read_whole(text):
    assert_sound(text)


@QUICK
@given(hostile_text)
def test_text_files_in_any_encoding_go_through_the_loader(text):
    for data in (text.encode("utf-8", "surrogatepass"), text.encode("utf-16"), text.encode("cp1251", "replace")):
        converted = converted_or_refused(data, "hostile.txt")
        if converted:
            assert_sound(converted.text)


@QUICK
@given(hostile_text, hostile_text)
def test_html_pages_go_through_the_html_loader(heading, body):
    page = f"<!DOCTYPE html><html><head><title>{heading}</title></head><body><h1>{heading}</h1><p>{body}</p>" \
           f"<table><tr><td>{body}</td></tr></table></body></html>"
    converted = converted_or_refused(page.encode("utf-8", "surrogatepass"), "hostile.html")
    if converted:
        assert_sound(converted.text)


@settings(max_examples=25, deadline=15_000, suppress_health_check=[HealthCheck.too_slow])
@given(latin_text)
def test_pdf_files_go_through_the_pdf_loader(text):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 5, text)
    converted = converted_or_refused(bytes(pdf.output()), "hostile.pdf")
    if converted:
        assert converted.pages is None or all(0 <= p <= len(converted.text) for p in converted.pages)
        assert_sound(converted.text, converted.pages)
