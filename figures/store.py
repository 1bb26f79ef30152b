"""The store: one SQLite file holding every ingested document and its figures.

SQLite in WAL mode with a busy timeout, so the dashboard and the command line can write at the same
time; every save is one short BEGIN IMMEDIATE transaction, so a failure or a killed process leaves the
store as it was. The store only holds SQL: figures.ingest makes the figures before it saves them, and the
dashboard's questions come as figures.sql filters answered with indexes and an FTS5 search table.
"""

import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from figures import search_index
from figures.schema import COLUMNS
from figures.sql import ORDER, Filters, where

# progress(fraction done in 0..1, what is happening) — st.progress and tqdm both fit this.
Progress = Callable[[float, str], None]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "data" / "figures.sqlite"
DB_ENV = "REPORTED_FIGURES_DB"
BUSY_TIMEOUT_S = 60.0
SAVE_BATCH = 500
CHUNK_ROWS = 20_000
# Rows of each index SQLite samples when it refreshes its planner statistics.
ANALYSIS_ROWS = 1000
# Page cache of a writing connection: a large document's rows and index pages stay in memory until the commit.
WRITE_CACHE_KIB = 256 * 1024
# Bumped when the tables, indexes or search table change, so an older store gets them on opening.
SCHEMA_VERSION = 5
# The columns the dashboard filters, groups and orders by; figures with cross-check flags apart.
INDEXES = (
    "CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc_id, char_start)",
    "CREATE INDEX IF NOT EXISTS figures_id ON figures (figure_id)",
    "DROP INDEX IF EXISTS figures_theme",
    "CREATE INDEX IF NOT EXISTS figures_theme_category ON figures (theme, category)",
    "CREATE INDEX IF NOT EXISTS figures_sections ON figures (doc_id, section)",
    "CREATE INDEX IF NOT EXISTS figures_subjects ON figures (doc_id, category, subject)",
    "CREATE INDEX IF NOT EXISTS figures_category ON figures (category, statutory, kind)",
    "CREATE INDEX IF NOT EXISTS figures_kind ON figures (kind)",
    "CREATE INDEX IF NOT EXISTS figures_period ON figures (period)",
    "CREATE INDEX IF NOT EXISTS figures_flagged ON figures (doc_id) WHERE checks <> '[]'",
    "CREATE INDEX IF NOT EXISTS documents_order ON documents (ingested_at, doc_id)",
)
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
_ARROW_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
_PANDAS_TYPES = {"int": "int64", "int?": "Int64", "float": "float64", "float?": "float64",
                 "bool": "bool", "bool?": "boolean", "str": "str", "str?": "str"}


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


def _add_document_columns(con) -> None:
    """Give a store made before documents had a language that column, and mark its documents stale so that
    redoing their figures fills it."""
    present = {row[1] for row in con.execute("PRAGMA table_info(documents)")}
    for name, kind in DOCUMENT_COLUMNS.items():
        if name not in present:
            con.execute(f"ALTER TABLE documents ADD COLUMN {name} {kind}")
            con.execute("UPDATE documents SET extractor_version = 'older than its columns'")


