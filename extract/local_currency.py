"""Which currency a sign shared by several countries means in a document: "R" is the rand in a South African
story and the rouble in a Russian one, "Sh" the Kenyan, Tanzanian or Ugandan shilling, "Rs" the Indian, Pakistani,
Sri Lankan or Nepalese rupee. The document's currency for a sign is that of the country of the sign it names most,
when it names that country more often than the sign's first country (extract/lang/en/shared_signs.yaml).
"""

from collections import Counter
from functools import cache

from extract.countries_named import by_fact, countries_named, country_mentions
from extract.language_data import table


def most_named(named: Counter, first: str) -> str | None:
    """The currency whose country a document names most (`named`: how often, by currency) when it is not `first`,
    the sign's own, and is named more often than it and than any other; else None."""
    if not named:
        return None
    (code, count), *rest = named.most_common()
    return code if code != first and count > named[first] and not (rest and rest[0][1] == count) else None


@cache
def _sign_countries(language: str = "en") -> dict[str, dict[str, str]]:
    """For each sign's first currency, its countries (ISO 3166 code -> the currency it means there)."""
    return {first: {str(k): str(v) for k, v in currency_of.items()}
            for first, currency_of in table(language, "shared_signs", "sign_countries").items()}


def local_currencies(named: Counter, language: str = "en") -> dict[str, str]:
    """First currency -> the currency a document means by the same sign, for each shared sign whose other
    country it names more often than the first (`named`: how often it names each country, extract.countries_named;
    {"ZAR": "RUB"} in a story about Russia, {"AZN": "TMT"} for "манат" in a Russian story about Turkmenistan)."""
    out = {}
    for first, currency_of in _sign_countries(language).items():
        code = most_named(by_fact(named, currency_of), first)
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
    before = blanked[:spans[0][0] if spans else None]
    countries = countries_named(blanked, language)
    out = {}
    for first, currency_of in _sign_countries(language).items():
        named = by_fact(countries, currency_of)
        local = document.get(first)
        tie = local and named[local] == named[first]
        if named:
            code = most_named(named, first) or (_named_last(currency_of, before, language) if tie else None)
        else:
            code = local
        if code:
            out[first] = code
    return out


def _named_last(currency_of: dict[str, str], text: str, language: str) -> str | None:
    """The currency of the last of the sign's countries (`currency_of`) the text names, if it names one."""
    return next((currency_of[country] for country in reversed(country_mentions(text, language))
                 if country in currency_of), None)


def in_local_currency(fig: dict, local: dict[str, str], language: str = "en") -> dict:
    """A figure in the document's own currency for its sign, unless its mention names the sign's country itself
    ("Kenyan shillings" stays KES in a story about Uganda) before the equivalent it gives in brackets ("340 рублей
    (9 тыс. российских рублей)" in a story about Belarus are Belarusian)."""
    code = local.get(fig["unit"])
    if code is None or any(country in _sign_countries(language)[fig["unit"]]
                           for country in country_mentions(fig["mention"].partition("(")[0], language)):
        return fig
    return {**fig, "unit": code}
