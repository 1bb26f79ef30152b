"""What each dashboard page asks of the store, answered in SQL: headlines, flags, figures recurring across
years, the figures a chart draws and one page of the Explorer. Each returns small frames whatever the size
of the store, so pages stay fast at a million figures.
"""

from collections.abc import Callable, Iterator

import pandas as pd

from figures import charts, export, queries, series
from figures.schema import CATEGORY_GROUPS, MAIN_GROUPS
from figures.sql import Filters, group_filters, headline_rank
from figures.store import Store

# A chart draws at most this many figures (the largest by value in a base unit); tables show as many.
CHART_ROWS = 300
# Rows on one page of the Explorer's grid.
PAGE_ROWS = 1000
# Flagged figures listed on the Overview (the CSV holds every flag).
FLAGS_SHOWN = 60
# Subjects the across-years chart follows at most.
RECURRING_SERIES = 12
# A figure's size, comparable within a group: days, US dollars, or the count itself.
BY_SIZE = ("", "f.value_base")


def headlines(store: Store, filters: Filters) -> list[queries.Headline]:
    """One Headline per main group: every group counted in one grouped query, each ranked in SQL."""
    counted = store.joint_counts(("category", "statutory"),
                                 filters.narrowed(categories=[c for g in MAIN_GROUPS for c in CATEGORY_GROUPS[g]]))
    imposed = counted["statutory"].fillna(0) == 0
    out = []
    for group in MAIN_GROUPS:
        inside = counted["category"].isin(CATEGORY_GROUPS[group])
        top = store.top(group_filters(filters, group).narrowed(statutory="imposed"), headline_rank(group))
        out.append(queries.headline_of(group, int(counted.loc[inside, "figures"].sum()),
                                       int(counted.loc[inside & imposed, "figures"].sum()), top))
    return out


def flags(store: Store, filters: Filters, limit: int | None = FLAGS_SHOWN) -> pd.DataFrame:
    """The cross-check flags of the first `limit` flagged figures (all of them when limit is None)."""
    return queries.check_flags(store.figures(filters=filters.narrowed(flagged=True), limit=limit))


def recurring(store: Store, filters: Filters) -> pd.DataFrame:
    """queries.across_years of the figures in scope: the first RECURRING_SERIES subjects that recur, one
    figure per subject and report year (the first the report states)."""
    keys = queries.across_years(store.year_subjects(filters).assign(value=0.0))
    if keys.empty:
        return keys
    series = list(dict.fromkeys(keys["series"]))[:RECURRING_SERIES]
    keys = keys[keys["series"].isin(series)]
    rows = store.first_each_year(filters.narrowed(subjects=tuple(keys["subject"].unique()),
                                                  categories=tuple(keys["category"].unique())))
    return queries.across_years(rows)


def measures(store: Store, filters: Filters) -> pd.DataFrame:
    """The series of figures.series stated for two or more years or countries in scope, most years first."""
    return series.measures(store.series_subjects(filters))


def series_rows(store: Store, filters: Filters, key: str) -> pd.DataFrame:
    """The figures in scope whose series key is `key` (figures() columns), read by their category, flag, kind
    and subjects."""
    category, statutory, kind, _ = key.split(series.SEPARATOR, 3)
    narrowed = filters.narrowed(categories=(category,), kinds=(kind,),
                                statutory="statutory" if statutory == "law" else "imposed")
    subjects = series.with_series(store.series_subjects(narrowed))
    wanted = tuple(subjects.loc[subjects["series"] == key, "subject"].unique())
    if not wanted:
        return store.figures(filters=narrowed.narrowed(figure_ids=("",)))
    return series.with_series(store.figures(filters=narrowed.narrowed(subjects=wanted))).query("series == @key")


def chart_rows(store: Store, filters: Filters) -> tuple[pd.DataFrame, int]:
    """(the figures a chart draws, how many passed the filters): all of them, or the CHART_ROWS largest."""
    n = store.count(filters)
    if n <= CHART_ROWS:
        return store.figures(filters=filters), n
    return store.figures(filters=filters, rank=BY_SIZE, limit=CHART_ROWS), n


def explorer_rows(store: Store, filters: Filters, page: int = 0) -> pd.DataFrame:
    """One page (from 0) of the figures passing the filters, in document order."""
    return store.figures(filters=filters, limit=PAGE_ROWS, offset=page * PAGE_ROWS)


def table_chunks(store: Store, filters: Filters,
                 table: Callable[[pd.DataFrame], pd.DataFrame] = lambda rows: rows) -> Iterator[pd.DataFrame]:
    """Every figure passing the filters as `table` makes it, a bounded chunk at a time (for full downloads)."""
    for chunk in store.figure_chunks(filters):
        yield table(chunk)


def table_csv(store: Store, filters: Filters,
              table: Callable[[pd.DataFrame], pd.DataFrame] = lambda rows: rows) -> bytes:
    """Every figure passing the filters as `table` makes it, as one Excel-safe CSV: a full download small enough to
    be written with its page, once per version of the store rather than once per page run."""
    with export.csv_file(table_chunks(store, filters, table)) as file:
        return file.read()


def chart_of(store: Store, name: str, filters: Filters, documents: pd.DataFrame, params: dict) -> charts.Chart:
    """The chart `name` of charts.CHART_NAMES over the figures in `filters`, read as its page reads them
    (URL parameters as for charts.build_chart); ValueError if unknown."""
    if name in ("by_theme", "by_category"):
        by = name.removeprefix("by_")
        return charts.counts_chart_of(store.counts_by(by, filters),
                                      charts.source_line(store.sections(filters), documents), by)
    if name == "across_years":
        return charts.across_years_chart(recurring(store, filters), documents)
    if name == "compare":
        key = params.get("measure") or ""
        if key.count(series.SEPARATOR) != 3:
            raise ValueError("the compare chart needs ?measure= with a series key such as complaints|happened|count|torture")
        return charts.build_chart(name, series_rows(store, filters, key), documents, params)
    if name in ("fines", "sentences"):
        filters = group_filters(filters, name)
    elif name == "casualties":
        filters = group_filters(filters, name).narrowed(statutory="imposed")
    elif name == "justice":
        wanted = params.get("categories") or queries.JUSTICE_CATEGORIES
        filters = filters.narrowed(categories=[wanted] if isinstance(wanted, str) else wanted, statutory="imposed")
    else:
        raise ValueError(f"unknown chart {name!r}; choose one of {', '.join(charts.CHART_NAMES)}")
    return charts.build_chart(name, chart_rows(store, filters)[0], documents, params)
