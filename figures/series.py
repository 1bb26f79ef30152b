"""Series: figures that measure the same thing in different periods, documents and countries, linked by a key.

A series key is `category|statutory|kind|thing`: the figure's category, "law" for what a law prescribes or
"happened" for what was reported as done, its unit kind, and the counted thing: the subject's words as lemmas
without stop words, reporting verbs and the nouns that only name the category (extract/lang/<language>/series.yaml),
in their order. "complaints of torture" and "complaints about torture registered" are both
`complaints|happened|count|torture`. A figure whose subject names nothing beyond its category has no series.
"""

import re
from functools import lru_cache

import pandas as pd

from extract.features import lemma as english_lemma
from extract.language_data import words
from extract.ru.lemmas import lemma as russian_lemma
from figures.queries import MONTHS_PER_UNIT, category_label

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LEMMA = {"en": english_lemma, "ru": russian_lemma}
_STOP = {"en": ("features", "stop_words")}
SEPARATOR = "|"


@lru_cache(maxsize=100_000)
def counted_thing(subject: str, language: str = "en") -> str:
    """The subject reduced to the lemmas that say what is counted ("complaints about torture" -> "torture")."""
    language = language if language in _LEMMA else "en"
    dropped = set(words(language, "series", "filler")) | set(words(language, "series", "measure_nouns"))
    if language in _STOP:
        dropped |= set(words(language, *_STOP[language]))
    lemmas = (_LEMMA[language](word).lower() for word in _WORD.findall(str(subject or "")))
    return " ".join(dict.fromkeys(lem for lem in lemmas if lem not in dropped and len(lem) > 1))


def series_key(category: str, statutory: bool, kind: str, subject: str, language: str = "en") -> str:
    """The series key of one figure; "" when its subject names nothing beyond its category."""
    thing = counted_thing(subject, language)
    if not thing:
        return ""
    return SEPARATOR.join((str(category), "law" if statutory else "happened", str(kind), thing))


def with_series(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows (category, statutory, kind, subject, language columns) with their series key as `series`."""
    keys = [series_key(r.category, bool(r.statutory), r.kind, r.subject, getattr(r, "language", "en"))
            for r in rows.itertuples(index=False)]
    return rows.assign(series=pd.Series(keys, index=rows.index, dtype=str))


def busiest(rows: pd.DataFrame) -> str:
    """The series key most figures of `rows` share ("" when none has one)."""
    keys = with_series(rows)["series"] if len(rows) else pd.Series(dtype=str)
    keys = keys[keys != ""]
    return keys.value_counts().index[0] if len(keys) else ""


def measure_label(key: str) -> str:
    """A series key in words: "Complaints: torture (what happened)"."""
    if key.count(SEPARATOR) != 3:
        return "No measure (no series key)"
    category, statutory, _, thing = key.split(SEPARATOR, 3)
    said = "what a law prescribes" if statutory == "law" else "what happened"
    return f"{category_label(category)}: {thing} ({said})"


def measures(subjects: pd.DataFrame) -> pd.DataFrame:
    """The series stated for two or more years or countries, most years first: columns series, label, points, years,
    countries. `subjects` holds distinct (category, statutory, kind, subject, language, doc_country, year)."""
    keyed = with_series(subjects)
    keyed = keyed[keyed["series"] != ""].assign(doc_country=keyed["doc_country"].fillna(""))
    if keyed.empty:
        return pd.DataFrame(columns=["series", "label", "points", "years", "countries"])
    grouped = keyed.groupby("series").agg(points=("year", "size"), years=("year", "nunique"),
                                          countries=("doc_country", "nunique")).reset_index()
    grouped = grouped[(grouped["years"] >= 2) | (grouped["countries"] >= 2)]
    grouped = grouped.sort_values(["years", "countries", "points", "series"], ascending=[False, False, False, True])
    return grouped.assign(label=grouped["series"].map(measure_label)).reset_index(drop=True)


def figure_year(period, doc_year) -> int | None:
    """The year a figure is about: its period's first year, else the year its report covers."""
    found = re.match(r"(\d{4})", str(period or ""))
    if found:
        return int(found.group(1))
    return None if pd.isna(doc_year) else int(doc_year)


# The axis title of a series of each unit kind that is compared in a unit of its own (see _compared).
COMPARED_AS = {"money": "US dollars (converted at the reference rate of the figure's year)", "duration": "Months"}
GROUPS = {"country": "doc_country", "source": "doc_publisher"}
NO_GROUP = {"country": "Country not given", "source": "Source not given"}


def compare_points(rows: pd.DataFrame, key: str, by: str = "country") -> pd.DataFrame:
    """One point per group (country or source) and year of the series `key`: the first figure its report states
    (document order), with `year`, `group`, `compared` (the value on the chart's axis) and `stated` (how many
    figures of the series that group gave for that year)."""
    if by not in GROUPS:
        raise ValueError(f"by must be one of {', '.join(GROUPS)}, not {by!r}")
    rows = with_series(rows)
    rows = rows[rows["series"] == key]
    if rows.empty:
        return rows.assign(year=pd.Series(dtype="Int64"), group=pd.Series(dtype=str), compared=pd.Series(dtype=float),
                           stated=pd.Series(dtype=int))
    kind = kind_of(key)
    groups = rows[GROUPS[by]].where(rows[GROUPS[by]].notna() & (rows[GROUPS[by]] != ""), NO_GROUP[by])
    rows = rows.assign(year=[figure_year(p, y) for p, y in zip(rows["period"], rows["doc_year"])], group=groups,
                       compared=_compared(rows, kind))
    rows = rows[rows["year"].notna() & rows["compared"].notna()]
    stated = rows.groupby(["group", "year"])["figure_id"].transform("size")
    first = rows.assign(stated=stated).drop_duplicates(["group", "year"], keep="first")
    return first.sort_values(["group", "year"]).reset_index(drop=True)


def _compared(rows: pd.DataFrame, kind: str) -> pd.Series:
    """The value a series is compared by: US dollars for money, months for durations (COMPARED_AS), else the value
    stated."""
    if kind == "money":
        return pd.to_numeric(rows["value_base"], errors="coerce")
    if kind == "duration":
        return pd.to_numeric(rows["value_base"], errors="coerce") * MONTHS_PER_UNIT["day"]
    return pd.to_numeric(rows["value"], errors="coerce")


def kind_of(key: str) -> str:
    """The unit kind a series key names ("" for a string that is not a series key)."""
    parts = key.split(SEPARATOR)
    return parts[2] if len(parts) == 4 else ""


def axis_title(key: str, rows: pd.DataFrame) -> str:
    """What the compared values are, in words, with their unit."""
    kind = kind_of(key)
    if kind in COMPARED_AS:
        return COMPARED_AS[kind]
    units = sorted(set(rows["unit"].dropna().astype(str))) if "unit" in rows else []
    return "Number" if kind == "count" else f"Value ({', '.join(units) or kind})"
