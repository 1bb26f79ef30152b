"""The literal strings a regular expression cannot match without: a cheap test that skips scanning a text for a
pattern that cannot occur in it.

Most cue and date patterns name words ("fined", "since", a month and a year's "19" or "20"); a text that holds,
case-folded, none of the words one of those requirements allows cannot match, and substring tests on the folded
text cost far less than the scan. The analysis reads the pattern's parse tree and makes no requirement of anything
it does not follow.
"""

import re
from re import _constants as C  # noqa: N812 - the regex module's own parse-tree opcodes
from re import _parser

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# A required string shorter than this (a letter, a digit) is in almost every text: not worth a test.
_MIN_LENGTH = 2
# At most this many requirements are tested per text, the most telling first.
_MAX_TESTS = 3


def _all_of(items) -> list[frozenset[str]]:
    """Every requirement a sequence of parse items makes, each a set of strings one of which a match holds: each
    run of literal characters, and the requirements of each element that must match."""
    needs, run = [], []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            needs.append(frozenset({"".join(run).casefold()}))
            run = []
        needs.extend(_needs(op, av))
    if run:
        needs.append(frozenset({"".join(run).casefold()}))
    return needs


def _needs(op, av) -> list[frozenset[str]]:
    """The requirements of one parse item; none when it can match without any known string."""
    if op is C.SUBPATTERN:
        return _all_of(av[-1])
    if op is C.ATOMIC_GROUP:
        return _all_of(av)
    if op in _REPEATS:
        low, _, inner = av
        return _all_of(inner) if low >= 1 else []
    if op is C.BRANCH:
        telling = [_most_telling(_all_of(branch)) for branch in av[1]]
        return [] if any(t is None for t in telling) else [frozenset().union(*telling)]
    return []


def _shortest(need: frozenset[str]) -> int:
    return min(map(len, need))


def _most_telling(needs: list[frozenset[str]]) -> frozenset[str] | None:
    """The requirement whose shortest string is longest: the one fewest texts meet."""
    return max(needs, key=_shortest, default=None)


def _without_longer(need: frozenset[str]) -> tuple[str, ...]:
    """The strings of a requirement without those holding another of them ("fines" holds "fine")."""
    return tuple(sorted(w for w in need if not any(other != w and other in w for other in need)))


def required_literals(pattern: re.Pattern) -> tuple[tuple[str, ...], ...] | None:
    """Requirements every match of `pattern` meets, the most telling first: each a tuple of case-folded strings
    one of which the match holds (matched case-insensitively); None when the pattern makes none worth testing
    (or uses syntax the analysis does not follow)."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        needs = _all_of(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    kept = sorted({need for need in needs if _shortest(need) >= _MIN_LENGTH}, key=_shortest, reverse=True)
    return tuple(_without_longer(need) for need in kept[:_MAX_TESTS]) or None


# Patterns already read, by id, each with its pattern so that a new pattern given a freed id is read anew.
_READ: dict[int, tuple[re.Pattern, tuple[tuple[str, ...], ...] | None]] = {}
_READ_LIMIT = 4096


def may_match(pattern: re.Pattern, folded: str) -> bool:
    """Whether `pattern` could match somewhere in the text whose casefold() is `folded`: False only when the text
    holds no string of one of the requirements every match meets."""
    entry = _READ.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_READ) >= _READ_LIMIT:
            _READ.clear()
        entry = _READ[id(pattern)] = (pattern, required_literals(pattern))
    for need in entry[1] or ():
        for word in need:
            if word in folded:
                break
        else:
            return False
    return True
