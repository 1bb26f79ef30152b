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
    for name, distance in _distances(cues.matches(sentence, max(0, start - window), min(len(sentence), end + window)),
                                     start, end):
        if distance < best_distance:
            best, best_distance = name, distance
    return best, best_distance


def nearest_by_group(cues: CueList, sentence: str, start: int, end: int,
                     window: int = WINDOW) -> dict[str, tuple[str, float]]:
    """`nearest` for each group of a list whose names are (group, name) pairs, read off one scan of the window: a
    list's matches are found pattern by pattern, so those of a group's patterns are the ones its own list finds, in
    the same order. Groups with no cue in reach are left out."""
    best: dict[str, tuple[str, float]] = {}
    for (group, name), distance in _distances(
            cues.matches(sentence, max(0, start - window), min(len(sentence), end + window)), start, end):
        if distance < best.get(group, _NONE)[1]:
            best[group] = (name, distance)
    return best


_NONE = (None, float("inf"))


def _distances(matches, start: int, end: int):
    """(name, distance) of each match that does not overlap the mention at [start, end), in order."""
    for name, s, e in matches:
        if s >= end:
            yield name, (s - end) * 0.8
        elif e <= start:
            yield name, (start - e) * 1.0 + 2
