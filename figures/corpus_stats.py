"""Questions about a Parquet corpus answered by DuckDB straight from its part files, without the store."""

from pathlib import Path

import duckdb
import pandas as pd

from figures.corpus import CorpusError
from figures.corpus_load import corpus_parts

TOTALS_SQL = """
SELECT (SELECT count(*) FROM documents) AS documents,
       (SELECT sum(length(text)) FROM documents) AS characters,
       (SELECT count(*) FROM figures) AS figures,
       (SELECT count(DISTINCT doc_id) FROM documents) AS distinct_texts
"""
BY_CATEGORY_SQL = """
SELECT category, count(*) AS figures, count(DISTINCT doc_id) AS documents
FROM figures GROUP BY category ORDER BY figures DESC, category
"""


def query(folder: str | Path, sql: str) -> pd.DataFrame:
    """Run SQL over a corpus folder, whose tables are visible as `documents` and `figures`."""
    if not corpus_parts(folder):
        raise CorpusError(f"{folder}: the corpus holds no documents")
    con = duckdb.connect()
    try:
        for table in ("documents", "figures"):
            pattern = str(Path(folder) / table / "part-*.parquet").replace("'", "''")
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}')")
        return con.execute(sql).df()
    except duckdb.Error as err:
        raise CorpusError(f"{folder}: query failed ({str(err).splitlines()[0]})") from None
    finally:
        con.close()


def totals(folder: str | Path) -> dict:
    """Documents, characters, figures and distinct texts in a corpus."""
    return {k: int(v) if pd.notna(v) else 0 for k, v in query(folder, TOTALS_SQL).iloc[0].items()}


def by_category(folder: str | Path) -> pd.DataFrame:
    """Figures and documents per category, largest first."""
    return query(folder, BY_CATEGORY_SQL)
