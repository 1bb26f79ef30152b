"""The hostile corpus (tests/data/hostile/, made by scripts/make_hostile_corpus.py) through the ingest command:
a file that cannot be read gets one line and leaves the store exactly as it was; a file that can be read is
stored."""

import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest

from extract.store_commands import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "hostile"
CASES = [json.loads(line) for line in (CORPUS / "expected.jsonl").read_text(encoding="utf-8").splitlines()]


def dump(db: Path) -> list[str]:
    """Every statement that rebuilds the store: equal dumps mean equal stores."""
    with sqlite3.connect(db) as con:
        return list(con.iterdump())


def documents(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def test_corpus_files_are_what_the_script_makes():
    spec = importlib.util.spec_from_file_location("make_hostile_corpus", ROOT / "scripts" / "make_hostile_corpus.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    made = script.files()
    assert sorted(made) == sorted(case["file"] for case in CASES)
    for name, (content, readable) in made.items():
        assert (CORPUS / name).read_bytes() == content, name
        assert {"file": name, "readable": readable} in CASES


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_hostile_file_is_stored_or_leaves_the_store_as_it_was(case, tmp_path, capsys):
    db = tmp_path / "store.sqlite"
    good = tmp_path / "good.txt"
    good.write_text("The court fined 3 editors 80,000 tenge in Eastford.\n", encoding="utf-8")
    assert ingest([str(good), "--db", str(db)]) == 0
    before, stored_before = dump(db), documents(db)
    capsys.readouterr()
    status = ingest([str(CORPUS / case["file"]), "--db", str(db)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if case["readable"]:
        assert status == 0, err
        assert documents(db) == stored_before + 1
    else:
        assert status == 1
        assert [line for line in err.splitlines() if line.startswith("error:")] == [
            next(line for line in err.splitlines() if line.startswith(f"error: {CORPUS / case['file']}:"))]
        assert dump(db) == before
