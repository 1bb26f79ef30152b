"""`python -m figures ingest` (alias `python -m extract ingest`): add documents (text, HTML or PDF files, folders
of them, http(s) URLs) and their figures to the dashboard's store, with a progress bar and one line per document;
or, with --parquet DIR, load a corpus written by `python -m figures corpus` into the store in bulk."""

import argparse
import sys

from tqdm import tqdm

from figures.corpus import CorpusError
from figures.corpus_load import corpus_parts, load_corpus
from figures.ingest import DocumentError, ingest_seed, ingest_source, reextract, stale_documents
from figures.inputs import expand_inputs
from figures.store import Store, StoreError

PARQUET_HELP = """python -m figures ingest --parquet DIR [--db PATH] loads a Parquet corpus (python -m figures
corpus) into the store: one transaction per part, each document all or nothing, texts already stored skipped."""


def _parquet_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    ap = argparse.ArgumentParser(prog="python -m figures ingest", add_help=False)
    ap.add_argument("--parquet", metavar="DIR")
    ap.add_argument("--db")
    return ap.parse_known_args(argv)


def load(folder: str, db: str | None) -> int:
    """Load a corpus folder into the store with a progress bar; 1 when some document was not stored."""
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



DESCRIPTION = """Add documents to the store the dashboard reads (default data/figures.sqlite, or
$REPORTED_FIGURES_DB). Inputs are plain-text, HTML or PDF files, folders of them, or http(s) URLs.
The same text twice is stored once; metadata given here corrects what the document states.
Files over $REPORTED_FIGURES_MAX_BYTES (default 50 MB) are refused. Exit status 1 if any input failed."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m figures ingest", description=DESCRIPTION, epilog=PARQUET_HELP)
    ap.add_argument("inputs", nargs="*", metavar="PATH_OR_URL", help="files, folders or http(s) URLs")
    ap.add_argument("--title", help="document title (one input only)")
    ap.add_argument("--publisher", help="who published it, e.g. 'US Department of State'")
    ap.add_argument("--country", help="country the document covers")
    ap.add_argument("--year", type=int, help="year the document covers (resolves dates such as 'in March')")
    ap.add_argument("--source-url", help="where the document was obtained (one input only; URLs default to themselves)")
    ap.add_argument("--original-url", help="the publisher's own address, if the source is a copy (one input only)")
    ap.add_argument("--key", help="the document's stable key (one input only; default its source URL, else the name "
                                  "given): a new text under a stored key replaces that version, keeping its reviews")
    ap.add_argument("--format", choices=("text", "html", "pdf"), help="override format detection")
    ap.add_argument("--db", help="store file (default $REPORTED_FIGURES_DB or data/figures.sqlite)")
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="seconds a URL may take, from connecting to the last byte (default 30)")
    ap.add_argument("--allow-private", action="store_true",
                    help="fetch URLs on private, loopback and link-local addresses (refused by default)")
    ap.add_argument("--seed", action="store_true", help="build the bundled documents of data/raw/ if the store is empty")
    ap.add_argument("--refresh", action="store_true", help="redo the figures of documents extracted by an older extractor")
    ap.add_argument("--export-parquet", metavar="FOLDER", help="afterwards write documents.parquet and figures.parquet")
    args = ap.parse_args(argv)
    single = [opt for opt in ("title", "source_url", "original_url", "key") if getattr(args, opt)]
    if single and len(args.inputs) != 1:
        ap.error(f"--{single[0].replace('_', '-')} applies to exactly one input")
    if args.timeout <= 0:
        ap.error("--timeout must be more than 0 seconds")
    if not (args.inputs or args.seed or args.refresh or args.export_parquet):
        ap.error("give at least one PATH_OR_URL (or --seed, --refresh, --export-parquet)")
    return args


def _bar(total: int, desc: str) -> tqdm:
    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True, disable=None,
                bar_format="{desc} {percentage:3.0f}%|{bar}| {n:.1f}/{total} docs [{elapsed}{postfix}]")


def _tracker(bar: tqdm, done: int, span: int = 1):
    """A progress(fraction, message) callback moving the bar from `done` to `done + span`."""
    def progress(fraction: float, message: str) -> None:
        bar.n = round(done + span * min(max(fraction, 0.0), 1.0), 3)
        bar.set_postfix_str(message[:60], refresh=False)
        bar.refresh()
    return progress


def _report(result, source: str) -> str:
    if result.added:
        return f"added {source}: {result.summary()} (doc {result.doc_id})"
    if result.refreshed:
        return f"updated {source}: {result.summary()} (doc {result.doc_id})"
    return f"already stored {source}: {result.n_figures} figures (doc {result.doc_id})"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    corpus, rest = _parquet_args(argv)
    if corpus.parquet is not None and "-h" not in argv and "--help" not in argv:
        if rest:
            print(f"--parquet loads a corpus on its own; not with {' '.join(rest)}", file=sys.stderr)
            return 2
        return load(corpus.parquet, corpus.db)
    args = parse_args(argv)
    try:
        return _run(args, Store(args.db))
    except StoreError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, store) -> int:
    """Seed, refresh, ingest and export as the arguments ask; 1 if any input failed. A store that cannot
    be written stops the run (StoreError): every later input would fail the same way."""
    failed = 0
    if args.seed and store.is_empty():
        with _bar(1, "seed") as bar:
            for result in ingest_seed(store, _tracker(bar, 0)):
                tqdm.write(_report(result, "bundled seed"), file=sys.stdout)
    if args.refresh:
        stale = stale_documents(store)
        with _bar(max(len(stale), 1), "refresh") as bar:
            for result in reextract(store, stale, _tracker(bar, 0, len(stale))):
                tqdm.write(_report(result, result.doc_id), file=sys.stdout)
    metadata = {k: getattr(args, k) for k in ("title", "publisher", "country", "year", "source_url",
                                              "original_url", "format", "key")}
    inputs, notes = expand_inputs(args.inputs)
    for note in notes:
        print(note, file=sys.stderr)
    with _bar(len(inputs), "ingest") as bar:
        for done, source in enumerate(inputs):
            try:
                result = ingest_source(store, source, timeout=args.timeout, allow_private=args.allow_private,
                                             progress=_tracker(bar, done), **metadata)
            except DocumentError as err:
                failed += 1
                tqdm.write(f"error: {err}", file=sys.stderr)
            except StoreError:
                raise
            except Exception as err:  # a bug must not stop the batch; the store rolled this input back
                failed += 1
                tqdm.write(f"error: {source}: unexpected {type(err).__name__}: {err}", file=sys.stderr)
            else:
                tqdm.write(_report(result, source), file=sys.stdout)
            bar.n = done + 1
            bar.refresh()
    if args.export_parquet:
        for table, path in store.export_parquet(args.export_parquet).items():
            print(f"wrote {table} to {path}")
    if failed:
        print(f"{failed} of {len(inputs)} inputs failed; the store is unchanged for them", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
