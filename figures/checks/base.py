"""What every cross-check shares: the flag it raises, and figures placed inside their sentence."""

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class Flag:
    """One finding on one figure: a code, a line a journalist can read, and the figures it links."""

    code: str
    message: str
    related: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "related": list(self.related)}


@dataclass(frozen=True)
class Located:
    """A figure row with its span inside its sentence (start, end are sentence offsets)."""

    row: dict
    start: int
    end: int

    @property
    def id(self) -> str:
        return self.row["figure_id"]


def present(value) -> bool:
    """True for a real value (not None, NaN, pd.NA or an empty string)."""
    if value is None or value is pd.NA:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return value != ""


def number(value: float) -> str:
    """A number as a report writes it: 1,215 / 12.63 / 416.7."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def shown(row: dict) -> str:
    """A figure as the text wrote it, with its value when the words are vague ('hundreds (200)')."""
    mention = str(row.get("mention") or number(row["value"])).strip()
    if not re.search(r"\d", mention) and present(row.get("value")):
        return f"'{mention}' ({number(row['value'])})"
    return f"'{mention}'"


def is_count(row: dict) -> bool:
    return row.get("kind") == "count" and row.get("unit") == "count" and present(row.get("value"))


def sentences(rows: list[dict]) -> list[tuple[str, list[Located]]]:
    """Figures grouped by sentence, each placed at its offset inside the sentence text, in text order."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        if present(row.get("sentence")) and present(row.get("mention")):
            groups[(row.get("doc_id"), row.get("paragraph"), row["sentence"])].append(row)
    placed = []
    for (_, _, sentence), members in groups.items():
        located = _place(sentence, members)
        if located:
            placed.append((sentence, sorted(located, key=lambda item: item.start)))
    return placed


def _place(sentence: str, rows: list[dict]) -> list[Located]:
    """Find each mention in the sentence; where it occurs twice, the sentence start the others agree on decides."""
    occurrences = {row["figure_id"]: _occurrences(str(row["mention"]), sentence) for row in rows}
    votes = Counter(
        int(row["char_start"]) - offset for row in rows for offset in occurrences[row["figure_id"]]
    )
    if not votes:
        return []
    sentence_start = votes.most_common(1)[0][0]
    located = []
    for row in rows:
        offsets = occurrences[row["figure_id"]]
        if not offsets:
            continue
        offset = min(offsets, key=lambda o: abs(int(row["char_start"]) - sentence_start - o))
        located.append(Located(row, offset, offset + len(str(row["mention"]))))
    return located


def _occurrences(mention: str, sentence: str) -> list[int]:
    """Where `mention` starts in `sentence`, left to right without overlaps (as re.finditer finds a literal; plain
    string search keeps the many one-off mention patterns out of the re module's cache)."""
    if not mention:
        return list(range(len(sentence) + 1))
    found, at = [], sentence.find(mention)
    while at >= 0:
        found.append(at)
        at = sentence.find(mention, at + len(mention))
    return found


def document_year(rows: list[dict]) -> int | None:
    """The year most figure periods of a document point at: the year a report covers."""
    years = Counter(
        int(match.group())
        for row in rows
        if present(row.get("period"))
        for match in [re.match(r"\d{4}", str(row["period"]))]
        if match
    )
    return max(years, key=lambda y: (years[y], y)) if years else None
