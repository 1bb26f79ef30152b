"""A folder given to the ingest command is read without following links out of it: such a link is
skipped with a one-line note, and only the folder's own documents are stored. A pipe or a device is
refused as a file before anything is read from it."""

import os
from pathlib import Path

import pytest

from extract.formats import read_file_bytes
from extract.store_commands import ingest as main
from figures.inputs import folder_documents
from extract.loading import DocumentError
from figures.store import Store

NOTE = "Police detained 14 protesters in the capital on March 3."


def make_folder(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    """batch/ with one report, a link inside it, and links to a system file, an outside file and an outside folder."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.txt").write_text("Officials paid 9 bonuses of 400 dollars.", encoding="utf-8")
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "report.txt").write_text(NOTE, encoding="utf-8")
    links = {"system.txt": Path("/etc/passwd"), "private.txt": outside / "private.txt", "elsewhere": outside,
             "copy.txt": folder / "sub" / "report.txt"}
    for name, target in links.items():
        (folder / name).symlink_to(target)
    return folder, links


def test_links_leading_out_of_the_folder_are_skipped_with_a_note(tmp_path):
    folder, links = make_folder(tmp_path)
    files, notes = folder_documents(folder)
    assert files == [str(folder / "copy.txt"), str(folder / "sub" / "report.txt")]
    assert sorted(notes) == sorted(
        f"note: skipped {folder / name}: it links to {links[name].resolve()}, outside {folder}"
        for name in ("system.txt", "private.txt", "elsewhere"))


def test_ingest_command_stores_only_the_folders_own_documents(tmp_path, capsys):
    folder, _ = make_folder(tmp_path)
    db = tmp_path / "figures.sqlite"
    assert main(["--db", str(db), str(folder)]) == 0
    names = set(Store(db).documents()["name"])
    assert names == {str(folder / "copy.txt")}  # the same text twice is stored once, under its first name
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("note: skipped")]
    assert len(notes) == 3


@pytest.mark.parametrize("special", ["fifo", "device"])
def test_pipe_or_device_given_as_a_file_is_refused_at_once(tmp_path, special):
    path = tmp_path / "report.txt"
    if special == "fifo":
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    with pytest.raises(DocumentError) as err:
        read_file_bytes(path)
    assert str(err.value) == f"{path}: is a device, pipe or socket, not a file"
