"""A store path that cannot be used (a folder, a file that is not SQLite, a read-only folder) gives one
line naming the path and the problem: from Store, from the ingest command (non-zero exit) and in the app."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from figures.store import Store, StoreError
from test_app_pages import open_page, shown

ROOT = Path(__file__).resolve().parent.parent
NOTE = "Police fined 3 activists 50,000 tenge each in March."


def make_folder(path: Path) -> None:
    path.mkdir()


def make_text_file(path: Path) -> None:
    path.write_text("not a database, only notes\n" * 40, encoding="utf-8")


def make_file_as_parent(path: Path) -> None:
    path.parent.parent.joinpath("sub").write_text("a file, not a folder\n", encoding="utf-8")


BAD_STORES = {  # how the bad path is made, the store path relative to tmp_path, the reason expected
    "folder": (make_folder, "figures.sqlite", "is a folder, not an SQLite file"),
    "not SQLite": (make_text_file, "figures.sqlite", "is not an SQLite database"),
    "file as its folder": (make_file_as_parent, "sub/figures.sqlite", "a file stands where its folder should be"),
}


@pytest.fixture(params=list(BAD_STORES))
def bad_store(request, tmp_path):
    make, relative, reason = BAD_STORES[request.param]
    path = tmp_path / relative
    make(path)
    return path, reason


def test_store_names_the_path_and_the_problem(bad_store):
    path, reason = bad_store
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(err.value).startswith(f"store {path}: {reason}") and "\n" not in str(err.value)


def test_ingest_command_prints_one_line_and_fails(bad_store, tmp_path):
    path, reason = bad_store
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "extract", "ingest", str(note), "--db", str(path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    lines = run.stderr.splitlines()
    assert run.returncode != 0
    assert len(lines) == 1 and lines[0].startswith(f"error: store {path}: {reason}")


def test_app_shows_a_message_instead_of_a_traceback(bad_store, monkeypatch):
    path, reason = bad_store
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/overview.py")
    assert not at.exception, at.exception
    assert len(at.error) == 1 and f"store {path}: {reason}" in shown(at.error[0].value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_named_as_such(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="read-only|cannot be opened"):
            Store(folder / "figures.sqlite")
    finally:
        folder.chmod(0o700)
