"""The strings a pattern cannot match without: a text holding none of them is never scanned, so the test must
never turn away a text the pattern matches."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from extract.language_data import data_files, rule, rules
from extract.period import PATTERNS
from extract.pipeline import extract_text
from extract.cue_list import CueList
from extract.blanking import blank, blanked
from extract.regex_literals import (Screen, fold, folds_in_place, may_match, required_literals, required_starts,
                                     screened)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
SEED = ROOT / "data" / "raw" / "kazakhstan-2020-country-report.txt"
CASES = yaml.safe_load((DATA / "regex_literal_cases.yaml").read_text(encoding="utf-8"))
SENTENCES = [json.loads(line)["text"] for line in (DATA / "meaning_cases.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
PATTERNS_IN_USE = [p for _, p in PATTERNS] + [r.pattern for name in data_files("en") for r in rules("en", name)]


@pytest.mark.parametrize("case", CASES, ids=[c["pattern"] for c in CASES])
def test_a_pattern_needs_one_of_its_words(case):
    pattern = re.compile(case["pattern"], re.IGNORECASE)
    needed = required_literals(pattern)
    assert ([[word for word, _ in need] for need in needed] if needed else None) == case["literals"]
    for text in case["may_match"]:
        assert may_match(pattern, text, fold(text)) and pattern.search(text)
    for text in case["cannot_match"]:
        assert not may_match(pattern, text, fold(text)) and not pattern.search(text)


@pytest.mark.parametrize("case", CASES, ids=[c["pattern"] for c in CASES])
def test_a_text_screened_alone_is_answered_as_may_match_answers(case):
    pattern = re.compile(case["pattern"], re.IGNORECASE)
    for text in case["may_match"] + case["cannot_match"]:
        assert screened(pattern, text) == may_match(pattern, text, fold(text))


def test_a_text_blanked_after_its_screen_is_the_text_a_substitution_blanks():
    blanking = [rule("en", "money", "money.wage_as_measure").pattern] + [
        rule("en", "statutory", f"statutory.{name}").pattern for name in (
            "offence_named_by_provision", "face_verb", "bare_law_noun", "classified_under_law",
            "recommendations_counted", "condition")]
    texts = SENTENCES + ["He was fined twice the minimum wage.", "an offence punishable under section 5"]
    changed = 0
    for pattern in blanking:
        for text in texts:
            assert blanked(pattern, text) == pattern.sub(blank, text)
            changed += blanked(pattern, text) != text
    assert changed > 0


def test_no_text_a_rule_matches_is_turned_away():
    turned_away = [(p.pattern[:60], s) for p in PATTERNS_IN_USE for s in SENTENCES
                   if not may_match(p, s, fold(s)) and p.search(s)]
    assert turned_away == []


def test_most_rules_name_words_that_spare_a_scan():
    assert sum(required_literals(p) is not None for p in PATTERNS_IN_USE) > 0.8 * len(PATTERNS_IN_USE)


def test_a_new_pattern_is_read_anew():
    first = re.compile("alpha|beta")
    assert may_match(first, "beta", "beta") and not may_match(first, "gamma", "gamma")
    second = re.compile("gamma")
    assert may_match(second, "gamma", "gamma") and not may_match(second, "beta", "beta")


def test_a_capital_dotted_i_is_matched_as_i():
    pattern = re.compile(r"\bfined\b", re.IGNORECASE)
    text = "He was fİned."
    assert pattern.search(text) and may_match(pattern, text, fold(text))


def test_a_case_sensitive_word_is_sought_as_written():
    pattern = re.compile(r"\b(?:May|June)\s+\d+")
    assert not may_match(pattern, "you may go 5 km", fold("you may go 5 km"))
    assert may_match(pattern, "on May 5", fold("on May 5"))


# Ways the standard library's private regex parser may be unusable, set up in a fresh interpreter before the
# extractor is imported (the regex module itself keeps working): gone, as in a later Python; its opcodes renamed;
# an opcode the analysis compares with that raises.
UNUSABLE_PARSER = {
    "missing": "import re, sys; sys.modules['re._parser'] = None",
    "renamed": "import re; del re._constants.POSSESSIVE_REPEAT",
    "raising": "import re\nclass Raising:\n    def __eq__(self, other): raise RuntimeError('changed')\n"
               "re._constants.MAX_REPEAT = Raising()",
}
SEED_FIGURES = """
import json, sys
from extract.language_data import rule
from extract.pipeline import extract_text
from extract.regex_literals import required_literals
assert required_literals(rule("en", "money", "money.fine_word").pattern) is None, "the analysis still ran"
text = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps(extract_text(text, "seed", 2020), sort_keys=True, default=str))
"""


@pytest.fixture(scope="module")
def seed_figures_with_skipping():
    assert required_literals(rule("en", "money", "money.fine_word").pattern) is not None
    return json.loads(json.dumps(extract_text(SEED.read_text(encoding="utf-8"), "seed", 2020), sort_keys=True,
                                 default=str))


@pytest.mark.parametrize("setup", UNUSABLE_PARSER.values(), ids=UNUSABLE_PARSER.keys())
def test_without_a_usable_private_parser_nothing_is_skipped_and_the_seed_gives_the_same_figures(
        setup, seed_figures_with_skipping):
    done = subprocess.run([sys.executable, "-c", setup + "\n" + SEED_FIGURES, str(SEED)], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == seed_figures_with_skipping


def test_a_screen_tells_each_pattern_of_a_list_what_may_match_tells():
    screen = Screen(PATTERNS_IN_USE)
    for text in SENTENCES + [c for case in CASES for c in case["may_match"] + case["cannot_match"]]:
        assert list(screen.possible(text, fold(text))) == [may_match(p, text, fold(text)) for p in PATTERNS_IN_USE]


def test_a_screen_asked_again_of_a_text_or_of_another_answers_as_for_a_new_text():
    texts = SENTENCES + [c for case in CASES for c in case["may_match"] + case["cannot_match"]]
    screen = Screen(PATTERNS_IN_USE)
    for text in [t for pair in zip(texts, texts, texts[1:] + texts[:1]) for t in pair]:
        assert list(screen.possible(text)) == [may_match(p, text, fold(text)) for p in PATTERNS_IN_USE]


def test_the_same_source_read_with_other_flags_gets_its_own_requirements():
    assert required_literals(re.compile("Alpha beta")) == ((("Alpha beta", True),),)
    assert required_literals(re.compile("Alpha beta", re.IGNORECASE)) == ((("alpha beta", False),),)
    assert required_literals(re.compile("Alpha beta")) == ((("Alpha beta", True),),)


RU_TEXTS = [line for path in sorted((DATA / "ru").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
RU_PATTERNS = [r.pattern for name in data_files("ru") for r in rules("ru", name)]


def test_no_russian_text_a_rule_matches_is_turned_away():
    assert RU_TEXTS and RU_PATTERNS
    turned_away = [(p.pattern[:60], t[:60]) for p in RU_PATTERNS for t in RU_TEXTS
                   if not may_match(p, t, fold(t)) and p.search(t)]
    assert turned_away == []


def test_a_string_shared_as_written_and_in_any_case_is_sought_both_ways():
    as_written, any_case = re.compile(r"\bsince\s+\d+"), re.compile(r"\bsince\s+\d+", re.IGNORECASE)
    screen = Screen([as_written, any_case, as_written, any_case])
    assert screen.possible("Since 2019", fold("Since 2019")) == (False, True, False, True)


START_CASES = yaml.safe_load((DATA / "regex_start_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", START_CASES, ids=[c["pattern"] for c in START_CASES])
def test_every_match_starts_with_one_of_the_strings_found(case):
    pattern = re.compile(case["pattern"], re.IGNORECASE)
    starts = required_starts(pattern)
    assert ([word for word, _ in starts] if starts else None) == case["starts"]
    cues = CueList((("cue", pattern),))
    for text in case["texts"]:
        assert cues.matches(text, 0, len(text)) == tuple(("cue", m.start(), m.end()) for m in pattern.finditer(text))
        assert all(text[m.start():].casefold().startswith(tuple(w.casefold() for w in case["starts"]))
                   for m in pattern.finditer(text)) if starts else True


@pytest.mark.parametrize("text, in_place", [("fined and sentenced", True), ("“Fined” – café, naïve", True),
                                            ("fıned", False), ("Straße", False), ("fİned", True),
                                            ("ſentenced", True)])
def test_a_text_folds_in_place_when_its_folding_keeps_each_place_and_what_matches_in_any_case(text, in_place):
    assert folds_in_place(text) is in_place


ODD_LETTERS = ["He was fıned 5 times.", "ſentenced to 4 years", "Fİned 300", "KILLED 3 in Straße", "the \u212aILLED"]


def test_windows_of_sentences_find_with_every_rule_what_a_scan_of_the_rules_the_screen_leaves_finds():
    cues = CueList((f"p{k}", p) for k, p in enumerate(PATTERNS_IN_USE))
    assert sum(cues.starts.anchored) > 0.5 * len(cues)
    for text in SENTENCES[::3] + ODD_LETTERS:
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3), (1, len(text) - 1)):
            window = text[lo:hi]
            scanned = tuple((name, m.start(), m.end()) for name, p in cues if may_match(p, window, fold(window))
                            for m in p.finditer(text, lo, hi))
            assert cues.matches(text, lo, hi) == scanned, (text, lo, hi)
