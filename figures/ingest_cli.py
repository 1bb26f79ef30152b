"""`python -m figures ingest`: the arguments of `python -m extract ingest`, plus --parquet DIR to load a
corpus written by `python -m figures corpus` into the store in bulk."""

import argparse
import sys

from tqdm import tqdm

from extract.ingest_cli import main as ingest_main
from figures.corpus import CorpusError

PARQUET_HELP = """python -m figures ingest --parquet DIR [--db PATH]
  load a Parquet corpus (python -m figures corpus) into the store: one transaction per part, each
  document all or nothing, texts already stored skipped. Without --parquet, the arguments are those of
  `python -m extract ingest`:
"""


def _parquet_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    ap = argparse.ArgumentParser(prog="python -m figures ingest", add_help=False)
    ap.add_argument("--parquet", metavar="DIR")
    ap.add_argument("--db")
    return ap.parse_known_args(argv)


def load(folder: str, db: str | None) -> int:
    """Load a corpus folder into the store with a progress bar; 1 when some document was not stored."""
    from figures.corpus_load import corpus_parts, load_corpus
    from figures.store import Store

    try:
        parts = corpus_parts(folder)
        store = Store(db)
        with tqdm(total=len(parts), desc="ingest", unit="part", file=sys.stderr, disable=None) as bar:
            def on_part(part) -> None:
                for line in part.errors:
                    tqdm.write(f"error: {line}", file=sys.stderr)
                bar.update(1)

            loaded = load_corpus(store, folder, on_part)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    results = [r for part in loaded for r in part.results]
    failed = sum(len(part.errors) for part in loaded)
    added = [r for r in results if r.added]
    print(f"added {len(added)} documents and {sum(r.n_figures for r in added)} figures to {store.path}; "
          f"{len(results) - len(added)} already stored" + (f"; {failed} not stored" if failed else ""))
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(PARQUET_HELP)
        return ingest_main(argv)
    args, rest = _parquet_args(argv)
    if args.parquet is None:
        return ingest_main(argv)
    if rest:
        print(f"--parquet loads a corpus on its own; not with {' '.join(rest)}", file=sys.stderr)
        return 2
    return load(args.parquet, args.db)
