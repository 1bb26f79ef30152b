"""Which ISO 4217 code a currency had in a given year: a currency redenominated or replaced kept its name but took a
new code ("Belarusian rubles" are BYR until mid-2016 and BYN after; Turkish lira TRL until 2005), so an amount in a
document of an earlier year is in the old code. Source: ISO 4217 amendments (www.iso.org/iso-4217-currency-codes.html).
"""

# (code the currency names map to, the first full year of that code, the code in use before it): a document of the
# year of a mid-year changeover (Belarus, July 2016) mostly reports amounts of the months before it, in the old code.
ERAS = (
    ("BYN", 2017, "BYR"), ("TRY", 2005, "TRL"), ("AZN", 2006, "AZM"), ("GHS", 2008, "GHC"), ("RON", 2006, "ROL"),
    ("MZN", 2007, "MZM"), ("VES", 2019, "VEF"), ("ZMW", 2013, "ZMK"), ("TMT", 2009, "TMM"), ("SDG", 2007, "SDD"),
    ("RUB", 1998, "RUR"), ("BGN", 2000, "BGL"), ("ZWL", 2009, "ZWD"),
)
_BEFORE = {code: (first, old) for code, first, old in ERAS}


def code_in_year(code: str, year: int | None) -> str:
    """The code an amount in currency `code` had in `year` (the document's year); `code` itself when it was already
    in use then or the year is unknown."""
    era = _BEFORE.get(code)
    return era[1] if era and year is not None and year < era[0] else code


def in_year_currency(fig: dict, year: int | None) -> dict:
    """A money figure in the code its currency had in the document's year."""
    code = code_in_year(fig["unit"], year)
    return fig if code == fig["unit"] else {**fig, "unit": code}
