"""Which currency a sign shared by several countries means in a document: "R" is the rand in a South African
story and the rouble in a Russian one, "Sh" the Kenyan, Tanzanian or Ugandan shilling, "Rs" the Indian, Pakistani,
Sri Lankan or Nepalese rupee. The document's currency for a sign is that of the country of the sign it names most,
when it names that country more often than the sign's first country (extract/lang/en/shared_signs.yaml).
"""

import re
from collections import Counter
from functools import lru_cache

from extract.language_data import table


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[dict[str, str], re.Pattern]]:
    """For each sign's first currency, its countries' names (name -> code) and one pattern for them, compiled once."""
    out = {}
    for first, names in table("en", "shared_signs", "sign_countries").items():
        names = {str(k): str(v) for k, v in names.items()}
        alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
        out[first] = names, re.compile(rf"(?<![\w.])(?:{alternation})(?![\w'])")
    return out


def local_currencies(text: str) -> dict[str, str]:
    """First currency -> the currency this English document means by the same sign, for each shared sign whose
    other country it names more often than the first ({"ZAR": "RUB"} in a story about Russia)."""
    out = {}
    for first, (names, pattern) in _countries().items():
        named = Counter(names[m.group(0)] for m in pattern.finditer(text))
        if not named:
            continue
        (code, count), *rest = named.most_common()
        if code != first and count > named[first] and not (rest and rest[0][1] == count):
            out[first] = code
    return out


def in_local_currency(fig: dict, local: dict[str, str]) -> dict:
    """A figure in the document's own currency for its sign, unless its mention names the sign's country itself
    ("Kenyan shillings" stays KES in a story about Uganda)."""
    code = local.get(fig["unit"])
    if code is None or _countries()[fig["unit"]][1].search(fig["mention"]):
        return fig
    return {**fig, "unit": code}
