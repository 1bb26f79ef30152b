"""Cross-checks on a figures table: flags on figures that do not add up, disagree or compare.

run_checks fills the `checks` column with a JSON list of {"code", "message", "related"}:
implied_rate, parts_exceed_whole, parts_do_not_sum, contested, change, comparison,
change_inconsistent. Every check reads only the table's columns.
"""

import json

import pandas as pd

from figures.checks.base import Flag, document_year
from figures.checks.changes import change_flags
from figures.checks.contested import contested_flags
from figures.checks.implied_rate import implied_rate_flags
from figures.checks.parts import parts_flags
from figures.records import records

__all__ = ["run_checks", "Flag"]


def run_checks(df: pd.DataFrame, doc_year: int | None = None) -> pd.DataFrame:
    """A copy of `df` with `checks` filled; `doc_year` dates money without a period
    (by default, the year most of each document's periods point at)."""
    out = df.copy()
    found: dict[str, list[Flag]] = {}
    for _, group in df.groupby("doc_id", sort=False, dropna=False):
        rows = records(group)
        year = doc_year if doc_year is not None else document_year(rows)
        for flags in (
            implied_rate_flags(rows, year),
            parts_flags(rows),
            contested_flags(rows),
            change_flags(rows),
        ):
            for figure_id, items in flags.items():
                found.setdefault(figure_id, []).extend(items)
    out["checks"] = [
        json.dumps([flag.as_dict() for flag in found.get(figure_id, [])], ensure_ascii=False)
        for figure_id in df["figure_id"]
    ]
    return out
