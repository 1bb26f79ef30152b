"""How far around a number the extractor reads. A sentence of a report is read whole; a run longer than
SENTENCE_LIMIT characters (a flattened table, a line of junk) is read only NEAR characters on each side of
each number, so the work per number is bounded and extraction time grows linearly with the text; a run with
no letter at all is read only BARE characters around each number."""

import re

SENTENCE_LIMIT = 1_200
NEAR = 200
BARE = 30
_LETTER = re.compile(r"[^\W\d_]")


def clipped(start: int, end: int, at: int) -> tuple[int, int]:
    """The span [start, end), or NEAR characters on each side of position `at` when it is over SENTENCE_LIMIT."""
    if end - start <= SENTENCE_LIMIT:
        return start, end
    return max(start, at - NEAR), min(end, at + NEAR)


def sentence_reach(length: int, at: int) -> tuple[int, int]:
    """Where to look for the ends of the sentence holding position `at` of a text of `length` characters:
    SENTENCE_LIMIT on each side."""
    return max(0, at - SENTENCE_LIMIT), min(length, at + SENTENCE_LIMIT)


def wordless(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds no letter at all: then no cue can give a number meaning, and reading
    BARE characters around the number is enough."""
    return _LETTER.search(text, start, end) is None
