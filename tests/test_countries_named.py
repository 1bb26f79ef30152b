"""The gazetteer of country names: how often a text names each country, and the fact tables keyed by its codes."""

import json
from pathlib import Path

import pytest

from extract.countries_named import by_fact, countries_named, country_mentions
from extract.language_data import table

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "country_name_cases.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_a_text_names_the_countries_its_names_belong_to(case):
    assert dict(countries_named(case["text"], case["language"], case.get("possessives", False))) == case["named"]


def test_mentions_come_in_the_order_the_text_names_them():
    assert country_mentions("From Minsk to Moscow and back to Belarus.") == ["BY", "RU", "BY"]
    assert country_mentions("Суд в Москве, потом в Минске.", "ru") == ["RU", "BY"]


def test_a_fact_counts_the_countries_that_share_it_together_and_ignores_the_others():
    named = countries_named("Grenada and Dominica, Antigua too; Kenya once.")
    assert by_fact(named, {"GD": "XCD", "DM": "XCD", "AG": "XCD"}) == {"XCD": 3}


FACT_TABLES = [("en", "dollars", "dollar_of_country", False), ("en", "fiscal_years", "months_of_country", False),
               ("en", "shared_signs", "sign_countries", True), ("ru", "shared_signs", "sign_countries", True)]


@pytest.mark.parametrize("language, name, key, per_sign", FACT_TABLES)
def test_every_fact_table_names_only_countries_the_gazetteer_holds(language, name, key, per_sign):
    known = set(table(language, "countries", "countries"))
    facts = table(language, name, key)
    codes = {code for sign in facts.values() for code in sign} if per_sign else set(facts)
    assert codes <= known, sorted(codes - known)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_name_belongs_to_two_countries(language):
    seen = {}
    for code, names in table(language, "countries", "countries").items():
        for name in names:
            assert seen.setdefault(name, code) == code, (name, seen[name], code)
