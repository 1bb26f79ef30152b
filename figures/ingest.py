"""Ingestion: from a file, an address or a text to a document and its figures in the store.

Fetching, converting, extracting, normalising and cross-checking all happen here, before the store's write
transaction; figures.store.Store.save then writes the document and its prepared rows in one short
transaction, so a large document holds the store's lock for the write alone.
"""

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from extract.fetch import TIMEOUT_S, fetch, is_url
from extract.formats import convert, detect_format, read_file_bytes
from extract.loading import DocumentError  # re-exported: callers catch bad input as figures.ingest.DocumentError
from figures.documents import doc_id_for, extraction_notes, figures_for
from figures.schema import COLUMNS
from figures.store import METADATA, ROOT, Progress, Store, sql_value
from figures.versions import extractor_version

__all__ = ["DocumentError", "IngestResult", "ingest", "ingest_seed", "ingest_source", "open_store", "reextract",
           "seed_files", "update_metadata"]

RAW_DIR = ROOT / "data" / "raw"
# The name of a text pasted on the dashboard: no source to key it by, so its key is its text (figures.documents).
PASTED_NAME = "pasted text"


@dataclass(frozen=True)
class IngestResult:
    doc_id: str
    added: bool          # False when the same text was already stored
    n_figures: int
    refreshed: bool = False  # figures of an already stored text were redone (extractor or year changed)
    notes: str = ""          # paragraphs that failed or were not read for their language, when figures were made

    def summary(self) -> str:
        """The figures found and, when some paragraphs were not read, how many: "85 figures; 12 paragraphs in
        Kazakh were not read"."""
        return f"{self.n_figures} figures" + (f"; {self.notes}" if self.notes else "")


def _quiet(fraction: float, message: str) -> None:
    return None


def ingest(store: Store, text_or_bytes: str | bytes, name: str, *, title: str | None = None,
           publisher: str | None = None, country: str | None = None, year: int | None = None,
           source_url: str | None = None, original_url: str | None = None, format: str | None = None,
           key: str | None = None, progress: Progress | None = None) -> IngestResult:
    """Add a document (text, or the bytes of a text, HTML or PDF file) and its figures to the store.

    Metadata given here wins over what the document states. The same text twice adds nothing (but
    given metadata corrects the stored one, and stale figures are redone). The document's key (`key`, else its
    source URL, else `name`) is stable across text versions: a new text under a stored key replaces that
    version, and the reviews of the key are anchored on the new one. Bad input raises DocumentError with a
    one-line message and leaves the store unchanged.
    """
    progress = progress or _quiet
    progress(0.0, f"Reading {name}")
    doc = convert(text_or_bytes, name, format=format, progress=lambda f, m: progress(0.05 * f, m))
    doc_id = doc_id_for(doc.text)
    given = {"title": title, "publisher": publisher, "country": country, "year": year,
             "source_url": source_url, "original_url": original_url}
    given = {k: v for k, v in given.items() if v not in (None, "")}
    stored = store.find(doc_id)
    if stored is None:
        stated = {"title": doc.title, "publisher": doc.publisher, "year": doc.year}
        meta = {k: None for k in METADATA} | {k: v for k, v in stated.items() if v} | given
        row = {**meta, "doc_id": doc_id, "format": doc.format, "name": str(name), "text": doc.text, "language": None,
               "pages": json.dumps(doc.pages) if doc.pages is not None else None,
               "key": key or meta["source_url"] or (doc_id if name == PASTED_NAME else str(name))}
    else:
        row = stored | given | ({"key": key} if key else {})
    return _write(store, row, progress, new=stored is None)


def ingest_source(store: Store, source: str | os.PathLike, *, timeout: float | None = None,
                  allow_private: bool = False, progress: Progress | None = None, **metadata) -> IngestResult:
    """Ingest a file path or an http(s) URL (fetched within a deadline and the size limit, from a public
    address unless allow_private); a URL becomes the document's source_url unless one is given.
    Metadata as for ingest()."""
    source = str(source)
    if is_url(source):
        (progress or _quiet)(0.0, f"Fetching {source}")
        got = fetch(source, timeout=TIMEOUT_S if timeout is None else timeout, allow_private=allow_private)
        metadata.setdefault("source_url", source)
        metadata["format"] = metadata.get("format") or detect_format(got.data, got.name, got.content_type)
        return ingest(store, got.data, source, progress=progress, **metadata)
    return ingest(store, read_file_bytes(source), source, progress=progress, **metadata)


