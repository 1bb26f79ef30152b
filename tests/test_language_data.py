"""Every rule of every language data file compiles, matches its example and not its counter-example."""

import pytest

from extract.language_data import LANG_DIR, alternation, data_files, rules
from extract.ru.lemmas import lemma_text

# How each language turns a sentence into what an `read_as: lemmas` rule reads.
AS_LEMMAS = {"ru": lemma_text}

ALL_RULES = [(lang.name, name, r) for lang in sorted(LANG_DIR.iterdir()) if lang.is_dir()
             for name in data_files(lang.name) for r in rules(lang.name, name)]


def test_rule_ids_are_unique_within_a_language():
    seen = {}
    for lang, name, r in ALL_RULES:
        assert (lang, r.id) not in seen, f"{lang}: {r.id} in {name} and {seen[(lang, r.id)]}"
        seen[(lang, r.id)] = name


@pytest.mark.parametrize("lang,name,rule", ALL_RULES, ids=[f"{lang}:{r.id}" for lang, _, r in ALL_RULES])
def test_rule_matches_its_example_and_not_its_counter_example(lang, name, rule):
    assert rule.example, f"{lang}/{name}: {rule.id} has no example"
    read = AS_LEMMAS[lang] if rule.read_as == "lemmas" else str
    assert rule.pattern.search(read(rule.example)), f"{rule.id} does not match its example {rule.example!r}"
    if rule.counter_example:
        assert not rule.pattern.search(read(rule.counter_example)), f"{rule.id} matches its counter-example"


def test_word_lists_become_alternations_longest_first():
    months = alternation("en", "shared", "month_names")
    assert months.split("|")[0] == "September" and "May" in months.split("|")
