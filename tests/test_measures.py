"""Physical measures and the other values news writes compactly (pence, "$4.2b", scientific notation, fractions in
digits): read with their units from sentences of our own (tests/data/measure_cases.jsonl), kept as language data
that the figures registry understands, and normalised to one base unit per dimension."""

import json
from pathlib import Path

import pytest

from extract.language_data import mapping, words
from extract.measures import measure_after
from extract.pipeline import extract_text
from figures.units import MEASURE_BASES, Q_, to_base

DATA = Path(__file__).parent / "data"
CASES = [json.loads(line) for line in (DATA / "measure_cases.jsonl").read_text(encoding="utf-8").splitlines()]
BASES = [json.loads(line) for line in (DATA / "measure_bases.jsonl").read_text(encoding="utf-8").splitlines()]
FIELDS = ("mention", "value", "unit", "kind")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_sentence_gives_its_figures_with_value_unit_and_kind(case):
    rows = extract_text(case["text"], "measure-case")
    assert [{k: r[k] for k in FIELDS} for r in rows] == [{k: f[k] for k in FIELDS} for f in case["figures"]]
    for row, figure in zip(rows, case["figures"]):
        assert (row["low"], row["high"]) == (figure.get("low"), figure.get("high"))
        if row["kind"] == "measure":
            assert row["category"] == figure.get("category", "other")


@pytest.mark.parametrize("unit", sorted(set(mapping("en", "measures", "measures").values())))
def test_every_measure_unit_is_known_to_the_figures_registry_and_has_a_base(unit):
    result = to_base(1.0, unit, kind="measure")
    assert result.unit_base in (*MEASURE_BASES, "degC", "degF")
    assert Q_(1, result.unit_base).dimensionality == Q_(1, unit).dimensionality


@pytest.mark.parametrize("word", words("en", "measures", "never_units"))
def test_a_word_prose_uses_otherwise_is_never_a_unit(word):
    assert measure_after(f"5 {word} of them", 1) is None
    assert measure_after(f"5{word} of them", 1) is None


def test_exact_case_forms_are_units_only_in_their_case():
    assert measure_after("45g of", 2) == (3, "g")
    assert measure_after("5G masts", 1) is None


@pytest.mark.parametrize("case", BASES, ids=[f"{c['value']} {c['unit']}" for c in BASES])
def test_measure_normalises_to_the_base_unit_of_its_dimension(case):
    result = to_base(case["value"], case["unit"], kind="measure")
    assert result.unit_base == case["base_unit"]
    assert result.value_base == pytest.approx(case["base_value"])
