"""`python -m extract ingest`: files of every format into the store, metadata from the document or the
command line, one-line errors for bad input with the store unchanged, and progress to the end."""

import subprocess
import sys

import pytest

from extract.store_commands import ingest as main
from figures.ingest import ingest, open_store
from figures.store import Store
from test_formats import ROOT, make_html, make_pdf, seed_paragraphs, seed_title
from test_store import SECOND_REPORT, copy_store, snapshot


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "figures.sqlite"
    open_store(path)
    return path


@pytest.fixture
def db(seeded_file, tmp_path):
    return copy_store(seeded_file, tmp_path / "figures.sqlite")


BAD_INPUTS = {
    "broken.pdf": (lambda: make_pdf(seed_paragraphs(10))[:2000], "not a readable PDF"),
    "locked.pdf": (lambda: make_pdf(seed_paragraphs(5), password="secret"), "encrypted"),
    "menu-only.html": (lambda: b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no main text"),
    "photo.jpg": (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20, "binary"),
    "empty.txt": (lambda: b"", "empty"),
    "report-sjis.txt": (lambda: "警察は45人を拘束した。報告書によると、".encode("shift_jis") * 20, "not UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_naming_the_file_and_the_store_is_unchanged(name, db, tmp_path, capsys):
    make, reason = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(make())
    before = snapshot(db)
    assert main(["--db", str(db), str(path)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {path}: ") and reason in errors[0]
    assert snapshot(db) == before


def test_a_bad_input_does_not_stop_the_good_ones_in_the_batch(db, tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    good = tmp_path / "detention-2018.txt"
    good.write_text(SECOND_REPORT, encoding="utf-8")
    assert main(["--db", str(db), str(bad), str(good)]) == 1
    out = capsys.readouterr().out
    assert f"added {good}" in out
    assert str(good) in set(Store(db).documents()["name"])


def test_file_over_the_size_limit_is_refused_by_the_command(db, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(SECOND_REPORT * 50, encoding="utf-8")
    before = snapshot(db)
    run = subprocess.run([sys.executable, "-m", "extract", "ingest", "--db", str(db), str(big)], cwd=ROOT,
                         capture_output=True, text=True, env={"REPORTED_FIGURES_MAX_BYTES": "10000", "PATH": ""})
    assert run.returncode == 1
    assert f"error: {big}: the file is" in run.stderr and "limit" in run.stderr
    assert snapshot(db) == before


def test_same_file_twice_is_stored_once(db, tmp_path, capsys):
    report = tmp_path / "detention-2018.txt"
    report.write_text(SECOND_REPORT, encoding="utf-8")
    assert main(["--db", str(db), str(report)]) == 0
    after_first = snapshot(db)
    assert main(["--db", str(db), str(report)]) == 0
    assert "already stored" in capsys.readouterr().out
    assert snapshot(db) == after_first


def test_metadata_on_the_command_line_wins_over_what_the_document_states(db, tmp_path):
    report = tmp_path / "detention.txt"
    report.write_text(SECOND_REPORT, encoding="utf-8")
    assert main(["--db", str(db), str(report), "--country", "Testland", "--year", "2017",
                 "--title", "Detention monitoring", "--source-url", "https://example.org/r"]) == 0
    doc = Store(db).documents().set_index("name").loc[str(report)]
    assert (doc["title"], doc["country"], doc["year"], doc["source_url"]) == (
        "Detention monitoring", "Testland", 2017, "https://example.org/r")


def test_pdf_figures_cite_the_page_they_are_on(db, tmp_path):
    pdf = tmp_path / "excerpt.pdf"
    pdf.write_bytes(make_pdf(seed_paragraphs(60), title=seed_title()))
    assert main(["--db", str(db), str(pdf)]) == 0
    store = Store(db)
    doc = store.documents().set_index("name").loc[str(pdf)]
    assert doc["format"] == "pdf" and doc["title"] == seed_title() and doc["year"] == 2020
    text, pages = store.document_text(doc["doc_id"]), store.document_pages(doc["doc_id"])
    figures = store.figures([doc["doc_id"]])
    assert len(figures) > 20 and len(pages) >= 3
    ends = pages[1:] + [len(text)]
    for row in figures.itertuples():
        assert pages[row.page - 1] <= row.char_start < ends[row.page - 1]
    assert figures["page"].nunique() >= len(pages) // 2 and figures["page"].min() == 1


def test_html_page_is_stored_as_its_main_text_with_figures_under_its_headings(db, tmp_path):
    page = tmp_path / "excerpt.html"
    page.write_text(make_html(seed_paragraphs(40), seed_title()), encoding="utf-8")
    assert main(["--db", str(db), str(page)]) == 0
    store = Store(db)
    doc = store.documents().set_index("name").loc[str(page)]
    assert doc["format"] == "html" and doc["publisher"] == "Rights Watchers" and doc["year"] == 2020
    text = store.document_text(doc["doc_id"])
    assert "Donate now" not in text and "newsletter" not in text
    figures = store.figures([doc["doc_id"]])
    assert len(figures) > 10
    assert figures["section"].str.len().gt(0).all()


def test_folder_input_ingests_every_document_file_inside(db, tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(SECOND_REPORT, encoding="utf-8")
    (folder / "b.html").write_text(make_html(seed_paragraphs(10), seed_title()), encoding="utf-8")
    (folder / "notes.csv").write_text("not,a,report\n", encoding="utf-8")
    assert main(["--db", str(db), str(folder)]) == 0
    names = set(Store(db).documents()["name"])
    assert {str(folder / "a.txt"), str(folder / "b.html")} <= names
    assert str(folder / "notes.csv") not in names


def test_progress_rises_to_the_end_for_a_long_document(tmp_path):
    seen = []
    store = Store(tmp_path / "figures.sqlite")
    ingest(store, make_pdf(seed_paragraphs(60)), "excerpt.pdf", progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(m.startswith("Reading page") for _, m in seen)
    assert any(m.startswith("Saving figures") for _, m in seen)


RU_BULLETIN = ROOT / "tests" / "data" / "ru" / "bulletin.txt"


def russian_paragraphs(n: int) -> list[str]:
    """n paragraphs of the Russian bulletin written for the tests, from its first section on."""
    lines = [line.strip() for line in RU_BULLETIN.read_text(encoding="utf-8").split("\n") if line.strip()]
    return lines[3:3 + n]


@pytest.mark.parametrize("name,make", [
    ("bulletin.html", lambda: make_html(russian_paragraphs(19), "Бюллетень фонда").encode("utf-8")),
    ("bulletin.pdf", lambda: make_pdf(russian_paragraphs(19), title="Бюллетень фонда")),
], ids=["html", "pdf"])
def test_a_russian_document_is_ingested_in_any_format_with_no_flag(name, make, tmp_path):
    path, db = tmp_path / name, tmp_path / "figures.sqlite"
    path.write_bytes(make())
    assert main(["--db", str(db), str(path)]) == 0
    store = Store(db)
    doc = store.documents().iloc[0]
    assert doc["language"] == "ru"
    figures = store.figures([doc["doc_id"]])
    assert len(figures) >= 15 and set(figures["language"]) == {"ru"}
    assert {"fine", "administrative_arrest", "detentions"} <= set(figures["category"])


def test_the_summary_line_says_how_many_paragraphs_in_kazakh_were_not_read(tmp_path, capsys):
    kazakh = ("Биыл аудандық сотқа журналистерден 12 шағым түсті және олардың көбі қабылданбады, "
              "ал қалғандары бойынша тексеру әлі жүріп жатыр деп хабарлады қорғаушылар бүгін.")
    path = tmp_path / "mixed.txt"
    path.write_text("\n".join(russian_paragraphs(12) + [kazakh] * 3), encoding="utf-8")
    assert main(["--db", str(tmp_path / "figures.sqlite"), str(path)]) == 0
    assert "; 3 paragraphs in Kazakh were not read (doc " in capsys.readouterr().out
