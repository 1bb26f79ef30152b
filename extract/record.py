"""One extracted figure: the fields the extractor fills for every figure, in display order.

The figures table (figures.schema) starts from these and adds normalised columns.
"""

# Columns the extractor fills, in display order.
FIELDS = {
    "figure_id": "str",        # stable hash of doc_id and span
    "doc_id": "str",
    "char_start": "int",       # offsets into the document text (end exclusive)
    "char_end": "int",
    "page": "int?",            # page number for paged formats (PDF), else empty
    "mention": "str",          # the figure as written, with qualifier and unit words
    "sentence": "str",
    "paragraph": "int",        # index of the non-empty line the figure is in
    "section": "str",          # section path, parts joined by SECTION_SEPARATOR
    "theme": "str",            # one of THEMES
    "language": "str",         # the paragraph's language: en, ru
    "value": "float",          # the number in `unit` (range: low end; vague: floor)
    "low": "float?",
    "high": "float?",
    "qualifier": "str",        # one of QUALIFIERS
    "unit": "str",             # ISO 4217 code, year/month/week/day/hour, percent, times, mile, km, count, or a
                               # measure's pint symbol (kg, t, ha, l, km/h, GB, kW, degC)
    "kind": "str",             # one of KINDS (figures.schema): money, duration, count, percent, ratio, age,
                               # length, measure
    "category": "str",         # one of CATEGORIES
    "statutory": "bool",       # what a law prescribes, not what happened
    "confidence": "float?",    # the meaning model's probability of `category` (extract.meaning_model), 0..1
    "usd_reported": "float?",  # USD amount the text gives beside a foreign-currency amount
    "usd_reported_high": "float?",
    "period": "str?",          # 2020, 2020-07, 2020-07-15, 2020-01..2020-10, annual
    "attribution": "str?",     # who the text credits with the figure
    "subject": "str",          # what is counted, paid or served
    "rules": "str",            # ids of the language rules that decided category, then statutory
}

# How the parts of a section path are joined in the `section` column.
SECTION_SEPARATOR = " > "


def figure_record(mention, paragraph, **meaning) -> dict:
    """One figure's record from its mention (span, value, unit as written in `paragraph`) and its meaning
    (category, statutory, period, attribution, subject), with absolute document offsets."""
    return {
        "char_start": paragraph.start + mention.start,
        "char_end": paragraph.start + mention.end,
        "mention": paragraph.text[mention.start:mention.end],
        "value": mention.value,
        "low": mention.low,
        "high": mention.high,
        "qualifier": mention.qualifier,
        "unit": mention.unit,
        "kind": mention.kind,
        "category": meaning["category"],
        "statutory": meaning["statutory"],
        "usd_reported": mention.usd_reported,
        "usd_reported_high": mention.usd_reported_high,
        "period": meaning["period"],
        "attribution": meaning["attribution"],
        "subject": meaning["subject"],
        "rules": meaning.get("rules", ""),
    }
