"""The store: one SQLite file holding every ingested document and its figures.

SQLite in WAL mode with a busy timeout, so the dashboard and the command line can write at the same
time; every ingestion is one BEGIN IMMEDIATE transaction, so a failure or a killed process leaves the
store as it was. Figures are computed before the transaction; only the write holds the lock.
"""

import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from extract.fetch import TIMEOUT_S, fetch, is_url
from extract.formats import convert, detect_format, read_file_bytes
from extract.languages import document_language
from extract.loading import DocumentError  # re-exported: pages catch bad input as figures.store.DocumentError
from figures.documents import ROOT, Progress, doc_id_for, extraction_notes, extractor_version, figures_for
from figures.schema import COLUMNS

__all__ = ["DocumentError", "IngestResult", "Store", "StoreError", "default_path", "ingest_seed", "open_store",
           "seed_files"]

DEFAULT_PATH = ROOT / "data" / "figures.sqlite"
RAW_DIR = ROOT / "data" / "raw"
DB_ENV = "REPORTED_FIGURES_DB"
BUSY_TIMEOUT_S = 60.0
SAVE_BATCH = 500

DOCUMENT_COLUMNS = {
    "doc_id": "TEXT PRIMARY KEY",
    "title": "TEXT",
    "publisher": "TEXT",
    "country": "TEXT",
    "year": "INTEGER",
    "source_url": "TEXT",
    "original_url": "TEXT",
    "format": "TEXT NOT NULL",
    "name": "TEXT NOT NULL",
    "ingested_at": "TEXT NOT NULL",
    "extractor_version": "TEXT NOT NULL",
    "text": "TEXT NOT NULL",
    "pages": "TEXT",
    "language": "TEXT",
}
# What each column of the documents table holds, for readers of the store outside the dashboard (the API).
DOCUMENT_DESCRIPTIONS = {
    "doc_id": "Id of the document (hash of its normalised text)",
    "title": "Title of the document",
    "publisher": "Who published it",
    "country": "The country it reports on",
    "year": "The year it covers",
    "source_url": "Where its text was taken from",
    "original_url": "Where its publisher publishes it",
    "format": "text, html or pdf",
    "name": "File name or address it was ingested from",
    "ingested_at": "When it was added to the store (UTC)",
    "extractor_version": "Version of the extractor that made its figures",
    "text": "Its plain text, as the figures' character offsets index it",
    "pages": "JSON list of where each page starts in the text, for PDFs",
    "language": "The language of most of its text: en, ru, kk or other",
}
METADATA = ("title", "publisher", "country", "year", "source_url", "original_url")
LISTED = ("doc_id", "title", "publisher", "country", "year", "source_url", "original_url", "format",
          "name", "ingested_at", "language")
_SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER"}
_PANDAS_TYPES = {"int": "int64", "int?": "Int64", "float": "float64", "float?": "float64",
                 "bool": "bool", "bool?": "boolean", "str": "str", "str?": "str"}


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


def default_path() -> Path:
    """The store file: $REPORTED_FIGURES_DB, else data/figures.sqlite."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_PATH)


def _figures_ddl() -> str:
    cols = ",\n  ".join(
        f"{name} {_SQL_TYPES[kind.rstrip('?')]}{'' if kind.endswith('?') else ' NOT NULL'}"
        for name, kind in COLUMNS.items()
    )
    return (f"CREATE TABLE IF NOT EXISTS figures (\n  {cols},\n"
            "  FOREIGN KEY (doc_id) REFERENCES documents (doc_id) ON DELETE CASCADE\n)")


def _add_missing_columns(con) -> None:
    """Add the columns a newer extractor writes to a store made by an older one (their figures stay stale
    until refreshed)."""
    present = {row[1] for row in con.execute("PRAGMA table_info(figures)")}
    for name, kind in COLUMNS.items():
        if name not in present:
            con.execute(f"ALTER TABLE figures ADD COLUMN {name} {_SQL_TYPES[kind.rstrip('?')]}")


def _add_document_language(con) -> None:
    """Give the documents of a store made before documents had a language theirs, from their text."""
    present = {row[1] for row in con.execute("PRAGMA table_info(documents)")}
    if "language" in present:
        return
    con.execute("ALTER TABLE documents ADD COLUMN language TEXT")
    for doc_id, text in con.execute("SELECT doc_id, text FROM documents").fetchall():
        con.execute("UPDATE documents SET language = ? WHERE doc_id = ?",
                    (document_language(text.split("\n")), doc_id))


def _documents_ddl() -> str:
    cols = ",\n  ".join(f"{name} {kind}" for name, kind in DOCUMENT_COLUMNS.items())
    return f"CREATE TABLE IF NOT EXISTS documents (\n  {cols}\n)"


def _sql_value(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return int(value) if isinstance(value, bool) else value


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Give the figures columns read back from SQLite their schema types."""
    for name, kind in COLUMNS.items():
        if kind == "bool":
            df[name] = df[name].fillna(0).astype(bool)
        else:
            df[name] = df[name].astype(_PANDAS_TYPES[kind])
    return df