def update_metadata(store: Store, doc_id: str, progress: Progress | None = None, **fields) -> IngestResult:
    """Correct a document's title, publisher, country, year, source_url or original_url.
    A changed year redoes its figures (the year resolves dates like 'in March')."""
    unknown = set(fields) - set(METADATA)
    if unknown:
        raise ValueError(f"not document metadata: {sorted(unknown)}")
    stored = store.find(doc_id)
    if stored is None:
        raise KeyError(f"no document {doc_id!r} in {store.path}")
    return _write(store, stored | fields, progress or _quiet, new=False)


def stale_documents(store: Store) -> list[str]:
    """Documents whose figures were made by another version of the extractor."""
    return store.stale_documents(extractor_version())


def reextract(store: Store, doc_ids: list[str] | None = None,
              progress: Progress | None = None) -> list[IngestResult]:
    """Redo the figures of the given documents (default: the stale ones), each in its own transaction."""
    doc_ids = stale_documents(store) if doc_ids is None else doc_ids
    progress = progress or _quiet
    results = []
    for i, doc_id in enumerate(doc_ids):
        def part(fraction: float, message: str, i=i) -> None:
            progress((i + fraction) / len(doc_ids), message)
        results.append(_write(store, store.find(doc_id), part, new=False, force=True))
    return results


def _write(store: Store, row: dict, progress: Progress, *, new: bool, force: bool = False) -> IngestResult:
    """Make the document's figures when needed (outside any transaction), then save row and figures."""
    version = extractor_version()
    doc_id = row["doc_id"]
    stored = None if new else store.find(doc_id)
    redo = force or stored is None or stored["extractor_version"] != version or stored["year"] != row["year"]
    if stored is not None and not redo and all(stored[k] == row[k] for k in (*METADATA, "key")):
        progress(1.0, "Already in the store")
        return IngestResult(doc_id, False, store.count_of(doc_id))
    records, notes = None, ""
    if redo:
        pages = json.loads(row["pages"]) if row["pages"] else None
        df, extraction = figures_for(row["text"], doc_id, row["year"], pages,
                                     lambda f, m: progress(0.05 + 0.85 * f, m))
        records = _records(df)
        row, notes = row | {"language": extraction.document.language}, extraction_notes(extraction)
    progress(0.9, "Saving")
    full = row | {"ingested_at": row.get("ingested_at") or datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  "extractor_version": version if redo else stored["extractor_version"]}
    added, n = store.save(full, records, new=new, progress=progress)
    progress(1.0, f"{n} figures" if added or not new else "Already in the store")
    return IngestResult(doc_id, added, n, refreshed=not new and redo, notes=notes)


def _records(df: pd.DataFrame) -> list[list]:
    """The figures as rows of SQL values, prepared before the write transaction so it stays short."""
    return [[sql_value(v) for v in rec] for rec in df[list(COLUMNS)].itertuples(index=False, name=None)]


def seed_files() -> list[Path]:
    """The bundled documents: data/raw/*.txt, each with its metadata .json beside it."""
    return sorted(RAW_DIR.glob("*.txt"))


def ingest_seed(store: Store, progress: Progress | None = None) -> list[IngestResult]:
    """Ingest the bundled documents with the metadata of the .json file beside each."""
    progress = progress or _quiet
    files = seed_files()
    results = []
    for i, path in enumerate(files):
        meta_path = path.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        fields = {k: meta.get(k) for k in (*METADATA, "format")}
        results.append(ingest(store, path.read_bytes(), path.name, **fields,
                              progress=lambda f, m, i=i: progress((i + f) / len(files), m)))
    return results


def open_store(path: str | os.PathLike | None = None, progress: Progress | None = None) -> Store:
    """The store, with the bundled seed ingested if it has no documents yet and stale figures redone."""
    store = Store(path)
    if store.is_empty():
        ingest_seed(store, progress)
    else:
        stale = stale_documents(store)
        if stale:
            reextract(store, stale, progress)
    return store
