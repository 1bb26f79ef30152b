"""`python -m figures reviews export FILE` (or `--out FILE`) / `import FILE`: the store's review log to and from JSONL or CSV, so
reviews travel between newsrooms' stores and corrections become gold data (GUIDELINES.md)."""

import argparse
import sys

from figures import reviewing
from figures.reviews import ReviewError
from figures.store import Store, StoreError

DESCRIPTION = """Write every review of the store (who checked which figure, when, and what they corrected) to a
.jsonl or .csv file, or add the reviews of such a file to the store: those already there are skipped, and each is
applied to the figure it is anchored on (the same mention in the same sentence of its document's current text)."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m figures reviews", description=DESCRIPTION)
    ap.add_argument("action", choices=("export", "import"))
    ap.add_argument("file", metavar="FILE", nargs="?", help="a .jsonl or .csv file")
    ap.add_argument("--out", help="the file to export to (instead of FILE)")
    ap.add_argument("--db", help="store file (default $REPORTED_FIGURES_DB or data/figures.sqlite)")
    args = ap.parse_args(argv)
    if args.out and args.action == "import":
        ap.error("--out names the file to export to; give the file to import as FILE")
    args.file = args.out or args.file
    if not args.file:
        ap.error("give the file: FILE (or --out FILE to export)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        store = Store(args.db)
        if args.action == "export":
            print(f"wrote {reviewing.export(store, args.file)} reviews to {args.file}")
        else:
            added, read = reviewing.import_file(store, args.file)
            print(f"added {added} of {read} reviews from {args.file} to {store.path}"
                  + (f"; {read - added} already stored" if read > added else ""))
    except (ReviewError, StoreError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: {args.file}: {err.strerror or err}", file=sys.stderr)
        return 2
    orphaned = len(reviewing.orphaned(store))
    if orphaned:
        print(f"note: {orphaned} reviews are orphaned (their figure's text changed or its document was removed)",
              file=sys.stderr)
    return 0
