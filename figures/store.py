"""The store: one SQLite file holding every ingested document and its figures.

SQLite in WAL mode with a busy timeout, so the dashboard and the command line can write at the same
time; every save is one short BEGIN IMMEDIATE transaction, so a failure or a killed process leaves the
store as it was. The store only holds SQL: figures.ingest makes the figures before it saves them, and the
dashboard's questions come as figures.sql filters answered with indexes and an FTS5 search table.
"""

import copy
import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from figures import reviews, search_index
from figures.schema import CHECKED_REVIEWS, COLUMNS
from figures.sql import ORDER, Filters, where
from figures.withheld import WITHHELD, without_withheld

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
# Bumped when the tables or search table change, so an older store gets them on opening (a store missing an index
# of INDEXES, or holding one of DROPPED_INDEXES, gets its indexes on opening whatever its version).
SCHEMA_VERSION = 7
# The dashboard's indexes by name: what it filters, groups and orders by, each holding the columns its questions
# read and ending with the review (every page leaves rejected figures out), so they are answered from the index
# alone; figures with cross-check flags apart.
INDEXES = {
    "figures_doc": "figures (doc_id, char_start)",
    "figures_id": "figures (figure_id)",
    "figures_review": "figures (review)",
    "figures_theme_listing": "figures (theme, category, doc_id, char_start, char_end, review)",
    "figures_sections": "figures (doc_id, section, review)",
    "figures_subject_years": "figures (category, subject, doc_id, review)",
    "figures_category_sizes": "figures (category, statutory, kind, unit, unit_base, value, value_base, value_kzt, "
                              "theme, doc_id, char_start, char_end, review)",
    "figures_kind_listing": "figures (kind, doc_id, char_start, char_end, review)",
    "figures_period_listing": "figures (period, doc_id, char_start, char_end, review)",
    "figures_flag_checks": "figures (doc_id, char_start, char_end, checks, review) WHERE checks <> '[]'",
    "documents_order": "documents (ingested_at, doc_id)",
    "documents_key": "documents (key)",
    "reviews_key": "reviews (doc_key, id)",
}
# Indexes of older stores that those above replace.
DROPPED_INDEXES = ("figures_theme", "figures_theme_category", "figures_subjects", "figures_category",
                   "figures_flagged", "figures_kind", "figures_period")
# Reviews are append-only: every change is a new row (an undo too), so who did what and when is never lost.
REVIEW_COLUMNS = ("doc_key", "doc_id", "figure_id", "char_start", "char_end", "mention", "sentence", "action",
                  "fields", "reviewer", "note", "created_at")
REVIEWS_DDL = (
    "CREATE TABLE IF NOT EXISTS reviews (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  doc_key TEXT NOT NULL,\n"
    "  doc_id TEXT NOT NULL,\n  figure_id TEXT NOT NULL,\n  char_start INTEGER NOT NULL,\n  char_end INTEGER NOT NULL,\n"
    "  mention TEXT NOT NULL,\n  sentence TEXT NOT NULL,\n"
    "  action TEXT NOT NULL CHECK (action IN ('verified', 'rejected', 'corrected', 'undo')),\n"
    "  fields TEXT NOT NULL DEFAULT '{}',\n  reviewer TEXT NOT NULL,\n  note TEXT NOT NULL DEFAULT '',\n"
    "  created_at TEXT NOT NULL\n)",
    "CREATE TRIGGER IF NOT EXISTS reviews_kept BEFORE UPDATE ON reviews "
    "BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS reviews_never_deleted BEFORE DELETE ON reviews "
    "BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END",
)
# What each column of the reviews table holds, for readers of the store outside the dashboard (the API).
REVIEW_DESCRIPTIONS = {
    "id": "Order in which the reviews were made",
    "doc_key": "Stable key of the reviewed figure's document",
    "doc_id": "Id of the document's text version the review was made on",
    "figure_id": "Id of the reviewed figure in that version",
    "char_start": "Start of the figure's mention in that version's text",
    "char_end": "End of the figure's mention in that version's text",
    "mention": "The figure as written",
    "sentence": "The sentence holding it, which re-anchors the review on a new text version",
    "action": "verified, rejected, corrected or undo (takes back the figure's latest review)",
    "fields": "JSON of the corrected fields and their new values",
    "reviewer": "Who made the review",
    "note": "The reviewer's note",
    "created_at": "When the review was made (UTC)",
}
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
    "key": "TEXT",
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
    "key": "Stable key of the document across text versions (its source URL, the name given, or --key)",
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


