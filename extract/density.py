"""Where figures stand so close together that the words around them are too few to give them meaning: a
flattened table, a list of bare numbers, junk. Such figures take their kind's catch-all meaning without reading
cues, so that extraction time per figure stays small on number-dense text."""

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

WINDOW = 50
MIN_FIGURES = 3
LETTERS_PER_FIGURE = 4
_LETTER = re.compile(r"[^\W\d_]")


class DensityIndex:
    """The figures of one paragraph (their spans, in text order), to tell for each whether it stands in a
    number-dense stretch."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.letters = [0, *accumulate(len(_LETTER.findall(text, s, e)) for s, e in spans)]

    def dense(self, start: int, end: int, lo: int, hi: int) -> bool:
        """Whether the figure at [start, end), read within [lo, hi), has at least MIN_FIGURES figures within
        WINDOW characters of it (itself included) and fewer than LETTERS_PER_FIGURE letters per figure
        outside them."""
        lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
        first, last = bisect_left(self.starts, lo), bisect_right(self.ends, hi)
        figures = last - first
        if figures < MIN_FIGURES:
            return False
        words = len(_LETTER.findall(self.text, lo, hi)) - (self.letters[last] - self.letters[first])
        return words < LETTERS_PER_FIGURE * figures
