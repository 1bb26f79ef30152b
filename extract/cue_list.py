"""A cue list: (rule id or name, pattern) pairs that extract.proximity scores, holding what is worked out once per
list (the Screen of its patterns and the Starts of their matches) and its last scan of a text to the text's end, as the figures of a sentence ask of
the same sentence in turn. The list is the cache's owner, so no module keeps lists by their id()."""

from functools import cached_property
from itertools import compress
from operator import and_

from extract.regex_literals import Screen, Starts, fold, search_at, tried_at

Matches = tuple[tuple[str, int, int], ...]
# Per pattern of a list, the (start, end) of each of its matches.
Spans = tuple[tuple[tuple[int, int], ...], ...]


class CueList(tuple):
    """An immutable tuple of (name, pattern) pairs with its screen and last scan to a text's end kept on it."""

    def __hash__(self) -> int:
        """The tuple's hash, computed once: hashing a compiled pattern hashes its whole program, and a list is hashed
        each time a cached function (language_data.any_cue) is asked of it."""
        found = self.__dict__.get("_hash")
        if found is None:
            found = self.__dict__["_hash"] = tuple.__hash__(self)
        return found

    @cached_property
    def screen(self) -> Screen:
        return Screen([pattern for _, pattern in self])

    def matches(self, text: str, lo: int, hi: int) -> Matches:
        """(name, start, end) of every match of each cue within [lo, hi) of a text, in the list's order; the list's
        last answer is kept, as the figures of a short sentence ask for the same window (the whole sentence) in turn."""
        last = self.__dict__.get("_last_matches")
        if last is not None and last[1] == lo and last[2] == hi and last[0] == text:
            return last[3]
        spans = self._to_end(text, lo) if hi == len(text) else self._spans(text, lo, hi)
        answer = tuple((name, s, e) for (name, _), found in zip(self, spans) for s, e in found if s >= lo)
        self._last_matches = (text, lo, hi, answer)
        return answer

    @cached_property
    def starts(self) -> Starts:
        return Starts([pattern for _, pattern in self])

    def _spans(self, text: str, lo: int, hi: int) -> Spans:
        """Per pattern, the spans pattern.finditer(text, lo, hi) finds: none when the screen rules the pattern out,
        else those of tries at the only places its matches can start (`starts`) or, when those are unknown, a scan."""
        window = text[lo:hi]
        folded = fold(window)
        possible = self.screen.possible(window, folded)
        wanted = tuple(map(and_, possible, self.starts.anchored))
        places = self.starts.places(window, folded, wanted) if any(wanted) else [None] * len(self)
        spans: list[tuple[tuple[int, int], ...]] = [()] * len(self)
        for k in compress(range(len(self)), possible):
            pattern, at = self[k][1], places[k]
            spans[k] = tuple(m.span() for m in (pattern.finditer(text, lo, hi) if at is None
                                                else tried_at(pattern, text, lo, hi, at)))
        return tuple(spans)

    def searched(self, text: str):
        """(name, first match in the text or None) of each cue the screen leaves possible, in the list's order, each
        sought when asked for (pattern.search, tried only where its matches can start)."""
        folded = fold(text)
        possible = self.screen.possible(text, folded)
        wanted = tuple(map(and_, possible, self.starts.anchored))
        places = self.starts.places(text, folded, wanted) if any(wanted) else [None] * len(self)
        return ((name, search_at(pattern, text, at)) for (name, pattern), may, at in zip(self, possible, places) if may)

    def _to_end(self, text: str, lo: int) -> Spans:
        """The spans of a scan from `lo` to the text's end, read off the list's last such scan of the same text when
        that began at or before `lo` (the figures of a sentence ask in turn from later and later starts). A scan from
        an earlier start finds the same matches from `lo` on as one from `lo`, pattern by pattern, unless one of its
        matches runs across `lo`: a scan from `lo` starts inside it, and that pattern is scanned anew from `lo`.
        Matches before `lo` are left to the caller to drop."""
        last = self.__dict__.get("_last")
        if last is None or last[1] > lo or last[0] != text:
            spans = self._spans(text, lo, len(text))
            self._last = (text, lo, spans)
            return spans
        if last[1] == lo:
            return last[2]
        return tuple(tuple(m.span() for m in pattern.finditer(text, lo)) if any(s < lo < e for s, e in found)
                     else found for (_, pattern), found in zip(self, last[2]))


class RuleList(tuple):
    """An immutable tuple of rules (each with a `pattern`) with the Screen of their patterns kept on it: a fixed
    group of rules asked of text after text is screened in one pass, not pattern by pattern."""

    @cached_property
    def screen(self) -> Screen:
        return Screen([r.pattern for r in self])

