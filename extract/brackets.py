"""Round brackets in a sentence: what is said inside a pair of them belongs to what they hold, so a date inside
brackets a figure is not in ("58 (в 2024 году – 61)", "14,260 (13,985 as of May 12)") dates only their own
figures, while brackets holding the date alone gloss the words before them ("on Thursday (23 April)")."""

import re

_BARE = re.compile(r"[\s,.;:]*")


def enclosed_apart(text: str, start: int, end: int, outer: int) -> bool:
    """Whether the span [start, end) of a text sits inside a pair of round brackets that holds more than it and
    does not hold position `outer`."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.rfind(")", 0, start) > opened:
        return False
    closed = text.find(")", end)
    closed = len(text) if closed < 0 else closed
    alone = _BARE.fullmatch(text, opened + 1, start) and _BARE.fullmatch(text, end, closed)
    return not alone and not opened < outer <= closed
