"""The figures table: its columns, their types and the controlled vocabularies.

Every producer (the extractor, normalisation, cross-checks) and every consumer
(the store, the pages, the downloads) agrees on these names.
"""

from pathlib import Path

import yaml

from extract.record import COLUMN_SPECS as EXTRACTED_SPECS
from extract.record import FIELDS as EXTRACTED_COLUMNS
from extract.record import SECTION_SEPARATOR

# The review columns are the figures' side of the table (the extractor never reads or writes them), so they are
# defined here, in the same form as extract/columns.yaml, and follow its columns.
REVIEW_SPECS = yaml.safe_load(Path(__file__).with_name("review_columns.yaml").read_text(encoding="utf-8"))
COLUMN_SPECS = {**EXTRACTED_SPECS, **REVIEW_SPECS}

# Columns added by figures.normalize and figures.checks, with their types.
NORMALIZED_COLUMNS = {name: spec["type"] for name, spec in COLUMN_SPECS.items() if spec["stage"] == "normalize"}

# Columns figures.reviews fills from the latest review of each figure.
REVIEW_COLUMNS = {name: spec["type"] for name, spec in REVIEW_SPECS.items()}

# What extraction, normalisation and cross-checks make of a document: every column but the review columns.
MADE_COLUMNS = {**EXTRACTED_COLUMNS, **NORMALIZED_COLUMNS}

COLUMNS = {**MADE_COLUMNS, **REVIEW_COLUMNS}

# What each column holds and in which unit, for readers of the table outside the dashboard (the API).
COLUMN_DESCRIPTIONS = {name: spec["description"] for name, spec in COLUMN_SPECS.items()}

# A figure's review: none yet, checked against its source, corrected, or not a figure at all.
REVIEW_STATES = ("unreviewed", "verified", "corrected", "rejected")
# The states of figures a reviewer checked against their source and kept.
CHECKED_REVIEWS = ("verified", "corrected")

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
