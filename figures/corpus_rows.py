"""One document file to the rows the store would hold for it, and the Parquet schemas of those rows.

A corpus is extracted away from the store (on Dask workers), so this mirrors what Store.ingest does for
a new text: convert, id the text, take metadata from the document and from a .json beside the file,
then extract, normalise and cross-check. The Arrow schemas keep every Parquet part of a corpus alike.
"""

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa

from extract.formats import convert, read_file_bytes
from extract.loading import DocumentError
from figures.documents import doc_id_for, figure_rows
from figures.schema import MADE_COLUMNS
from figures.store import DOCUMENT_COLUMNS, METADATA
from figures.versions import extractor_version

_ARROW_KINDS = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
_ARROW_SQL = {"TEXT": pa.string(), "INTEGER": pa.int64()}

FIGURES_SCHEMA = pa.schema([pa.field(name, _ARROW_KINDS[kind.rstrip("?")], nullable=kind.endswith("?"))
                            for name, kind in MADE_COLUMNS.items()])
DOCUMENTS_SCHEMA = pa.schema([pa.field(name, _ARROW_SQL[sql.split()[0]], nullable="NOT NULL" not in sql)
                              for name, sql in DOCUMENT_COLUMNS.items()])


@dataclass(frozen=True)
class Extracted:
    document: dict          # DOCUMENT_COLUMNS
    figures: list[dict]     # figures.schema MADE_COLUMNS (a corpus holds no reviews)


def sidecar_metadata(path: Path) -> dict:
    """Metadata from the .json beside a document (as for the bundled seed); {} when there is none."""
    meta_path = path.with_suffix(".json")
    if not meta_path.is_file():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as err:
        raise DocumentError(meta_path, f"metadata is not readable JSON ({err})") from None
    if not isinstance(meta, dict):
        raise DocumentError(meta_path, "metadata is not a JSON object")
    return {k: meta[k] for k in (*METADATA, "format") if meta.get(k) not in (None, "")}


def extract_file(path: str, version: str | None = None) -> Extracted:
    """The document row and figures rows of one file, as Store.ingest_source would store a new text.
    version: the extractor version, when the caller computed it once for many files."""
    given = sidecar_metadata(Path(path))
    doc = convert(read_file_bytes(path), path, format=given.pop("format", None))
    doc_id = doc_id_for(doc.text)
    stated = {"title": doc.title, "publisher": doc.publisher, "year": doc.year}
    meta = {k: None for k in METADATA} | {k: v for k, v in stated.items() if v} | given
    document = {**meta, "doc_id": doc_id, "key": meta["source_url"] or str(path), "format": doc.format, "name": str(path), "text": doc.text,
                "pages": json.dumps(doc.pages) if doc.pages is not None else None,
                "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "extractor_version": version or extractor_version()}
    figures, extraction = figure_rows(doc.text, doc_id, meta["year"], doc.pages)
    document["language"] = extraction.document.language
    return Extracted({c: document[c] for c in DOCUMENT_COLUMNS}, figures)


def documents_table(documents: list[dict]) -> pa.Table:
    """Document rows as an Arrow table with the corpus schema."""
    return pa.Table.from_pylist(documents, schema=DOCUMENTS_SCHEMA)


def figures_table(figures: list[list[dict]]) -> pa.Table:
    """Figures rows of several documents as one Arrow table with the corpus schema, built column by column; a NaN
    is a missing value, as in a frame."""
    rows = [row for rows in figures for row in rows]
    return pa.Table.from_arrays([pa.array([row[f.name] for row in rows], type=f.type, from_pandas=True)
                                 for f in FIGURES_SCHEMA], schema=FIGURES_SCHEMA)
