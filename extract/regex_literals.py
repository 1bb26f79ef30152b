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
from itertools import compress
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
    return _analysed(pattern.pattern, pattern.flags)[0]


def required_starts(pattern: re.Pattern) -> tuple[tuple[str, bool], ...] | None:
    """Strings one of which every match of `pattern` starts with, each with whether it is matched as written (True)
    or in any case (False, the string case-folded; then written in ASCII), or None when the pattern makes no such
    requirement the analysis follows or one of them is shorter than _MIN_LENGTH."""
    if not _TRUSTED or not isinstance(pattern.pattern, str):
        return None
    return _analysed(pattern.pattern, pattern.flags)[1]


@lru_cache(maxsize=4096)
def _analysed(source: str, flags: int) -> tuple[tuple[tuple[tuple[str, bool], ...], ...] | None,
                                                tuple[tuple[str, bool], ...] | None]:
    """(required_literals, required_starts) read from the private parser's tree, each None when the parser is
    missing or fails. Cached by the pattern's source and flags, all it reads: hashing a compiled pattern hashes its
    whole program."""
    if _parser is None:
        return None, None
    try:
        parsed = _parser.parse(source, flags)
        cased = not parsed.state.flags & re.IGNORECASE
        needs, starts = _all_of(parsed, cased), _starts(parsed, cased)
    except Exception:  # noqa: BLE001 - a private module may change in any release: then the pattern gets no requirement
        return None, None
    kept = sorted({need for need in needs if _shortest(need) >= _MIN_LENGTH}, key=_shortest, reverse=True)
    usable = starts and all(len(word) >= _MIN_LENGTH for word, _ in starts)
    return tuple(_without_longer(need) for need in kept[:_MAX_TESTS]) or None, tuple(sorted(starts)) if usable else None


def _starts(items, cased: bool) -> set[tuple[str, bool]] | None:
    """Strings one of which every match of a sequence of parse items starts with (each with whether it is matched
    as written), or None when a match may start otherwise: the run of literal characters its first consuming item
    begins, past zero-width items (word boundaries, lookarounds); an optional first item ("(?:criminal\\s+)?cases")
    adds the starts of what follows it. A run in any case is kept only when written in ASCII (Starts reads it so)."""
    run = []
    for k, (op, av) in enumerate(items):
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            return _run_starts("".join(run), cased, _item_starts(op, av, cased) if op in _LONGER else None)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op in _REPEATS and av[0] == 0:
            inner, rest = _starts(av[2], cased), _starts(list(items)[k + 1:], cased)
            return None if inner is None or rest is None else inner | rest
        return _item_starts(op, av, cased)
    return _run_starts("".join(run), cased, None) if run else None


def _run_starts(run: str, cased: bool, then: set[tuple[str, bool]] | None) -> set[tuple[str, bool]] | None:
    """The starts of a run of literal characters, each followed by a start of the item after it (`then`, when
    that must match and is read alike: "t" before "ook|aken" starts "took" or "taken"); None when a run read in any
    case is not ASCII."""
    if not (cased or run.isascii()):
        return None
    run = run if cased else run.casefold()
    if then and all(same == cased for _, same in then):
        return {(run + word, cased) for word, _ in then}
    return {(run, cased)}


# Items after a run of literal characters that continue it: the parser writes "took|taken" as "t" and "ook|aken".
_LONGER = (C.BRANCH, C.SUBPATTERN) if _parser is not None else ()


def _item_starts(op, av, cased: bool) -> set[tuple[str, bool]] | None:
    """_starts of one consuming parse item (a repeat here is one that must match at least once)."""
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return _starts(inner, not add_flags & re.IGNORECASE and (cased or bool(del_flags & re.IGNORECASE)))
    if op is C.ATOMIC_GROUP:
        return _starts(av, cased)
    if op in _REPEATS:
        return _starts(av[2], cased)
    if op is C.BRANCH:
        out = set()
        for branch in av[1]:
            starts = _starts(branch, cased)
            if starts is None:
                return None
            out |= starts
        return out
    return None


# A probe the analysis must read exactly so before it is trusted: a parser whose tree changed shape is not used.
_PROBE = re.compile(r"\b(?:alpha|omega)\s+(?-i:Beta)\s*(?:delta\s+)?\d+", re.IGNORECASE)
_PROBE_READING = (((("alpha", False), ("omega", False)), (("Beta", True),)), (("alpha", False), ("omega", False)))
_TRUSTED = _analysed(_PROBE.pattern, _PROBE.flags) == _PROBE_READING


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


def screened(pattern: re.Pattern, text: str) -> bool:
    """may_match(pattern, text, fold(text)), folding the text only for a pattern with requirements: asked before a
    search, a sub or a match of a pattern whose required strings most texts lack, it spares the scan of those."""
    return not required_literals(pattern) or may_match(pattern, text, fold(text))


