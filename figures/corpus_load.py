"""Load a Parquet corpus written by `python -m figures corpus` into the store, one transaction per part.

Each part (a batch of documents) is read with its figures and added with Store.add_extracted: every
document all or nothing, a text already stored skipped, exactly as ingestion dedups by doc_id.
"""

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pyarrow as pa
import pyarrow.parquet as pq

from figures.corpus import CorpusError
from figures.ingest import IngestResult, sql_value
from figures.reviews import UNREVIEWED
from figures.schema import COLUMNS, MADE_COLUMNS
from figures.store import DOCUMENT_COLUMNS, Store

# Document columns a corpus written before them may lack.
OPTIONAL_DOCUMENT_COLUMNS = ("key",)


@dataclass(frozen=True)
class PartLoaded:
    part: str
    results: list[IngestResult]
    errors: list[str]


def corpus_parts(folder: str | Path) -> list[str]:
    """The part file names of a corpus folder; CorpusError when it is not one."""
    docs = Path(folder) / "documents"
    if not docs.is_dir():
        raise CorpusError(f"{folder}: not a corpus folder (no documents/ inside; write one with `python -m figures corpus`)")
    return sorted(p.name for p in docs.glob("part-*.parquet"))


def _read(path: Path, columns, optional=()) -> pa.Table:
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as err:
        raise CorpusError(f"{path}: not readable Parquet ({err})") from None
    missing = [c for c in columns if c not in table.column_names and c not in optional]
    if missing:
        raise CorpusError(f"{path}: missing columns {', '.join(missing)}")
    return table.select([c for c in columns if c in table.column_names])


def read_part(folder: str | Path, part: str) -> tuple[list[dict], dict[str, list[list]]]:
    """One part's document rows and its figures rows (SQL values in COLUMNS order) grouped by doc_id."""
    folder = Path(folder)
    documents = _read(folder / "documents" / part, DOCUMENT_COLUMNS, OPTIONAL_DOCUMENT_COLUMNS).to_pylist()
    figures_path = folder / "figures" / part
    by_doc = defaultdict(list)
    if documents:
        if not figures_path.is_file():
            raise CorpusError(f"{figures_path}: missing (every documents part has a figures part)")
        for row in _read(figures_path, MADE_COLUMNS).to_pylist():
            by_doc[row["doc_id"]].append([sql_value(row.get(c, UNREVIEWED.get(c))) for c in COLUMNS])
    return documents, dict(by_doc)


def load_corpus(store: Store, folder: str | Path, on_part: Callable[[PartLoaded], None]) -> list[PartLoaded]:
    """Add every part of a corpus folder to the store; on_part sees each part once it is committed."""
    loaded = []
    for part in corpus_parts(folder):
        documents, figures = read_part(folder, part)
        results, errors = store.add_extracted(documents, figures)
        loaded.append(PartLoaded(part, [IngestResult(*r) for r in results], errors))
        on_part(loaded[-1])
    return loaded
