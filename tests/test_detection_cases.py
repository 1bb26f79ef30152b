"""Which numbers of a paragraph are figures: cases kept as data in tests/data/detection_cases.yaml."""

from pathlib import Path

import pytest
import yaml

from extract.mentions import find_mentions

CASES = yaml.safe_load((Path(__file__).parent / "data" / "detection_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_mentions_found_in_a_paragraph_are_the_figures_it_states(case):
    text = case["text"]
    assert [text[m.start:m.end] for m in find_mentions(text)] == case["found"]
