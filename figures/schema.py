"""The figures table: its columns, their types and the controlled vocabularies.

Every producer (the extractor, normalisation, cross-checks) and every consumer
(the store, the pages, the downloads) agrees on these names.
"""

from extract.record import FIELDS as EXTRACTED_COLUMNS
from extract.record import SECTION_SEPARATOR

# Columns added by figures.normalize and figures.checks.
NORMALIZED_COLUMNS = {
    "value_base": "float?",    # days for durations, km for lengths, USD for money, figures.units.MEASURE_BASES
                               # for measures
    "unit_base": "str?",
    "value_kzt": "float?",     # money in tenge
    "fx_rate_used": "float?",  # units of the figure's currency per USD
    "fx_source": "str?",
    "duration_text": "str?",   # "3 years 6 months"
    "checks": "str",           # JSON list of {"code", "message", "related": [figure_id, ...]}
}

COLUMNS = {**EXTRACTED_COLUMNS, **NORMALIZED_COLUMNS}

# What each column holds and in which unit, for readers of the table outside the dashboard (the API).
COLUMN_DESCRIPTIONS = {
    "figure_id": "Stable id of the figure (hash of its document and span)",
    "doc_id": "The document it comes from (hash of the document's text)",
    "char_start": "Start of the figure in the document text (characters, from 0)",
    "char_end": "End of the figure in the document text (characters, exclusive)",
    "page": "Page number, for PDF documents",
    "mention": "The figure as written, with its qualifier and unit words",
    "sentence": "The sentence the figure is in",
    "paragraph": "Paragraph number (non-empty lines, from 0)",
    "section": "Section path of the document, parts joined by ' > '",
    "theme": "Dashboard theme from the section path",
    "language": "Language of the figure's paragraph: en or ru",
    "value": "The number, in `unit` (a range: its low end; a vague amount: its conventional floor)",
    "low": "Low end of a range, in `unit`",
    "high": "High end of a range, in `unit`",
    "qualifier": "exact, approximate, more_than, at_least, up_to, less_than, range or vague",
    "unit": "ISO 4217 currency code or MCI; year, month, week, day or hour; percent; times; mile or km; a measure's pint symbol (kg, ha, GB, ...); count",
    "kind": "money, duration, count, percent, ratio, age, length or measure",
    "category": "What the figure counts or imposes: fine, prison_term, deaths, complaints, ...",
    "statutory": "1 when the figure states what a law prescribes (a maximum fine), 0 when it reports what happened",
    "confidence": "The meaning model's probability (0..1) of the category; at most 0.25 for a catch-all it could not confirm",
    "usd_reported": "US dollars the text gives beside a foreign-currency amount",
    "usd_reported_high": "US dollars the text gives beside the high end of a range",
    "period": "The time it refers to: 2020, 2020-07, 2020-07-15, 2020-01..2020-10 or annual",
    "attribution": "Who the text credits with the figure; empty in the document's own voice",
    "subject": "What is counted, paid or served",
    "rules": "Ids of the language rules that decided the category, then the statutory flag",
    "value_base": "The value in a base unit: days for durations, km for lengths, US dollars for money, one base unit per dimension for measures",
    "unit_base": "The unit of value_base: day, km or USD; otherwise the figure's own unit",
    "value_kzt": "Money in Kazakhstani tenge at the reference rate of the figure's year",
    "fx_rate_used": "Exchange rate used, in units of the figure's currency per US dollar",
    "fx_source": "Source of the exchange rate, or why there is none",
    "duration_text": "A duration in words (3 years 6 months)",
    "checks": "JSON list of cross-check flags: code, message, related figure ids",
}

QUALIFIERS = ("exact", "approximate", "more_than", "at_least", "up_to", "less_than", "range", "vague")

KINDS = ("money", "duration", "count", "percent", "ratio", "age", "length", "measure")

CATEGORY_GROUPS = {
    "fines": ("fine",),
    "money": ("bribe", "wage", "money_other"),
    "sentences": ("prison_term", "probation", "administrative_arrest", "ban", "compulsory_work"),
    "durations": ("detention", "legal_time_limit", "duration_other"),
    "casualties": ("deaths", "injuries"),
    "complaints": ("complaints",),
    "justice": ("criminal_cases", "convictions", "detentions", "prisoners", "officials_sanctioned"),
    "people": ("victims", "population"),
    "things": ("organizations", "property", "inspections"),
    "other": ("percent", "age", "ratio", "count_other", "other"),
}

CATEGORIES = tuple(c for cats in CATEGORY_GROUPS.values() for c in cats)

# The four groups the dashboard headlines.
MAIN_GROUPS = ("fines", "sentences", "casualties", "complaints")

THEMES = (
    "Killings & disappearances",
    "Torture & prisons",
    "Arrest & detention",
    "Courts & trials",
    "Privacy",
    "Expression & media",
    "Internet",
    "Assembly & association",
    "Religion",
    "Movement & refugees",
    "Elections",
    "Corruption",
    "Human rights bodies",
    "Women",
    "Children",
    "Minorities",
    "Trafficking",
    "Disabilities",
    "LGBTI",
    "Health",
    "Labor",
    "General",
)


def group_of(category: str) -> str:
    """The coarse group ("fines", "sentences", ...) a category belongs to."""
    for group, cats in CATEGORY_GROUPS.items():
        if category in cats:
            return group
    return "other"
