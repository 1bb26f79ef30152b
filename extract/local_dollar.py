"""Which dollar a document's bare "$" means: outside the United States a story set in a country whose own
currency is a dollar (Singapore, Canada, Australia ...) writes that dollar as "$", and "US$" for the American one.

The document's dollar country is the one its text marks: a prefixed dollar sign it writes elsewhere ("S$450",
"HK$2,600"), else the dollar country it names most, when it names it more often than the United States (a story set
in Jamaica that names one of its towns once and never the United States means the Jamaican dollar). A country that
priced in US dollars in the document's year (Zimbabwe from 2009 to 2018) has the US dollar as its "$".
"""

import re
from collections import Counter

from extract.currencies import SYMBOLS
from extract.countries_named import by_fact
from extract.language_data import table
from extract.local_currency import most_named

# A dollar sign with a country's letters glued before it ("S$", "HK$", "NZ$"); "US$" and "U.S.$" name USD.
_PREFIXED_DOLLAR = re.compile(r"(?<![A-Za-z.])((?:[A-Z]{1,2}|U\.S\.)\$)(?=\s?\d)")
# A bare dollar sign before a number (no letter glued before it, none after it: "$US", "$S"), or the word "dollars".
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z.$])\$(?![A-Za-z])|\b[Dd]ollars?\b")
# A mention that names the US dollar itself: "US$450", "$250 (USD)", "300 US dollars", "American dollars".
_NAMES_US_DOLLAR = re.compile(r"\bU\.?S\.?\b|\bUSD\b|US\$|\bAmerican\b|\bUnited\s+States\b")


def _prices_in_us_dollars(code: str, year: int | None) -> bool:
    """Whether the country of dollar `code` priced in US dollars in `year`."""
    years = table("en", "dollars", "us_dollar_years").get(code)
    return bool(years and year is not None and years[0] <= year <= years[1])


def local_dollar(text: str, named: Counter, year: int | None = None) -> str | None:
    """ISO code of the dollar a bare "$" in this English document of `year` means when it is not the US dollar, or
    None (`named`: how often the document names each country, extract.countries_named)."""
    written = {SYMBOLS.get(m.group(1).lower()) for m in _PREFIXED_DOLLAR.finditer(text)} - {None, "USD"}
    if len(written) == 1:
        return written.pop()
    if written:
        return None
    code = most_named(by_fact(named, table("en", "dollars", "dollar_of_country")), "USD")
    return None if code is None or _prices_in_us_dollars(code, year) else code


def writes_bare_dollar(mention: str) -> bool:
    """Whether a money mention writes its amount with a bare "$" or "dollars" and names no US dollar ("$250",
    "between $400 and $1,800", "two million dollars"; not "US$450", "$250 (USD)" or "300 US dollars")."""
    return bool(_BARE_DOLLAR.search(mention)) and not _NAMES_US_DOLLAR.search(mention)
