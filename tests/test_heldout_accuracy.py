"""The whole extractor on held-out documents written in other report styles (other countries and years of
the State Department reports, NGO statements, news wires), scored against their hand-made gold set."""

import json
from pathlib import Path

import pytest

from extract.pipeline import extract_text
from extract.evaluation import combine, load_gold, paragraphs, score

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
GOLD = HELDOUT / "gold.jsonl"
NOT_FIGURES = HELDOUT / "not_figures.jsonl"
DOCUMENTS = sorted(HELDOUT.glob("*.txt"))


def _read(path: Path) -> tuple[str, list[dict]]:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    year = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["year"]
    return text, extract_text(text, path.stem, year)


@pytest.fixture(scope="module")
def extracted():
    return {path.stem: _read(path) for path in DOCUMENTS}


@pytest.fixture(scope="module")
def overall(extracted):
    return combine([score(load_gold(str(GOLD), text, name), rows) for name, (text, rows) in extracted.items()])


def test_heldout_set_covers_several_documents_and_enough_figures(overall):
    assert len(DOCUMENTS) >= 6
    assert overall["counts"]["gold"] >= 150


def test_detection_f1_on_heldout_documents_is_at_least_095(overall):
    assert overall["detection_f1"] >= 0.95, (overall["false_positives"], overall["false_negatives"])


def test_values_of_matched_heldout_figures_are_right(overall):
    assert overall["accuracy"]["value"] >= 0.98


def test_units_of_matched_heldout_figures_are_right(overall):
    assert overall["accuracy"]["unit"] >= 0.97


def test_end_to_end_f1_on_heldout_documents_is_at_least_090(overall):
    assert overall["end_to_end_f1"] >= 0.90, overall["field_errors"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_every_heldout_document_is_detected_well(extracted, path):
    text, rows = extracted[path.stem]
    assert score(load_gold(str(GOLD), text, path.stem), rows)["detection_f1"] >= 0.9


def test_listed_heldout_non_figures_are_not_extracted(extracted):
    wrong = []
    for line in NOT_FIGURES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text, rows = extracted[item["doc"]]
        start, para = paragraphs(text)[item["para"]]
        pos = -1
        for _ in range(item["occurrence"]):
            pos = para.find(item["token"], pos + 1)
        at = start + pos
        if any(int(r["char_start"]) <= at < int(r["char_end"]) for r in rows):
            wrong.append((item["doc"], item["token"], item["reason"]))
    assert wrong == []
