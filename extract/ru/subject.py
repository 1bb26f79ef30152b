"""A short subject for a Russian figure's chart label: the words that follow it to the next punctuation
("1 250 обращений граждан" -> "обращений граждан"), else the words before it."""

import re

MAX_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PUNCTUATION = ',.;:()!?«»"'
_BREAK = re.compile(f"[{re.escape(_PUNCTUATION)}]")


def subject_ru(sentence: str, start: int, end: int, unit: str) -> str:
    """What the figure counts, pays or serves, in the text's own words (only the text up to the punctuation on
    either side is read, so a long sentence costs no more per figure)."""
    stop = _BREAK.search(sentence, end)
    words = _WORDS.findall(sentence, end, stop.start() if stop else len(sentence))[:MAX_WORDS]
    if not words:
        since = max(sentence.rfind(mark, 0, start) for mark in _PUNCTUATION) + 1
        words = _WORDS.findall(sentence, since, start)[-MAX_WORDS:]
    return " ".join(words) or unit