def _migrate_reviews(con) -> None:
    """Give documents of a store made before reviews their key (source URL, else name) and every figure the
    unreviewed state."""
    con.execute("UPDATE documents SET key = COALESCE(source_url, name) WHERE key IS NULL")
    con.execute("UPDATE figures SET review = 'unreviewed' WHERE review IS NULL")


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
    """The figures() columns an export holds as Arrow types, so every chunk of it shares one schema; the withheld
    columns of personal data (figures.withheld) are left out."""
    kinds = {**COLUMNS, "doc_title": "str?", "doc_publisher": "str?", "doc_country": "str?", "doc_year": "int?",
             "doc_source_url": "str?"}
    return pa.schema([(name, _ARROW_TYPES[kind.rstrip("?")]) for name, kind in kinds.items() if name not in WITHHELD])


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


def _drop_other_versions(con, key: str, doc_id: str) -> None:
    """Inside a save: remove the other text versions of a document key, with their figures (a new version replaces
    the old; its reviews stay in the reviews table and are anchored again)."""
    for (old,) in con.execute("SELECT doc_id FROM documents WHERE key = ? AND doc_id <> ?", (key, doc_id)).fetchall():
        search_index.replacing(con, old)
        con.execute("DELETE FROM figures WHERE doc_id = ?", (old,))
        con.execute("DELETE FROM documents WHERE doc_id = ?", (old,))