class StoreError(Exception):
    """A store file that cannot be opened, read or written, with a one-line reason naming it."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"store {self.path}: {reason}")


def _store_problem(path: Path, err: Exception) -> str:
    """What is wrong with the store file, in words a reader can act on."""
    text = str(err).lower()
    if path.is_dir():
        return "is a folder, not an SQLite file (give a file name, e.g. figures.sqlite)"
    if "not a database" in text:
        return "is not an SQLite database (another kind of file, or damaged)"
    if "readonly" in text or "read-only" in text:
        return "cannot be written (the file or its folder is read-only)"
    if "disk is full" in text or "no space" in text:
        return "cannot be written: the disk is full"
    return f"cannot be opened ({' '.join(str(err).split())})"


class Store:
    """Documents and their figures in one SQLite file (see the module docstring for the guarantees).

    A file that cannot be opened, read or written raises StoreError naming it."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise StoreError(self.path, "a file stands where its folder should be") from None
        except OSError as err:
            raise StoreError(self.path, f"its folder cannot be made ({err.strerror or err})") from None
        with self._connect() as con:
            con.execute("PRAGMA journal_mode=WAL")
        with self._transaction() as con:
            con.execute(_documents_ddl())
            con.execute(_figures_ddl())
            _add_missing_columns(con)
            _add_document_language(con)
            con.execute("CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc_id, char_start)")

    @contextmanager
    def _connect(self):
        """A connection; SQLite's failures to open, read or write the file become StoreError."""
        try:
            con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            try:
                con.execute("PRAGMA foreign_keys=ON")
                con.execute("PRAGMA synchronous=FULL")
                yield con
            finally:
                con.close()
        except sqlite3.DatabaseError as err:
            if type(err) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
                raise  # a constraint or programming error is a bug, not a bad file
            raise StoreError(self.path, _store_problem(self.path, err)) from None

    @contextmanager
    def _transaction(self):
        """One write transaction: everything inside is committed together or not at all."""
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def _query(self, sql: str, params=()) -> pd.DataFrame:
        with self._connect() as con:
            return pd.read_sql_query(sql, con, params=params)

    # Reading

    def documents(self) -> pd.DataFrame:
        """One row per document (without its text), with its number of figures, newest first."""
        cols = ", ".join(f"d.{c}" for c in LISTED)
        df = self._query(
            f"SELECT {cols}, length(d.text) AS n_chars, "
            "(SELECT count(*) FROM figures f WHERE f.doc_id = d.doc_id) AS n_figures "
            "FROM documents d ORDER BY d.ingested_at DESC, d.doc_id"
        )
        df["year"] = df["year"].astype("Int64")
        return df

    def figures(self, doc_ids: list[str] | None = None) -> pd.DataFrame:
        """The figures table (figures.schema COLUMNS) with each figure's document title, publisher,
        country, year and source URL as doc_title, doc_publisher, doc_country, doc_year, doc_source_url."""
        cols = ", ".join(f"f.{c}" for c in COLUMNS)
        sql = (f"SELECT {cols}, d.title AS doc_title, d.publisher AS doc_publisher, d.country AS doc_country, "
               "d.year AS doc_year, d.source_url AS doc_source_url "
               "FROM figures f JOIN documents d ON d.doc_id = f.doc_id")
        params: list = []
        if doc_ids is not None:
            sql += f" WHERE f.doc_id IN ({', '.join('?' * len(doc_ids))})" if doc_ids else " WHERE 0"
            params = list(doc_ids)
        df = _typed(self._query(sql + " ORDER BY d.ingested_at, f.doc_id, f.char_start, f.char_end", params))
        df["doc_year"] = df["doc_year"].astype("Int64")
        return df

    def document_text(self, doc_id: str) -> str:
        """The plain text of a document, as the figures' char offsets index it."""
        return self._document(doc_id)["text"]

    def document_pages(self, doc_id: str) -> list[int] | None:
        """Where each page of a paged document (PDF) starts in its text; None for unpaged formats."""
        pages = self._document(doc_id)["pages"]
        return json.loads(pages) if pages else None

    def _document(self, doc_id: str) -> dict:
        with self._connect() as con:
            con.row_factory = sqlite3.Row
            row = con.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id!r} in {self.path}")
        return dict(row)

    def _find(self, doc_id: str) -> dict | None:
        try:
            return self._document(doc_id)
        except KeyError:
            return None

    def _count(self, doc_id: str) -> int:
        with self._connect() as con:
            return con.execute("SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]

    def stale_documents(self) -> list[str]:
        """Documents whose figures were made by another version of the extractor."""
        df = self._query("SELECT doc_id FROM documents WHERE extractor_version <> ?", (extractor_version(),))
        return df["doc_id"].tolist()

    # Writing

    def ingest(self, text_or_bytes: str | bytes, name: str, *, title: str | None = None,
               publisher: str | None = None, country: str | None = None, year: int | None = None,
               source_url: str | None = None, original_url: str | None = None, format: str | None = None,
               progress: Progress | None = None) -> IngestResult:
        """Add a document (text, or the bytes of a text, HTML or PDF file) and its figures.

        Metadata given here wins over what the document states. The same text twice adds nothing (but
        given metadata corrects the stored one, and stale figures are redone). Bad input raises
        DocumentError with a one-line message and leaves the store unchanged.
        """
        progress = progress or _quiet
        progress(0.0, f"Reading {name}")
        doc = convert(text_or_bytes, name, format=format, progress=lambda f, m: progress(0.05 * f, m))
        doc_id = doc_id_for(doc.text)
        given = {"title": title, "publisher": publisher, "country": country, "year": year,
                 "source_url": source_url, "original_url": original_url}
        given = {k: v for k, v in given.items() if v not in (None, "")}
        stored = self._find(doc_id)
        if stored is None:
            stated = {"title": doc.title, "publisher": doc.publisher, "year": doc.year}
            meta = {k: None for k in METADATA} | {k: v for k, v in stated.items() if v} | given
            row = {**meta, "doc_id": doc_id, "format": doc.format, "name": str(name), "text": doc.text, "language": None,
                   "pages": json.dumps(doc.pages) if doc.pages is not None else None}
        else:
            row = stored | given
        return self._write(row, progress, new=stored is None)

    def ingest_source(self, source: str | os.PathLike, *, timeout: float | None = None, allow_private: bool = False,
                      progress: Progress | None = None, **metadata) -> IngestResult:
        """Ingest a file path or an http(s) URL (fetched within a deadline and the size limit, from a public
        address unless allow_private); a URL becomes the document's source_url unless one is given.
        Metadata as for ingest()."""
        source = str(source)
        if is_url(source):
            (progress or _quiet)(0.0, f"Fetching {source}")
            got = fetch(source, timeout=TIMEOUT_S if timeout is None else timeout, allow_private=allow_private)
            metadata.setdefault("source_url", source)
            metadata["format"] = metadata.get("format") or detect_format(got.data, got.name, got.content_type)
            return self.ingest(got.data, source, progress=progress, **metadata)
        return self.ingest(read_file_bytes(source), source, progress=progress, **metadata)

    def update_metadata(self, doc_id: str, progress: Progress | None = None, **fields) -> IngestResult:
        """Correct a document's title, publisher, country, year, source_url or original_url.
        A changed year redoes its figures (the year resolves dates like 'in March')."""
        unknown = set(fields) - set(METADATA)
        if unknown:
            raise ValueError(f"not document metadata: {sorted(unknown)}")
        return self._write(self._document(doc_id) | fields, progress or _quiet, new=False)

    def reextract(self, doc_ids: list[str] | None = None, progress: Progress | None = None) -> list[IngestResult]:
        """Redo the figures of the given documents (default: the stale ones), each in its own transaction."""
        doc_ids = self.stale_documents() if doc_ids is None else doc_ids
        progress = progress or _quiet
        results = []
        for i, doc_id in enumerate(doc_ids):
            def part(fraction: float, message: str, i=i) -> None:
                progress((i + fraction) / len(doc_ids), message)
            results.append(self._write(self._document(doc_id), part, new=False, force=True))
        return results

    def _write(self, row: dict, progress: Progress, *, new: bool, force: bool = False) -> IngestResult:
        """Store a document row and, when needed, its freshly extracted figures, in one transaction."""
        version = extractor_version()
        doc_id = row["doc_id"]
        stored = None if new else self._find(doc_id)
        redo = force or stored is None or stored["extractor_version"] != version or stored["year"] != row["year"]
        if stored is not None and not redo and all(stored[k] == row[k] for k in METADATA):
            progress(1.0, "Already in the store")
            return IngestResult(doc_id, False, self._count(doc_id))
        df, notes = None, ""
        if redo:
            pages = json.loads(row["pages"]) if row["pages"] else None
            df, extraction = figures_for(row["text"], doc_id, row["year"], pages,
                                         lambda f, m: progress(0.05 + 0.85 * f, m))
            row, notes = row | {"language": extraction.document.language}, extraction_notes(extraction)
        progress(0.9, "Saving")
        with self._transaction() as con:
            exists = con.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            if new and exists:  # another session stored the same text meanwhile
                n = con.execute("SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]
                progress(1.0, "Already in the store")
                return IngestResult(doc_id, False, n)
            full = row | {"ingested_at": row.get("ingested_at") or datetime.now(timezone.utc).isoformat(timespec="seconds"),
                          "extractor_version": version if redo else stored["extractor_version"]}
            values = [full[c] for c in DOCUMENT_COLUMNS]
            updates = ", ".join(f"{c} = excluded.{c}" for c in DOCUMENT_COLUMNS if c != "doc_id")
            con.execute(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(values))}) "
                        f"ON CONFLICT (doc_id) DO UPDATE SET {updates}", values)
            if df is not None:
                con.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
                self._insert_figures(con, df, progress)
            n = con.execute("SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        progress(1.0, f"{n} figures")
        return IngestResult(doc_id, new and not exists, n, refreshed=not new and redo, notes=notes)

    def add_extracted(self, documents: list[dict], figures: dict[str, list[dict]]) -> tuple[list[IngestResult], list[str]]:
        """Add documents extracted elsewhere (a Parquet corpus: DOCUMENT_COLUMNS rows, and figures rows
        by doc_id) in one transaction, each document all or nothing; a doc_id already stored is skipped.
        Returns the results and one line per document that could not be stored."""
        doc_sql = (f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})")
        fig_sql = f"INSERT INTO figures ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
        results, errors = [], []
        with self._transaction() as con:
            for doc in documents:
                doc_id = doc["doc_id"]
                if con.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone():
                    results.append(IngestResult(doc_id, False, con.execute(
                        "SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]))
                    continue
                rows = figures.get(doc_id, [])
                con.execute("SAVEPOINT document")
                try:
                    con.execute(doc_sql, [_sql_value(doc[c]) for c in DOCUMENT_COLUMNS])
                    con.executemany(fig_sql, [[_sql_value(r[c]) for c in COLUMNS] for r in rows])
                except sqlite3.Error as err:
                    con.execute("ROLLBACK TO document")
                    errors.append(f"{doc.get('name') or doc_id}: not stored ({err})")
                else:
                    results.append(IngestResult(doc_id, True, len(rows)))
                con.execute("RELEASE document")
        return results, errors

    @staticmethod
    def _insert_figures(con, df: pd.DataFrame, progress: Progress) -> None:
        sql = f"INSERT INTO figures ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
        records = [[_sql_value(v) for v in rec] for rec in df[list(COLUMNS)].itertuples(index=False, name=None)]
        for start in range(0, len(records), SAVE_BATCH):
            batch = records[start:start + SAVE_BATCH]
            con.executemany(sql, batch)
            done = start + len(batch)
            progress(0.9 + 0.1 * done / len(records), f"Saving figures ({done}/{len(records)})")

    def remove(self, doc_id: str) -> bool:
        """Delete a document and its figures; False when it was not there."""
        with self._transaction() as con:
            con.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
            return con.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,)).rowcount > 0

    def export_parquet(self, folder: str | os.PathLike) -> dict[str, Path]:
        """Write documents.parquet (with text and page offsets) and figures.parquet into folder."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        docs = self._query(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents ORDER BY ingested_at, doc_id")
        docs["year"] = docs["year"].astype("Int64")
        paths = {"documents": folder / "documents.parquet", "figures": folder / "figures.parquet"}
        docs.to_parquet(paths["documents"], index=False)
        self.figures().to_parquet(paths["figures"], index=False)
        return paths

    def is_empty(self) -> bool:
        with self._connect() as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


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
        results.append(store.ingest(path.read_bytes(), path.name, **fields,
                                    progress=lambda f, m, i=i: progress((i + f) / len(files), m)))
    return results


def open_store(path: str | os.PathLike | None = None, progress: Progress | None = None) -> Store:
    """The store, with the bundled seed ingested if it has no documents yet and stale figures redone."""
    store = Store(path)
    if store.is_empty():
        ingest_seed(store, progress)
    else:
        stale = store.stale_documents()
        if stale:
            store.reextract(stale, progress)
    return store
