"""World currency names, plurals, symbols and codes mapped to ISO 4217 codes, so an amount in any major
currency ("7 million riels", "Rp 5,000", "KHR 400") is read as money. Source: ISO 4217 list of codes
(www.iso.org/iso-4217-currency-codes.html) and each currency's usual English name and plural.

A bare name shared by several countries ("pesos", "dinars", "francs") maps to the code most often meant in
human-rights reporting; a country adjective written before it ("Philippine pesos") picks the exact code.
"""

import re

from extract.currency_eras import ERAS
from extract.language_data import mapping, rule


def alternation(signs) -> str:
    """Signs as a regex alternation, longest first."""
    return "|".join(sorted(map(re.escape, signs), key=len, reverse=True))


# (ISO code, the English names and plurals written after a number, comma-separated)
NAMES = (
    ("KZT", "tenge, tenges"), ("USD", "dollar, dollars, us dollar, us dollars, u.s. dollar, u.s. dollars, american dollars, "
            "united states dollar, united states dollars"),
    ("EUR", "euro, euros"), ("RUB", "ruble, rubles, rouble, roubles, russian rubles"),
    ("KGS", "som, soms, kyrgyz som"), ("AZN", "manat, manats"), ("UZS", "sum, sums, soum, soums, uzbek soums"),
    ("TJS", "somoni, somonis, tajik somoni, tajik somonis"), ("BYN", "belarusian ruble, belarusian rubles"),
    ("GBP", "pound, pounds, pounds sterling, british pounds"),
    ("CNY", "yuan, renminbi"), ("UAH", "hryvnia, hryvnias, hryvnya, hryvni"), ("GEL", "lari, laris"),
    ("AMD", "dram, drams"), ("INR", "rupee, rupees, indian rupees"), ("NGN", "naira, nairas"),
    ("TRY", "lira, liras, lire, turkish lira, turkish liras, turkish lire"), ("JPY", "yen"), ("KHR", "riel, riels"), ("VND", "dong"),
    ("THB", "baht"), ("MMK", "kyat, kyats"), ("BDT", "taka, takas"), ("IDR", "rupiah, rupiahs"),
    ("MYR", "ringgit, ringgits"), ("MXN", "peso, pesos, mexican pesos"), ("BRL", "reais, brazilian real"),
    ("ZAR", "rand, rands"), ("KES", "shilling, shillings, kenyan shillings"), ("ETB", "birr, birrs"),
    ("GHS", "cedi, cedis"), ("GMD", "dalasi, dalasis"), ("IQD", "dinar, dinars, iraqi dinars"), ("AED", "dirham, dirhams"),
    ("SAR", "riyal, riyals, saudi riyals"), ("IRR", "rial, rials, iranian rials"),
    # Not ISO 4217: the toman, ten rials, the unit Iranian prices, fines and bail are quoted in (code in common use).
    ("IRT", "toman, tomans, iranian toman, iranian tomans"), ("PLN", "zloty, zlotys, zlotych"),
    ("HUF", "forint, forints"), ("CZK", "koruna, korunas, czech crowns"), ("BGN", "lev, leva, levs"),
    ("RON", "leu, lei, romanian lei"), ("MDL", "moldovan lei, moldovan leu"), ("HRK", "kuna, kunas"),
    ("XOF", "franc, francs, cfa franc, cfa francs"), ("CHF", "swiss franc, swiss francs"),
    ("SEK", "krona, kronor, swedish krona, swedish kronor"), ("NOK", "norwegian krone, norwegian kroner"),
    ("DKK", "krone, kroner, danish krone, danish kroner"), ("ISK", "icelandic krona, icelandic kronur"),
    ("KRW", "won, south korean won"), ("KPW", "north korean won"), ("AFN", "afghani, afghanis"),
    ("PKR", "pakistani rupee, pakistani rupees"), ("LKR", "sri lankan rupee, sri lankan rupees"),
    ("NPR", "nepalese rupee, nepalese rupees, nepali rupees"), ("PHP", "philippine peso, philippine pesos"),
    ("COP", "colombian peso, colombian pesos"), ("ARS", "argentine peso, argentine pesos"),
    ("CLP", "chilean peso, chilean pesos"), ("CUP", "cuban peso, cuban pesos"),
    ("UGX", "ugandan shilling, ugandan shillings"), ("TZS", "tanzanian shilling, tanzanian shillings"),
    ("SOS", "somali shilling, somali shillings"), ("EGP", "egyptian pound, egyptian pounds"),
    ("SDG", "sudanese pound, sudanese pounds"), ("SSP", "south sudanese pound, south sudanese pounds"),
    ("LBP", "lebanese pound, lebanese pounds, lebanese lira"), ("SYP", "syrian pound, syrian pounds, syrian lira"),
    ("JOD", "jordanian dinar, jordanian dinars"), ("DZD", "algerian dinar, algerian dinars"),
    ("TND", "tunisian dinar, tunisian dinars"), ("RSD", "serbian dinar, serbian dinars"),
    ("KWD", "kuwaiti dinar, kuwaiti dinars"), ("LYD", "libyan dinar, libyan dinars"),
    ("BHD", "bahraini dinar, bahraini dinars"), ("MAD", "moroccan dirham, moroccan dirhams"),
    ("QAR", "qatari riyal, qatari riyals"), ("OMR", "omani rial, omani rials"), ("YER", "yemeni rial, yemeni rials"),
    ("AUD", "australian dollar, australian dollars"), ("CAD", "canadian dollar, canadian dollars"),
    ("HKD", "hong kong dollar, hong kong dollars"), ("SGD", "singapore dollar, singapore dollars"),
    ("TWD", "new taiwan dollar, new taiwan dollars, taiwan dollars"), ("NZD", "new zealand dollars"),
    ("ZWL", "zimbabwe dollars, zimbabwean dollars"), ("LRD", "liberian dollar, liberian dollars"),
    ("XAF", "central african cfa francs"), ("CDF", "congolese franc, congolese francs"),
    ("RWF", "rwandan franc, rwandan francs"), ("BIF", "burundian franc, burundian francs"),
    ("GNF", "guinean franc, guinean francs"), ("ILS", "shekel, shekels, new shekels, new israeli shekels"),
    ("MNT", "tugrik, tugriks, tugrug, tugrugs, tughrik, tughriks, togrog, togrogs"), ("LAK", "kip"), ("MWK", "kwacha, kwachas, malawian kwacha"),
    ("ZMW", "zambian kwacha"), ("XOF", "west african cfa francs"), ("VES", "bolivar, bolivars, bolivares"),
    ("PEN", "sol, soles"), ("GTQ", "quetzal, quetzales"), ("HNL", "lempira, lempiras"), ("NIO", "cordoba, cordobas"),
    ("PYG", "guarani, guaranis"), ("BOB", "boliviano, bolivianos"), ("TMT", "turkmen manat"), ("ERN", "nakfa"),
    ("MZN", "metical, meticais"), ("AOA", "kwanza, kwanzas"), ("SLL", "leone, leones"),
    # Not ISO 4217: Kazakhstan's monthly calculation index, the unit its laws set fines and benefits in.
    ("MCI", "mci, mcis, monthly calculation index, monthly calculation indices, monthly calculation indexes, "
            "monthly calculation indicator, monthly calculation indicators, мрп, аек"),
    # Not ISO 4217: Mexico's unit of measure and update, the unit of account its laws set fines in since 2016.
    ("UMA", "uma, umas, unit of measure and update, units of measure and update"),
    # Not ISO 4217: Belarus's base amount, the unit its laws set fines in (BV, as the Russian side reads "базовая величина").
    ("BV", "base unit, base units, basic unit, basic units, base amount, base amounts, basic amount, basic amounts"),
)

