"""How far around a number the extractor reads. Sentences of reports are shorter than this; a longer run
(a flattened table, a line of junk) is read only this far on each side of each number, so the work per
number is bounded and extraction time grows linearly with the text."""

REACH = 600


def clipped(start: int, end: int, at: int) -> tuple[int, int]:
    """The span [start, end) cut to at most REACH characters on each side of position `at`."""
    return max(start, at - REACH), min(end, at + REACH)
