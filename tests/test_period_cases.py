"""Period cases kept as data (tests/data/period_cases.jsonl): each text, read with its document year (and the day it
was published, when the case gives one) through the production pipeline, gives each listed figure the listed
period."""

import json
from pathlib import Path

import pytest

from extract.pipeline import extract_text

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "period_cases.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_each_figure_gets_the_period_its_text_gives(case):
    periods = {row["mention"]: row["period"] for row in extract_text(case["text"], "case", case["year"],
                                                                     published=case.get("published"))}
    assert {mention: periods.get(mention) for mention in case["periods"]} == case["periods"], periods