# Symbols and abbreviations written before a number, lower case without spaces ("u.s.$", "rs.").
SYMBOLS = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "€": "EUR", "£": "GBP",
    "₸": "KZT", "₽": "RUB", "₹": "INR", "₦": "NGN", "₺": "TRY", "₴": "UAH",
    "a$": "AUD", "c$": "CAD", "hk$": "HKD", "s$": "SGD", "nt$": "TWD", "r$": "BRL", "n$": "NAD", "z$": "ZWL",
    "₫": "VND", "฿": "THB", "৳": "BDT", "₩": "KRW", "₱": "PHP", "₪": "ILS", "₾": "GEL", "₼": "AZN", "₭": "LAK",
    "zł": "PLN", "¥": "JPY", "f$": "FJD", "fj$": "FJD", "tt$": "TTD", "j$": "JMD",
    # Australian and Asian press write the dollar sign first: "$US47 trillion", "$A61,240".
    "$us": "USD", "$a": "AUD", "$au": "AUD", "$c": "CAD", "$nz": "NZD", "$hk": "HKD", "$s": "SGD", "$f": "FJD",
    "$fj": "FJD",
}
# The dollar signs in SYMBOLS with letters, and the letters written after the sign ("$US", "$A") or before it ("HK$",
# "US$"; the US dollar's may stand apart from it: "US $500"), as regex alternations.
_LETTERED_DOLLARS = sorted((sign for sign in SYMBOLS if "$" in sign and sign != "$"), key=len, reverse=True)
LETTERS_AFTER_DOLLAR = alternation(sign[1:].upper() for sign in _LETTERED_DOLLARS if sign.startswith("$"))
LETTERS_BEFORE_DOLLAR = "|".join(re.escape(sign[:-1].upper()) + (r"\s?" if SYMBOLS[sign] == "USD" else "")
                                 for sign in _LETTERED_DOLLARS if sign.endswith("$"))
