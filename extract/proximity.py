"""Score keyword cues by their distance to a mention: the nearest cue names what the mention is about.

Words after the mention weigh a bit more than words before it ("three years' probation", "310 complaints").
"""

import re

from extract.regex_literals import cue_screen

WINDOW = 140
# Cue lists whose matches in a whole text were found last, by the id of the list, each with that list (kept, so its id
# is not reused) and the text: the figures of a sentence ask of the same sentence in turn.
_FOUND: dict[int, tuple[object, str, tuple[tuple[str, int, int], ...]]] = {}
_FOUND_LIMIT = 4096


def nearest(cues: list[tuple[str, re.Pattern]], sentence: str, start: int, end: int,
            window: int = WINDOW) -> tuple[str | None, float]:
    """(name, distance) of the cue nearest the mention at [start, end) within `window` characters, else (None, inf);
    a cue overlapping the mention does not count."""
    best, best_distance = None, float("inf")
    lo, hi = max(0, start - window), min(len(sentence), end + window)
    for name, s, e in _whole(cues, sentence) if lo == 0 and hi == len(sentence) else _found(cues, sentence, lo, hi):
        if s >= end:
            distance = (s - end) * 0.8
        elif e <= start:
            distance = (start - e) * 1.0 + 2
        else:
            continue
        if distance < best_distance:
            best, best_distance = name, distance
    return best, best_distance


def _found(cues, text: str, lo: int, hi: int) -> tuple[tuple[str, int, int], ...]:
    """(name, start, end) of every match of each cue of a list within [lo, hi) of a text, in the list's order."""
    return tuple((name, m.start(), m.end()) for (name, pattern), possible in zip(cues, cue_screen(cues).possible(text[lo:hi]))
                 if possible for m in pattern.finditer(text, lo, hi))


def _whole(cues, text: str) -> tuple[tuple[str, int, int], ...]:
    """_found over the whole text, kept for the list's next question of the same text."""
    entry = _FOUND.get(id(cues))
    if entry is not None and entry[0] is cues and entry[1] == text:
        return entry[2]
    if len(_FOUND) >= _FOUND_LIMIT:
        _FOUND.clear()
    found = _found(cues, text, 0, len(text))
    _FOUND[id(cues)] = (cues, text, found)
    return found
