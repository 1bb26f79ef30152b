"""Write the meaning report to BENCHMARKS.md (its own section, other sections kept): for the seed gold and the
held-out gold, each gold category with what it came out as, and the precision of every rule id that decided a
category or a statutory flag, so rule changes can be judged rule by rule.

    .venv/bin/python benchmarks/meaning_report.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_score import heldout_results  # noqa: E402
from extract.evaluation import combine, confusion, load_gold, rule_precision, score  # noqa: E402
from extract.pipeline import extract_text  # noqa: E402

SEED = ROOT / "data" / "raw" / "kazakhstan-2020-country-report.txt"
SEED_GOLD = ROOT / "tests" / "data" / "seed_gold.jsonl"
REPORT = ROOT / "BENCHMARKS.md"
HEADING = "## Meaning: categories and rules"


def seed_matches() -> list[tuple[dict, dict]]:
    """Matched (gold, row) pairs of the seed report."""
    text = SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
    return score(load_gold(str(SEED_GOLD), text), extract_text(text, "seed", 2020))["matched"]


def _cell(right: int, seen: int) -> str:
    return f"{right}/{seen} ({right / seen:.2f})" if seen else "–"


def category_table(sets: dict[str, list[tuple[dict, dict]]]) -> list[str]:
    """One row per gold category: right/total in each set and what it was mistaken for."""
    tables = {name: confusion(matched) for name, matched in sets.items()}
    gold_categories = sorted({g for table in tables.values() for g, _ in table})
    lines = ["| gold category | " + " | ".join(sets) + " | came out as (count) |",
             "|---|" + "---:|" * len(sets) + "---|"]
    for gold in gold_categories:
        cells, wrong = [], {}
        for table in tables.values():
            seen = sum(n for (g, _), n in table.items() if g == gold)
            cells.append(_cell(table.get((gold, gold), 0), seen))
            for (g, p), n in table.items():
                if g == gold and p != gold:
                    wrong[p] = wrong.get(p, 0) + n
        mistaken = ", ".join(f"{p} ({n})" for p, n in sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(f"| {gold} | " + " | ".join(cells) + f" | {mistaken} |")
    return lines


def rule_table(sets: dict[str, list[tuple[dict, dict]]]) -> list[str]:
    """One row per rule id: right/decided in each set, lowest precision first."""
    tallies = {name: rule_precision(matched) for name, matched in sets.items()}
    ids = {rule_id for tally in tallies.values() for rule_id in tally}

    def precision(rule_id: str) -> float:
        right = sum(t.get(rule_id, [0, 0])[0] for t in tallies.values())
        return right / sum(t.get(rule_id, [0, 0])[1] for t in tallies.values())

    lines = ["| rule | " + " | ".join(sets) + " |", "|---|" + "---:|" * len(sets)]
    for rule_id in sorted(ids, key=lambda r: (precision(r), r)):
        lines.append(f"| `{rule_id}` | " + " | ".join(_cell(*t.get(rule_id, [0, 0])) for t in tallies.values()) + " |")
    return lines


def section(sets: dict[str, list[tuple[dict, dict]]]) -> str:
    """The report section in Markdown."""
    return "\n".join([
        HEADING, "",
        "Written by `benchmarks/meaning_report.py` over the figures matched to a gold line (seed report and "
        "held-out documents). Each cell is right/total (share). A figure's `rules` column names the rule that "
        "decided its category and the one that decided its statutory flag; a rule is right when its decision "
        "agrees with the gold line. Ids starting `fallback.`, `kind.` or `logic.` are decisions no language rule "
        "made.", "",
        "### Categories", "", *category_table(sets), "",
        "### Rules, least precise first", "", *rule_table(sets), ""])


def with_section(markdown: str, heading: str, body: str) -> str:
    """The Markdown with the section under `heading` replaced by `body` (appended when missing)."""
    body = body.rstrip("\n") + "\n"
    start = markdown.find(heading)
    if start < 0:
        return markdown.rstrip("\n") + "\n\n" + body
    end = markdown.find("\n## ", start + len(heading))
    return markdown[:start] + body + ("\n" + markdown[end + 1:] if end >= 0 else "")


def main() -> None:
    sets = {"seed": seed_matches(), "held-out": combine([r for _, r in heldout_results()])["matched"]}
    existing = REPORT.read_text(encoding="utf-8") if REPORT.exists() else "# Benchmarks\n"
    REPORT.write_text(with_section(existing, HEADING, section(sets)), encoding="utf-8")
    print(section(sets))


if __name__ == "__main__":
    main()
