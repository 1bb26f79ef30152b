"""Series keys link figures that measure the same thing across years, documents and countries; the Compare page
charts one measure by year with a line per country or source, each point opening its sentence."""

import json
from pathlib import Path
from urllib.parse import parse_qs

import pandas as pd
import pytest
import yaml
from streamlit.testing.v1 import AppTest
from test_app_pages import chart_rows, chart_specs, chart_title

from figures import charts, page_data, series
from figures.ingest import ingest
from figures.sql import Filters
from figures.store import Store

DATA = Path(__file__).resolve().parent / "data"
APP = Path(__file__).resolve().parent.parent / "app.py"
CASES = yaml.safe_load((DATA / "series_cases.yaml").read_text(encoding="utf-8"))
TORTURE = "complaints|happened|count|torture"


@pytest.mark.parametrize("case", CASES, ids=[c["subject"] for c in CASES])
def test_subject_reduces_to_the_counted_thing(case):
    assert series.counted_thing(case["subject"], case["language"]) == case["thing"]


def test_series_key_keeps_category_statutory_flag_and_kind_apart():
    happened = series.series_key("complaints", False, "count", "complaints of torture")
    assert happened == TORTURE
    assert series.series_key("complaints", True, "count", "complaints of torture") == "complaints|law|count|torture"
    assert series.series_key("fine", False, "money", "fine") == ""


@pytest.fixture(scope="module")
def compare_db(tmp_path_factory):
    """A store holding the invented reports of tests/data/compare: two countries, 2019 to 2021."""
    path = tmp_path_factory.mktemp("compare") / "figures.sqlite"
    store = Store(path)
    folder = DATA / "compare"
    for doc in yaml.safe_load((folder / "documents.yaml").read_text(encoding="utf-8")):
        ingest(store, (folder / doc["file"]).read_text(encoding="utf-8"), doc["file"], country=doc["country"],
               year=doc["year"], publisher=doc["publisher"])
    return path


def test_measures_recurring_in_years_or_countries_are_offered_most_years_first(compare_db):
    found = page_data.measures(Store(compare_db), Filters())
    assert found["series"].iloc[0] == TORTURE
    top = found.iloc[0]
    assert (top["years"], top["countries"]) == (3, 2)
    assert "detentions|happened|count|protester" in set(found["series"])


def test_compare_points_are_one_per_country_and_year(compare_db):
    rows = page_data.series_rows(Store(compare_db), Filters(), TORTURE)
    points = series.compare_points(rows, TORTURE, "country")
    assert list(zip(points["group"], points["year"], points["compared"])) == [
        ("Norland", 2019, 312), ("Norland", 2020, 365), ("Norland", 2021, 290),
        ("Sudmark", 2020, 120), ("Sudmark", 2021, 150)]


def _money_rows() -> pd.DataFrame:
    base = dict(category="fine", statutory=False, kind="money", subject="fine for an unsanctioned rally",
                language="en", period=None, sentence="A court fined the organiser.", section="", doc_title="Report",
                fx_source="reference rates", mention="")
    return pd.DataFrame([
        {**base, "figure_id": "a", "doc_id": "d1", "doc_country": "Norland", "doc_year": 2020, "value": 100000, "unit": "KZT",
         "value_base": 240.0, "fx_rate_used": 416.7, "mention": "100,000 tenge", "doc_publisher": "Monitor A"},
        {**base, "figure_id": "b", "doc_id": "d2", "doc_country": "Sudmark", "doc_year": 2021, "value": 20000, "unit": "KGS",
         "value_base": 250.0, "fx_rate_used": 80.0, "mention": "20,000 som", "doc_publisher": "Monitor B"},
    ])


DOCUMENTS = pd.DataFrame([{"doc_id": "d1", "publisher": "Monitor A", "title": "Norland report"},
                          {"doc_id": "d2", "publisher": "Monitor B", "title": "Sudmark report"}])


def test_money_is_compared_in_converted_dollars_and_the_chart_says_so():
    key = series.series_key("fine", False, "money", "fine for an unsanctioned rally")
    chart = charts.compare_chart(_money_rows(), DOCUMENTS, key)
    (line, *_) = chart.spec["layer"]
    assert "converted to US dollars" in chart.notes and "Monitor A" in chart.source
    assert "US dollars" in line["encoding"]["y"]["title"]
    rows = chart.spec["data"]["values"]
    assert any(r["converted"].startswith("$240 at 416.70 KZT per US dollar") for r in rows)
    assert any("20,000 som" in r["stated"] and "KGS" in r["converted"] for r in rows)


def test_each_line_carries_its_country_as_a_label_and_its_own_marker():
    key = series.series_key("fine", False, "money", "fine for an unsanctioned rally")
    spec = charts.compare_chart(_money_rows(), DOCUMENTS, key).spec
    (points,) = [layer for layer in spec["layer"] if "shape" in layer["encoding"]]
    shapes = points["encoding"]["shape"]["scale"]
    assert shapes["domain"] == ["Norland", "Sudmark"] and len(set(shapes["range"])) == 2
    assert [r["end_name"] for r in spec["data"]["values"] if r["end_name"]] == ["Norland", "Sudmark"]


def _compare_page(db, monkeypatch, query: dict) -> AppTest:
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(query)
    at.run()
    at.switch_page("pages/compare.py")
    at.query_params.update(query)
    at.run()
    assert not at.exception
    return at


def test_compare_page_draws_the_measure_by_year_one_line_per_country(compare_db, monkeypatch):
    at = _compare_page(compare_db, monkeypatch, {"measure": TORTURE})
    (spec,) = chart_specs(at)
    lines = {}
    for row in chart_rows(spec):
        lines.setdefault(row["group"], []).append(row["year"])
    assert lines == {"Norland": [2019, 2020, 2021], "Sudmark": [2020, 2021]}
    assert "Complaints: torture" in chart_title(spec)


def test_compare_page_lines_by_source_name_the_publishers(compare_db, monkeypatch):
    at = _compare_page(compare_db, monkeypatch, {"measure": TORTURE, "by": "source"})
    (spec,) = chart_specs(at)
    assert {row["group"] for row in chart_rows(spec)} == {"Norland Rights Watch", "Sudmark Monitor"}


def test_each_compare_point_opens_its_figure_in_the_explorer(compare_db, monkeypatch):
    at = _compare_page(compare_db, monkeypatch, {"measure": TORTURE})
    figures = Store(compare_db).figures()
    torture = set(figures.loc[figures["subject"].str.contains("torture"), "figure_id"])
    links = [link.proto for link in at.get("page_link") if link.proto.page == "explorer"]
    opened = {parse_qs(link.query_string)["fig"][0] for link in links}
    assert len(links) == 5 and len(opened) == 5 and opened <= torture
