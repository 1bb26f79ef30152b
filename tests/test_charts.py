"""Chart builders: titles with units, axis labels, the source annotation, counting notes, alt text, safety."""

import html
import json

import pandas as pd
import plotly.io as pio
import pytest
from test_queries import make_figures, make_row

from figures import charts
from figures.colors import BACKGROUND, COLORS, MIN_CONTRAST, contrast_ratio

DOCS = pd.DataFrame([{
    "doc_id": "doc2020", "title": "2020 Country Reports on Human Rights Practices: Kazakhstan",
    "publisher": "US Department of State", "country": "Kazakhstan", "year": 2020,
    "source_url": "http://tirek.info/report", "original_url": None,
}])


def annotations(chart) -> str:
    return " ".join(a.text for a in chart.figure.layout.annotations).replace("\u00a0", " ").replace("<br>", " ")


@pytest.mark.parametrize("name", charts.CHART_NAMES)
def test_every_chart_bakes_source_title_and_count_into_the_figure(name):
    chart = charts.build_chart(name, make_figures(), DOCS, {})
    layout = chart.figure.layout
    assert layout.template.layout.font.family.startswith("Arial")
    assert layout.title.text.replace("<br>", " ") == chart.title and "(" in chart.title
    assert "Source: US Department of State, 2020 Country Reports on Human Rights Practices: Kazakhstan" in annotations(chart)
    assert f"{chart.n} figure" in annotations(chart)
    assert layout.xaxis.title.text
    assert chart.alt and str(chart.n) in chart.alt
    json.loads(pio.to_json(chart.figure))


def test_source_line_cites_report_sections_in_order_and_says_how_many_figures_a_reviewer_checked():
    rows = make_figures()
    chart = charts.build_chart("by_theme", rows, DOCS, {})
    assert chart.source.endswith(f"sections 1.c, 2.a. Checked by a reviewer: 0 of {len(rows)} figures shown")
    checked = rows.assign(review=["verified", "corrected", "rejected"] + ["unreviewed"] * (len(rows) - 3))
    assert charts.build_chart("by_theme", checked, DOCS, {}).source.endswith(f"2 of {len(rows)} figures shown")


def test_imposed_fines_chart_leaves_out_statutory_maximums():
    chart = charts.fines_chart(make_figures(), DOCS, "imposed")
    kzt, usd = chart.figure.data
    assert sorted(kzt.x) == [41670, 54000] and sorted(usd.x) == [100, 130]
    assert "statutory maximums excluded" in chart.caption
    statutory = charts.fines_chart(make_figures(), DOCS, "statutory")
    assert list(statutory.figure.data[0].x) == [12630000]


def test_fines_axes_name_their_currency():
    layout = charts.fines_chart(make_figures(), DOCS).figure.layout
    assert layout.xaxis.title.text.startswith("Amount (KZT") and layout.xaxis2.title.text.startswith("Amount (USD")


def test_sentences_share_one_time_axis_in_the_chosen_unit():
    months = charts.sentences_chart(make_figures(), DOCS, unit="months")
    assert months.figure.layout.xaxis.title.text == "Length (months)"
    probation = next(t for t in months.figure.data if t.name == "Probation / restricted freedom")
    assert list(probation.x) == [pytest.approx(30)]
    assert {t.name for t in months.figure.data if t.type == "bar"} == {
        "Prison term", "Probation / restricted freedom", "Ban", "Compulsory work"}


def test_imposed_and_prescribed_sentences_share_one_axis_range():
    imposed = charts.sentences_chart(make_figures(), DOCS, "imposed")
    prescribed = charts.sentences_chart(make_figures(), DOCS, "statutory")
    assert imposed.figure.layout.xaxis.range == prescribed.figure.layout.xaxis.range
    assert imposed.figure.layout.xaxis.range[1] >= 7  # the longest, imposed, reaches the other chart's axis


def test_value_text_of_a_ranged_sentence_starts_past_its_whisker():
    chart = charts.sentences_chart(make_figures(), DOCS)
    (texts,) = [t for t in chart.figure.data if t.type == "scatter" and t.mode == "text"]
    at = dict(zip((t.strip("\u00a0") for t in texts.text), texts.x))
    assert at["five to six y…"] == 6 and at["seven years"] == 7


def test_range_sentence_draws_whisker_to_its_high_end():
    chart = charts.sentences_chart(make_figures(), DOCS)
    (whiskers,) = [t for t in chart.figure.data if t.name == "range to its high end"]
    assert list(whiskers.x) == [6] and list(whiskers.error_x.arrayminus) == [1]


