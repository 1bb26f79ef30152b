"""Fill the normalised columns of a figures table: base values, tenge, the rate used, duration text.

The extractor's columns (value, unit, mention, ...) are copied through untouched,
so a reader can always see the figure as the document wrote it.
"""

import math

import pandas as pd
import pint

from figures.records import records
from figures.schema import NORMALIZED_COLUMNS
from figures.units import NoRateError, to_base

# Wages, pensions and allowances follow the MCI for benefits; everything else the MCI for fines and taxes.
BENEFIT_CATEGORIES = ("wage",)


def normalize(df: pd.DataFrame, doc_year: int | None) -> pd.DataFrame:
    """A copy of `df` with value_base, unit_base, value_kzt, fx_rate_used, fx_source, duration_text."""
    out = df.copy()
    rows = [normalized(row, doc_year) for row in records(df)]
    for column in ("value_base", "value_kzt", "fx_rate_used"):
        out[column] = pd.array([r[column] for r in rows], dtype="Float64")
    for column in ("unit_base", "fx_source", "duration_text"):
        out[column] = pd.array([r[column] for r in rows], dtype="string")
    if "checks" not in out.columns:
        out["checks"] = "[]"
    return out[[*df.columns, *[c for c in NORMALIZED_COLUMNS if c not in df.columns]]]


def normalized(row: dict, doc_year: int | None) -> dict:
    """The normalised columns of one figure's row (a dict of the extractor's columns): value_base, unit_base,
    value_kzt, fx_rate_used, fx_source, duration_text."""
    empty = dict.fromkeys(("value_base", "unit_base", "value_kzt", "fx_rate_used", "fx_source", "duration_text"))
    value, unit = row.get("value"), row.get("unit")
    if _missing(value) or _missing(unit):
        return empty
    kind = None if _missing(row.get("kind")) else row["kind"]
    period = None if _missing(row.get("period")) else str(row["period"])
    high = None if _missing(row.get("high")) else float(row["high"])
    purpose = "benefits" if row.get("category") in BENEFIT_CATEGORIES else "fines"
    try:
        result = to_base(float(value), str(unit), period, doc_year, kind, purpose, high)
    except NoRateError as error:
        return {**empty, "fx_source": f"not converted: {error}"}
    except pint.UndefinedUnitError:
        if kind == "money":
            return {**empty, "fx_source": f"not converted: no rate for {unit}"}
        return empty
    return {
        "value_base": result.value_base,
        "unit_base": result.unit_base,
        "value_kzt": result.value_kzt,
        "fx_rate_used": result.fx_rate_used,
        "fx_source": result.fx_source,
        "duration_text": result.duration_text,
    }


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or value == ""
