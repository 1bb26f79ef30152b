"""The gazetteer of country names: how often a text names each country, and the fact tables keyed by its codes."""

import json
import random
import re
from pathlib import Path

import pytest

from extract.countries_named import _gazetteer, by_fact, countries_named, country_mentions
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


def _one_pattern(names, possessives: bool) -> re.Pattern:
    """The gazetteer as one regular expression (what the gazetteer was before it found names by Aho-Corasick): the
    names as whole words, longest first, a name ending in "*" the start of every word it begins, an apostrophe after
    a name allowed only with `possessives`."""
    alternation = "|".join(sorted((re.escape(name.removesuffix("*")) + (r"\w*" if name.endswith("*") else "")
                                   for name in names), key=len, reverse=True))
    after = r"\w" if possessives else r"[\w']"
    return re.compile(rf"(?<![\w.])(?:{alternation})(?!{after})")


ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [path.read_text(encoding="utf-8", errors="replace") for path in
             [ROOT / "data" / "raw" / "kazakhstan-2020-country-report.txt",
              *sorted((ROOT / "tests" / "data").glob("*/*.txt"))]]


def _glued(names: list[str], rng: random.Random) -> str:
    """Names run together with the characters the gazetteer's checks read around a name: word letters, digits,
    apostrophes, full stops, spaces."""
    return rng.choice(["", ".", "x", " ", "é", "-"]).join(
        rng.choice(names).removesuffix("*") + rng.choice(["", "'s", "’s", "ia", "a", "_", "1", ".", "'", " ", "ы"])
        for _ in range(4))


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("possessives", [False, True])
def test_the_gazetteer_finds_what_one_pattern_of_all_names_finds(language, possessives):
    gazetteer = _gazetteer(language, possessives)
    pattern = _one_pattern(gazetteer.names, possessives)
    rng = random.Random(7)
    names = sorted(gazetteer.names)
    lines = [line for text in DOCUMENTS for line in text.splitlines()]
    texts = DOCUMENTS + lines + [_glued(names, rng) for _ in range(2000)]
    differ = [text[:80] for text in texts if gazetteer.mentions(text) != [m.group(0) for m in pattern.finditer(text)]]
    assert differ == []


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_name_holds_a_line_break_so_a_long_text_is_read_in_blocks_of_lines(language):
    assert not [name for name in _gazetteer(language, False).names if "\n" in name]
    long_text = "\n".join(["Courts in Kenya fined them."] + ["Nothing here."] * 12000 + ["Ministers of Uganda met."])
    assert country_mentions(long_text) == ["KE", "UG"]
