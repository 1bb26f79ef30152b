"""The literal strings a regular expression cannot match without: a cheap test that skips scanning a text for a
pattern that cannot occur in it.

Most cue and date patterns name words ("fined", "since", a capitalised month and a year's "19" or "20"); a text
that holds none of the words one of those requirements allows cannot match, and substring tests cost far less than
the scan. Words the pattern matches in any case are sought in the case-folded text, the others as written. The
analysis reads the pattern's parse tree and makes no requirement of anything it does not follow.

The parse tree comes from the standard library's private `re._parser`. It is only a shortcut: when that module is
missing, raises, or no longer reads a probe pattern as this analysis expects, no pattern gets a requirement, so no
text is skipped and every pattern is scanned — the same figures, only slower.
"""

import re
from functools import lru_cache
from operator import itemgetter

from ahocorasick_rs import AhoCorasick

try:
    import re._constants as C  # noqa: N812 - the regex module's own parse-tree opcodes
    import re._parser as _parser

    _REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):
    _parser = None
# A required string shorter than this (a letter, a digit) is in almost every text: not worth a test.
_MIN_LENGTH = 2
# At most this many requirements are tested per text, the most telling first.
_MAX_TESTS = 3
# The string's number in an Aho-Corasick match (number, start, end).
_FIRST = itemgetter(0)

# One requirement: strings one of which a match holds, each with whether it is matched as written (True) or in
# any case (False, the string case-folded).
Need = frozenset[tuple[str, bool]]


def _all_of(items, cased: bool) -> list[Need]:
    """Every requirement a sequence of parse items makes: each run of literal characters, and the requirements of
    each element that must match (`cased`: whether letters match only as written here)."""
    needs, run = [], []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            needs.append(_literal("".join(run), cased))
            run = []
        needs.extend(_needs(op, av, cased))
    if run:
        needs.append(_literal("".join(run), cased))
    return needs


def _literal(text: str, cased: bool) -> Need:
    return frozenset({(text if cased else text.casefold(), cased)})


def _needs(op, av, cased: bool) -> list[Need]:
    """The requirements of one parse item; none when it can match without any known string."""
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        cased = not add_flags & re.IGNORECASE and (cased or bool(del_flags & re.IGNORECASE))
        return _all_of(inner, cased)
    if op is C.ATOMIC_GROUP:
        return _all_of(av, cased)
    if op in _REPEATS:
        low, _, inner = av
        return _all_of(inner, cased) if low >= 1 else []
    if op is C.BRANCH:
        telling = [_most_telling(_all_of(branch, cased)) for branch in av[1]]
        return [] if any(t is None for t in telling) else [frozenset().union(*telling)]
    return []


def _shortest(need: Need) -> int:
    return min(len(word) for word, _ in need)


def _most_telling(needs: list[Need]) -> Need | None:
    """The requirement whose shortest string is longest: the one fewest texts meet."""
    return max(needs, key=_shortest, default=None)


def _without_longer(need: Need) -> tuple[tuple[str, bool], ...]:
    """The strings of a requirement without those holding another of the same kind ("fines" holds "fine")."""
    return tuple(sorted((word, cased) for word, cased in need
                        if not any(other != word and same == cased and other in word for other, same in need)))


def required_literals(pattern: re.Pattern) -> tuple[tuple[tuple[str, bool], ...], ...] | None:
    """Requirements every match of `pattern` meets, the most telling first: each the strings one of which the
    match holds, with whether it holds it as written (True) or in any case (False, the string case-folded); None
    when the pattern makes none worth testing (or uses syntax the analysis does not follow)."""
    if not _TRUSTED or not isinstance(pattern.pattern, str):
        return None
    return _parsed_requirements(pattern.pattern, pattern.flags)


