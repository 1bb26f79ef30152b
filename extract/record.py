"""One extracted figure: the fields the extractor fills for every figure, in display order.

The figures table (figures.schema) starts from these and adds normalised columns; both are defined once,
with their types and descriptions, in extract/columns.yaml.
"""

import re
from pathlib import Path

from extract.language_data import load_yaml

COLUMNS_FILE = Path(__file__).with_name("columns.yaml")

# Every column of the figures table, in order: {name: {"type", "stage", "description"}} (extract/columns.yaml).
COLUMN_SPECS = load_yaml(COLUMNS_FILE.read_text(encoding="utf-8"))
# Columns the extractor fills, in display order, with their types.
FIELDS = {name: spec["type"] for name, spec in COLUMN_SPECS.items() if spec["stage"] == "extract"}

# How the parts of a section path are joined in the `section` column.
SECTION_SEPARATOR = " > "


# A window from January to December of one year ("за 12 месяцев 2022 года", "the first 12 months of 2022").
_ONE_WHOLE_YEAR = re.compile(r"(\d{4})-01\.\.\1-12")


def whole_year(period: str | None) -> str | None:
    """A period as the figures table writes it: a window of one whole calendar year is that year ("2022-01..2022-12"
    -> "2022"), as GUIDELINES dates a year's figures, so the same time is written one way whichever words named it."""
    return period[:4] if period and _ONE_WHOLE_YEAR.fullmatch(period) else period


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
        "period": whole_year(meaning["period"]),
        "attribution": meaning["attribution"],
        "subject": meaning["subject"],
        "rules": meaning.get("rules", ""),
    }