def test_two_periods_of_complaints_are_two_labelled_bars():
    chart = charts.justice_chart(make_figures(), DOCS, ["complaints"])
    (trace,) = chart.figure.data
    assert list(trace.x) == [125, 84]
    assert [label.replace("<br>", " ").split(" — ")[1] for label in trace.y] == ["Jan–Oct 2020", "2019"]


def test_document_text_is_escaped_in_chart_labels_and_hover():
    df = pd.DataFrame([make_row(2, "approximately 54, 000 tenge ($130)", value=54000, unit="KZT", kind="money",
                                category="fine", usd_reported=130, value_kzt=54000,
                                subject="<img src=x onerror=alert(1)> fine")])
    chart = charts.fines_chart(df, DOCS)
    text = pio.to_json(chart.figure)
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt; fine" in text


def test_repeated_subjects_get_distinct_labels_with_their_period():
    df = make_figures()
    df.loc[df["category"] == "fine", "subject"] = "fine"
    kzt = charts.fines_chart(df, DOCS).figure.data[0]
    assert len(set(kzt.y)) == 2 and all(label.startswith("fine · ") for label in kzt.y)


def test_empty_selection_still_draws_a_sourced_chart_saying_so():
    chart = charts.casualties_chart(make_figures().iloc[0:0], DOCS)
    assert chart.n == 0 and "No figures match" in annotations(chart)


def test_unknown_chart_or_parameter_is_refused():
    with pytest.raises(ValueError, match="unknown chart"):
        charts.build_chart("pie", make_figures(), DOCS, {})
    with pytest.raises(ValueError, match="unit must be"):
        charts.build_chart("sentences", make_figures(), DOCS, {"unit": "weeks"})


@pytest.mark.parametrize("name", ["sentences", "casualties"])
def test_legend_runs_above_the_plot_leaving_the_width_to_the_bars(name):
    chart = charts.build_chart(name, make_figures(), DOCS, {})
    layout = chart.figure.layout
    assert layout.showlegend and layout.legend.orientation == "h"
    assert layout.legend.y > 1 - layout.margin.t / layout.height  # in the top margin, under the title
    longest = max(charts.text_px(t) for trace in chart.figure.data if trace.text is not None for t in trace.text)
    assert layout.margin.r <= 24 + longest + 8


def test_long_subjects_are_shortened_on_the_axis_and_given_whole_on_hover():
    subject = "prison term of deputy prison directors Shabdenov and Jexenov for torturing prisoners in 2019"
    rows = make_figures().assign(subject=lambda df: df["subject"].where(df["value"] != 7, subject))
    chart = charts.sentences_chart(rows, DOCS, "imposed")
    labels = [label.replace("<br>", " ") for trace in chart.figure.data for label in trace.y]
    assert all(len(label) <= charts.LABEL_CHARS + 20 for label in labels)
    assert any(label.startswith(subject[:15]) and "…" in label for label in labels)
    hovers = [c for trace in chart.figure.data if trace.customdata is not None for c in trace.customdata]
    assert any(c[0].replace("<br>", " ") == subject for c in hovers)


@pytest.mark.parametrize("name", ["fines", "sentences", "casualties", "justice"])
def test_hover_wraps_the_sentence_and_names_the_document(name):
    chart = charts.build_chart(name, make_figures(), DOCS, {})
    traces = [t for t in chart.figure.data if t.customdata is not None]
    assert traces and all("%{customdata[3]}" in t.hovertemplate for t in traces)
    for trace in traces:
        for row in trace.customdata:
            assert row[3] == "2020 Country Reports on Human Rights Practices: Kazakhstan"
            lines = row[6].split("<br>")
            assert all(len(html.unescape(line)) <= 80 for line in lines)
    longest = max((row[6] for t in traces for row in t.customdata), key=len)
    assert len(longest.split("<br>")) >= 2


LINK_MARKUP = '<a href="http://evil.example/a">click</a>'


