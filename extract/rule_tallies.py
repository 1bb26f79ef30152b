"""`python -m extract train --lang ru`: rebuild the tallies extract.rule_confidence reads, from the project's own
annotated documents of a language (tests/data/realistic/<language>: each `.txt` with its gold `.jsonl`, the year
it covers in its name). For each rule that decided a category: how many of the figures it decided, matched to a gold
line, got the gold category. `--check` writes nothing and exits 1 when the saved tallies differ from a rebuild."""

import re
from pathlib import Path

import yaml

from extract.evaluation import category_rule_precision, load_gold, score
from extract.language_data import LANG_DIR
from extract.pipeline import extract_text
from extract.rule_confidence import TALLIES_FILE

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS_DIR = ROOT / "tests" / "data" / "realistic"
HEADER = ("# How often each rule that decided a figure's category was right (right, decided) on the project's own\n"
          "# annotated documents ({source}), read by extract.rule_confidence. Written by `python -m extract train\n"
          "# --lang {language}`; do not edit by hand.\n")


def tallies_path(language: str) -> Path:
    """Where a language's tallies are kept."""
    return LANG_DIR / language / f"{TALLIES_FILE}.yaml"


def category_tallies(directory: Path) -> dict[str, list[int]]:
    """[right, decided] per category rule id over every annotated document of `directory`, in rule id order."""
    matched = []
    for path in sorted(directory.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        year = re.search(r"-(\d{4})-", path.stem)
        rows = extract_text(text, path.stem, int(year.group(1)) if year else None)
        matched += score(load_gold(str(path.with_suffix(".jsonl")), text), rows)["matched"]
    return dict(sorted(category_rule_precision(matched).items()))


def as_yaml(tallies: dict[str, list[int]], language: str, directory: Path) -> str:
    """The tallies file's text."""
    source = directory.relative_to(ROOT) if directory.is_relative_to(ROOT) else directory
    body = yaml.safe_dump({"tables": {"category_rules": tallies}}, allow_unicode=True, sort_keys=False,
                          default_flow_style=None, width=120)
    return HEADER.format(source=source, language=language) + body


def rebuild(language: str, directory: Path | None = None, out: Path | None = None,
            check: bool = False) -> tuple[int, str]:
    """Write a language's tallies to `out` (its data file unless given), or with `check` compare them with that
    file: the exit status and one line saying what was done or what is wrong."""
    directory = directory or DOCUMENTS_DIR / language
    if not sorted(directory.glob("*.txt")):
        return 1, f"error: {directory}: no annotated documents (.txt with .jsonl beside them)"
    text = as_yaml(category_tallies(directory), language, directory)
    path = out or tallies_path(language)
    if check:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return 0, f"{path}: the same as a rebuild from {directory}"
        return 1, (f"{path}: differs from a rebuild from {directory}; rebuild it with `python -m extract train "
                   f"--lang {language}`")
    path.write_text(text, encoding="utf-8")
    return 0, f"wrote {path}"