def _automata(strings: set[tuple[str, bool]]) -> tuple[dict[tuple[str, bool], int], AhoCorasick | None,
                                                       AhoCorasick | None, int]:
    """Each (string, cased) its number, the strings in any case first, then those as written; one Aho-Corasick
    automaton for each group (None when empty); and the number of the first string as written."""
    ordered = sorted(strings, key=lambda string: (string[1], string[0]))
    any_case = [word for word, cased in ordered if not cased]
    as_written = [word for word, cased in ordered if cased]
    return ({string: k for k, string in enumerate(ordered)}, AhoCorasick(any_case) if any_case else None,
            AhoCorasick(as_written) if as_written else None, len(any_case))


class Screen:
    """may_match for every pattern of a list at once: the strings of all the list's requirements are found in a text
    by one Aho-Corasick pass over it (one automaton for the strings sought in any case, run on the folded text, one
    for those sought as written), and each pattern is asked only whether its requirements hold a string found. A
    string is found when it occurs anywhere in the text, overlapping others or not, as `in` finds it, so the answers
    are may_match's."""

    def __init__(self, patterns):
        requirements = [required_literals(pattern) or () for pattern in patterns]
        number, self._any_case, self._as_written, self._first_written = _automata(
            {string for needs in requirements for need in needs for string in need})
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


_ASCII_ANY_CASE = re.compile(r"[\x00-\x7f]", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _folds_in_place(char: str) -> bool:
    """Whether a non-ASCII character folds to one character, and the ASCII characters the regex module matches it
    with in any case are those that fold as it does: none when it folds to a non-ASCII character, "s" and "S" for a
    long "ſ". Not so of a dotless "ı" (matched by "i", folded to itself) or of "ß" (folded to two)."""
    folded = fold(char)
    if len(folded) != 1:
        return False
    if not folded.isascii():
        return _ASCII_ANY_CASE.fullmatch(char) is None
    return {a for a in map(chr, range(128)) if re.fullmatch(re.escape(a), char, re.IGNORECASE)} == \
        {a for a in map(chr, range(128)) if fold(a) == folded}


def folds_in_place(text: str) -> bool:
    """Whether fold(text) has each character of `text` at its own place, and a case-insensitive ASCII string is
    found in it where the regex module matches it in `text` (every character folds in place)."""
    return text.isascii() or all(_folds_in_place(char) for char in set(text) if not char.isascii())


class Starts:
    """Where the matches of each pattern of a list may start in a text: at the places its required_starts strings
    occur (one Aho-Corasick pass for the strings of the whole list in any case, over the folded text, and one for
    those as written), so a pattern is tried there alone instead of at every character."""

    def __init__(self, patterns):
        starts = [required_starts(pattern) for pattern in patterns]
        number, self._any_case, self._as_written, self._first_written = _automata(
            {string for found in starts if found for string in found})
        # Per string, the patterns it starts; per pattern, whether it has starts and whether any is in any case.
        self._owners: list[list[int]] = [[] for _ in number]
        for k, found in enumerate(starts):
            for string in found or ():
                self._owners[number[string]].append(k)
        self.anchored = tuple(found is not None for found in starts)
        self._any = tuple(bool(found) and any(not cased for _, cased in found) for found in starts)

    def places(self, text: str, folded: str, wanted: tuple[bool, ...]) -> list[list[int] | None]:
        """Per pattern `wanted`, the sorted places in `text` its matches may start at, else None: also when it must be
        scanned whole (it has no starts, or some are in any case and `text` does not fold in place)."""
        in_place = len(folded) == len(text) and folds_in_place(text)
        out: list[list[int] | None] = [None] * len(wanted)
        anchored, any_case = self.anchored, self._any
        # Few patterns of a list are wanted for a text: only theirs are read.
        filled = [k for k in compress(range(len(wanted)), wanted) if anchored[k] and (in_place or not any_case[k])]
        if not filled:
            return out
        for k in filled:
            out[k] = []
        hits = []
        if self._any_case and in_place:
            hits = self._any_case.find_matches_as_indexes(folded, overlapping=True)
        if self._as_written:
            first = self._first_written
            hits += [(first + k, s, e) for k, s, e in self._as_written.find_matches_as_indexes(text, overlapping=True)]
        owners = self._owners
        for k, start, _ in hits:
            for pattern in owners[k]:
                places = out[pattern]
                if places is not None:
                    places.append(start)
        for k in filled:
            if out[k]:
                out[k] = sorted(set(out[k]))
        return out


def tried_at(pattern: re.Pattern, text: str, lo: int, hi: int, places: list[int]) -> list[re.Match]:
    """The matches pattern.finditer(text, lo, hi) finds, trying the pattern only at `places` (sorted, counted from
    `lo`), the only places its matches can start (Starts.places): each match is the one a scan reaching its start
    finds there, and the next is sought from its end. A match holds its first string, so none is empty."""
    out, resume = [], lo
    for place in places:
        start = lo + place
        if start >= resume:
            m = pattern.match(text, start, hi)
            if m:
                out.append(m)
                resume = m.end()
    return out


def search_at(pattern: re.Pattern, text: str, places: list[int] | None) -> re.Match | None:
    """pattern.search(text), trying the pattern only at `places` (Starts.places; None: everywhere)."""
    if places is None:
        return pattern.search(text)
    return next((m for m in map(lambda place: pattern.match(text, place), places) if m), None)
