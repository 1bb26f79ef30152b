"""Reviews against the store: record one, the review queue and its progress, orphaned reviews, and the review log
written to and read from JSONL or CSV files (figures.reviews holds the rules, figures.store the SQL)."""

import csv
import io
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from figures import reviews
from figures.schema import REVIEW_STATES
from figures.sql import Filters
from figures.store import REVIEW_COLUMNS, Store

# The queue's order: least confident first; a figure without a confidence (no model, or a number-dense stretch)
# counts as the least confident of all.
LEAST_CONFIDENT = ("", "-COALESCE(f.confidence, 0)")
FORMATS = ("jsonl", "csv")
# The gold fields of GUIDELINES.md an exported review carries, from its figure as reviewed.
GOLD_FIELDS = ("mention", "value", "low", "high", "qualifier", "unit", "kind", "category", "statutory",
               "usd_reported", "usd_reported_high", "subject", "period", "attribution", "char_start", "char_end")
_CORE = re.compile(r"\d[\d,.\s]*\d|\d|[^\W\d_]+(?:-[^\W\d_]+)*")


def now() -> str:
    """The time a review is made: UTC, to the microsecond (it also tells two saves apart)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def record(store: Store, figure: dict, action: str, reviewer: str, note: str = "", fields: dict | None = None) -> dict:
    """Save a review of a figure row as shown (its reviewed_at tells whether someone reviewed it since); the figure's
    review columns after it. ReviewConflict when someone did, ReviewError for a review that cannot be made."""
    seen = figure.get("reviewed_at")
    seen = None if seen is None or seen is pd.NA or seen != seen else seen
    review = reviews.new_review(figure, store.document_key(figure["doc_id"]), action, reviewer, note, fields, now())
    return store.add_review(review, seen)


def queue(store: Store, filters: Filters, limit: int = 50) -> pd.DataFrame:
    """The unreviewed figures passing the filters, least confident first, at most `limit`."""
    return store.figures(filters=filters.narrowed(reviews=("unreviewed",)), rank=LEAST_CONFIDENT, limit=limit)


def progress(store: Store, filters: Filters) -> tuple[int, int]:
    """(reviewed figures, all figures) passing the filters, rejected ones included."""
    reviewed = tuple(state for state in REVIEW_STATES if state != "unreviewed")
    return store.count(filters.narrowed(reviews=reviewed)), store.count(filters.narrowed(rejected=True))


def orphaned(store: Store) -> pd.DataFrame:
    """The reviews no figure of their document's current text is found for (figures.reviews.anchor), in the order
    made: the figure's text changed, or its document was removed."""
    log = store.reviews()
    if log.empty:
        return log
    anchors = store.anchors()
    lost = []
    for key, made in log.groupby("doc_key", sort=False):
        figures = anchors[anchors["doc_key"] == key].to_dict("records")
        lost.extend(reviews.assigned(figures, made.to_dict("records"))[1])
    return pd.DataFrame(lost, columns=log.columns).sort_values("id", ignore_index=True)


def export(store: Store, path: str | Path) -> int:
    """Write every review to `path` (.jsonl or .csv by its suffix), in the order made; how many. A JSONL line also
    holds its figure's fields as now reviewed, in the gold format of GUIDELINES.md, when the figure is found."""
    fmt = file_format(path)
    log = store.reviews()
    if fmt == "csv":
        Path(path).write_text(log[list(REVIEW_COLUMNS)].to_csv(index=False), encoding="utf-8")
        return len(log)
    figures = _reviewed_figures(store, log)
    with open(path, "w", encoding="utf-8") as out:
        for review in log.to_dict("records"):
            line = {c: reviews.plain(review[c]) for c in REVIEW_COLUMNS}
            figure = figures.get(review["id"])
            if figure is not None:
                line["gold"] = gold_line(figure, store.document_text(figure["doc_id"]))
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(log)


