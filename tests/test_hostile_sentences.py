"""Sentences that once crashed the extractor (kept as data in tests/data/hostile_sentences.jsonl): each is
read whole, with the figures it states and offsets that point at them."""

import json
from pathlib import Path

import pytest

from extract.pipeline import extract_text
from figures.money import period_window

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "hostile_sentences.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_hostile_sentence_keeps_its_figures(case):
    rows = extract_text(case["text"], "hostile", 2021)
    assert [r["mention"] for r in rows] == case["mentions"]
    for row in rows:
        assert case["text"][row["char_start"]:row["char_end"]] == row["mention"]
        assert period_window(row["period"], 2021) is not None
    if "values" in case:
        assert [r["value"] for r in rows] == case["values"]


@pytest.mark.parametrize("period", ["2021-02-31", "2021-02-30..2021-03-05", "2021-13", "2021-04-31"])
def test_impossible_date_is_no_period_and_falls_back_to_the_documents_year(period):
    first, last = period_window(period, 2021)
    assert (first.isoformat(), last.isoformat()) == ("2021-01-01", "2021-12-31")
