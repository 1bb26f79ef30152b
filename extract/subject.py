"""A short phrase saying what a figure quantifies: the noun phrase after a count, or the penalty or
period a money or duration figure belongs to."""

import re

from extract.mentions import Mention

_STOP = re.compile(r"\b(?:was|were|is|are|had|has|have|who|which|that|whom|in|on|at|by|from|during|after|before|"
                   r"since|because|while|when|to|and|or|but|as|with)\b|[,.;:()–—]", re.IGNORECASE)
_LABELS = {
    "fine": "fine", "bribe": "bribe", "wage": "wage", "money_other": "amount", "prison_term": "prison term",
    "probation": "probation", "administrative_arrest": "administrative arrest", "ban": "ban",
    "compulsory_work": "compulsory work", "detention": "detention", "legal_time_limit": "legal time limit",
    "duration_other": "duration", "percent": "share", "ratio": "ratio", "age": "age", "other": "distance",
}


def _phrase_after(sentence: str, end: int, words: int = 6) -> str:
    rest = sentence[end:]
    stop = _STOP.search(rest)
    if stop and stop.start() == 0:
        rest = rest[1:]
        stop = _STOP.search(rest)
    piece = rest[:stop.start()] if stop else rest
    return " ".join(piece.split()[:words])


def subject_of(mention: Mention, sentence: str, start: int, end: int, category: str) -> str:
    """What the figure at [start, end) of sentence counts, pays or lasts."""
    after = _phrase_after(sentence, end)
    if mention.kind == "count":
        of = re.match(r"^\s*of\s+(?:the\s+)?((?:[\w’'-]+\s*){1,5})", sentence[end:])
        return (after or (of.group(1).strip() if of else "")) or "count"
    label = _LABELS.get(category, category)
    tail = re.match(r"^\W*(?:of|for|on|in)\s+((?:[\w’'-]+\s*){1,6})", sentence[end:])
    return f"{label} {'for ' + tail.group(1).strip() if tail else ''}".strip()
