"""Score keyword cues by their distance to a mention: the nearest cue names what the mention is about.

Words after the mention weigh a bit more than words before it ("three years' probation", "310 complaints").
"""

from extract.cue_list import CueList

WINDOW = 140


def nearest(cues: CueList, sentence: str, start: int, end: int,
            window: int = WINDOW) -> tuple[str | None, float]:
    """(name, distance) of the cue nearest the mention at [start, end) within `window` characters, else (None, inf);
    a cue overlapping the mention does not count."""
    best, best_distance = None, float("inf")
    for name, s, e in cues.matches(sentence, max(0, start - window), min(len(sentence), end + window)):
        if s >= end:
            distance = (s - end) * 0.8
        elif e <= start:
            distance = (start - e) * 1.0 + 2
        else:
            continue
        if distance < best_distance:
            best, best_distance = name, distance
    return best, best_distance
