"""A cue list keeps its screen and its last whole-text matches itself: each list answers for its own cues, and a new
text is read anew."""

import re

import pytest

from extract.cue_list import CueList

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
    assert CUES.whole_matches(text) == _scanned(CUES, text, 0, len(text))


def test_a_list_asked_of_texts_in_turn_answers_each_as_new():
    for text in TEXTS + TEXTS[::-1]:
        assert CUES.whole_matches(text) == _scanned(CUES, text, 0, len(text))


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
    assert first.whole_matches("gamma") == () and second.whole_matches("gamma") == (("g", 0, 5),)


def test_a_list_hashes_and_compares_as_the_tuple_of_its_cues():
    same = CueList(tuple(CUES))
    assert hash(CUES) == hash(tuple(CUES)) == hash(same) and CUES == same
    assert {CUES: 1}[same] == 1
    assert hash(CUES) != hash(CueList(CUES[:2]))
