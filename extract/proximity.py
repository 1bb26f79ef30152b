"""Score keyword cues by their distance to a mention: the nearest cue names what the mention is about.

Words after the mention weigh a bit more than words before it ("three years' probation", "310 complaints").
"""

import re

from extract.regex_literals import cue_screen

WINDOW = 140


def nearest(cues: list[tuple[str, re.Pattern]], sentence: str, start: int, end: int,
            window: int = WINDOW) -> tuple[str | None, float]:
    """(name, distance) of the cue nearest the mention at [start, end) within `window` characters, else (None, inf);
    a cue overlapping the mention does not count."""
    best, best_distance = None, float("inf")
    lo, hi = max(0, start - window), min(len(sentence), end + window)
    for (name, pattern), possible in zip(cues, cue_screen(cues).possible(sentence[lo:hi])):
        if not possible:
            continue
        for m in pattern.finditer(sentence, lo, hi):
            if m.start() >= end:
                distance = (m.start() - end) * 0.8
            elif m.end() <= start:
                distance = (start - m.end()) * 1.0 + 2
            else:
                continue
            if distance < best_distance:
                best, best_distance = name, distance
    return best, best_distance
