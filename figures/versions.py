"""The extractor version: a hash of the code and reference tables that make figures, so that stored figures made by
another version are redone. Kept apart from figures.documents, which extracts: a command that only schedules
extraction (the corpus command) reads the version without importing the extractor."""

import hashlib
from pathlib import Path

from extract.model_setting import MODEL_PATH, chosen_model

ROOT = Path(__file__).resolve().parent.parent
# Everything whose change can change the figures of an already stored text: the extractor and its language
# data, the figures modules that normalise and cross-check them, and the reference tables (not the charts,
# pages or API, which only show figures).
_VERSIONED = (("extract", "*.py"), ("extract", "columns.yaml"), ("extract/lang", "*.yaml"), ("figures/checks", "*.py"),
              ("figures", "documents.py"), ("figures", "normalize.py"), ("figures", "units.py"),
              ("figures", "money.py"), ("figures", "schema.py"), ("figures", "records.py"),
              ("extract", "units_definitions.txt"), ("extract", "*.skops"), ("data/reference", "*"))


def versioned_files() -> list[Path]:
    """The files whose content makes the extractor version, in a fixed order."""
    return [path for folder, pattern in _VERSIONED for path in sorted((ROOT / folder).rglob(pattern))
            if path.is_file()]


def extractor_version() -> str:
    """A hash of the extraction code and reference tables, and of the meaning model the environment chooses when it
    is not the saved one ($REPORTED_FIGURES_MEANING_MODEL); stored figures made by another version are stale."""
    digest = hashlib.sha256()
    for path in versioned_files():
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    model = chosen_model()
    if model != MODEL_PATH:
        digest.update(b"model off" if model is None else b"model " + (model.read_bytes() if model.is_file() else
                                                                     str(model).encode()))
    return digest.hexdigest()[:16]
