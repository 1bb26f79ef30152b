"""`python -m figures export DIR`: write the store's documents and figures tables as Parquet."""

import argparse
import sys


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m figures export", description=main.__doc__)
    ap.add_argument("folder", metavar="DIR", help="writes DIR/documents.parquet and DIR/figures.parquet")
    ap.add_argument("--db", help="store file (default $REPORTED_FIGURES_DB or data/figures.sqlite)")
    args = ap.parse_args(argv)
    from figures.store import Store

    try:
        paths = Store(args.db).export_parquet(args.folder)
    except OSError as err:
        print(f"{args.folder}: cannot write ({err.strerror or err})", file=sys.stderr)
        return 1
    for table, path in paths.items():
        print(f"wrote {table} to {path}")
    return 0
