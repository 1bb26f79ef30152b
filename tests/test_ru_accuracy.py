"""The whole extractor on Russian documents written for the tests (invented names and numbers): a
media-freedom bulletin, an ombudsman's report summary, a news wire, a regional chronicle of news stories and
a rights group's statement, scored against their hand-made gold sets, periods included. The rules were tuned on
all five (each of the last four, first scored before any rule was changed for it, reached end-to-end F1 0.56,
0.62, 0.89 and 0.81, detection F1 0.98-1.00; the last two periods 0.85 and 0.47), so the floors guard against
regressions; they do not measure accuracy on unseen Russian text."""

from pathlib import Path

import pytest

from extract.pipeline import extract_text
from extract.evaluation import combine, load_gold, score

RU = Path(__file__).resolve().parent / "data" / "ru"
YEARS = {"bulletin": 2023, "ombudsman": 2022, "newswire": 2023, "chronicle": 2024, "statement": 2024}


@pytest.fixture(scope="module")
def extracted():
    out = {}
    for name, year in YEARS.items():
        text = (RU / f"{name}.txt").read_text(encoding="utf-8")
        rows = extract_text(text, name, year)
        out[name] = (score(load_gold(str(RU / f"{name}.jsonl"), text), rows), rows)
    return out


@pytest.fixture(scope="module")
def overall(extracted):
    return combine([result for result, _ in extracted.values()])


def test_russian_gold_sets_have_over_two_hundred_figures(overall):
    assert overall["counts"]["gold"] >= 200


def test_russian_figures_are_detected_with_f1_at_least_098(overall):
    assert overall["detection_f1"] >= 0.98, (overall["false_positives"], overall["false_negatives"])


def test_values_and_units_of_russian_figures_are_right(overall):
    assert overall["accuracy"]["value"] >= 0.99
    assert overall["accuracy"]["unit"] >= 0.99


def test_russian_end_to_end_f1_is_at_least_098(overall):
    assert overall["end_to_end_f1"] >= 0.98, overall["field_errors"]


def test_periods_of_russian_figures_are_right(overall):
    assert overall["accuracy"]["period"] >= 0.97, [e for e in overall["field_errors"] if "period" in e["wrong"]]


@pytest.mark.parametrize("name", YEARS)
def test_every_russian_document_reaches_end_to_end_f1_095(extracted, name):
    assert extracted[name][0]["end_to_end_f1"] >= 0.95, extracted[name][0]["field_errors"]


def test_russian_figures_carry_their_language(extracted):
    assert {row["language"] for _, rows in extracted.values() for row in rows} == {"ru"}
