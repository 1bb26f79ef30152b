"""Which countries a text names, and how often: one gazetteer per language (extract/lang/<language>/countries.yaml,
an ISO 3166 code with the names, peoples, towns and bodies that name its country), compiled once, for the modules
that decide what a country means for a document (its dollar, its currency for a shared sign, its reporting months).
"""

import re
from collections import Counter
from functools import cache

from extract.language_data import table


def names_pattern(names, possessives: bool = False) -> re.Pattern:
    """One pattern for a set of country names as whole words, longest first (a name ending in "*" is the start of
    every word it begins: "Туркмен*" is "Туркмения", "Туркменистана"), and with an apostrophe after them only when
    `possessives` ("Nepal's"); the lookahead for the names' first letters spares trying every name at every
    character of a document."""
    alternation = "|".join(sorted((re.escape(name.removesuffix("*")) + (r"\w*" if name.endswith("*") else "")
                                   for name in names), key=len, reverse=True))
    first = "".join(sorted({re.escape(name[0]) for name in names}))
    after = r"\w" if possessives else r"[\w']"
    return re.compile(rf"(?=[{first}])(?<![\w.])(?:{alternation})(?!{after})")


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


@cache
def _gazetteer(language: str, possessives: bool) -> tuple[dict[str, str], re.Pattern]:
    """Every country name of a language, also in capitals, with its country's code, and one pattern for them all."""
    names = with_capitals(country_names(language))
    return names, names_pattern(names, possessives)


def country_mentions(text: str, language: str = "en", possessives: bool = False) -> list[str]:
    """The ISO 3166 code of the country each country name in the text names, in the text's order; a name with an
    apostrophe after it ("Canada's") counts only when `possessives`."""
    names, pattern = _gazetteer(language, possessives)
    return [named_code(names, m.group(0)) for m in pattern.finditer(text)]


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