# The symbols of one character other than the dollar sign ("€", "₸"), as a regex character class.
ONE_CHARACTER_SYMBOLS = f"[{''.join(re.escape(sign) for sign in SYMBOLS if len(sign) == 1 and sign != '$')}]"


# Currency abbreviations written before an amount ("Rs 75,000", "Sh20,000", "Taka 14,500"), and the one-letter
# signs ("N4,000", "R3 million") that are money only before an amount written as money: extract/lang/en/money.yaml.
SIGNS_BEFORE = mapping("en", "money", "signs_before")
# Currency abbreviations written after an amount that are no ISO code ("34,000 LD").
SIGNS_AFTER = mapping("en", "money", "signs_after")
# Signs glued after an amount ("3,000,000/=").
SIGNS_GLUED_AFTER = mapping("en", "money", "signs_glued_after")
GUARDED_SIGNS_BEFORE = mapping("en", "money", "guarded_signs_before")
_GUARDED_AMOUNT = rule("en", "money", "money.guarded_sign_amount").pattern

# The codes of today's currencies and those they replaced ("BYR 700,000" in a report of 2009: extract/currency_eras.py).
CODES = frozenset({code for code, _ in NAMES} | set(SYMBOLS.values()) | set(SIGNS_BEFORE.values()) |
                  {old for _, _, old in ERAS})

# ISO codes and dollar forms that may be written glued to the number ("USD10m", "$US47 trillion").
GLUED_LETTER_SYMBOL_BEFORE = re.compile(rf"(?<![A-Za-z])(?:\$(?:{LETTERS_AFTER_DOLLAR})|{'|'.join(sorted(CODES))})\.?$")


_SIGN_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<sign>{alternation(SIGNS_BEFORE)})\s?|(?P<letter>{alternation(GUARDED_SIGNS_BEFORE)})"
    r"(?:(?<=[A-Z]{2})\s)?)$")


def sign_before(before: str, after: str) -> tuple[int, str] | None:
    """(length, ISO code) of the currency abbreviation that ends `before` and writes the amount opening `after`
    ("Sh" and "20,000", "N" and "2.5m"), else None: a guarded sign ("N", "SR") only before an amount written as money."""
    m = _SIGN_BEFORE.search(before[-10:])
    if not m:
        return None
    if m.group("sign"):
        return len(m.group(0)), SIGNS_BEFORE[m.group("sign")]
    return (len(m.group(0)), GUARDED_SIGNS_BEFORE[m.group("letter")]) if _GUARDED_AMOUNT.match(after) else None


def currency_words() -> dict[str, str]:
    """Every written currency name, lower case -> ISO code ("riels" -> KHR, "philippine pesos" -> PHP)."""
    return {name.strip(): code for code, names in NAMES for name in names.split(",")}
