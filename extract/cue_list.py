"""A cue list: (rule id or name, pattern) pairs that extract.proximity scores, holding what is worked out once per
list (the Screen of its patterns) and the matches it found last in a whole text, as the figures of a sentence ask
of the same sentence in turn. The list is the cache's owner, so no module keeps lists by their id()."""

from functools import cached_property

from extract.regex_literals import Screen

Matches = tuple[tuple[str, int, int], ...]


class CueList(tuple):
    """An immutable tuple of (name, pattern) pairs with its screen and last whole-text matches kept on it."""

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
        """(name, start, end) of every match of each cue within [lo, hi) of a text, in the list's order."""
        possible = self.screen.possible(text[lo:hi])
        return tuple((name, m.start(), m.end()) for (name, pattern), may in zip(self, possible) if may
                     for m in pattern.finditer(text, lo, hi))

    def whole_matches(self, text: str) -> Matches:
        """matches over the whole text, kept for the list's next question of the same text."""
        last = getattr(self, "_last", None)
        if last is not None and last[0] == text:
            return last[1]
        found = self.matches(text, 0, len(text))
        self._last = (text, found)
        return found
