"""The whole extractor on a Russian media-freedom bulletin written for the tests (invented names and
numbers), scored against its hand-made gold set. The rules were tuned on this document, so the floors guard
against regressions; they do not measure accuracy on unseen Russian text."""

from pathlib import Path

import pytest

from extract.pipeline import extract_text
from tests.gold_scoring import load_gold, score

RU = Path(__file__).resolve().parent / "data" / "ru"
YEAR = 2023


@pytest.fixture(scope="module")
def result():
    text = (RU / "bulletin.txt").read_text(encoding="utf-8")
    rows = extract_text(text, "bulletin", YEAR)
    return score(load_gold(str(RU / "bulletin.jsonl"), text), rows), rows


def test_bulletin_gold_set_has_over_a_hundred_figures(result):
    assert result[0]["counts"]["gold"] >= 100


def test_russian_figures_are_detected_with_f1_at_least_098(result):
    assert result[0]["detection_f1"] >= 0.98, (result[0]["false_positives"], result[0]["false_negatives"])


def test_values_and_units_of_russian_figures_are_right(result):
    assert result[0]["accuracy"]["value"] >= 0.99
    assert result[0]["accuracy"]["unit"] >= 0.99


def test_russian_end_to_end_f1_is_at_least_095(result):
    assert result[0]["end_to_end_f1"] >= 0.95, result[0]["field_errors"]


def test_russian_figures_carry_their_language(result):
    assert {row["language"] for row in result[1]} == {"ru"}
