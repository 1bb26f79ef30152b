"""Numbers that are not figures (dates, times, references, names, contacts, pronouns, idioms) beside figures that
are, in English and Russian: cases kept as data in tests/data/nonfigure_cases.yaml, run through the pipeline."""

from pathlib import Path

import pytest
import yaml

from extract.pipeline import extract_text

CASES = yaml.safe_load((Path(__file__).parent / "data" / "nonfigure_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_sentence_yields_only_its_figures_not_its_other_numbers(case):
    assert [row["mention"] for row in extract_text(case["text"], "case", 2023)] == case["found"]
