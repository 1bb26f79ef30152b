"""Who a fine, sentence or detention falls on, read by the whole extractor from sentences kept as data."""

from pathlib import Path

import pytest
import yaml

from extract.pipeline import extract_text

CASES = yaml.safe_load((Path(__file__).parent / "data" / "who_cases.yaml").read_text(encoding="utf-8"))


def _row(text: str, mention: str) -> dict:
    rows = extract_text("Heading\n" + text + "\n", "who-case", 2022)
    found = [r for r in rows if r["mention"] == mention]
    assert found, (mention, [r["mention"] for r in rows])
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_who_is_the_person_or_group_a_penalty_falls_on_as_written(case):
    assert _row(case["text"], case["mention"])["who"] == case["who"]


def test_a_count_has_no_who_of_its_own():
    assert _row("Police detained 14 activists during the march.", "14")["who"] is None
