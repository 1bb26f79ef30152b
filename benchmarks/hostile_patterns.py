"""Crafted paragraphs that once made extraction time grow with the square of their length: each is one unit
repeated to the wanted number of characters, on a single line (one paragraph)."""

PATTERNS = {
    "flattened table row": "Northvale 2,345 6,789 15% | ",
    "comma list of ones": "1, ",
    "digits between zero-width spaces": "7\u200b",
    "dollar signs": "$",
    "Arabic-Indic digits": "\u0664\u0665\u0666 ",
    "full-width digits": "\uff14\uff15\uff16 ",
    "percents": "5% ",
    "number and dash": "5-",
    "quoted numbers": "\"5\" ",
    "opened brackets": "(5 ",
    "bidi marks around numbers": "\u202b5\u202c ",
    "spelled-out list": "five, six, seven and ",
    "dates": "March 3, 2019, ",
    "compound durations": "5 years and 6 months and ",
    "money with equivalents": "1,000 tenge ($5) ",
    "Russian fines in one list": "штраф 100 тенге, ",
    "Russian counts by city": "в Омске – 9 человек; ",
    "Russian payments, one per sentence": "Он выплатил 100 тенге. ",
    "dotted numbers": "5.5.",
}


def paragraph(unit: str, chars: int) -> str:
    """`unit` repeated to exactly `chars` characters."""
    return (unit * (chars // len(unit) + 1))[:chars]
