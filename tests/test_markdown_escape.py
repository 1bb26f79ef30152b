"""Text from documents and URLs reaches Streamlit's Markdown with every markup character escaped
(cases in tests/data/markdown_escapes.yaml)."""

import re
from pathlib import Path

import pytest
import yaml

from figures.markdown import escape_markdown

CASES = yaml.safe_load((Path(__file__).parent / "data" / "markdown_escapes.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_markup_characters_are_escaped(case):
    assert escape_markdown(case["text"]) == case["escaped"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_escaping_keeps_the_text_a_reader_sees(case):
    assert re.sub(r"\\(.)", r"\1", escape_markdown(case["text"])) == " ".join(case["text"].splitlines())
