"""`python -m extract FILE... --out PATH`: the table for good files, one line per bad file, non-zero exit."""

import csv
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
REPORT = ("Section 1. Arrests\n\n"
          "On March 3, police detained 53 protesters in the capital. "
          "A court fined two activists 54, 000 tenge ($130) each.\n")


def run(*args):
    return subprocess.run([sys.executable, "-m", "extract", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_help_explains_the_command():
    done = run("--help")
    assert done.returncode == 0
    assert "--out" in done.stdout and ".parquet" in done.stdout


def test_csv_table_has_every_column_and_exact_offsets(tmp_path):
    doc = tmp_path / "freedonia-2021.txt"
    doc.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "figures.csv"
    done = run(doc, "--out", out, "--year", 2021)
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert "figure_id" in rows[0] and "subject" in rows[0]
    assert {r["doc_id"] for r in rows} == {"freedonia-2021"}
    for r in rows:
        assert REPORT[int(r["char_start"]):int(r["char_end"])] == r["mention"]
    assert any(r["mention"].startswith("53") for r in rows)


def test_parquet_output_holds_the_same_rows(tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text(REPORT, encoding="utf-8")
    run(doc, "--out", tmp_path / "a.csv")
    done = run(doc, "--out", tmp_path / "a.parquet")
    assert done.returncode == 0, done.stderr
    table = pd.read_parquet(tmp_path / "a.parquet")
    with (tmp_path / "a.csv").open(encoding="utf-8") as f:
        assert len(table) == len(list(csv.DictReader(f))) > 0


def test_bad_files_get_one_line_each_and_good_files_are_still_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    out = tmp_path / "out.csv"
    done = run(empty, good, binary, tmp_path / "missing.txt", "--out", out)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {empty}: the file is empty",
                      f"error: {binary}: the file is binary, not text",
                      f"error: {tmp_path / 'missing.txt'}: no such file"]
    with out.open(encoding="utf-8") as f:
        assert {r["doc_id"] for r in csv.DictReader(f)} == {"good"}


def test_only_bad_files_exit_non_zero_without_writing(tmp_path):
    out = tmp_path / "out.csv"
    done = run(tmp_path / "missing.txt", "--out", out)
    assert done.returncode == 1 and not out.exists()


def test_unknown_output_format_is_refused(tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text(REPORT, encoding="utf-8")
    done = run(doc, "--out", tmp_path / "out.xlsx")
    assert done.returncode == 2 and "must end in .csv or .parquet" in done.stderr


def test_offsets_index_the_file_as_decoded_even_with_a_byte_order_mark(tmp_path):
    doc = tmp_path / "bom.txt"
    doc.write_bytes(("\ufeff" + REPORT).replace("\n", "\r\n").encode("utf-8"))
    out = tmp_path / "bom.csv"
    assert run(doc, "--out", out).returncode == 0
    text = doc.read_bytes().decode("utf-8").replace("\r\n", "\n")
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(text[int(r["char_start"]):int(r["char_end"])] == r["mention"] for r in rows)


def _periods(out: Path) -> dict[str, str]:
    with out.open(encoding="utf-8", newline="") as f:
        return {row["mention"]: row["period"] for row in csv.DictReader(f)}


def test_the_day_of_publication_dates_weekdays_and_undated_figures(tmp_path):
    doc = tmp_path / "wire.txt"
    doc.write_text("A court jailed 12 activists on Tuesday.\n\nPolice said 40 people were fined.\n", encoding="utf-8")
    out = tmp_path / "figures.csv"
    assert run(doc, "--year", 2023, "--date", "2023-02-02", "--out", out).returncode == 0
    assert _periods(out) == {"12": "2023-01-31", "40": "2023-01-31"}
    (tmp_path / "wire.json").write_text('{"year": 2023, "date": "2023-03-20"}', encoding="utf-8")
    assert run(doc, "--out", out).returncode == 0
    assert _periods(out)["12"] == "2023-03-14"


def test_a_date_that_is_no_day_is_refused_in_one_line(tmp_path):
    doc = tmp_path / "wire.txt"
    doc.write_text("A court jailed 12 activists on Tuesday.\n", encoding="utf-8")
    done = run(doc, "--date", "2023-02-30", "--out", tmp_path / "figures.csv")
    assert done.returncode == 2
    assert done.stderr.strip() == "--date 2023-02-30: not a day written as YYYY-MM-DD"
