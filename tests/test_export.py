"""Downloads: Excel-safe CSV, PNG/SVG drawn by vl-convert with title and source, standalone offline HTML, embed snippet."""

import csv
import io
import json
import re

import pandas as pd
import pytest
from test_charts import DOCS
from test_queries import make_figures

from figures import charts, export, vega


def test_csv_opens_in_excel_as_utf8_with_bom_and_crlf():
    data = export.to_excel_csv(pd.DataFrame({"mention": ["54, 000 tenge ($130)"], "subject": ["fine — Ilyashev"]}))
    assert data.startswith("\ufeff".encode("utf-8"))
    assert b"\r\n" in data and "fine — Ilyashev".encode("utf-8") in data


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_cells_that_would_run_as_formulas_are_escaped(cell):
    data = export.to_excel_csv(pd.DataFrame({"subject": [cell], "value": [-5.0]}))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8").lstrip("\ufeff"))))
    assert rows[0]["subject"] == "'" + cell
    assert rows[0]["value"] == "-5.0"


def test_csv_keeps_every_row_and_every_column_but_reviewers_names():
    df = make_figures()
    assert "reviewer" in df.columns
    rows = list(csv.DictReader(io.StringIO(export.to_excel_csv(df).decode("utf-8").lstrip("\ufeff"))))
    assert len(rows) == len(df) and list(rows[0]) == [c for c in df.columns if c != "reviewer"]


def test_svg_export_carries_title_and_source_line_as_text():
    chart = charts.fines_chart(make_figures(), DOCS)
    svg = export.chart_image(chart, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg")
    assert "Fines imposed, in tenge and US dollars" in svg
    assert "Source: US Department of State" in svg


def test_exported_images_and_html_name_who_was_fined():
    figures = make_figures()
    figures.loc[figures["category"] == "fine", "who"] = "editor Lina Varga"
    chart = charts.fines_chart(figures, DOCS)
    assert "editor Lina Varga" in export.chart_image(chart, "svg").decode("utf-8")
    assert "editor Lina Varga" in export.standalone_html(chart).decode("utf-8")


def test_png_export_is_a_png_image_twice_the_chart_width():
    png = export.chart_image(charts.justice_chart(make_figures(), DOCS), "png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    width = int.from_bytes(png[16:20], "big")
    assert width == 2 * vega.EXPORT_WIDTH


def test_markup_in_document_text_is_drawn_as_text_in_the_svg():
    figures = make_figures().assign(subject="<b>fine</b> & more")
    svg = export.chart_image(charts.fines_chart(figures, DOCS), "svg").decode("utf-8")
    assert "<b>" not in svg and "&lt;b&gt;fine" in svg


def test_unknown_image_format_is_refused_in_one_line():
    with pytest.raises(ValueError, match="image format must be one of"):
        export.chart_image(charts.fines_chart(make_figures(), DOCS), "gif")


def _spec_in(page: str) -> dict:
    (data,) = re.findall(r'<script type="application/json" id="chart-spec">(.*?)</script>', page, re.S)
    return json.loads(data)


def test_standalone_html_works_offline_says_its_source_once_and_keeps_document_text_out_of_its_code():
    hostile = "</script><script>alert(1)</script> report"
    docs = DOCS.assign(title=hostile)
    chart = charts.fines_chart(make_figures(), docs)
    page = export.standalone_html(chart).decode("utf-8")
    assert "<script src=" not in page and "<link" not in page and "cdn.jsdelivr" not in page  # nothing fetched
    assert re.search(r"getElementById\([\"']chart-spec[\"']\)", page)  # its script draws the spec it holds
    assert page.count("Source: US Department of State") == 1
    assert "<script>alert(1)</script>" not in page
    assert _spec_in(page) == json.loads(json.dumps(chart.spec))  # the spec arrives whole, its text intact
    assert hostile in json.dumps(_spec_in(page), ensure_ascii=False)


def test_embed_snippet_is_an_iframe_to_the_embed_page_with_parameters():
    chart = charts.sentences_chart(make_figures(), DOCS, unit="months")
    snippet = export.embed_snippet("http://localhost:8501", chart, {"doc": ["doc2020"]})
    assert snippet.startswith('<iframe src="http://localhost:8501/embed?chart=sentences&amp;statutory=imposed'
                              '&amp;unit=months&amp;doc=doc2020&amp;embed=true"')
    assert 'title="Sentences imposed' in snippet
