"""The document files a command names: files, URLs, and folders read recursively for document files. Kept apart from
figures.ingest, which extracts: a command that only schedules extraction (the corpus command) lists its inputs without
importing the extractor."""

import os
from pathlib import Path

from extract.fetch import is_url

DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf")


def expand_inputs(inputs: list[str]) -> tuple[list[str], list[str]]:
    """(inputs with each folder replaced by the document files inside it, recursively and sorted;
    a note for each link inside a folder that leads out of it, which is skipped)."""
    out, notes = [], []
    for item in inputs:
        path = Path(item)
        if not is_url(item) and path.is_dir():
            files, skipped = folder_documents(path)
            out.extend(files)
            notes.extend(skipped)
        else:
            out.append(item)
    return out, notes


def folder_documents(folder: Path) -> tuple[list[str], list[str]]:
    """The document files in a folder and its subfolders, and a note for each link leading out of it.

    Links are not followed out of the folder: a link to a system file must not become a document.
    Links to folders are not entered (what they hold inside the folder is found where it is)."""
    root = folder.resolve()
    found, notes = [], []
    for current, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(current) / name
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                notes.append(f"note: skipped {path}: it links to {path.resolve()}, outside {folder}")
            elif name in files and path.suffix.lower() in DOCUMENT_SUFFIXES and path.is_file():
                found.append(path)
    return [str(p) for p in sorted(found)], notes
