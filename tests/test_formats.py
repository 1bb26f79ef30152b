"""Turning HTML pages and PDFs into document text: main text only, headings kept, pages located,
and every unusable input refused with a one-line message naming it.

The fixtures are built here from an excerpt of the bundled report (and are imported by the other
ingestion tests)."""

import html
from pathlib import Path

import pytest
from fpdf import FPDF

from extract.formats import convert, detect_format, title_of_text, year_in
from extract.html_text import html_to_text
from extract.loading import DocumentError
from extract.pdf_text import pdf_to_text, reflow

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "kazakhstan-2020-country-report.txt"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def seed_paragraphs(n: int = 40) -> list[str]:
    """The first n non-empty lines of the bundled report from its first numbered section on."""
    text = SEED.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Section 1"))
    return lines[start:start + n]


def seed_title() -> str:
    return next(line.strip() for line in SEED.read_text(encoding="utf-8").split("\n") if "Country Reports" in line)


def is_heading(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return line.startswith("Section") or all(ch.isupper() for ch in letters)


def make_html(paragraphs: list[str], title: str) -> str:
    """A news-site page: navigation, cookie banner and footer around an article with headings."""
    body = []
    for line in paragraphs:
        tag = "h2" if is_heading(line) else "p"
        body.append(f"<{tag}>{html.escape(line)}</{tag}>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Rights Watchers</title>
<meta property="og:site_name" content="Rights Watchers"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">Latest news</a></li><li><a href="/donate">Donate now</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<main><article><h1>{html.escape(title)}</h1>
{chr(10).join(body)}
</article></main>
<footer><p>Subscribe to our newsletter for weekly updates.</p><p>Copyright Rights Watchers. All rights reserved.</p></footer>
</body></html>"""


def make_pdf(paragraphs: list[str], title: str | None = None, password: str | None = None) -> bytes:
    """A justified A4 PDF of the paragraphs, several pages long, with a bold title line."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    if title:
        pdf.set_title(title)
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for line in paragraphs:
        pdf.multi_cell(0, 6, line, align="L" if is_heading(line) else "J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def test_html_main_text_keeps_article_and_drops_navigation_banner_and_footer():
    paragraphs = seed_paragraphs(12)
    page = html_to_text(make_html(paragraphs, seed_title()), "page.html")
    for line in paragraphs:
        if not is_heading(line):
            assert line in page.text.split("\n")
    for boilerplate in ("Donate now", "Latest news", "cookies", "newsletter", "All rights reserved"):
        assert boilerplate not in page.text


def test_html_headings_become_their_own_lines_with_their_level():
    paragraphs = seed_paragraphs(12)
    page = html_to_text(make_html(paragraphs, seed_title()), "page.html")
    lines = page.text.split("\n")
    assert lines[0] == "# " + seed_title()
    headings = [line for line in paragraphs if is_heading(line)]
    assert headings, "the excerpt must contain headings"
    for heading in headings:
        assert "## " + heading in lines
    positions = [lines.index("## " + h) for h in headings]
    assert positions == sorted(positions)


def test_html_title_publisher_and_year_are_taken_from_the_page():
    doc = convert(make_html(seed_paragraphs(8), seed_title()).encode("utf-8"), "page.html")
    assert doc.format == "html"
    assert doc.title.startswith(seed_title())
    assert doc.publisher == "Rights Watchers"
    assert doc.year == year_in(seed_title()) is not None


def test_html_in_a_declared_legacy_encoding_is_decoded():
    sentence = "Суд оштрафовал газету на 500 000 тенге за публикацию статьи о коррупции в акимате."
    page = f"""<html><head><meta charset="windows-1251"><title>Отчёт</title></head><body><article>
    <h1>Отчёт о свободе слова</h1><p>{sentence}</p><p>{sentence}</p></article></body></html>"""
    doc = convert(page.encode("cp1251"), "otchet.html")
    assert sentence in doc.text


def test_html_page_without_main_text_is_refused_naming_the_file():
    page = "<html><head><title>Loading</title></head><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"
    with pytest.raises(DocumentError) as err:
        convert(page.encode(), "empty-page.html")
    assert str(err.value).startswith("empty-page.html: ")
    assert "no main text" in str(err.value)
    assert "\n" not in str(err.value)


def test_pdf_wrapped_lines_and_page_breaks_are_joined_so_every_paragraph_reads_whole():
    paragraphs = seed_paragraphs(40)
    pdf = pdf_to_text(make_pdf(paragraphs), "report.pdf")
    assert len(pdf.pages) >= 3
    assert pdf.pages[0] == 0 and pdf.pages == sorted(pdf.pages)
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in pdf.text


def test_pdf_headings_keep_a_line_of_their_own():
    paragraphs = seed_paragraphs(40)
    lines = pdf_to_text(make_pdf(paragraphs), "report.pdf").text.split("\n")
    headings = [p for p in paragraphs if is_heading(p)]
    assert len(headings) >= 3
    for heading in headings:
        assert " ".join(heading.split()) in lines


def test_pdf_page_offsets_locate_each_paragraph_on_its_page():
    paragraphs = seed_paragraphs(40)
    pdf = pdf_to_text(make_pdf(paragraphs), "report.pdf")
    ends = pdf.pages[1:] + [len(pdf.text)]
    last = paragraphs[-1]
    offset = pdf.text.rindex(last[:60])
    page = max(i for i, start in enumerate(pdf.pages) if start <= offset)
    assert page == len(pdf.pages) - 1
    assert pdf.text[pdf.pages[page]:ends[page]].count(last[:60]) == 1


def test_pdf_title_comes_from_its_metadata():
    doc = convert(make_pdf(seed_paragraphs(5), title=seed_title()), "report.pdf")
    assert doc.format == "pdf"
    assert doc.title == seed_title()
    assert doc.year == year_in(seed_title())


def test_encrypted_pdf_is_refused_naming_the_file():
    data = make_pdf(seed_paragraphs(5), password="secret")
    with pytest.raises(DocumentError) as err:
        convert(data, "locked.pdf")
    assert str(err.value).startswith("locked.pdf: ") and "encrypted" in str(err.value)


def test_truncated_pdf_is_refused_naming_the_file():
    data = make_pdf(seed_paragraphs(10))
    with pytest.raises(DocumentError) as err:
        convert(data[: len(data) // 3], "broken.pdf")
    assert str(err.value).startswith("broken.pdf: ")
    assert "\n" not in str(err.value)


def test_pdf_without_a_text_layer_is_refused():
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    with pytest.raises(DocumentError) as err:
        convert(bytes(pdf.output()), "scan.pdf")
    assert "no text layer" in str(err.value)


def test_file_named_pdf_that_is_not_a_pdf_is_refused():
    with pytest.raises(DocumentError) as err:
        convert(b"This is only a text file with a wrong name.", "notes.pdf")
    assert str(err.value).startswith("notes.pdf: not a readable PDF")


def test_reflow_joins_wrapped_lines_but_keeps_headings_and_short_paragraph_ends():
    page = "\n".join([
        "B. DISAPPEARANCE",
        "There were no reports of disappearances by or on behalf of government authorities",
        "during the year, according to human rights groups.",
        "Prison Conditions",
        "Prison conditions were generally harsh and sometimes life threatening, and",
        "facilities did not meet international standards.",
    ])
    assert reflow(page).split("\n\n") == [
        "B. DISAPPEARANCE",
        "There were no reports of disappearances by or on behalf of government authorities "
        "during the year, according to human rights groups.",
        "Prison Conditions",
        "Prison conditions were generally harsh and sometimes life threatening, and "
        "facilities did not meet international standards.",
    ]


def test_reflow_rejoins_a_word_hyphenated_at_the_line_end():
    page = ("The court sentenced the former director of the regional detention facility to seven\n"
            "years in prison for abuse of office and the systematic mistreat-\n"
            "ment of inmates.")
    assert "systematic mistreatment of inmates." in reflow(page)


def test_format_is_told_from_the_bytes_before_the_name():
    assert detect_format(b"%PDF-1.7\n...", "report.txt") == "pdf"
    assert detect_format(b"<!DOCTYPE html><html><body>x</body></html>", "download") == "html"
    assert detect_format(b"\xef\xbb\xbf<html><body>x</body></html>", "page") == "html"
    assert detect_format(b"Plain report text.", "report") == "text"
    assert detect_format(b"Plain report text.", "download", content_type="text/html") == "html"


def test_binary_file_is_refused_naming_the_file():
    with pytest.raises(DocumentError) as err:
        convert(bytes(range(256)) * 40, "photo.jpg")
    assert str(err.value) == "photo.jpg: the file is binary, not text"


def test_empty_upload_is_refused():
    with pytest.raises(DocumentError) as err:
        convert(b"", "upload.txt")
    assert str(err.value) == "upload.txt: the file is empty"


def test_file_over_the_size_limit_is_refused_before_reading_it():
    with pytest.raises(DocumentError) as err:
        convert(b"Police detained 12 people. " * 100, "big.txt", max_bytes=1000)
    assert "over the" in str(err.value) and str(err.value).startswith("big.txt: ")


def test_plain_text_title_is_the_first_line_naming_a_year():
    text = "Press release\n\nAnnual Report on Detention 2019\n\nIn 2019 the monitors visited 40 prisons."
    assert title_of_text(text) == "Annual Report on Detention 2019"
    doc = convert(text.encode(), "report.txt")
    assert (doc.format, doc.title, doc.year) == ("text", "Annual Report on Detention 2019", 2019)
