"""Journalists' reviews of figures, applied to what the extractor wrote: pure functions over rows as dicts.

A review (a row of the store's append-only reviews table) names its figure by anchor: the document's stable key,
the span and mention text, and the sentence. On the text version it was made on, the span finds the figure; on a
re-extraction or a new version of the document, the same mention in the same sentence does; a review that finds
neither is orphaned, and listed, never dropped. A figure's state comes from its reviews in force (an undo takes back the
latest one not yet taken back): corrections overwrite fields, keeping the extractor's values in `review_extracted`.
"""

import json
from collections import defaultdict

import pandas as pd

from figures.normalize import normalize
from figures.schema import CATEGORIES, MADE_COLUMNS, NORMALIZED_COLUMNS, QUALIFIERS, REVIEW_COLUMNS

# The fields a correction may set.
CORRECTABLE = ("value", "low", "high", "unit", "qualifier", "category", "statutory", "period", "subject")
# What a reviewer can do to a figure; an undo takes back the latest of the others not yet taken back.
ACTIONS = ("verified", "rejected", "corrected", "undo")
UNREVIEWED = {"review": "unreviewed", "reviewer": None, "reviewed_at": None, "review_note": None,
              "review_extracted": None}
# The columns of the figures table a review can change: the correctable fields, what is derived from them, its own.
CHANGED_COLUMNS = (*CORRECTABLE, *NORMALIZED_COLUMNS, *REVIEW_COLUMNS)
_NUMBERS = ("value", "low", "high")
# Fields whose value is one of a controlled vocabulary.
_CODES = {"category": CATEGORIES, "qualifier": QUALIFIERS}


class ReviewError(ValueError):
    """A review that cannot be recorded, with a one-line reason."""


class ReviewConflict(ReviewError):
    """Someone else reviewed the figure after it was shown: `current` is its state now (review columns)."""

    def __init__(self, current: dict):
        self.current = current
        who = current.get("reviewer") or "someone"
        super().__init__(f"{who} reviewed this figure meanwhile ({current.get('review')} at "
                         f"{current.get('reviewed_at')}); look at it again before saving")


def unreviewed(df: pd.DataFrame) -> pd.DataFrame:
    """A figures table made by extraction with its review columns, every figure unreviewed."""
    return df.assign(**{name: pd.array([value] * len(df), dtype="string") for name, value in UNREVIEWED.items()})


def same_sentence(a, b) -> bool:
    """Whether two sentence texts are the same sentence (spacing and line breaks aside)."""
    return " ".join(str(a or "").split()) == " ".join(str(b or "").split())


def checked_fields(fields: dict) -> dict:
    """The corrected fields of a review, checked: only CORRECTABLE names, numbers as floats, categories and qualifiers
    from their lists; ReviewError else."""
    unknown = sorted(set(fields) - set(CORRECTABLE))
    if unknown:
        raise ReviewError(f"not a field a correction can set: {', '.join(unknown)}")
    out = {}
    for name, value in fields.items():
        if name in _NUMBERS and value not in (None, ""):
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise ReviewError(f"{name} must be a number, not {value!r}") from None
        elif name == "statutory":
            value = bool(value) if not isinstance(value, str) else value.strip().lower() in ("1", "true", "yes")
        elif name in _CODES and value not in _CODES[name]:
            raise ReviewError(f"{name} must be one of {', '.join(_CODES[name])}, not {value!r}")
        out[name] = None if value == "" else value
    return out


def anchor(review: dict, figures: list[dict]) -> int | None:
    """The index in `figures` (one document key's current figures) of the figure a review is about, or None.

    The same span and mention on the same text; else, re-read by another extractor, an overlapping span in the
    same sentence; else, on another text version, the same mention in the same sentence nearest the old place."""
    same_text = [i for i, f in enumerate(figures) if f["doc_id"] == review["doc_id"]]
    for i in same_text:
        f = figures[i]
        if (f["char_start"], f["char_end"], f["mention"]) == (review["char_start"], review["char_end"], review["mention"]):
            return i
    for i in same_text:
        f = figures[i]
        if f["char_start"] < review["char_end"] and review["char_start"] < f["char_end"] and \
                same_sentence(f["sentence"], review["sentence"]):
            return i
    found = [i for i, f in enumerate(figures)
             if f["mention"] == review["mention"] and same_sentence(f["sentence"], review["sentence"])]
    return min(found, key=lambda i: abs(figures[i]["char_start"] - review["char_start"]), default=None)


def standing(reviews: list[dict]) -> list[dict]:
    """The reviews in force among one figure's reviews in the order made: each undo takes back the latest review
    not yet taken back."""
    kept = []
    for review in reviews:
        if review["action"] == "undo":
            if kept:
                kept.pop()
        else:
            kept.append(review)
    return kept


