"""The words of a chart: row labels that say who, what and when on a few short lines, shortened texts, and the
widths of text in pixels that size a chart's margins.

Labels are plain text with newlines between their lines: Vega-Lite draws them as text, so document text needs no
escaping, only shortening.
"""

import textwrap
from collections import Counter

import pandas as pd

from figures import queries

LABEL_CHARS = 36
# Characters per line of a row label (LABEL_LINES at most), a title and the caption: short enough that a chart
# drawn 390 px wide (a phone) keeps a plot area beside its labels and its title and caption inside its edges.
LABEL_LINE_CHARS = 18
LABEL_LINES = 3
TITLE_CHARS = 32
CAPTION_CHARS = 62
# Characters of the wording printed after a bar: the plot leaves room for it, so it stays short for phones.
VALUE_TEXT_CHARS = 14
FONT_SIZE = 13
# Advance widths of Arial (metrics of Helvetica and Liberation Sans), in 1/1000 em; other characters 556.
_WIDTHS = {**dict.fromkeys("'", 191), **dict.fromkeys("ijl|", 222), **dict.fromkeys(" !,./:;I[\\]ft", 278),
           **dict.fromkeys("\"()-`r{}°·", 333), **dict.fromkeys("*^", 389), **dict.fromkeys("Jckszvxy", 500),
           **dict.fromkeys("+<=>~", 584), **dict.fromkeys("FTZ", 611), **dict.fromkeys("&ABEKPSVXY", 667),
           **dict.fromkeys("CDHNRUw", 722), **dict.fromkeys("GOQ", 778), **dict.fromkeys("Mm", 833),
           **dict.fromkeys("%", 889), **dict.fromkeys("W", 944), **dict.fromkeys("…—@", 1000)}


def present(value) -> bool:
    """Whether a cell holds text worth saying (not None, NaN or blank)."""
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value).strip() != ""


def text_px(text, size: int = FONT_SIZE) -> float:
    """Width in pixels of `text` set in Arial at `size` px: sizes margins to the labels they hold."""
    return sum(_WIDTHS.get(ch, 556) for ch in str(text)) * size / 1000


def widest_line(labels, size: int = FONT_SIZE) -> float:
    """Width in pixels of the widest line of the labels (lines split at newlines)."""
    return max((text_px(line, size) for label in labels for line in str(label).split("\n")), default=0)


def short(text, limit: int = LABEL_CHARS) -> str:
    """`text` on one line, cut with … after `limit` characters ('' for anything but text)."""
    text = "" if not isinstance(text, str) else " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def lines_of(text: str, width: int) -> list[str]:
    """`text` wrapped onto lines of at most `width` characters (one empty line for no text)."""
    return textwrap.wrap(text, width) or [""]


def unique_labels(labels) -> list[str]:
    """Row labels made distinct (a band axis draws equal labels as one row)."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} [{seen[label]}]")
    return out


def row_labels(rows: pd.DataFrame, limit: int = LABEL_CHARS, lead: str = "who") -> list[str]:
    """One row label per figure, "who · subject · date" where each is known (the wording when no date and the
    subject repeats), on at most LABEL_LINES short lines, so an image or an embed says who and what without its
    hover; `lead` names the column said first (the theme, for casualties)."""
    whos = rows[lead] if lead in rows.columns else pd.Series([None] * len(rows), index=rows.index)
    subjects = [short(s, limit) for s in rows["subject"]]
    repeated = {s for s, n in Counter(subjects).items() if n > 1}
    labels = []
    for who, subject, period, mention in zip(whos, subjects, rows["period"], rows["mention"]):
        when = queries.period_label(period) if present(period) else (short(mention, 28) if subject in repeated
                                                                       else "")
        who = short(who, LABEL_LINE_CHARS) if present(who) else ""
        labels.append(_fitted(who, subject, when))
    return unique_labels(labels)


def _fitted(who: str, subject: str, when: str) -> str:
    """"who · subject · date" on LABEL_LINES lines, the subject shortened until the whole fits (who and date
    kept)."""
    room = len(subject)
    text = " · ".join(p for p in (who, subject, when) if p)
    while len(textwrap.wrap(text, LABEL_LINE_CHARS)) > LABEL_LINES and room > 6:
        room -= 3
        text = " · ".join(p for p in (who, short(subject, room), when) if p)
    return wrapped_label(text)


def wrapped_label(text: str, width: int = LABEL_LINE_CHARS) -> str:
    """A label wrapped onto lines of `width` characters joined by newlines, cut with … after LABEL_LINES."""
    lines = lines_of(text, width)
    if len(lines) > LABEL_LINES:
        lines = lines[:LABEL_LINES - 1] + [short(" ".join(lines[LABEL_LINES - 1:]), width)]
    return "\n".join(lines)
