"""No text stops the extractor: a paragraph that fails is reported and the document keeps its other figures,
a document that outruns its time budget is stopped with one line, and the command writes the other files."""

import csv
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from extract.loading import DocumentError
from extract.pipeline import extract_document, extract_text, figures_of_document
from extract.reading import read_document
from extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
REPORT = ("Police detained 41 protesters in Eastford.\n\n"
          "The court fined 3 editors 80,000 tenge each.\n\n"
          "Revenue of 6.103 billion ($7.208bn) protested up, while the bridge cost 2.345.678m.\n")


def run(*args):
    return subprocess.run([sys.executable, "-m", "extract", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_a_paragraph_that_raises_is_recorded_and_the_others_keep_their_figures():
    doc = read_document(REPORT, "d", 2021)
    broken = replace(doc.paragraphs[1], text=None)
    doc = replace(doc, paragraphs=(doc.paragraphs[0], broken, *doc.paragraphs[2:]))
    found = figures_of_document(doc)
    assert [f.paragraph for f in found.failures] == [1]
    assert "\n" not in found.failures[0].reason and found.failures[0].reason.startswith("TypeError")
    assert found.note() == "1 paragraph could not be read"
    assert {r["paragraph"] for r in found.rows} == {0, 2}


def test_every_paragraph_read_means_no_failures_and_the_same_rows_as_extract_text():
    found = extract_document(REPORT, "d", 2021)
    assert found.failures == [] and found.note() == ""
    assert found.rows == extract_text(REPORT, "d", 2021)
    assert [r["mention"] for r in found.rows] == ["41", "3", "80,000 tenge", "6.103 billion", "$7.208bn",
                                                  "2.345.678m"]


def test_a_spent_time_budget_stops_the_document_with_one_line():
    with pytest.raises(DocumentError) as err:
        extract_document(REPORT * 50, "slow-report", 2021, max_seconds=0)
    assert str(err.value).startswith("slow-report: stopped after 0 s")
    assert "\n" not in str(err.value)


def test_a_generous_time_budget_changes_nothing():
    assert extract_document(REPORT, "d", 2021, max_seconds=60).rows == extract_text(REPORT, "d", 2021)


def test_command_writes_every_readable_file_and_fails_when_one_is_stopped(tmp_path):
    good, hostile = tmp_path / "good.txt", tmp_path / "hostile.txt"
    good.write_text(REPORT, encoding="utf-8")
    hostile.write_text("Fines of 9,000 tenge ($4.321.987k) were imposed. " * 40, encoding="utf-8")
    out = tmp_path / "out.csv"
    done = run(good, hostile, "--out", out, "--year", 2021)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    with out.open(encoding="utf-8") as f:
        assert {r["doc_id"] for r in csv.DictReader(f)} == {"good", "hostile"}
    stopped = run(good, hostile, "--out", out, "--max-seconds", 0)
    assert stopped.returncode == 1 and "Traceback" not in stopped.stderr
    assert "stopped after 0 s" in stopped.stderr
    assert out.exists()


def test_a_paragraph_over_a_million_characters_is_split_into_its_sentences():
    paragraph = "The panel met. " * 80_000
    spans = split_sentences([paragraph])[0]
    assert len(spans) == 80_000
    assert spans[-1] == (len(paragraph) - 15, len(paragraph) - 1)
    assert all(paragraph[s:e] == "The panel met." for s, e in spans)


def test_a_very_long_word_keeps_the_full_stop_that_ends_it():
    paragraph = "$" * 20_000 + ". Then 4 people left."
    assert split_sentences([paragraph])[0] == [(0, 20_001), (20_002, len(paragraph))]