def _documents_ddl() -> str:
    cols = ",\n  ".join(f"{name} {kind}" for name, kind in DOCUMENT_COLUMNS.items())
    return f"CREATE TABLE IF NOT EXISTS documents (\n  {cols}\n)"


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Give the figures columns read back from SQLite their schema types."""
    for name, kind in COLUMNS.items():
        if kind == "bool":
            df[name] = df[name].fillna(0).astype(bool)
        else:
            df[name] = df[name].astype(_PANDAS_TYPES[kind])
    return df


def _arrow_schema() -> pa.Schema:
    """The figures() columns as Arrow types, so every chunk of an export shares one schema."""
    kinds = {**COLUMNS, "doc_title": "str?", "doc_publisher": "str?", "doc_country": "str?", "doc_year": "int?",
             "doc_source_url": "str?"}
    return pa.schema([(name, _ARROW_TYPES[kind.rstrip("?")]) for name, kind in kinds.items()])


def _typed_rows(df: pd.DataFrame) -> pd.DataFrame:
    df = _typed(df)
    df["doc_year"] = df["doc_year"].astype("Int64")
    return df


def _figure_filters(doc_ids, filters: Filters | None) -> Filters:
    filters = filters or Filters()
    return filters if doc_ids is None else filters.narrowed(doc_ids=tuple(doc_ids))


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


@contextmanager
def _immediate(con):
    """BEGIN IMMEDIATE on the connection; COMMIT when the block ends, ROLLBACK when it raises."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _staged(con, records: list[list], progress: Progress) -> int:
    """Put the rows into a private temporary table (`staging.rows`, no lock on the store) so the store's
    transaction copies them inside SQLite; how many rows."""
    con.execute("ATTACH DATABASE '' AS staging")
    con.execute("CREATE TABLE staging.rows AS SELECT * FROM main.figures WHERE 0")
    sql = f"INSERT INTO staging.rows ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    con.execute("BEGIN")
    for start in range(0, len(records), SAVE_BATCH):
        con.executemany(sql, records[start:start + SAVE_BATCH])
        progress(0.9 + 0.05 * min(start + SAVE_BATCH, len(records)) / len(records), "Preparing figures to save")
    con.execute("COMMIT")
    return len(records)


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
        if self._schema_current():
            return self._catch_up_search()
        with self._connect() as con:
            con.execute("PRAGMA journal_mode=WAL")
        with self._transaction() as con:
            con.execute(_documents_ddl())
            con.execute(_figures_ddl())
            _add_missing_columns(con)
            _add_document_columns(con)
            for statement in INDEXES:
                con.execute(statement)
            search_index.create(con)
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        search_index.catch_up(self._transaction)
        self._optimize()

    def _optimize(self) -> None:
        """Let SQLite refresh the statistics its query planner chooses indexes by (a bounded sample)."""
        with self._connect() as con:
            con.execute(f"PRAGMA analysis_limit = {ANALYSIS_ROWS}")
            con.execute("PRAGMA optimize")

    def _catch_up_search(self) -> None:
        """Finish indexing what an earlier save or a stopped process left queued (a read when nothing is)."""
        with self._connect(readonly=True) as con:
            if not search_index.behind(con):
                return
        search_index.catch_up(self._transaction)

    def _schema_current(self) -> bool:
        """Whether the file already has this version's tables, columns and indexes; a read, so no lock is
        taken when it has."""
        if not self.path.is_file():
            return False
        with self._connect(readonly=True) as con:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            present = {row[1] for row in con.execute("PRAGMA table_info(figures)")}
            documents = {row[1] for row in con.execute("PRAGMA table_info(documents)")}
        return version == SCHEMA_VERSION and set(COLUMNS) <= present and set(DOCUMENT_COLUMNS) <= documents

    @contextmanager
    def _connect(self, readonly: bool = False):
        """A connection (read-only when asked); SQLite's failures to open, read or write the file become
        StoreError."""
        try:
            if readonly:
                con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                                      isolation_level=None)
            else:
                con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            try:
                if not readonly:
                    con.execute("PRAGMA foreign_keys=ON")
                    con.execute("PRAGMA synchronous=FULL")
                    con.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
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
        with self._connect() as con, _immediate(con):
            yield con

    def _query(self, sql: str, params=()) -> pd.DataFrame:
        with self._connect(readonly=True) as con:
            return pd.read_sql_query(sql, con, params=params)

    def _scalar(self, sql: str, params=()):
        with self._connect(readonly=True) as con:
            return con.execute(sql, params).fetchone()[0]

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

    def figures(self, doc_ids: list[str] | None = None, *, filters: Filters | None = None, rank: tuple[str, str] | None = None,
                limit: int | None = None, offset: int = 0) -> pd.DataFrame:
        """The figures table (figures.schema COLUMNS) with each figure's document title, publisher,
        country, year and source URL as doc_title, doc_publisher, doc_country, doc_year, doc_source_url.

        Only the figures of `doc_ids` (when given) that pass `filters`; in document order, or the largest by `rank`
        first (a (condition, expression) pair of SQL, as figures.sql.headline_rank gives); at most `limit` rows from `offset`."""
        sql, params = self._select(_figure_filters(doc_ids, filters), rank, limit, offset)
        return _typed_rows(self._query(sql, params))

    def figure_chunks(self, filters: Filters | None = None, size: int = CHUNK_ROWS):
        """The figures of figures() in DataFrames of at most `size` rows, read one at a time (bounded memory)."""
        sql, params = self._select(filters or Filters(), None, None, 0)
        with self._connect(readonly=True) as con:
            for chunk in pd.read_sql_query(sql, con, params=params, chunksize=size):
                yield _typed_rows(chunk)

    @staticmethod
    def _select(filters: Filters, rank: tuple[str, str] | None, limit: int | None, offset: int,
                extra: str = "") -> tuple[str, list]:
        cols = ", ".join(f"f.{c}" for c in COLUMNS)
        clause, params = where(filters)
        if extra:
            clause = f"{clause} AND {extra}" if clause else f"WHERE {extra}"
        if rank is not None:
            condition, expression = rank
            if condition:
                clause = f"{clause} AND {condition}" if clause else f"WHERE {condition}"
            order = f"({expression}) DESC, {ORDER}"
        else:
            order = ORDER
        sql = (f"SELECT {cols}, d.title AS doc_title, d.publisher AS doc_publisher, d.country AS doc_country, "
               "d.year AS doc_year, d.source_url AS doc_source_url "
               f"FROM figures f JOIN documents d ON d.doc_id = f.doc_id {clause} ORDER BY {order}")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return sql, params

    def count(self, filters: Filters | None = None) -> int:
        """How many figures pass the filters."""
        clause, params = where(filters or Filters())
        return int(self._scalar(f"SELECT count(*) FROM figures f {clause}", params))

    def counts_by(self, column: str, filters: Filters | None = None) -> pd.DataFrame:
        """How many figures per value of `column` (a figures column), largest first then by value
        (columns: column, figures); a missing value counts as '(none)'."""
        return self.counts_by_each((column,), filters)[column]

    def counts_by_each(self, columns: tuple, filters: Filters | None = None) -> dict[str, pd.DataFrame]:
        """counts_by() of each of `columns`, from one pass over the figures."""
        unknown = [c for c in columns if c not in COLUMNS]
        if unknown:
            raise ValueError(f"not a figures column: {unknown[0]!r}")
        clause, params = where(filters or Filters())
        keys = ", ".join(f"f.{c}" for c in columns)  # grouped by the bare columns, so an index gives their order
        both = self._query(f"SELECT {keys}, count(*) AS figures FROM figures f {clause} GROUP BY {keys}",
                           params).fillna("(none)")
        return {c: both.groupby(c, as_index=False)["figures"].sum()
                .sort_values(["figures", c], ascending=[False, True], ignore_index=True) for c in columns}

    def distinct(self, column: str, filters: Filters | None = None) -> list:
        """The values `column` takes among the figures passing the filters, sorted, missing ones left out."""
        if column not in COLUMNS:
            raise ValueError(f"not a figures column: {column!r}")
        clause, params = where(filters or Filters())
        present = f"f.{column} IS NOT NULL"
        clause = f"{clause} AND {present}" if clause else f"WHERE {present}"
        return self._query(f"SELECT DISTINCT f.{column} AS v FROM figures f {clause} ORDER BY 1", params)["v"].tolist()

    def sections(self, filters: Filters | None = None) -> pd.DataFrame:
        """The distinct (doc_id, section) pairs of the figures passing the filters, for source lines."""
        clause, params = where(filters or Filters())
        return self._query(f"SELECT DISTINCT f.doc_id, f.section FROM figures f {clause}", params)

    def count_flags(self, filters: Filters | None = None) -> tuple[int, int]:
        """(cross-check flags, flagged figures) among the figures passing the filters."""
        clause, params = where((filters or Filters()).narrowed(flagged=True))
        with self._connect(readonly=True) as con:
            flags, flagged = con.execute(
                "SELECT COALESCE(sum(CASE WHEN json_valid(f.checks) THEN json_array_length(f.checks) ELSE 1 END), 0),"
                f" count(*) FROM figures f {clause}", params).fetchone()
        return int(flags), int(flagged)

    def first_each_year(self, filters: Filters) -> pd.DataFrame:
        """Of the figures passing the filters, the first of each country, category, subject and report year
        (in figures() columns and order): one point per year for a chart that follows a subject."""
        clause, params = where(filters)
        inner = (f"SELECT min(f.rowid) FROM figures f JOIN documents d ON d.doc_id = f.doc_id {clause} "
                 "GROUP BY d.country, f.category, f.subject, d.year")
        sql, _ = self._select(Filters(), None, None, 0, extra=f"f.rowid IN ({inner})")
        return _typed_rows(self._query(sql, params))

    def year_subjects(self, filters: Filters | None = None) -> pd.DataFrame:
        """Distinct (doc_country, category, subject, doc_year) of the figures passing the filters."""
        clause, params = where(filters or Filters())
        return self._query("SELECT DISTINCT d.country AS doc_country, x.category, x.subject, d.year AS doc_year FROM "
                           f"(SELECT DISTINCT f.doc_id, f.category, f.subject FROM figures f {clause}) x "
                           "JOIN documents d ON d.doc_id = x.doc_id", params)

    def series_subjects(self, filters: Filters | None = None) -> pd.DataFrame:
        """Distinct (category, statutory, kind, subject, language, doc_country, year) of the figures passing the
        filters, `year` being the first year of a figure's period, else the year its report covers (figures.series
        keys them)."""
        clause, params = where(filters or Filters())
        year = f"CASE WHEN x.period GLOB '{'[0-9]' * 4}*' THEN CAST(substr(x.period, 1, 4) AS INTEGER) ELSE d.year END"
        return self._query("SELECT DISTINCT x.category, x.statutory, x.kind, x.subject, x.language, "
                           f"d.country AS doc_country, {year} AS year FROM (SELECT DISTINCT f.doc_id, f.category, "
                           f"f.statutory, f.kind, f.subject, f.language, f.period FROM figures f {clause}) x "
                           "JOIN documents d ON d.doc_id = x.doc_id", params)

    def document_text(self, doc_id: str) -> str:
        """The plain text of a document, as the figures' char offsets index it."""
        return self._document(doc_id)["text"]

    def document_pages(self, doc_id: str) -> list[int] | None:
        """Where each page of a paged document (PDF) starts in its text; None for unpaged formats."""
        pages = self._document(doc_id)["pages"]
        return json.loads(pages) if pages else None

    def _document(self, doc_id: str) -> dict:
        with self._connect(readonly=True) as con:
            con.row_factory = sqlite3.Row
            row = con.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id!r} in {self.path}")
        return dict(row)

    def stale_documents(self, version: str) -> list[str]:
        """Documents whose figures were made by another version of the extractor than `version`."""
        df = self._query("SELECT doc_id FROM documents WHERE extractor_version <> ?", (version,))
        return df["doc_id"].tolist()

    def find(self, doc_id: str) -> dict | None:
        """A document's stored row (text and metadata), or None when it is not stored."""
        try:
            return self._document(doc_id)
        except KeyError:
            return None

    def count_of(self, doc_id: str) -> int:
        """How many figures a document has."""
        return int(self._scalar("SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)))

    # Writing

    def add_extracted(self, documents: list[dict],
                      figures: dict[str, list[list]]) -> tuple[list[tuple[str, bool, int]], list[str]]:
        """Add documents extracted elsewhere (a Parquet corpus: DOCUMENT_COLUMNS rows, and rows of COLUMNS SQL
        values by doc_id) in one transaction, each document all or nothing; a doc_id already stored is skipped.
        Returns (doc_id, added, figures) of each document and one line per document that could not be stored."""
        doc_sql = (f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})")
        fig_sql = f"INSERT INTO figures ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
        results, errors = [], []
        with self._transaction() as con:
            for doc in documents:
                doc_id = doc["doc_id"]
                if con.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone():
                    results.append((doc_id, False, con.execute(
                        "SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]))
                    continue
                rows = figures.get(doc_id, [])
                con.execute("SAVEPOINT document")
                try:
                    con.execute(doc_sql, [doc.get(c) for c in DOCUMENT_COLUMNS])
                    con.executemany(fig_sql, rows)
                    search_index.replacing(con, doc_id)
                except sqlite3.Error as err:
                    con.execute("ROLLBACK TO document")
                    errors.append(f"{doc.get('name') or doc_id}: not stored ({err})")
                else:
                    results.append((doc_id, True, len(rows)))
                con.execute("RELEASE document")
        search_index.catch_up(self._transaction)
        return results, errors

    def save(self, row: dict, records: list[list] | None, *, new: bool,
             progress: Progress | None = None) -> tuple[bool, int]:
        """Write a document row (DOCUMENT_COLUMNS) and, when given, its figures (rows of COLUMNS values,
        replacing the stored ones) in one short transaction. A `new` document another session stored
        meanwhile is left as it is. Returns (whether this call stored it, its number of figures)."""
        progress = progress or _quiet
        doc_id = row["doc_id"]
        with self._connect() as con:
            staged = _staged(con, records, progress) if records is not None else None
            return self._save(con, row, staged, new=new, progress=progress)

    def _save(self, con, row: dict, staged: int | None, *, new: bool, progress: Progress) -> tuple[bool, int]:
        doc_id = row["doc_id"]
        with _immediate(con):
            if new and con.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone():
                return False, con.execute("SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]
            values = [row[c] for c in DOCUMENT_COLUMNS]
            updates = ", ".join(f"{c} = excluded.{c}" for c in DOCUMENT_COLUMNS if c != "doc_id")
            con.execute(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(values))}) "
                        f"ON CONFLICT (doc_id) DO UPDATE SET {updates}", values)
            if staged is not None:
                search_index.replacing(con, doc_id)
                con.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
                con.execute(f"INSERT INTO main.figures ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} "
                            "FROM staging.rows")
                progress(0.98, f"Saving figures ({staged}/{staged})")
            n = con.execute("SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        progress(1.0, "Indexing for search")
        search_index.catch_up(self._transaction)
        self._optimize()
        return new, n

    def remove(self, doc_id: str) -> bool:
        """Delete a document and its figures; False when it was not there."""
        with self._transaction() as con:
            search_index.replacing(con, doc_id)
            con.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
            removed = con.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,)).rowcount > 0
        search_index.catch_up(self._transaction)
        return removed

    def export_parquet(self, folder: str | os.PathLike) -> dict[str, Path]:
        """Write documents.parquet (with text and page offsets) and figures.parquet into folder."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        docs = self._query(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents ORDER BY ingested_at, doc_id")
        docs["year"] = docs["year"].astype("Int64")
        paths = {"documents": folder / "documents.parquet", "figures": folder / "figures.parquet"}
        docs.to_parquet(paths["documents"], index=False)
        schema = _arrow_schema()
        with pq.ParquetWriter(paths["figures"], schema) as writer:
            for chunk in self.figure_chunks():
                writer.write_table(pa.Table.from_pandas(chunk, schema=schema, preserve_index=False))
        return paths

    def is_empty(self) -> bool:
        with self._connect(readonly=True) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
