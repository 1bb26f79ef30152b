"""From a document's text to its rows in the figures table: extract, normalise, cross-check.

Also the document id the store keys on (a hash of the normalised text), so that the same text is stored once; the
extractor version, by which its figures are redone when the extractor changes, is figures.versions'.
"""

import hashlib
import os
import re
import unicodedata

import pandas as pd

from extract.pipeline import Extraction, describe_unread, extract_document
from figures.checks import checks_column, run_checks
from figures.normalize import normalize, normalized
from figures.reviews import unreviewed
from figures.schema import COLUMNS, EXTRACTED_COLUMNS
from figures.store import Progress

# Seconds one document may take to extract before ingestion stops it with a message (REPORTED_FIGURES_MAX_SECONDS).
DEFAULT_MAX_SECONDS = float(os.environ.get("REPORTED_FIGURES_MAX_SECONDS", "600"))


def normalized_text(text: str) -> str:
    """The text as compared for identity: Unicode NFC, whitespace runs collapsed, ends trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def doc_id_for(text: str) -> str:
    """A document's id: the same for the same text whatever its line endings or spacing."""
    return hashlib.sha256(normalized_text(text).encode("utf-8")).hexdigest()[:16]


def _quiet(fraction: float, message: str) -> None:
    return None


def figures_for(text: str, doc_id: str, year: int | None, pages: list[int] | None = None,
                progress: Progress | None = None,
                max_seconds: float | None = DEFAULT_MAX_SECONDS) -> tuple[pd.DataFrame, Extraction]:
    """The figures table rows (figures.schema COLUMNS, in order) of one document's text, with the extraction
    (the read document: its language and the paragraphs not read for theirs; the paragraphs that failed);
    DocumentError when the document outruns `max_seconds`."""
    progress = progress or _quiet
    progress(0.0, "Finding figures")
    extraction = extract_document(text, doc_id, year, pages=pages, max_seconds=max_seconds)
    rows = extraction.rows
    progress(0.7, f"Normalising {len(rows)} figures")
    df = pd.DataFrame(rows, columns=list(EXTRACTED_COLUMNS))
    df = normalize(df, year)
    progress(0.85, "Cross-checking figures")
    df = unreviewed(run_checks(df))
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise RuntimeError(f"figures table is missing columns {missing}")
    progress(1.0, f"{len(df)} figures")
    return df[list(COLUMNS)].reset_index(drop=True), extraction


def figure_rows(text: str, doc_id: str, year: int | None, pages: list[int] | None = None,
                max_seconds: float | None = DEFAULT_MAX_SECONDS) -> tuple[list[dict], Extraction]:
    """The rows figures_for makes of one document's text, as dicts of the made columns (extracted, normalised,
    cross-checked; no review columns), with the extraction: what a corpus writes straight to Arrow, as building a
    frame for each short document cost more than extracting it."""
    extraction = extract_document(text, doc_id, year, pages=pages, max_seconds=max_seconds)
    rows = [{**row, **normalized(row, year)} for row in extraction.rows]
    for row, checks in zip(rows, checks_column(rows)):
        row["checks"] = checks
    return rows, extraction


def extraction_notes(extraction: Extraction) -> str:
    """What a reader of an ingestion should know beyond the figures: paragraphs that failed, paragraphs not read
    for their language ("1 paragraph could not be read; 12 paragraphs in Kazakh were not read")."""
    return "; ".join(n for n in (extraction.note(), describe_unread(extraction.document.unread)) if n)
