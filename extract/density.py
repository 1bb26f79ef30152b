"""Where figures stand so close together that the words around them are too few to give them meaning: a
flattened table, a list of bare numbers, junk. Such figures take their kind's catch-all meaning without reading
cues, so that extraction time per figure stays small on number-dense text. Where number tokens are packed tighter
still, with hardly a letter between them, each is read as a bare number (extract.mentions) before any rule."""

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

WINDOW = 50
MIN_FIGURES = 3
LETTERS_PER_FIGURE = 4
# A packed run: PACKED_TOKENS number tokens within WINDOW characters and under PACKED_LETTERS letters per token
# outside them (no real report has one; a run of ones, digits between invisible marks or brackets does).
PACKED_TOKENS = 8
PACKED_LETTERS = 2
_LETTER = re.compile(r"[^\W\d_]")


class DensityIndex:
    """The figures of one paragraph (their spans, in text order), to tell for each whether it stands in a
    number-dense stretch."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.letters = [0, *accumulate(len(_LETTER.findall(text, s, e)) for s, e in spans)]

    def dense(self, start: int, end: int, lo: int, hi: int, least: int = MIN_FIGURES,
              letters: int = LETTERS_PER_FIGURE) -> bool:
        """Whether the figure at [start, end), read within [lo, hi), has at least `least` figures within WINDOW
        characters of it (itself included) and fewer than `letters` letters per figure outside them."""
        lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
        first, last = bisect_left(self.starts, lo), bisect_right(self.ends, hi)
        figures = last - first
        if figures < least:
            return False
        words = len(_LETTER.findall(self.text, lo, hi)) - (self.letters[last] - self.letters[first])
        return words < letters * figures

    def packed(self, start: int, end: int) -> bool:
        """Whether the number token at [start, end) stands in a packed run (PACKED_TOKENS, PACKED_LETTERS)."""
        return self.dense(start, end, 0, len(self.text), PACKED_TOKENS, PACKED_LETTERS)
