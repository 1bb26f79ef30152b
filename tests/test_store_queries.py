"""The store answers the dashboard's questions in SQL exactly as the pandas queries answer them on the
whole table, on a real store holding the bundled report."""

import sqlite3
from pathlib import Path

import pandas as pd
import pytest
import yaml

from figures import export, page_data, queries
from figures.schema import MAIN_GROUPS
from figures.sql import Filters, fts_query, group_filters, headline_rank
from figures.ingest import ingest, ingest_seed, update_metadata
from figures.search_index import paragraph_at
from figures.store import Store

CASES = yaml.safe_load((Path(__file__).parent / "data" / "sql_filters.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("sql") / "figures.sqlite")
    ingest_seed(store)
    return store


@pytest.fixture(scope="module")
def everything(store):
    return store.figures()


@pytest.fixture(scope="module")
def searchable(store, everything):
    """Every figure, with the paragraph the store's search table also looks in."""
    figures = everything
    texts = {doc_id: store.document_text(doc_id) for doc_id in figures["doc_id"].unique()}
    return figures.assign(paragraph_text=[paragraph_at(texts[d], s) for d, s in zip(figures["doc_id"],
                                                                                     figures["char_start"])])


@pytest.mark.parametrize("case", CASES, ids=[str(c) for c in CASES])
def test_sql_filters_keep_the_rows_pandas_keeps_in_the_same_order(store, searchable, case):
    filters = Filters().narrowed(**case)
    expected = queries.filter_figures(searchable, **case)
    assert list(store.figures(filters=filters)["figure_id"]) == list(expected["figure_id"])
    assert store.count(filters) == len(expected)


@pytest.mark.parametrize("column", ["theme", "category", "kind"])
def test_counts_by_in_sql_match_the_pandas_counts(store, everything, column):
    counted = store.counts_by(column)
    expected = queries.counts_by(everything, column)
    assert dict(zip(counted[column], counted["figures"])) == dict(zip(expected[column], expected["figures"]))
    assert list(counted["figures"]) == sorted(counted["figures"], reverse=True)


def test_headlines_ranked_in_sql_match_the_headlines_of_the_whole_table(store, everything):
    assert page_data.headlines(store, Filters()) == queries.headlines(everything)


def test_cross_check_flags_are_counted_and_listed_as_in_the_whole_table(store, everything):
    expected = queries.check_flags(everything)
    assert store.count_flags(Filters()) == (len(expected), expected["figure_id"].nunique())
    assert page_data.flags(store, Filters(), limit=None).equals(expected)
    assert page_data.flags(store, Filters(), limit=2)["figure_id"].nunique() == min(2, len(expected))


def test_explorer_pages_together_hold_every_matching_figure_once(store, everything, monkeypatch):
    monkeypatch.setattr(page_data, "PAGE_ROWS", 50)
    pages = []
    for page in range(-(-len(everything) // 50)):
        rows = page_data.explorer_rows(store, Filters(), page)
        assert len(rows) <= 50
        pages.append(rows)
    assert list(pd.concat(pages)["figure_id"]) == list(everything["figure_id"])


def test_a_capped_chart_draws_the_largest_figures(store, everything, monkeypatch):
    monkeypatch.setattr(page_data, "CHART_ROWS", 5)
    rows, n = page_data.chart_rows(store, Filters(kinds=("count",)))
    counts = everything[everything["kind"] == "count"]
    assert n == len(counts) > 5
    assert sorted(rows["value_base"], reverse=True) == sorted(counts["value_base"], reverse=True)[:5]


def test_a_csv_written_in_chunks_is_the_csv_of_the_whole_table(store, everything, monkeypatch):
    chunks = (everything.iloc[i:i + 40] for i in range(0, len(everything), 40))
    with export.csv_file(chunks) as file:
        assert file.read() == export.to_excel_csv(everything)


def test_store_reads_its_rows_in_bounded_chunks(store, everything):
    chunks = list(store.figure_chunks(size=100))
    assert max(len(c) for c in chunks) == 100
    assert pd.concat(chunks, ignore_index=True).equals(everything)


def test_distinct_values_and_sections_come_from_the_figures_in_scope(store, everything):
    assert store.distinct("theme") == sorted(everything["theme"].dropna().unique())
    pairs = store.sections()
    assert set(zip(pairs["doc_id"], pairs["section"])) == set(zip(everything["doc_id"], everything["section"]))
    assert store.count(Filters(doc_ids=())) == 0


@pytest.mark.parametrize("text, query", [("tenge", '"tenge" *'), ("  Human   Rights ", '"human rights" *'),
                                         ('say "no"; drop', '"say no drop" *'), ("--", ""), ("", "")])
def test_search_text_becomes_one_fts_phrase_whatever_its_punctuation(text, query):
    assert fts_query(text) == query


def test_a_filter_naming_an_unknown_statutory_choice_is_refused(store):
    with pytest.raises(ValueError, match="statutory must be one of"):
        store.count(Filters(statutory="sometimes"))


def test_search_matches_words_that_begin_with_the_searched_text(tmp_path):
    store = Store(tmp_path / "search.sqlite")
    ingest(store, "Notes\nPolice detained 12 prisoners in the city.\nThe court ordered 3 years of imprisonment for Arlen Temirbek.",
                 "note.txt", year=2022)
    def found(text):
        return list(store.figures(filters=Filters(text=text))["mention"])
    assert found("IMPRISON") == ["3 years"]
    assert found("prisoner") == ["12"]
    assert found("risoner") == []


def test_search_finds_a_figure_by_who_its_paragraph_section_and_document_title(tmp_path):
    store = Store(tmp_path / "who.sqlite")
    ingest(store, "Section 2. Freedom of the Press\nOn May 4, police detained journalist Mira Ostrova outside the court. A judge "
                  "fined her 80,000 tenge ($190) the next day.\nThe ministry received 40 complaints.",
           "brief.txt", title="Quarterly bulletin of Veloria", year=2022)
    def found(text):
        return sorted(store.figures(filters=Filters(text=text))["mention"])
    assert found("journalist") == ["80,000 tenge ($190)"]
    assert found("freedom of the press") == ["40", "80,000 tenge ($190)"]
    assert found("quarterly bulletin") == ["40", "80,000 tenge ($190)"]
    doc_id = store.documents()["doc_id"][0]
    update_metadata(store, doc_id, title="Annual digest")
    assert found("annual digest") == ["40", "80,000 tenge ($190)"] and found("quarterly") == []


def test_figures_recurring_across_years_are_followed_one_per_subject_and_year(tmp_path):
    store = Store(tmp_path / "years.sqlite")
    for year, n in ((2019, 41), (2020, 57), (2021, 63)):
        ingest(store, f"In {year} the ombudsman of Veloria received {n} complaints of torture. Police detained "
               f"{n + year % 7} protesters in Ostrava.", f"veloria-{year}.txt", country="Veloria", year=year)
    everything = store.figures()
    rows = page_data.recurring(store, Filters())
    expected = queries.across_years(everything)
    assert len(expected) > 0
    assert list(rows["figure_id"]) == list(expected["figure_id"])
    assert rows.groupby("series")["doc_year"].apply(list).map(sorted).tolist() == \
        [[2019, 2020, 2021]] * rows["series"].nunique()


NOTE = "Notes\nPolice in Ostrava detained 31 journalists on Monday.\nThe court fined the editor 90,000 tenge."


def _found(store, text):
    return sorted(store.figures(filters=Filters(text=text))["mention"])


def test_search_follows_a_document_read_again_and_forgets_a_removed_one(tmp_path):
    store = Store(tmp_path / "follow.sqlite")
    doc_id = ingest(store, NOTE, "note.txt", year=2020).doc_id
    assert _found(store, "journalists") == ["31"]
    update_metadata(store, doc_id, year=2021)
    assert _found(store, "journalists") == ["31"]
    assert _fts_rows(store) == store.count()
    store.remove(doc_id)
    assert _found(store, "journalists") == [] and _fts_rows(store) == 0


def test_indexing_left_unfinished_by_a_stopped_process_is_finished_on_opening(tmp_path):
    path = tmp_path / "stopped.sqlite"
    store = Store(path)
    doc_id = ingest(store, NOTE, "note.txt", year=2020).doc_id
    with sqlite3.connect(path) as con:  # the state a process stopped between the save and its indexing leaves
        con.execute("DELETE FROM figures_fts")
        con.execute("INSERT INTO search_pending VALUES (?)", (doc_id,))
    assert _found(store, "editor") == []
    assert _found(Store(path), "editor") == ["90,000 tenge"]


def _fts_rows(store):
    with sqlite3.connect(store.path) as con:
        return con.execute("SELECT count(*) FROM figures_fts").fetchone()[0]


def test_counts_of_several_columns_in_one_pass_equal_each_column_counted_alone(store):
    each = store.counts_by_each(("theme", "category", "kind"), Filters(statutory="imposed"))
    for column, counted in each.items():
        assert counted.equals(store.counts_by(column, Filters(statutory="imposed")))
        assert list(counted.columns) == [column, "figures"]


def test_the_top_figure_by_a_rank_is_the_first_ranked_figure_and_ties_go_to_document_order(tmp_path):
    store = Store(tmp_path / "ties.sqlite")
    for name in ("first.txt", "second.txt"):
        ingest(store, f"Police detained 40 students and 12 teachers in Ostrava ({name}). A court fined the editor "
               "90,000 tenge and the publisher 90,000 tenge.", name, year=2021)
    for group in MAIN_GROUPS:
        filters = group_filters(Filters(), group).narrowed(statutory="imposed")
        ranked = store.figures(filters=filters, rank=headline_rank(group), limit=1)
        assert list(store.top(filters, headline_rank(group))["figure_id"]) == list(ranked["figure_id"])
    fines = group_filters(Filters(), "fines")
    everything = store.figures(filters=fines)
    assert list(store.top(fines, headline_rank("fines"))["figure_id"]) == [everything["figure_id"].iloc[0]]
    assert store.top(fines.narrowed(statutory="statutory"), headline_rank("fines")).empty
