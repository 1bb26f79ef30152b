"""Contested figures: one paragraph in which different sources count the same thing differently
("Police stated that 53 protesters were detained ... Activists claimed that hundreds ...")."""

import re
from collections import defaultdict
from itertools import combinations

from figures.checks.base import Flag, present, shown

# Categories too broad to say two figures count the same thing.
GENERIC_CATEGORIES = {"count_other", "other", "percent", "ratio", "age"}
DIFFERENCE = 0.10  # values closer than this (relative to the larger) agree
STOPWORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "who", "that", "were",
    "was", "from", "during", "their", "its", "his", "her", "as", "number", "people", "persons", "individuals",
}


def contested_flags(rows: list[dict]) -> dict[str, list[Flag]]:
    """Flags keyed by figure_id linking figures that sources in one paragraph count differently."""
    by_paragraph = defaultdict(list)
    for row in rows:
        if present(row.get("attribution")) and row.get("category") not in GENERIC_CATEGORIES:
            by_paragraph[(row.get("doc_id"), row.get("paragraph"))].append(row)
    pairs = [
        (first, second)
        for members in by_paragraph.values()
        for first, second in combinations(members, 2)
        if _disagree(first, second)
    ]
    flags: dict[str, list[Flag]] = {}
    linked: dict[str, set] = defaultdict(set)
    for first, second in pairs:
        linked[first["figure_id"]].add(second["figure_id"])
        linked[second["figure_id"]].add(first["figure_id"])
    rows_by_id = {row["figure_id"]: row for row in rows}
    for figure_id, others in linked.items():
        group = [rows_by_id[figure_id], *(rows_by_id[o] for o in sorted(others))]
        accounts = "; ".join(f"{row['attribution']}: {shown(row)}" for row in group)
        subject = re.sub(r"^(?:of|the)\s+", "", str(group[0]["subject"]).strip())
        message = f"Sources give different counts of {subject}: {accounts}."
        flags[figure_id] = [Flag("contested", message, tuple(sorted(others)))]
    return flags


def _disagree(first: dict, second: dict) -> bool:
    if _source(first) == _source(second):
        return False
    if (first.get("kind"), first.get("unit"), first.get("category")) != (
        second.get("kind"), second.get("unit"), second.get("category")
    ):
        return False
    periods = {str(row["period"]) for row in (first, second) if present(row.get("period"))}
    if len(periods) > 1 or bool(first.get("statutory")) or bool(second.get("statutory")):
        return False
    values = float(first["value"]), float(second["value"])
    if abs(values[0] - values[1]) <= DIFFERENCE * max(values):
        return False
    return bool(_words(first["subject"]) & _words(second["subject"]))


def _source(row: dict) -> str:
    return re.sub(r"^(?:the|some|many)\s+", "", str(row["attribution"]).strip().lower())


def _words(subject) -> set[str]:
    words = re.findall(r"[a-z]+", str(subject).lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in STOPWORDS and len(w) > 2}
