"""Russian figures, one behaviour per case: the cases are sentences in tests/data/ru/cases.jsonl, each with
every figure it states (mention and the fields that case is about); a sentence with none lists none."""

import json
from pathlib import Path

import pytest

from extract.pipeline import extract_text

CASES = [json.loads(line) for line in
         (Path(__file__).resolve().parent / "data" / "ru" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]
YEAR = 2023


@pytest.mark.parametrize("case", CASES, ids=[c["behaviour"] for c in CASES])
def test_russian_sentence_yields_its_figures(case):
    rows = extract_text(case["text"], "case", YEAR)
    assert [r["mention"] for r in rows] == [f["mention"] for f in case["figures"]]
    for row, expected in zip(rows, case["figures"]):
        for field, value in expected.items():
            got = row[field]
            assert got == pytest.approx(value) if isinstance(value, float | int) and not isinstance(value, bool) \
                else got == value, f"{field}: {got!r} != {value!r}"