def extracted(row: dict) -> dict:
    """The figure as the extractor wrote it: a corrected row with its review_extracted values put back."""
    kept = json.loads(row["review_extracted"]) if row.get("review_extracted") else {}
    return {**row, **kept, **UNREVIEWED}


def reviewed(base: dict, reviews: list[dict]) -> dict:
    """The extracted row `base` with the reviews in force applied (standing()): the corrections' fields in turn;
    rejected when the latest is a rejection, else corrected when a field differs from the extractor's, else verified;
    who, when and the note from the latest."""
    if not reviews:
        return {**base, **UNREVIEWED}
    fields = {}
    for review in reviews:
        fields.update(json.loads(review["fields"]) if review["action"] == "corrected" else {})
    changed = {k: v for k, v in fields.items() if not _same(base.get(k), v)}
    last = reviews[-1]
    state = "rejected" if last["action"] == "rejected" else ("corrected" if changed else "verified")
    return {**base, **changed, "review": state, "reviewer": last["reviewer"], "reviewed_at": last["created_at"],
            "review_note": last["note"] or None,
            "review_extracted": json.dumps({k: plain(base.get(k)) for k in changed}, ensure_ascii=False)
            if changed else None}


def plain(value):
    """A value JSON can hold: numpy and pandas scalars as Python ones, missing values as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def _same(a, b) -> bool:
    a, b = plain(a), plain(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return a == b


def assigned(figures: list[dict], reviews: list[dict]) -> tuple[dict[int, list[dict]], list[dict]]:
    """(each figure's reviews in the order made, by index in `figures`; the reviews no figure is found for)."""
    by_figure, orphaned = defaultdict(list), []
    for review in sorted(reviews, key=lambda r: r["id"]):
        i = anchor(review, figures)
        if i is None:
            orphaned.append(review)
        else:
            by_figure[i].append(review)
    return by_figure, orphaned


def updates(figures: list[dict], reviews: list[dict], year: int | None) -> list[dict]:
    """The figures (one document's rows, as stored) whose row the reviews change, as their new rows; corrected values
    and units are normalised again with the document's year."""
    by_figure, _ = assigned(figures, reviews)
    touched = set(by_figure) | {i for i, f in enumerate(figures) if f.get("review") not in (None, "unreviewed")}
    out = []
    for i in sorted(touched):
        figure = figures[i]
        new = reviewed(extracted(figure), standing(by_figure.get(i, [])))
        if any(not _same(figure.get(c), new.get(c)) for c in CHANGED_COLUMNS):
            out.append(new)
    if not out:
        return out
    renormalized = normalize(pd.DataFrame(out)[[c for c in MADE_COLUMNS if c in out[0]]], year)
    return [{**row, **{c: plain(v) for c, v in zip(NORMALIZED_COLUMNS, values)}}
            for row, values in zip(out, renormalized[list(NORMALIZED_COLUMNS)].itertuples(index=False))]


def provenance(row: dict) -> list[str]:
    """One line per corrected field of a reviewed row, the extractor's value beside the reviewer's:
    "category: prisoners, corrected from population by N. on 2026-12-01"."""
    if row.get("review") != "corrected" or not row.get("review_extracted"):
        return []
    when = str(row.get("reviewed_at") or "")[:10]
    return [f"{name}: {_shown(row.get(name))}, corrected from {_shown(old)} by {row.get('reviewer')} on {when}"
            for name, old in json.loads(row["review_extracted"]).items()]


def _shown(value) -> str:
    value = plain(value)
    if value is None:
        return "(none)"
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    return str(value)


def new_review(figure: dict, doc_key: str, action: str, reviewer: str, note: str = "", fields: dict | None = None,
               now: str = "") -> dict:
    """A review row (the store's REVIEW_COLUMNS) of a figure row; ReviewError for an unknown action, no reviewer,
    or a correction without fields."""
    if action not in ACTIONS:
        raise ReviewError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
    reviewer = " ".join(str(reviewer or "").split())
    if not reviewer:
        raise ReviewError("give the reviewer's name")
    fields = checked_fields(fields or {}) if action == "corrected" else {}
    if action == "corrected" and not fields:
        raise ReviewError("a correction needs at least one field")
    return {"doc_key": doc_key, "doc_id": figure["doc_id"], "figure_id": figure["figure_id"],
            "char_start": int(figure["char_start"]), "char_end": int(figure["char_end"]),
            "mention": figure["mention"], "sentence": figure["sentence"], "action": action,
            "fields": json.dumps(fields, ensure_ascii=False, sort_keys=True), "reviewer": reviewer,
            "note": str(note or "").strip(), "created_at": now}
