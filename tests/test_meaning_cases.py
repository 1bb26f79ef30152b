"""Meaning cases kept as data (tests/data/meaning_cases.jsonl): each text goes through the production pipeline
(its sentence splitter included) and the listed figures come out, in order, with the listed category,
statutory flag and deciding rules; with `all_figures`, no other figure comes out."""

import json
from pathlib import Path

import pytest

from extract.language_data import data_files, rules
from extract.pipeline import extract_text

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "meaning_cases.jsonl").read_text(encoding="utf-8").splitlines() if line]
RULE_IDS = {r.id for name in data_files("en") for r in rules("en", name)}
UNWRITTEN = ("fallback.", "kind.", "logic.", "model.")


def _figures(text: str) -> list[dict]:
    return extract_text(text, "case", 2020)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_figures_of_a_text_have_their_expected_meaning(case):
    got = _figures(case["text"])
    mentions = [row["mention"] for row in got]
    if case.get("all_figures"):
        assert mentions == [f["mention"] for f in case["figures"]]
    position = 0
    for expected in case["figures"]:
        assert expected["mention"] in mentions[position:], f"{expected['mention']!r} not found after {mentions[:position]}"
        position = mentions.index(expected["mention"], position)
        row = got[position]
        assert {k: row[k] for k in expected} == expected
        position += 1


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_figure_names_a_category_rule_and_a_statutory_rule(case):
    for row in _figures(case["text"]):
        ids = row["rules"].split()
        assert len(ids) == 2, row["rules"]
        assert all(i in RULE_IDS or i.startswith(UNWRITTEN) for i in ids), row["rules"]