def import_file(store: Store, path: str | Path) -> tuple[int, int]:
    """Add the reviews of a file written by export() (JSONL or CSV) to the store, skipping those already there;
    (added, read). ReviewError naming the file and line for one that cannot be read."""
    rows = read_reviews(path)
    return store.import_reviews(rows), len(rows)


def file_format(path: str | Path) -> str:
    """jsonl or csv, from the file's suffix; ReviewError for another."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise reviews.ReviewError(f"{path}: a review file is .jsonl or .csv, not {Path(path).suffix or 'no suffix'}")
    return fmt


def read_reviews(path: str | Path) -> list[dict]:
    """The review rows of a JSONL or CSV file, checked; ReviewError naming the file and line for a bad one."""
    fmt = file_format(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise reviews.ReviewError(f"{path}: cannot be read ({err})") from None
    if fmt == "csv":
        lines = enumerate(csv.DictReader(io.StringIO(text)), start=2)
    else:
        lines = ((n, _json(path, n, line)) for n, line in enumerate(text.splitlines(), start=1) if line.strip())
    return [_checked(path, n, row) for n, row in lines]


def _json(path, n: int, line: str) -> dict:
    try:
        row = json.loads(line)
    except ValueError as err:
        raise reviews.ReviewError(f"{path}: line {n} is not JSON ({err})") from None
    if not isinstance(row, dict):
        raise reviews.ReviewError(f"{path}: line {n} is not a JSON object")
    return row


def _checked(path, n: int, row: dict) -> dict:
    missing = [c for c in REVIEW_COLUMNS if row.get(c) in (None, "") and c not in ("note", "fields")]
    if missing:
        raise reviews.ReviewError(f"{path}: line {n} lacks {', '.join(missing)}")
    out = {c: row.get(c) or "" for c in REVIEW_COLUMNS}
    try:
        out["char_start"], out["char_end"] = int(out["char_start"]), int(out["char_end"])
        fields = out["fields"] if isinstance(out["fields"], dict) else json.loads(out["fields"] or "{}")
        fields = reviews.checked_fields(fields)
    except (ValueError, TypeError) as err:
        raise reviews.ReviewError(f"{path}: line {n}: {err}") from None
    if out["action"] not in reviews.ACTIONS:
        raise reviews.ReviewError(f"{path}: line {n}: action must be one of {', '.join(reviews.ACTIONS)}")
    out["fields"] = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    return out


def _reviewed_figures(store: Store, log: pd.DataFrame) -> dict[int, dict]:
    """The figure (as stored, reviews applied) each review is anchored on, by review id."""
    anchors = store.anchors()
    found = {}
    for key, made in log.groupby("doc_key", sort=False):
        figures = anchors[anchors["doc_key"] == key].to_dict("records")
        by_figure, _ = reviews.assigned(figures, made.to_dict("records"))
        for i, made_here in by_figure.items():
            for review in made_here:
                found[review["id"]] = figures[i]["figure_id"]
    rows = store.figures(filters=Filters(figure_ids=tuple(set(found.values())), rejected=True))
    by_id = {row["figure_id"]: row for row in rows.to_dict("records")}
    return {review_id: by_id[figure_id] for review_id, figure_id in found.items() if figure_id in by_id}


def gold_line(figure: dict, text: str) -> dict:
    """A figure row as a line of the gold format of GUIDELINES.md (its paragraph, the mention's occurrence in it,
    the core number); a rejected figure is marked not_a_figure."""
    line_start = text.rfind("\n", 0, figure["char_start"]) + 1
    core = _CORE.search(figure["mention"])
    line = {c: reviews.plain(figure[c]) for c in GOLD_FIELDS}
    return {**line, "para": int(figure["paragraph"]),
            "occurrence": text[line_start:figure["char_start"]].count(figure["mention"]) + 1,
            "core": core.group(0) if core else figure["mention"],
            "core_start": figure["char_start"] + (core.start() if core else 0),
            "optional": False, "not_a_figure": figure["review"] == "rejected"}
