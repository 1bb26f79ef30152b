"""Which currency a sign shared by several countries means in a document: "R" is the rand in a South African
story and the rouble in a Russian one, "Sh" the Kenyan, Tanzanian or Ugandan shilling, "Rs" the Indian, Pakistani,
Sri Lankan or Nepalese rupee. The document's currency for a sign is that of the country of the sign it names most,
when it names that country more often than the sign's first country (extract/lang/en/shared_signs.yaml).
"""

import re
from collections import Counter
from functools import lru_cache

from extract.language_data import table


def names_pattern(names) -> re.Pattern:
    """One pattern for a set of country names as whole words, longest first (a name ending in "*" is the start of
    every word it begins: "Туркмен*" is "Туркмения", "Туркменистана"); the lookahead for the names' first letters
    spares trying every name at every character of a document."""
    alternation = "|".join(sorted((re.escape(name.removesuffix("*")) + (r"\w*" if name.endswith("*") else "")
                                   for name in names), key=len, reverse=True))
    first = "".join(sorted({re.escape(name[0]) for name in names}))
    return re.compile(rf"(?=[{first}])(?<![\w.])(?:{alternation})(?![\w'])")


def with_capitals(names: dict[str, str]) -> dict[str, str]:
    """The names with each also written in capitals, as datelines and headlines write places ("HARARE -", "LAHORE:")."""
    return {**{name.upper(): code for name, code in names.items()}, **names}


def most_named(named: Counter, first: str) -> str | None:
    """The currency whose country a document names most (`named`: how often, by currency) when it is not `first`,
    the sign's own, and is named more often than it and than any other; else None."""
    if not named:
        return None
    (code, count), *rest = named.most_common()
    return code if code != first and count > named[first] and not (rest and rest[0][1] == count) else None


def named_code(names: dict[str, str], word: str) -> str:
    """The code of the country name `word` is: itself in `names`, or the longest name ending in "*" it begins with."""
    if word in names:
        return names[word]
    return max(((name, code) for name, code in names.items() if name.endswith("*") and word.startswith(name[:-1])),
               key=lambda pair: len(pair[0]))[1]


@lru_cache(maxsize=4)
def _countries(language: str = "en") -> dict[str, tuple[dict[str, str], re.Pattern]]:
    """For each sign's first currency, its countries' names (name -> code) and one pattern for them, compiled once."""
    out = {}
    for first, names in table(language, "shared_signs", "sign_countries").items():
        names = with_capitals({str(k): str(v) for k, v in names.items()})
        out[first] = names, names_pattern(names)
    return out


def local_currencies(text: str, language: str = "en") -> dict[str, str]:
    """First currency -> the currency this document means by the same sign, for each shared sign whose other
    country it names more often than the first ({"ZAR": "RUB"} in a story about Russia, {"AZN": "TMT"} for
    "манат" in a Russian story about Turkmenistan)."""
    out = {}
    for first, (names, pattern) in _countries(language).items():
        code = most_named(Counter(named_code(names, m.group(0)) for m in pattern.finditer(text)), first)
        if code:
            out[first] = code
    return out


def paragraph_currencies(text: str, spans: list[tuple[int, int]], document: dict[str, str],
                         language: str = "en") -> dict[str, str]:
    """The local currencies of one paragraph: for each shared sign whose countries the paragraph names outside
    the amounts at `spans` ("900 белорусских рублей" names its own), the one it names most ("Корреспондента
    российского издания оштрафовали на 35 000 рублей" in a story about Belarus), a tie between the first and the
    `document`'s going to the one named last before the paragraph's first figure ("против российской базы суд
    Минска оштрафовал на 900 рублей"); else the `document`'s."""
    blanked = list(text)
    for start, end in spans:
        blanked[start:end] = " " * (end - start)
    blanked = "".join(blanked)
    out = {}
    for first, (names, pattern) in _countries(language).items():
        named = Counter(named_code(names, m.group(0)) for m in pattern.finditer(blanked))
        local = document.get(first)
        code = (most_named(named, first) or (_named_last(names, pattern, blanked[:spans[0][0] if spans else None])
                                             if local and named[local] == named[first] else None)) if named else local
        if code:
            out[first] = code
    return out


def _named_last(names: dict[str, str], pattern: re.Pattern, text: str) -> str | None:
    """The code of the country a text names last, if it names one."""
    last = None
    for last in pattern.finditer(text):
        pass
    return named_code(names, last.group(0)) if last else None


def in_local_currency(fig: dict, local: dict[str, str], language: str = "en") -> dict:
    """A figure in the document's own currency for its sign, unless its mention names the sign's country itself
    ("Kenyan shillings" stays KES in a story about Uganda) before the equivalent it gives in brackets ("340 рублей
    (9 тыс. российских рублей)" in a story about Belarus are Belarusian)."""
    code = local.get(fig["unit"])
    if code is None or _countries(language)[fig["unit"]][1].search(fig["mention"].partition("(")[0]):
        return fig
    return {**fig, "unit": code}
