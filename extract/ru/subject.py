"""A short subject for a Russian figure's chart label: the words that follow it to the next punctuation
("1 250 обращений граждан" -> "обращений граждан"), else the words before it."""

import re

MAX_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def subject_ru(sentence: str, start: int, end: int, unit: str) -> str:
    """What the figure counts, pays or serves, in the text's own words."""
    after = re.split(r"[,.;:()!?«»\"]", sentence[end:], maxsplit=1)[0]
    words = _WORDS.findall(after)[:MAX_WORDS]
    if not words:
        before = re.split(r"[,.;:()!?«»\"]", sentence[:start])[-1]
        words = _WORDS.findall(before)[-MAX_WORDS:]
    return " ".join(words) or unit