def strings_in(value) -> list[str]:
    """Every string inside a plotly figure's dict: titles, annotations, labels, names, hover text."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return [s for v in (value.tolist() if hasattr(value, "tolist") else value) for s in strings_in(v)]
    return []


@pytest.mark.parametrize("name", charts.CHART_NAMES)
def test_link_markup_from_titles_and_sentences_is_escaped_in_every_chart(name):
    df = make_figures()
    for column in ("subject", "sentence", "doc_title", "section", "theme", "period"):
        df[column] = LINK_MARKUP + " " + df[column].fillna("").astype(str)
    df["doc_country"] = LINK_MARKUP
    docs = DOCS.assign(title=LINK_MARKUP, publisher=LINK_MARKUP)
    texts = strings_in(charts.build_chart(name, df, docs, {}).figure.to_plotly_json())
    assert not [t for t in texts if "<a " in t]
    assert any(html.escape(LINK_MARKUP, quote=False) in t for t in texts)
    assert any("<br>" in t for t in texts)  # the charts' own line breaks stay markup


def _marks(spec: dict) -> list[tuple[str, str]]:
    """(trace name, colour) of every coloured mark of a chart: bars, markers and lines."""
    out = []
    for trace in spec["data"]:
        marker, line = trace.get("marker", {}), trace.get("line", {})
        for color in (marker.get("color"), line.get("color")):
            if isinstance(color, str) and color.startswith("#"):
                out.append((trace.get("name", ""), color))
    return out


@pytest.mark.parametrize("name", charts.CHART_NAMES)
def test_every_mark_has_at_least_3_to_1_contrast_against_the_background(name):
    spec = charts.build_chart(name, make_figures(), DOCS, {}).figure.to_plotly_json()
    weak = [(trace, color, round(contrast_ratio(color, BACKGROUND), 2)) for trace, color in _marks(spec)
            if contrast_ratio(color, BACKGROUND) < MIN_CONTRAST]
    assert not weak


def test_palette_colours_all_reach_3_to_1_on_white():
    assert min(contrast_ratio(color, BACKGROUND) for color in COLORS) >= MIN_CONTRAST


@pytest.mark.parametrize("name", ["sentences", "casualties"])
def test_bar_categories_differ_by_pattern_as_well_as_colour(name):
    spec = charts.build_chart(name, make_figures(), DOCS, {}).figure.to_plotly_json()
    bars = [trace for trace in spec["data"] if trace["type"] == "bar"]
    assert len(bars) >= 2
    patterns = [trace["marker"].get("pattern", {}).get("shape", "") for trace in bars]
    assert len(set(patterns)) == len(bars)


def test_casualty_bars_say_killed_or_injured_beside_the_number():
    spec = charts.build_chart("casualties", make_figures(), DOCS, {}).figure.to_plotly_json()
    words = {trace["name"]: {t.split(" ", 1)[1] for t in trace["text"]} for trace in spec["data"] if trace["type"] == "bar"}
    assert words == {"Deaths": {"killed"}, "Injuries": {"injured"}}


def test_fine_labels_say_who_what_and_when_in_the_chart_itself():
    figures = make_figures()
    fine = figures["mention"] == "41,670 tenge ($100)"
    figures.loc[fine, "who"], figures.loc[fine, "subject"] = "blogger Tomas Rell", "fine for a post"
    chart = charts.fines_chart(figures, DOCS)
    labels = [label.replace("<br>", " ") for label in chart.figure.data[0].y]
    assert any(label.startswith("blogger Tomas Rell · fine") and label.endswith("30 Apr 2020") for label in labels), labels


def test_row_labels_fit_a_few_short_lines_so_a_phone_keeps_a_plot_area():
    figures = make_figures()
    figures["who"] = "the deputy director of a regional penitentiary department and two of his officers"
    for chart in (charts.fines_chart(figures, DOCS), charts.sentences_chart(figures, DOCS),
                  charts.casualties_chart(figures, DOCS)):
        for trace in chart.figure.data:
            labels = list(trace.y) if trace.y is not None else []
            if labels and isinstance(labels[0], (list, tuple)):
                labels = list(labels[-1])
            for label in labels:
                lines = html.unescape(str(label)).split("<br>")
                assert len(lines) <= charts.LABEL_LINES and all(len(line) <= charts.LABEL_LINE_CHARS for line in lines), label


def test_fine_panels_are_stacked_one_above_the_other_with_titles_and_few_ticks():
    layout = charts.fines_chart(make_figures(), DOCS).figure.layout
    assert layout.yaxis.domain[0] > layout.yaxis2.domain[1]
    assert tuple(layout.xaxis.domain) == tuple(layout.xaxis2.domain) == (0.0, 1.0)
    panel_titles = [a.text for a in layout.annotations if a.name == "panel title"]
    assert panel_titles == ["<b>In tenge (KZT)</b>", "<b>In US dollars (USD)</b>"]
    assert layout.xaxis.nticks == charts.AXIS_TICKS and layout.xaxis.tickangle == 0


def test_titles_and_captions_wrap_to_fit_a_phone():
    chart = charts.sentences_chart(make_figures(), DOCS)
    assert all(len(line) <= charts.TITLE_CHARS for line in chart.figure.layout.title.text.split("<br>"))
    caption = next(a.text for a in chart.figure.layout.annotations if a.name == "source")
    assert all(len(html.unescape(line)) <= charts.CAPTION_CHARS for line in caption.split("<br>"))


@pytest.mark.parametrize("years, step", [([2019, 2020, 2021], 1), ([2013, 2020], 2), ([2000, 2020], 5), ([], 1)])
def test_a_year_axis_writes_at_most_a_few_years(years, step):
    assert charts._year_step(pd.Series(years, dtype=float)) == step