def _reapply_reviews(con, doc_id: str) -> None:
    """Inside a save: bring a document's figures in step with the reviews of its key (figures.reviews.updates)."""
    key, year = con.execute("SELECT key, year FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if not con.execute("SELECT EXISTS (SELECT 1 FROM reviews WHERE doc_key = ?) OR EXISTS (SELECT 1 FROM figures "
                       "WHERE doc_id = ? AND review <> 'unreviewed')", (key, doc_id)).fetchone()[0]:
        return
    read = con.execute(f"SELECT rowid, {', '.join(COLUMNS)} FROM figures WHERE doc_id = ?", (doc_id,))
    names = [d[0] for d in read.description]
    figures = [dict(zip(names, row)) for row in read.fetchall()]
    read = con.execute(f"SELECT id, {', '.join(REVIEW_COLUMNS)} FROM reviews WHERE doc_key = ? ORDER BY id", (key,))
    names = [d[0] for d in read.description]
    changed = reviews.updates(figures, [dict(zip(names, row)) for row in read.fetchall()], year)
    if not changed:
        return
    search_index.replacing(con, doc_id)
    columns = reviews.CHANGED_COLUMNS
    con.executemany(f"UPDATE figures SET {', '.join(f'{c} = ?' for c in columns)} WHERE rowid = ?",
                    [[sql_value(row.get(c)) for c in columns] + [row["rowid"]] for row in changed])


def sql_value(value):
    """A value as SQLite stores it: None for missing, plain Python numbers, booleans as 0/1."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return int(value) if isinstance(value, bool) else value


class Store:
    """Documents and their figures in one SQLite file (see the module docstring for the guarantees).

    A file that cannot be opened, read or written raises StoreError naming it."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else default_path()
        self.refusal: str | None = None
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
            for statement in REVIEWS_DDL:
                con.execute(statement)
            _add_missing_columns(con)
            _add_document_columns(con)
            _migrate_reviews(con)
            for name in DROPPED_INDEXES:
                con.execute(f"DROP INDEX IF EXISTS {name}")
            for name, on in INDEXES.items():
                con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")
            search_index.create(con)
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        search_index.catch_up(self._transaction)
        self._analyze()

    def _analyze(self) -> None:
        """Give the planner statistics of every index (a bounded sample): an index made on opening has none, and
        without them SQLite neither picks it well nor skips ahead over its repeated values."""
        with self._connect() as con:
            con.execute(f"PRAGMA analysis_limit = {ANALYSIS_ROWS}")
            con.execute("ANALYZE")

    def refusing_writes(self, reason: str) -> "Store":
        """The same store, every write refused with StoreError(reason) (a dashboard published read-only)."""
        refused = copy.copy(self)
        refused.refusal = reason
        return refused

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
        """Whether the file already has this version's tables, columns and indexes (and none it replaced); a
        read, so no lock is taken when it has."""
        if not self.path.is_file():
            return False
        with self._connect(readonly=True) as con:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            present = {row[1] for row in con.execute("PRAGMA table_info(figures)")}
            documents = {row[1] for row in con.execute("PRAGMA table_info(documents)")}
            indexes = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        return (version == SCHEMA_VERSION and set(COLUMNS) <= present and set(DOCUMENT_COLUMNS) <= documents
                and set(INDEXES) <= indexes and not indexes & set(DROPPED_INDEXES))

    @contextmanager
    def _connect(self, readonly: bool = False):
        """A connection (read-only when asked); SQLite's failures to open, read or write the file become
        StoreError; a write on a store refusing writes is StoreError with the reason."""
        if not readonly and self.refusal:
            raise StoreError(self.path, self.refusal)
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
        joined = "FROM figures f JOIN documents d ON d.doc_id = f.doc_id"
        if limit is not None:  # the rows are chosen from the indexes first, so only they are read whole
            chosen = f"SELECT f.rowid {joined} {clause} ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)}"
            clause = f"WHERE f.rowid IN ({chosen})"
        sql = (f"SELECT {cols}, d.title AS doc_title, d.publisher AS doc_publisher, d.country AS doc_country, "
               f"d.year AS doc_year, d.source_url AS doc_source_url {joined} {clause} ORDER BY {order}")
        return sql, params

    def top(self, filters: Filters, rank: tuple[str, str]) -> pd.DataFrame:
        """The first figure of figures(filters=filters, rank=rank, limit=1) (none when no figure has a rank): the
        largest rank is found first, in the indexes, so that only the figures holding it are ordered."""
        clause, params = where(filters)
        condition, expression = rank
        ranked = " AND ".join(c for c in (clause.removeprefix("WHERE "), condition) if c)
        largest = self._scalar(f"SELECT max({expression}) FROM figures f {'WHERE ' if ranked else ''}{ranked}", params)
        at_largest = " AND ".join(c for c in (condition, f"({expression}) = ?") if c)
        sql, params = self._select(filters, (at_largest, expression), 1, 0)
        return _typed_rows(self._query(sql, [*params, largest]))

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
        both = self.joint_counts(columns, filters).fillna("(none)")
        return {c: both.groupby(c, as_index=False)["figures"].sum()
                .sort_values(["figures", c], ascending=[False, True], ignore_index=True) for c in columns}

    def joint_counts(self, columns: tuple, filters: Filters | None = None) -> pd.DataFrame:
        """How many figures passing the filters hold each combination of values of `columns` (figures columns),
        in one grouped query (columns: the columns, figures); missing values stay missing."""
        unknown = [c for c in columns if c not in COLUMNS]
        if unknown:
            raise ValueError(f"not a figures column: {unknown[0]!r}")
        clause, params = where(filters or Filters())
        keys = ", ".join(f"f.{c}" for c in columns)  # grouped by the bare columns, so an index gives their order
        return self._query(f"SELECT {keys}, count(*) AS figures FROM figures f {clause} GROUP BY {keys}", params)

    def distinct(self, column: str, filters: Filters | None = None) -> list:
        """The values `column` takes among the figures passing the filters, sorted, missing ones left out."""
        if column not in COLUMNS:
            raise ValueError(f"not a figures column: {column!r}")
        clause, params = where(filters or Filters())
        present = f"f.{column} IS NOT NULL"
        clause = f"{clause} AND {present}" if clause else f"WHERE {present}"
        return self._query(f"SELECT DISTINCT f.{column} AS v FROM figures f {clause} ORDER BY 1", params)["v"].tolist()

    def sections(self, filters: Filters | None = None) -> pd.DataFrame:
        """The distinct (doc_id, section) pairs of the figures passing the filters, with how many figures each has
        (figures) and how many of them a reviewer checked (verified), for source lines."""
        clause, params = where(filters or Filters())
        checked = ", ".join(f"'{state}'" for state in CHECKED_REVIEWS)
        return self._query(f"SELECT f.doc_id, f.section, count(*) AS figures, "
                           f"sum(f.review IN ({checked})) AS verified FROM figures f {clause} "
                           "GROUP BY f.doc_id, f.section", params)

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
                    key = doc.get("key") or doc.get("source_url") or doc.get("name")
                    _drop_other_versions(con, key, doc_id)
                    con.execute(doc_sql, [key if c == "key" else doc.get(c) for c in DOCUMENT_COLUMNS])
                    con.executemany(fig_sql, rows)
                    search_index.replacing(con, doc_id)
                    _reapply_reviews(con, doc_id)
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
        with self._connect() as con:
            staged = _staged(con, records, progress) if records is not None else None
            return self._save(con, row, staged, new=new, progress=progress)

    def _save(self, con, row: dict, staged: int | None, *, new: bool, progress: Progress) -> tuple[bool, int]:
        doc_id = row["doc_id"]
        with _immediate(con):
            if new and con.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone():
                return False, con.execute("SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]
            _drop_other_versions(con, row["key"], doc_id)
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
            else:
                search_index.retitled(con, doc_id)
            _reapply_reviews(con, doc_id)
            n = con.execute("SELECT count(*) FROM figures WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        progress(1.0, "Indexing for search")
        search_index.catch_up(self._transaction)
        self._optimize()
        return new, n

    def add_review(self, review: dict, seen: str | None) -> dict:
        """Record one review (REVIEW_COLUMNS) of the figure it names and apply it, in one transaction; `seen` is
        the figure's reviewed_at as the reviewer saw it (None: unreviewed). Raises reviews.ReviewConflict with the
        figure's state now when another review came in between, reviews.ReviewError when the figure is gone.
        Returns the figure's review columns after it."""
        state = ", ".join(f"f.{c}" for c in reviews.UNREVIEWED)
        with self._transaction() as con:
            con.row_factory = sqlite3.Row
            current = con.execute(f"SELECT {state} FROM figures f WHERE f.figure_id = ? AND f.doc_id = ?",
                                  (review["figure_id"], review["doc_id"])).fetchone()
            if current is None:
                raise reviews.ReviewError(f"figure {review['figure_id']} is no longer in the store (its document "
                                          "was removed or changed)")
            if current["reviewed_at"] != seen:
                raise reviews.ReviewConflict(dict(current))
            con.execute(f"INSERT INTO reviews ({', '.join(REVIEW_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(REVIEW_COLUMNS))})", [review[c] for c in REVIEW_COLUMNS])
            _reapply_reviews(con, review["doc_id"])
            after = dict(con.execute(f"SELECT {state} FROM figures f WHERE f.figure_id = ? AND f.doc_id = ?",
                                     (review["figure_id"], review["doc_id"])).fetchone())
        search_index.catch_up(self._transaction)
        return after

    def import_reviews(self, rows: list[dict]) -> int:
        """Add reviews (REVIEW_COLUMNS) from elsewhere in one transaction, skipping those already stored (same
        document key, anchor, action, fields, reviewer and time), and apply them; how many were added."""
        columns = ", ".join(REVIEW_COLUMNS)
        same = " AND ".join(f"{c} = ?" for c in REVIEW_COLUMNS if c not in ("doc_id", "figure_id"))
        added, touched = 0, set()
        with self._transaction() as con:
            for row in rows:
                values = [row[c] for c in REVIEW_COLUMNS]
                key = [row[c] for c in REVIEW_COLUMNS if c not in ("doc_id", "figure_id")]
                added += con.execute(f"INSERT INTO reviews ({columns}) SELECT {', '.join('?' * len(values))} "
                                     f"WHERE NOT EXISTS (SELECT 1 FROM reviews WHERE {same})", values + key).rowcount
                touched.add(row["doc_key"])
            for (doc_id,) in con.execute(f"SELECT doc_id FROM documents WHERE key IN ({', '.join('?' * len(touched))})",
                                         sorted(touched)).fetchall():
                _reapply_reviews(con, doc_id)
        search_index.catch_up(self._transaction)
        return added

    def reviews(self, doc_keys: list[str] | None = None) -> pd.DataFrame:
        """The reviews (id and REVIEW_COLUMNS) of the given document keys (default: all), in the order made."""
        sql = f"SELECT id, {', '.join(REVIEW_COLUMNS)} FROM reviews"
        if doc_keys is not None:
            sql += f" WHERE doc_key IN ({', '.join('?' * len(doc_keys))})"
        return self._query(sql + " ORDER BY id", tuple(doc_keys or ()))

    def document_key(self, doc_id: str) -> str:
        """A document's stable key (KeyError when it is not stored)."""
        with self._connect(readonly=True) as con:
            row = con.execute("SELECT key FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id!r} in {self.path}")
        return row[0]

    def anchors(self, doc_keys: list[str] | None = None) -> pd.DataFrame:
        """The figures reviews are anchored on, of the given document keys (default: every key with a review):
        doc_key, doc_id, figure_id, char_start, char_end, mention, sentence, in document order."""
        keys = "SELECT DISTINCT doc_key FROM reviews" if doc_keys is None else ", ".join("?" * len(doc_keys))
        return self._query("SELECT d.key AS doc_key, f.doc_id, f.figure_id, f.char_start, f.char_end, f.mention, "
                           f"f.sentence FROM figures f JOIN documents d ON d.doc_id = f.doc_id WHERE d.key IN ({keys}) "
                           "ORDER BY f.doc_id, f.char_start", tuple(doc_keys or ()))

    def remove(self, doc_id: str) -> bool:
        """Delete a document and its figures; False when it was not there."""
        with self._transaction() as con:
            search_index.replacing(con, doc_id)
            con.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
            removed = con.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,)).rowcount > 0
        search_index.catch_up(self._transaction)
        return removed

    def export_parquet(self, folder: str | os.PathLike) -> dict[str, Path]:
        """Write documents.parquet (with text and page offsets) and figures.parquet (every figure, rejected ones
        too, with its review columns but not the reviewer's name) into folder."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        docs = self._query(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents ORDER BY ingested_at, doc_id")
        docs["year"] = docs["year"].astype("Int64")
        paths = {"documents": folder / "documents.parquet", "figures": folder / "figures.parquet"}
        docs.to_parquet(paths["documents"], index=False)
        schema = _arrow_schema()
        with pq.ParquetWriter(paths["figures"], schema) as writer:
            for chunk in self.figure_chunks(Filters(rejected=True)):
                writer.write_table(pa.Table.from_pandas(without_withheld(chunk), schema=schema, preserve_index=False))
        return paths

    def is_empty(self) -> bool:
        with self._connect(readonly=True) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
