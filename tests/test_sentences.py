"""English sentence boundaries: a full stop, question or exclamation mark standing alone ends a sentence, listed
abbreviations and inner points do not, and the extractor reads text without loading spaCy."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from extract.sentences import sentence_spans, split_sentences

ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((Path(__file__).parent / "data" / "sentence_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_a_paragraph_is_cut_into_its_sentences(case):
    text = case["text"]
    assert [text[a:b] for a, b in sentence_spans(text)] == case["sentences"]


def test_every_paragraph_gets_its_own_spans():
    assert split_sentences(["One. Two.", "", "Three"]) == [[(0, 4), (5, 9)], [], [(0, 5)]]


def test_a_long_run_of_marks_is_one_word_ended_by_its_last_mark():
    spans = sentence_spans("!" * 200_000 + " Then 4 people left.")
    assert spans == [(0, 200_000), (200_001, 200_020)]


def test_reading_a_document_does_not_load_spacy():
    code = ("import sys; from extract.pipeline import extract_text; extract_text('Police held 5 people. Two left.', "
            "'d', 2021); print('spacy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "False", done.stderr
