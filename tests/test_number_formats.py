"""Money and numbers as the South Asian and African press and legal drafting write them, from sentences of our own
(tests/data/number_format_cases.jsonl): currency abbreviations before the amount ("Sh20,000", "Rs 75,000",
"Taka 14,82,500"), one-letter signs only before an amount written as money ("N5m" but not "N95"), lakh and crore
grouping and words, ranges whose thousands are written once ("30-50,000 rubles") or bounded by a law ("not less than
$20 nor more than $200"), alternatives ("either $400 or $700"), changes ("from Rs 2,000 to Rs 40,000") and shares
("four of every five")."""

import json
from pathlib import Path

import pytest

from extract.currencies import GUARDED_SIGNS_BEFORE, SIGNS_BEFORE, sign_before
from extract.pipeline import extract_text

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "number_format_cases.jsonl").read_text(encoding="utf-8").splitlines()]
FIELDS = ("mention", "value", "unit", "kind")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_sentence_gives_its_figures_with_value_unit_and_range(case):
    rows = extract_text(case["text"], "number-case")
    assert [{k: r[k] for k in FIELDS} for r in rows] == [{k: f[k] for k in FIELDS} for f in case["figures"]]
    assert [(r["low"], r["high"]) for r in rows] == [(f.get("low"), f.get("high")) for f in case["figures"]]
    assert [r["qualifier"] for r, f in zip(rows, case["figures"]) if "qualifier" in f] == \
        [f["qualifier"] for f in case["figures"] if "qualifier" in f]


@pytest.mark.parametrize("sign", sorted(SIGNS_BEFORE))
def test_every_currency_abbreviation_is_read_glued_and_spaced(sign):
    assert sign_before(f"paid {sign}", "500") == (len(sign), SIGNS_BEFORE[sign])
    assert sign_before(f"paid {sign} ", "500") == (len(sign) + 1, SIGNS_BEFORE[sign])
    assert sign_before(f"paid X{sign}", "500") is None


@pytest.mark.parametrize("sign", sorted(GUARDED_SIGNS_BEFORE))
def test_a_guarded_sign_is_money_only_before_an_amount_written_as_money(sign):
    assert sign_before(f"paid {sign}", "5,000 to") == (len(sign), GUARDED_SIGNS_BEFORE[sign])
    assert sign_before(f"paid {sign}", "7.5m to") == (len(sign), GUARDED_SIGNS_BEFORE[sign])
    assert sign_before(f"paid {sign}", "95 to") is None
    assert sign_before(f"paid X{sign}", "5,000 to") is None


@pytest.mark.parametrize("sign", sorted(GUARDED_SIGNS_BEFORE))
def test_only_a_guarded_sign_of_two_letters_may_stand_apart_from_its_amount(sign):
    spaced = sign_before(f"paid {sign} ", "5,000 to")
    assert spaced == ((len(sign) + 1, GUARDED_SIGNS_BEFORE[sign]) if len(sign) > 1 else None)



def _units(text: str) -> list[tuple[str, str]]:
    return [(r["mention"], r["unit"]) for r in extract_text(text, "number-case", 2022)]


def test_a_shared_sign_means_the_currency_of_the_country_the_document_names_most():
    text = ("A Moscow court fined the blogger R40,000 for discrediting the Russian army.\n\n"
            "Such fines have brought the state almost R150 million this year.")
    assert _units(text) == [("R40,000", "RUB"), ("almost R150 million", "RUB")]
    assert _units("A Johannesburg court fined the firm R40,000.") == [("R40,000", "ZAR")]
    assert _units("In Lahore, a Pakistani court fined him Rs 50,000.") == [("Rs 50,000", "PKR")]
    assert _units("A court in Kampala, Uganda, fined the vendor Sh300,000.") == [("Sh300,000", "UGX")]


def test_an_amount_that_names_its_country_keeps_its_currency_and_a_tie_changes_nothing():
    assert _units("In Kampala, Uganda, the Kenyan driver paid 4,500 Kenyan shillings.") == \
        [("4,500 Kenyan shillings", "KES")]
    assert _units("Officials from Kenya and Tanzania agreed on a Sh1,000 levy.") == [("Sh1,000", "KES")]


CONTEXT_CASES = [json.loads(line) for line in
                 (Path(__file__).parent / "data" / "currency_context_cases.jsonl").read_text(encoding="utf-8")
                 .splitlines()]


@pytest.mark.parametrize("case", CONTEXT_CASES, ids=[c["why"] for c in CONTEXT_CASES])
def test_an_amount_takes_the_currency_its_document_and_year_mean(case):
    rows = extract_text(case["text"], "currency-case", case["year"])
    assert [[r["mention"], r["unit"]] for r in rows if r["kind"] == "money"] == case["units"]
