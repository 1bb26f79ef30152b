"""The literal strings a regular expression cannot match without: a cheap test that skips scanning a text for a
pattern that cannot occur in it.

Most cue and date patterns name words ("fined", "since", a month); a text holding none of a pattern's required
words, case-folded, cannot match it, and a substring test on the folded text costs far less than the scan. The
analysis reads the pattern's parse tree and gives up (no requirement) on anything it does not follow.
"""

import re
from re import _constants as C  # noqa: N812 - the regex module's own parse-tree opcodes
from re import _parser

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# Fewer than this many characters in the shortest required string tell too little to be worth a test.
_MIN_LENGTH = 2


def _sequence(items) -> frozenset[str] | None:
    """The most telling requirement of a sequence of parse items: of each literal run and each element that
    must match, the one whose shortest string is longest."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            better(frozenset({"".join(run).casefold()}))
            run = []
        better(_item(op, av))
    if run:
        better(frozenset({"".join(run).casefold()}))
    return best


def _item(op, av) -> frozenset[str] | None:
    """The requirement of one parse item, or None when it can match without any known string."""
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op in _REPEATS:
        low, _, inner = av
        return _sequence(inner) if low >= 1 else None
    if op is C.BRANCH:
        found = [_sequence(branch) for branch in av[1]]
        if any(f is None for f in found):
            return None
        return frozenset().union(*found)
    return None


def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Case-folded strings one of which every match of `pattern` holds (matched case-insensitively), none holding
    another, or None when the pattern needs none that is worth testing (or uses syntax the analysis does not
    follow)."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        found = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    if not found or min(map(len, found)) < _MIN_LENGTH:
        return None
    return tuple(sorted(w for w in found if not any(other != w and other in w for other in found)))


# Patterns already read, by id, each with its pattern so that a new pattern given a freed id is read anew.
_READ: dict[int, tuple[re.Pattern, tuple[str, ...] | None]] = {}
_READ_LIMIT = 4096


def may_match(pattern: re.Pattern, folded: str) -> bool:
    """Whether `pattern` could match somewhere in the text whose casefold() is `folded`: False only when the text
    holds none of the strings every match needs."""
    entry = _READ.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_READ) >= _READ_LIMIT:
            _READ.clear()
        entry = _READ[id(pattern)] = (pattern, required_literals(pattern))
    needed = entry[1]
    if needed is None:
        return True
    for word in needed:
        if word in folded:
            return True
    return False
