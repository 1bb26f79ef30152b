"""`python -m figures corpus-stats DIR`: totals and figures per category of a Parquet corpus, via DuckDB."""

import argparse
import sys

from figures.corpus import CorpusError
from figures.corpus_stats import by_category, totals


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m figures corpus-stats",
                                 description="Totals and figures per category of a corpus folder.")
    ap.add_argument("folder", metavar="DIR", help="a folder written by `python -m figures corpus`")
    args = ap.parse_args(argv)
    try:
        counts = totals(args.folder)
        table = by_category(args.folder)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in counts.items()))
    print(table.to_string(index=False))
    return 0
