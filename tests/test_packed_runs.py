"""Packed runs of numbers (extract.density) are read number by number, with only the unit glued to each, while
text with words between its numbers keeps the whole reading (tests/data/packed_runs.yaml)."""

import gc
from pathlib import Path

import pytest
import yaml

from extract.pipeline import extract_text

CASES = yaml.safe_load((Path(__file__).parent / "data" / "packed_runs.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_packed_runs_are_read_number_by_number(case):
    rows = extract_text(case["text"], "packed", 2020)
    assert [r["mention"] for r in rows] == case["mentions"]
    assert {r["unit"] for r in rows} == set(case["units"])
    assert all(r["rules"].startswith("fallback.number_dense") == case["dense"] for r in rows)
    assert all(case["text"][r["char_start"]:r["char_end"]] == r["mention"] for r in rows)


@pytest.mark.parametrize("running", [True, False])
def test_extraction_leaves_the_garbage_collector_as_it_found_it(running):
    was = gc.isenabled()
    try:
        gc.enable() if running else gc.disable()
        extract_text("Police detained 41 protesters.", "gc", 2020)
        assert gc.isenabled() == running
    finally:
        gc.enable() if was else gc.disable()
