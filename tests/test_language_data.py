"""Every rule of every language data file compiles, matches its example and not its counter-example; lists
and fragments expand where rules use them."""

import re

import pytest

from extract.language_data import (LANG_DIR, LanguageDataError, _file, alternation, data_files, decisions, fragment,
                                   mapping, rule, rules, words)
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


def test_a_list_can_include_another_list_in_place():
    assert words("en", "shared", "number_words_to_twelve") == (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def test_fragments_expand_inside_fragments_and_patterns():
    who = re.compile(fragment("en", "who", "who"))
    assert who.fullmatch("opposition activist Dana Orlova") and who.fullmatch("three journalists")
    assert "{fragment:" not in rule("en", "subject", "subject.to_whom").pattern.pattern


def test_every_rule_a_module_asks_for_exists_and_decisions_name_their_rule():
    assert decisions("en")["count.noun.complaints"] == "complaints"
    with pytest.raises(LanguageDataError, match=r"en/counts\.yaml: no rule 'count\.nothing'"):
        rule("en", "counts", "count.nothing")



@pytest.mark.parametrize("lang", sorted(lang.name for lang in LANG_DIR.iterdir() if lang.is_dir()))
def test_decisions_are_those_of_the_compiled_rules(lang):
    compiled = {r.id: r.decides for name in data_files(lang) for r in rules(lang, name) if r.decides}
    assert decisions(lang) == compiled

def test_a_mapping_gives_words_their_values_and_a_missing_one_is_named():
    assert mapping("en", "counts", "named_group_verbs")["killed"] == "deaths"
    with pytest.raises(LanguageDataError, match=r"en/counts\.yaml: no mapping 'nothing'"):
        mapping("en", "counts", "nothing")


def test_every_russian_cue_rule_read_for_a_kind_names_a_category():
    from extract.ru.meaning import PREFIXES
    for r in rules("ru", "categories"):
        if r.id.startswith(tuple(PREFIXES.values())):
            assert r.decides, f"ru: {r.id} is read as a cue of its kind but decides no category"


def _non_strings(node, where: str):
    """Where a data file's lists, mappings or fragments hold something YAML read as other than text: an unquoted
    on/off/yes/no becomes a boolean ("On" then matches "True"), an empty entry None."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                yield f"{where}: key {key!r}"
            yield from _non_strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for value in node:
            yield from _non_strings(value, where)
    elif isinstance(node, (bool, type(None))):
        yield f"{where}: {node!r}"


@pytest.mark.parametrize("lang,name", [(lang.name, name) for lang in sorted(LANG_DIR.iterdir()) if lang.is_dir()
                                       for name in data_files(lang.name)])
def test_word_lists_hold_words_not_what_yaml_reads_as_booleans(lang, name):
    data = _file(lang, name)
    found = [bad for section in ("lists", "mappings", "fragments") for bad in _non_strings(data.get(section), section)
             if section in data]
    assert not found, f"{lang}/{name}.yaml: quote these entries: {found}"
