"""Which countries a text names, and how often: one gazetteer per language (extract/lang/<language>/countries.yaml,
an ISO 3166 code with the names, peoples, towns and bodies that name its country), compiled once, for the modules
that decide what a country means for a document (its dollar, its currency for a shared sign, its reporting months).
"""

import re
from collections import Counter
from functools import cache

from ahocorasick_rs import AhoCorasick

from extract.language_data import table


def with_capitals(names: dict[str, str]) -> dict[str, str]:
    """The names with each also written in capitals, as datelines and headlines write places ("HARARE -", "LAHORE:")."""
    return {**{name.upper(): code for name, code in names.items()}, **names}


def named_code(names: dict[str, str], word: str) -> str:
    """The code of the country name `word` is: itself in `names`, or the longest name ending in "*" it begins with."""
    if word in names:
        return names[word]
    return max(((name, code) for name, code in names.items() if name.endswith("*") and word.startswith(name[:-1])),
               key=lambda pair: len(pair[0]))[1]


@cache
def country_names(language: str = "en") -> dict[str, str]:
    """Every name the language's gazetteer gives a country, with the country's ISO 3166 code."""
    return {str(name): str(code) for code, names in table(language, "countries", "countries").items()
            for name in names}


# How many characters of a text the gazetteer reads at a time, at least (to the next line break).
_BLOCK_CHARS = 1 << 16


class _Gazetteer:
    """Every country name of a language, also in capitals, with its country's code, and how to find them as whole
    words: one Aho-Corasick pass finds every place a name starts (not trying each of a thousand names at every
    capital, as one regular expression of them all did); then, left to right after the last name found, where no
    letter, digit or full stop comes before, the names starting there are tried longest first, and the first whose
    next character is no letter or digit (nor an apostrophe, unless `possessives`: "Nepal's") is the name found. A
    name ending in "*" is the start of every word it begins ("Туркмен*" is "Туркмения", "Туркменистана"). The
    names and this order are those of the regular expression (tests/test_countries_named.py holds it and finds
    the same names), so each text names the same countries."""

    def __init__(self, language: str, possessives: bool):
        self.names = with_capitals(country_names(language))
        self.possessives = possessives
        # The names longest first as a regular expression writes them (re.escape), ties in the names' order.
        ordered = [name for _, name in sorted(((_alternative(name), name) for name in self.names),
                                              key=lambda pair: len(pair[0]), reverse=True)]
        literals: dict[str, list[tuple[int, bool]]] = {}
        for order, name in enumerate(ordered):
            literals.setdefault(name.removesuffix("*"), []).append((order, name.endswith("*")))
        self.literals = list(literals)
        self.ways = [tuple(ways) for ways in literals.values()]
        self.automaton = AhoCorasick(self.literals)

    def mentions(self, text: str) -> list[str]:
        """The names found in the text, as written there, in its order: read in blocks of lines (no name holds a line
        break, and one before or after a name passes its checks as the text's start or end does), so a long document
        is not held whole by the automaton's reading with every occurrence of every name."""
        out, start = [], 0
        while start < len(text):
            end = text.find("\n", start + _BLOCK_CHARS)
            end = len(text) if end < 0 else end + 1
            out.extend(self._block_mentions(text[start:end]))
            start = end
        return out

    def _block_mentions(self, text: str) -> list[str]:
        starting: dict[int, list[tuple[int, bool, int]]] = {}
        for k, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True):
            starting.setdefault(start, []).extend((order, star, end) for order, star in self.ways[k])
        out, resume = [], 0
        for start in sorted(starting):
            if start < resume or start and (_is_word(text[start - 1]) or text[start - 1] == "."):
                continue
            ends = (self._end(text, star, end) for _, star, end in sorted(starting[start]))
            end = next((end for end in ends if end is not None), None)
            if end is not None:
                out.append(text[start:end])
                resume = end
        return out

    def _end(self, text: str, star: bool, end: int) -> int | None:
        """Where a name ending at `end` (a start of words when `star`, taking the word's other letters) ends its
        match, or None when what follows it rules it out."""
        if star:
            while end < len(text) and _is_word(text[end]):
                end += 1
        follows = text[end] if end < len(text) else ""
        return None if follows and (_is_word(follows) or follows == "'" and not self.possessives) else end


def _alternative(name: str) -> str:
    """A name as a regular expression of all names writes it (the order of length the names are tried in)."""
    return re.escape(name.removesuffix("*")) + (r"\w*" if name.endswith("*") else "")


def _is_word(char: str) -> bool:
    """Whether a character is one the regex module's \\w matches in a str pattern (a letter, a digit or "_")."""
    return char.isalnum() or char == "_"


@cache
def _gazetteer(language: str, possessives: bool) -> _Gazetteer:
    return _Gazetteer(language, possessives)


def country_mentions(text: str, language: str = "en", possessives: bool = False) -> list[str]:
    """The ISO 3166 code of the country each country name in the text names, in the text's order; a name with an
    apostrophe after it ("Canada's") counts only when `possessives`."""
    gazetteer = _gazetteer(language, possessives)
    return [named_code(gazetteer.names, name) for name in gazetteer.mentions(text)]


def countries_named(text: str, language: str = "en", possessives: bool = False) -> Counter:
    """How often the text names each country, by its ISO 3166 code (possessives as in country_mentions)."""
    return Counter(country_mentions(text, language, possessives))


def by_fact(named: Counter, fact_of: dict[str, str]) -> Counter:
    """How often a text names each value of a fact about countries (`fact_of`: country code -> the fact, such as its
    dollar), from how often it names each country (`named`); countries the fact table lacks do not count."""
    out = Counter()
    for country, count in named.items():
        if country in fact_of:
            out[fact_of[country]] += count
    return out
