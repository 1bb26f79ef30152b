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
