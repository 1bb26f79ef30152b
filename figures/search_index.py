"""The FTS5 search table over each figure's subject, who, sentence, mention, paragraph, section and document title
(and, for Russian figures, the same text as lemmas, so that a word is found in any inflected form), so that
"journalist" finds a fine whose sentence only says "him" but whose paragraph names the journalist; kept in step
with the figures
outside the transaction that saves them, so a large document holds the store's write lock only for its rows.

A save queues its document in `search_pending` and the rowids of the figures it replaces in
`search_orphans`; catch_up() then, in short transactions of SEARCH_BATCH rows, drops the orphans' entries and
indexes the pending documents (orphans first, so an entry of a rowid used again is gone before the new
figure's is made). Until then, for the seconds the catching up takes, a search can miss a document's new
figures; a process stopped half-way leaves the queue, which the next catch_up() finishes. Each entry names its
figure (figure_id) for whoever reads the table directly.
"""

from figures.search import lemma_words

SEARCH_BATCH = 5_000

DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS figures_fts USING fts5 (figure_id UNINDEXED, subject, who, sentence, "
    "mention, paragraph, section, title, lemmas)",
    "CREATE TABLE IF NOT EXISTS search_pending (doc_id TEXT PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS search_orphans (fts_rowid INTEGER PRIMARY KEY)",
)
# Search tables of older stores, replaced by DDL.
OLD = ("DROP TRIGGER IF EXISTS figures_fts_add", "DROP TRIGGER IF EXISTS figures_fts_drop",
       "DROP TABLE IF EXISTS figures_fts", "DROP TABLE IF EXISTS search_pending", "DROP TABLE IF EXISTS search_orphans")

# The WHERE condition finding figures whose text matches an FTS5 query (one parameter).
MATCHING = "f.rowid IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH ?)"


def create(con) -> None:
    """Make the search tables when missing (replacing an older layout) and queue every stored document for
    indexing."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_pending'").fetchone() and \
            "title" in {row[1] for row in con.execute("PRAGMA table_info(figures_fts)")}:
        return
    for statement in OLD:
        con.execute(statement)
    for statement in DDL:
        con.execute(statement)
    con.execute("INSERT OR IGNORE INTO search_pending SELECT doc_id FROM documents")


def replacing(con, doc_id: str) -> None:
    """Inside the transaction that deletes a document's figures, before it does: queue their entries for
    removal and the document for indexing."""
    con.execute("INSERT OR IGNORE INTO search_orphans SELECT rowid FROM figures WHERE doc_id = ?", (doc_id,))
    con.execute("INSERT OR IGNORE INTO search_pending VALUES (?)", (doc_id,))


def retitled(con, doc_id: str) -> None:
    """Inside the transaction that changes a document's title (and keeps its figures): queue it for indexing, so
    a search finds its figures by the new title."""
    con.execute("INSERT OR IGNORE INTO search_pending VALUES (?)", (doc_id,))


def behind(con) -> bool:
    """Whether entries wait to be removed or documents to be indexed."""
    return bool(con.execute("SELECT EXISTS (SELECT 1 FROM search_orphans) OR EXISTS (SELECT 1 FROM search_pending)")
                .fetchone()[0])


def catch_up(transaction) -> None:
    """Bring the search table in step, one short `transaction()` (a context manager giving a connection
    inside BEGIN IMMEDIATE) per batch: the orphans' entries first, then each pending document's figures."""
    while True:
        with transaction() as con:
            orphans = [r for (r,) in con.execute("SELECT fts_rowid FROM search_orphans LIMIT ?", (SEARCH_BATCH,))]
            if not orphans:
                break
            marks = ", ".join("?" * len(orphans))
            con.execute(f"DELETE FROM figures_fts WHERE rowid IN ({marks})", orphans)
            con.execute(f"DELETE FROM search_orphans WHERE fts_rowid IN ({marks})", orphans)
    while True:
        with transaction() as con:
            pending = con.execute("SELECT doc_id FROM search_pending LIMIT 1").fetchone()
        if pending is None:
            return
        _index_document(transaction, pending[0])


def _index_document(transaction, doc_id: str) -> None:
    """(Re)index one document's figures in batches of rowids; its last batch takes it off the queue."""
    after = -1
    with transaction() as con:
        document = con.execute("SELECT COALESCE(title, ''), text FROM documents WHERE doc_id = ?",
                               (doc_id,)).fetchone() or ("", "")
    title, text = document
    while True:
        with transaction() as con:
            rowids = [r for (r,) in con.execute("SELECT rowid FROM figures WHERE doc_id = ? AND rowid > ? "
                                                "ORDER BY rowid LIMIT ?", (doc_id, after, SEARCH_BATCH))]
            if rowids:
                marks = ", ".join("?" * len(rowids))
                con.execute(f"DELETE FROM figures_fts WHERE rowid IN ({marks})", rowids)
                rows = con.execute("SELECT rowid, figure_id, subject, who, sentence, mention, char_start, section, "
                                   f"language FROM figures WHERE rowid IN ({marks})", rowids).fetchall()
                entries = [_entry(row, paragraph_at(text, row[6]), title) for row in rows]
                con.executemany("INSERT INTO figures_fts (rowid, figure_id, subject, who, sentence, mention, "
                                "paragraph, section, title, lemmas) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
                after = rowids[-1]
            if len(rowids) < SEARCH_BATCH:
                con.execute("DELETE FROM search_pending WHERE doc_id = ?", (doc_id,))
                return


def paragraph_at(text: str, offset: int) -> str:
    """The line of a document's text holding character `offset` (a figure's paragraph)."""
    return text[text.rfind("\n", 0, offset) + 1:len(text) if (end := text.find("\n", offset)) < 0 else end]


def _entry(row: tuple, paragraph: str, title: str) -> tuple:
    """A figure's search entry: its texts, and for a Russian figure the same texts as lemmas ('' for others)."""
    rowid, figure_id, subject, who, sentence, mention, _, section, language = row
    texts = (subject, who, sentence, mention, paragraph, section, title)
    lemmas = lemma_words(" ".join(t or "" for t in texts)) if language == "ru" else ""
    return (rowid, figure_id, *texts, lemmas)
