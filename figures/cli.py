"""`python -m figures SUBCOMMAND`: one dispatcher; each subcommand is a module with main(argv) -> exit status."""

import importlib
import sys

# subcommand -> (module with main(argv), one-line help). A new subcommand is one line here.
SUBCOMMANDS = {
    "corpus": ("figures.corpus_cli", "extract many documents in parallel (Dask) into a Parquet corpus"),
    "corpus-stats": ("figures.corpus_stats_cli", "totals and figures per category of a Parquet corpus (DuckDB)"),
    "ingest": ("figures.ingest_cli", "add documents, or a Parquet corpus (--parquet), to the store"),
    "export": ("figures.export_cli", "write the store's documents and figures as Parquet"),
    "reviews": ("figures.reviews_cli", "export the store's reviews to, or import them from, a JSONL or CSV file"),
    "api": ("figures.api", "serve the store read-only as JSON and SQL through Datasette"),
}


def usage() -> str:
    lines = ["usage: python -m figures SUBCOMMAND [ARGS] (SUBCOMMAND --help for its arguments)", ""]
    lines += [f"  {name:<13} {text}" for name, (_, text) in SUBCOMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    if argv[0] not in SUBCOMMANDS:
        print(f"python -m figures: unknown subcommand {argv[0]!r}\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(SUBCOMMANDS[argv[0]][0])
    return module.main(argv[1:])
