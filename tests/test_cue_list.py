"""A cue list keeps its screen and its last scan to a text's end itself: each list answers for its own cues, a new
text is read anew, and a window to the text's end read off an earlier scan holds what a scan of the window finds."""

import re

import pytest

from extract.cue_list import CueList, RuleList
from extract.language_data import rules
from extract.regex_literals import fold, may_match

CUES = CueList((("fine", re.compile(r"\bfined\b")), ("arrest", re.compile(r"\barrest(?:ed)?\b", re.IGNORECASE)),
                ("fine", re.compile(r"\bpenalt(?:y|ies)\b"))))
TEXTS = ["Officers Arrested two men who were later fined.",
         "No penalty was paid; the court fined the firm and arrested its director.",
         "Nothing of the kind happened here.",
         "Officers Arrested two men who were later fined."]


def _scanned(cues, text, lo, hi):
    return tuple((name, m.start(), m.end()) for name, pattern in cues for m in pattern.finditer(text, lo, hi))


@pytest.mark.parametrize("text", TEXTS)
def test_whole_text_matches_are_every_match_of_each_cue_in_list_order(text):
    assert CUES.matches(text, 0, len(text)) == _scanned(CUES, text, 0, len(text))


def test_a_list_asked_of_texts_in_turn_answers_each_as_new():
    for text in TEXTS + TEXTS[::-1]:
        assert CUES.matches(text, 0, len(text)) == _scanned(CUES, text, 0, len(text))


def test_matches_within_a_window_leave_out_matches_outside_it():
    text = TEXTS[1]
    lo, hi = text.index("the court"), len(text)
    assert CUES.matches(text, lo, hi) == _scanned(CUES, text, lo, hi)
    assert all(name != "fine" or start > lo for name, start, _ in CUES.matches(text, lo, hi))


def test_each_cue_list_gets_its_own_screen():
    first = CueList((("a", re.compile("alpha")), ("b", re.compile("beta"))))
    second = CueList((("g", re.compile("gamma")),))
    assert first.screen.possible("beta", "beta") == (False, True)
    assert second.screen.possible("gamma", "gamma") == (True,)
    assert first.matches("gamma", 0, 5) == () and second.matches("gamma", 0, 5) == (("g", 0, 5),)


def test_a_list_hashes_and_compares_as_the_tuple_of_its_cues():
    same = CueList(tuple(CUES))
    assert hash(CUES) == hash(tuple(CUES)) == hash(same) and CUES == same
    assert {CUES: 1}[same] == 1
    assert hash(CUES) != hash(CueList(CUES[:2]))


# A pattern whose matches overlap where a later scan starts: "aXa" scanned from 0 finds one match, from 1 another.
OVERLAPPING = CueList((("x", re.compile(r"a\w*?a|Xa")), ("fine", re.compile(r"\bfined\b"))))


@pytest.mark.parametrize("text", TEXTS + ["aXa and baXab were fined", "nothing"])
def test_windows_to_the_end_asked_from_later_starts_find_what_a_scan_of_each_finds(text):
    for cues in (CUES, OVERLAPPING):
        for lo in range(len(text) + 1):
            assert cues.matches(text, lo, len(text)) == _scanned(cues, text, lo, len(text)), (text, lo)


@pytest.mark.parametrize("text", ["суд назначить # штраф в размер # мрп", "задержать # человек на акция",
                                  "возбудить # уголовный дело", "ничего не сказать"])
def test_a_rule_list_screens_each_rule_as_may_match_does(text):
    group = RuleList(rules("ru", "categories"))
    assert list(group.screen.possible(text, fold(text))) == [may_match(r.pattern, text, fold(text)) for r in group]
    assert any(group.screen.possible(text, fold(text))) or text == "ничего не сказать"


@pytest.mark.parametrize("text", TEXTS + ["aXa and baXab were fined", "nothing", "Fıned and ARRESTED"])
def test_each_cue_searched_is_found_where_a_search_finds_it(text):
    for cues in (CUES, OVERLAPPING):
        searched = [(name, m.span() if m else None) for name, m in cues.searched(text)]
        assert searched == [(name, m.span() if m else None) for name, pattern in cues
                            if may_match(pattern, text, fold(text)) for m in [pattern.search(text)]]
