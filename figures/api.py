"""The store served read-only as JSON and SQL through Datasette, for people who script.

`python -m figures.api [--db STORE] [--host 127.0.0.1] [--port 8001]` builds the store from data/raw when it
has no documents, writes Datasette's metadata (titles and descriptions from figures/api_metadata.yaml, column
descriptions and units from the schema, each document's source, canned queries) and runs `datasette serve`.

Read-only: the store is served as a mutable database, which Datasette reads through `mode=ro` SQLite
connections only, so documents the dashboard adds show at once and no SQL can write; Datasette 0.65 has no
write API and the metadata defines no writing query. Reviewers' names are withheld (figures/api_plugins).
"""

import argparse
import html
import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import yaml

from figures.schema import CATEGORY_GROUPS, COLUMN_DESCRIPTIONS
from figures.ingest import open_store
from figures.store import DOCUMENT_DESCRIPTIONS, REVIEW_DESCRIPTIONS, StoreError, default_path

WORDS = Path(__file__).with_name("api_metadata.yaml")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
STOP_TIMEOUT_S = 15.0
PLUGINS = Path(__file__).with_name("api_plugins")
COLUMNS_OF = {"figures": COLUMN_DESCRIPTIONS, "documents": DOCUMENT_DESCRIPTIONS, "reviews": REVIEW_DESCRIPTIONS}


def load_words(path: Path = WORDS) -> dict:
    """The API's titles, descriptions and canned query parts."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def query_sql(query: dict, shared_columns: str) -> str:
    """One canned query's SQL: its columns, then the shared ones, over figures joined with their documents.
    {group} in its filter stands for the quoted categories of that group in figures.schema."""
    groups = {group: ", ".join(f"'{c}'" for c in categories) for group, categories in CATEGORY_GROUPS.items()}
    return (f"SELECT {query['columns']},\n  {shared_columns}\n"
            "FROM figures f JOIN documents d ON d.doc_id = f.doc_id\n"
            f"WHERE {query['where'].format(**groups)}\nORDER BY {query['order_by']}")


def documents_html(documents: pd.DataFrame, heading: str) -> str:
    """The stored documents as an HTML list: each title linked to its source, with publisher, country, year."""
    items = []
    for doc in documents.sort_values(["title", "doc_id"], na_position="last").itertuples():
        title = html.escape(doc.title if isinstance(doc.title, str) else doc.doc_id)
        if isinstance(doc.source_url, str) and doc.source_url.startswith(("http://", "https://")):
            title = f'<a href="{html.escape(doc.source_url)}">{title}</a>'
        about = ", ".join(html.escape(str(v)) for v in (doc.publisher, doc.country, doc.year) if pd.notna(v))
        items.append(f"<li>{title}{f' ({about})' if about else ''} <code>{html.escape(doc.doc_id)}</code></li>")
    return f"<h3>{html.escape(heading)}</h3><ul>{''.join(items)}</ul>"


def build_metadata(database: str, documents: pd.DataFrame, words: dict) -> dict:
    """Datasette's metadata for the store served under the name `database`."""
    tables = {name: {**table, "columns": COLUMNS_OF[name]} for name, table in words["tables"].items()}
    queries = {name: {"title": q["title"], "description": q["description"],
                      "sql": query_sql(q, words["shared_columns"])}
               for name, q in words["queries"].items()}
    description = f"<p>{html.escape(words['description'])}</p>"
    return {
        "title": words["title"],
        "description_html": description + documents_html(documents, words["documents_heading"]),
        "license": words["license"],
        "source": words["source"],
        "databases": {database: {"title": words["title"], "tables": tables, "queries": queries}},
    }


def datasette_command(db: Path, metadata: Path, host: str, port: int) -> list[str]:
    """`datasette serve` on the store, with its metadata and the plugin withholding personal data, bound to
    host:port."""
    return [sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(metadata),
            "--plugins-dir", str(PLUGINS), "--host", host, "--port", str(port)]


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def serve(command: list[str]) -> int:
    """Run Datasette until it exits or this process is interrupted or terminated, then stop it."""
    server = subprocess.Popen(command)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        try:
            server.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            server.kill()
        return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m figures.api", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None, help="the store (default: $REPORTED_FIGURES_DB, "
                        "else data/figures.sqlite); built from data/raw when it has no documents")
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the store if needed and serve it read-only through Datasette; the exit status."""
    args = _arguments(argv)
    db = args.db or default_path()
    try:
        documents = open_store(db).documents()
    except StoreError as error:
        print(f"figures.api: {error}", file=sys.stderr)
        return 2
    except (sqlite3.DatabaseError, OSError) as error:
        print(f"figures.api: cannot open the store {db}: {error}", file=sys.stderr)
        return 2
    metadata = build_metadata(db.stem, documents, load_words())
    with tempfile.TemporaryDirectory(prefix="reported-figures-api-") as folder:
        path = Path(folder) / "metadata.json"
        path.write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"Serving {db} read-only at http://{args.host}:{args.port}/", flush=True)
        return serve(datasette_command(db, path, args.host, args.port))


if __name__ == "__main__":
    sys.exit(main())