@lru_cache(maxsize=4096)
def _parsed_requirements(source: str, flags: int) -> tuple[tuple[tuple[str, bool], ...], ...] | None:
    """required_literals read from the private parser's tree; None when the parser is missing or fails. Cached by
    the pattern's source and flags, all it reads: hashing a compiled pattern hashes its whole program."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(source, flags)
        needs = _all_of(parsed, not parsed.state.flags & re.IGNORECASE)
    except Exception:  # noqa: BLE001 - a private module may change in any release: then the pattern gets no requirement
        return None
    kept = sorted({need for need in needs if _shortest(need) >= _MIN_LENGTH}, key=_shortest, reverse=True)
    return tuple(_without_longer(need) for need in kept[:_MAX_TESTS]) or None


# A probe the analysis must read exactly so before it is trusted: a parser whose tree changed shape is not used.
_PROBE = re.compile(r"\b(?:alpha|omega)\s+(?-i:Beta)\s*(?:delta\s+)?\d+", re.IGNORECASE)
_PROBE_READING = ((("alpha", False), ("omega", False)), (("Beta", True),))
_TRUSTED = _parsed_requirements(_PROBE.pattern, _PROBE.flags) == _PROBE_READING


def fold(text: str) -> str:
    """The text as case-insensitive patterns are tested against it: case-folded, without the combining dot that
    folding leaves of a capital dotted I (which such a pattern matches as "i")."""
    return text.casefold().replace("\u0307", "")


def may_match(pattern: re.Pattern, text: str, folded: str) -> bool:
    """Whether `pattern` could match somewhere in `text` (`folded`: fold(text)): False only when the text holds no
    string of one of the requirements every match meets."""
    for need in required_literals(pattern) or ():
        for word, cased in need:
            if word in (text if cased else folded):
                break
        else:
            return False
    return True


class Screen:
    """may_match for every pattern of a list at once: the strings of all the list's requirements are found in a text
    by one Aho-Corasick pass over it (one automaton for the strings sought in any case, run on the folded text, one
    for those sought as written), and each pattern is asked only whether its requirements hold a string found. A
    string is found when it occurs anywhere in the text, overlapping others or not, as `in` finds it, so the answers
    are may_match's."""

    def __init__(self, patterns):
        requirements = [required_literals(pattern) or () for pattern in patterns]
        # The strings in any case first, then those as written; a string's number is its place in this order.
        strings = sorted({string for needs in requirements for need in needs for string in need},
                         key=lambda string: (string[1], string[0]))
        number = {string: k for k, string in enumerate(strings)}
        any_case = [word for word, cased in strings if not cased]
        as_written = [word for word, cased in strings if cased]
        self._any_case = AhoCorasick(any_case) if any_case else None
        self._as_written = AhoCorasick(as_written) if as_written else None
        self._first_written = len(any_case)
        needs = [[frozenset(number[string] for string in need) for need in pattern_needs]
                 for pattern_needs in requirements]
        self._count = len(needs)
        # The patterns with no requirement (always possible); per string, the patterns whose first requirement holds
        # it; per pattern, its other requirements.
        self._always = tuple(k for k, pattern_needs in enumerate(needs) if not pattern_needs)
        self._first: dict[int, list[int]] = {}
        for k, pattern_needs in enumerate(needs):
            for string in pattern_needs[0] if pattern_needs else ():
                self._first.setdefault(string, []).append(k)
        self._others = tuple(tuple(pattern_needs[1:]) for pattern_needs in needs)
        # The last text screened and its answer: the figures of a short sentence screen the same text in turn.
        self._last: tuple[str, tuple[bool, ...]] = ("", ())

    def possible(self, text: str, folded: str | None = None) -> tuple[bool, ...]:
        """For each pattern, may_match(pattern, text, folded) (`folded`: fold(text), folded here when not given)."""
        last_text, last = self._last
        if text == last_text and last:
            return last
        out = self._screened(text, fold(text) if folded is None else folded)
        self._last = (text, out)
        return out

    def _found(self, text: str, folded: str) -> set[int]:
        """The numbers of the strings the text holds."""
        found = set(map(_FIRST, self._any_case.find_matches_as_indexes(folded, overlapping=True))) \
            if self._any_case else set()
        if self._as_written:
            first = self._first_written
            found.update(first + k for k in set(map(_FIRST, self._as_written.find_matches_as_indexes(
                text, overlapping=True))))
        return found

    def _screened(self, text: str, folded: str) -> tuple[bool, ...]:
        out = [False] * self._count
        for k in self._always:
            out[k] = True
        found, others = self._found(text, folded), self._others
        for string in found:
            for k in self._first.get(string, ()):
                if not out[k] and all(not need.isdisjoint(found) for need in others[k]):
                    out[k] = True
        return tuple(out)
