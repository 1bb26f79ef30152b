"""`python -m extract`: write the figures table of text documents, or ingest documents into the store."""

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path

from extract.loading import DocumentError, read_text_file
from extract.record import FIELDS

DESCRIPTION = """Extract every figure (counts, money, durations, percentages, ages, lengths, measures) from plain-text
reports and write them as one table: CSV when --out ends in .csv, Parquet when it ends in .parquet.
A JSON file beside a document (same name, .json) may give its metadata, e.g. {"year": 2020, "date": "2020-03-15"}.
Run `python -m extract ingest --help` to add documents (text, HTML, PDF, URLs) to the dashboard's store,
`python -m extract reviews export --out reviews.jsonl` to write the reviewed figures as gold data,
`python -m extract explain "a sentence"` to see how each figure of a sentence is read, and
`python -m extract train` to rebuild the meaning model."""


def parse_args(argv):
    ap = argparse.ArgumentParser(prog="python -m extract", description=DESCRIPTION)
    ap.add_argument("files", nargs="+", metavar="FILE", help="plain-text documents (UTF-8, or a legacy encoding that can be told)")
    ap.add_argument("--out", required=True, metavar="PATH", help="output table, .csv or .parquet")
    ap.add_argument("--year", type=int, default=None,
                    help="the year the reports cover (resolves 'the year'); default: from metadata or the title")
    ap.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                    help="the day the documents were published: 'on Tuesday' and 'today' are read against it and the "
                         "undated figures of a document of its year take its month (its day in Russian); default: from "
                         "metadata")
    ap.add_argument("--max-seconds", type=float, default=None, metavar="S",
                    help="time budget per document: a document that takes longer is stopped and skipped")
    return ap.parse_args(argv)


def _metadata(path: Path) -> dict:
    """The metadata file beside a document (same name, .json), or nothing when it is missing or unreadable."""
    meta = path.with_suffix(".json")
    try:
        found = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
    except (ValueError, OSError):
        return {}
    return found if isinstance(found, dict) else {}


def document_year(path: Path, given: int | None) -> int | None:
    """The covered year: given on the command line, else from the metadata file beside the document."""
    if given is not None:
        return given
    year = _metadata(path).get("year")
    return int(year) if isinstance(year, (int, str)) and str(year).isdigit() else None


def iso_day(text) -> str | None:
    """A day written as YYYY-MM-DD, or None when the text is no such day."""
    try:
        return date.fromisoformat(text).isoformat() if isinstance(text, str) and len(text) == 10 else None
    except ValueError:
        return None


def document_date(path: Path, given: str | None) -> str | None:
    """The day of publication: given on the command line, else from the metadata file beside the document."""
    return given or iso_day(_metadata(path).get("date"))


def write_table(rows: list[dict], out: Path) -> None:
    """Write rows with the extract.record FIELDS as CSV or Parquet, chosen by the file ending."""
    suffix = out.suffix.lower()
    if suffix == ".csv":
        with out.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(FIELDS))
            writer.writeheader()
            writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)
    elif suffix == ".parquet":
        import pandas as pd

        pd.DataFrame(rows, columns=list(FIELDS)).to_parquet(out, index=False)
    else:
        raise ValueError(f"{out}: --out must end in .csv or .parquet")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("ingest", "reviews"):
        from extract import store_commands

        return getattr(store_commands, argv[0])(argv[1:])
    if argv and argv[0] in ("train", "explain"):
        from importlib import import_module

        return import_module(f"extract.{argv[0]}").main(argv[1:])
    args = parse_args(argv)
    from extract.pipeline import extract_document, one_line, unread_summary  # the rules and the model: not for --help

    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".parquet"):
        print(f"{out}: --out must end in .csv or .parquet", file=sys.stderr)
        return 2
    if args.date is not None and iso_day(args.date) is None:
        print(f"--date {args.date}: not a day written as YYYY-MM-DD", file=sys.stderr)
        return 2
    rows, failed, partial = [], 0, 0
    for name in args.files:
        path = Path(name)
        try:
            text = read_text_file(path)
        except DocumentError as err:
            print(f"error: {err}", file=sys.stderr)
            failed += 1
            continue
        try:
            found = extract_document(text, path.stem, document_year(path, args.year), max_seconds=args.max_seconds,
                                     published=document_date(path, args.date))
        except DocumentError as err:
            print(f"error: {path}: {err.reason}", file=sys.stderr)
            failed += 1
            continue
        except Exception as err:  # a bug on one document must not lose the others
            print(f"error: {path}: could not be read ({one_line(err)})", file=sys.stderr)
            failed += 1
            continue
        for failure in found.failures:
            print(f"error: {path}: paragraph {failure.paragraph}: {failure.reason}", file=sys.stderr)
        notes = "; ".join(n for n in (found.note(), unread_summary(found.document)) if n)
        print(f"{path}: {len(found.rows)} figures" + (f" ({notes})" if notes else ""), file=sys.stderr)
        partial += bool(found.failures)
        rows.extend(found.rows)
    if failed == len(args.files):
        return 1
    try:
        write_table(rows, out)
    except OSError as err:
        print(f"{out}: cannot write ({err.strerror or err})", file=sys.stderr)
        return 1
    print(f"wrote {len(rows)} figures to {out}", file=sys.stderr)
    return 1 if failed or partial else 0
