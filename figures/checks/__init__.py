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

__all__ = ["run_checks", "checks_column", "Flag"]


def run_checks(df: pd.DataFrame, doc_year: int | None = None) -> pd.DataFrame:
    """A copy of `df` with `checks` filled; `doc_year` dates money without a period
    (by default, the year most of each document's periods point at)."""
    out = df.copy()
    out["checks"] = checks_column(records(df), doc_year)
    return out


def checks_column(rows: list[dict], doc_year: int | None = None) -> list[str]:
    """The `checks` of each row (dicts with the table's columns, of one or more documents), in order: a JSON list
    of flags, each document's rows checked together."""
    by_document: dict = {}
    for row in rows:
        by_document.setdefault(row.get("doc_id"), []).append(row)
    found: dict[str, list[Flag]] = {}
    for group in by_document.values():
        year = doc_year if doc_year is not None else document_year(group)
        for flags in (
            implied_rate_flags(group, year),
            parts_flags(group),
            contested_flags(group),
            change_flags(group),
        ):
            for figure_id, items in flags.items():
                found.setdefault(figure_id, []).extend(items)
    return [json.dumps([flag.as_dict() for flag in found.get(row["figure_id"], [])], ensure_ascii=False)
            for row in rows]
