"""The whole extractor on documents that paraphrase real passages (tests/data/realistic, SOURCES.md there), scored
against their gold: floors at the current scores, so a rule that breaks realistic phrasing fails here."""

import re
from pathlib import Path

import pytest

from extract.evaluation import combine, load_gold, score
from extract.pipeline import extract_text

REALISTIC = Path(__file__).resolve().parent / "data" / "realistic"
# Floors per language: detection F1, category on matched figures, end-to-end F1 (value, unit, category, statutory).
FLOORS = {"en": {"detection_f1": 0.987, "category": 0.798, "end_to_end_f1": 0.759},
          "ru": {"detection_f1": 0.988, "category": 0.803, "end_to_end_f1": 0.774}}


def _scored(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    year = int(re.search(r"-(\d{4})-", path.stem).group(1))
    return score(load_gold(str(path.with_suffix(".jsonl")), text), extract_text(text, path.stem, year))


@pytest.fixture(scope="module", params=sorted(FLOORS))
def language(request):
    documents = sorted((REALISTIC / request.param).glob("*.txt"))
    return request.param, documents, combine([_scored(path) for path in documents])


def test_realistic_set_holds_many_documents_and_figures(language):
    _, documents, overall = language
    assert len(documents) >= 100
    assert overall["counts"]["gold"] >= 800


def test_detection_on_realistic_documents_stays_at_its_floor(language):
    name, _, overall = language
    assert overall["detection_f1"] >= FLOORS[name]["detection_f1"], (overall["false_positives"][:20],
                                                                      overall["false_negatives"][:20])


def test_categories_on_realistic_documents_stay_at_their_floor(language):
    name, _, overall = language
    assert overall["accuracy"]["category"] >= FLOORS[name]["category"]


def test_end_to_end_on_realistic_documents_stays_at_its_floor(language):
    name, _, overall = language
    assert overall["end_to_end_f1"] >= FLOORS[name]["end_to_end_f1"]
