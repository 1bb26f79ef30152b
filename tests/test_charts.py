"""Chart builders: Vega-Lite specs with titles and units, the source caption, counting notes, alt text, direct
labels beside colour, layouts that fit a phone, and document text kept as text."""

import json
import re

import pandas as pd
import pytest
from altair.utils.schemapi import validate_jsonschema
from altair.vegalite.v6.schema import load_schema
from test_queries import make_figures, make_row

from figures import chart_labels, charts, vega
from figures.colors import BACKGROUND, COLORS, MIN_CONTRAST, contrast_ratio

DOCS = pd.DataFrame([{
    "doc_id": "doc2020", "title": "2020 Country Reports on Human Rights Practices: Kazakhstan",
    "publisher": "US Department of State", "country": "Kazakhstan", "year": 2020,
    "source_url": "http://tirek.info/report", "original_url": None,
}])
VEGA_LITE = load_schema()


def views(spec: dict) -> list[dict]:
    """The views of a spec that draw marks: its layers, or the layers and panels of its stacked panels."""
    return [view for part in spec.get("vconcat", [spec]) for view in part.get("layer", [part])]


def rows_of(chart) -> list[dict]:
    return chart.spec["data"]["values"]


def caption_drawn(chart) -> str:
    """The caption the chart draws under its plot, its lines joined."""
    (caption,) = [v["data"]["values"][0]["caption"] for v in views(chart.spec)
                  if "caption" in v.get("data", {}).get("values", [{}])[0]]
    return " ".join(caption).replace("\u00a0", " ")


def encodings(chart, channel: str) -> list[dict]:
    return [v["encoding"][channel] for v in views(chart.spec) if channel in v.get("encoding", {})]


def strings_in(value) -> list[str]:
    """Every string inside a spec: titles, captions, labels, data values, expressions."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def expressions_in(value) -> list[str]:
    """The strings of a spec that Vega runs as code: expressions, label expressions and filters."""
    if isinstance(value, dict):
        own = [v for k, v in value.items() if k in ("expr", "labelExpr", "filter", "calculate", "test")
               and isinstance(v, str)]
        return own + [s for v in value.values() for s in expressions_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in expressions_in(v)]
    return []


@pytest.mark.parametrize("name", charts.CHART_NAMES)
def test_every_chart_is_a_valid_vega_lite_spec_with_source_title_and_count_drawn_in(name):
    chart = charts.build_chart(name, make_figures(), DOCS, {})
    assert validate_jsonschema(chart.spec, VEGA_LITE, raise_error=False) is None
    assert " ".join(chart.spec["title"]["text"]) == chart.title and "(" in chart.title
    assert chart.spec["config"]["font"].startswith("Arial")
    assert "Source: US Department of State, 2020 Country Reports on Human Rights Practices: Kazakhstan" in \
        caption_drawn(chart)
    assert f"{chart.n} figure" in caption_drawn(chart)
    assert chart.n == 0 or any(x.get("title") for x in encodings(chart, "x"))
    assert chart.alt and str(chart.n) in chart.alt
    assert chart.height > 200
    json.dumps(chart.spec, allow_nan=False)


def test_source_line_cites_report_sections_in_order_and_says_how_many_figures_a_reviewer_checked():
    rows = make_figures()
    chart = charts.build_chart("by_theme", rows, DOCS, {})
    assert chart.source.endswith(f"sections 1.c, 2.a. Checked by a reviewer: 0 of {len(rows)} figures shown")
    checked = rows.assign(review=["verified", "corrected", "rejected"] + ["unreviewed"] * (len(rows) - 3))
    assert charts.build_chart("by_theme", checked, DOCS, {}).source.endswith(f"2 of {len(rows)} figures shown")


def test_counts_chart_puts_the_largest_count_on_top_and_counts_every_figure():
    chart = charts.build_chart("by_category", make_figures(), DOCS, {})
    counts = [r["figures"] for r in rows_of(chart)]
    assert counts == sorted(counts, reverse=True) and chart.n == sum(counts) == len(make_figures())
    (y, *_) = encodings(chart, "y")
    assert y["scale"]["domain"] == [r["label"] for r in rows_of(chart)]


def test_imposed_fines_chart_leaves_out_statutory_maximums():
    chart = charts.fines_chart(make_figures(), DOCS, "imposed")
    assert sorted(r["amount_kzt"] for r in rows_of(chart)) == [41670, 54000]
    assert sorted(r["amount_usd"] for r in rows_of(chart)) == [100, 130]
    assert "statutory maximums excluded" in chart.caption
    statutory = charts.fines_chart(make_figures(), DOCS, "statutory")
    assert [r["amount_kzt"] for r in rows_of(statutory)] == [12630000]


def test_fines_axes_name_their_currency():
    kzt, usd = [x["title"] for x in encodings(charts.fines_chart(make_figures(), DOCS), "x")]
    assert kzt.startswith("Amount (KZT") and usd.startswith("Amount (USD")


def test_fines_spanning_more_than_a_hundredfold_are_drawn_on_a_log_axis():
    rows = make_figures()
    rows.loc[rows["mention"] == "41,670 tenge ($100)", "value_kzt"] = 400
    kzt, usd = encodings(charts.fines_chart(rows, DOCS), "x")
    assert kzt["scale"] == {"type": "log"} and "log scale" in kzt["title"] and usd["scale"] == {"zero": True}


def test_sentences_share_one_time_axis_in_the_chosen_unit():
    months = charts.sentences_chart(make_figures(), DOCS, unit="months")
    assert encodings(months, "x")[0]["title"] == "Length (months)"
    probation = [r for r in rows_of(months) if r["category_name"] == "Probation / restricted freedom"]
    assert [r["value"] for r in probation] == [pytest.approx(30)]
    (color,) = encodings(months, "color")
    assert color["scale"]["domain"] == ["Prison term", "Probation / restricted freedom", "Ban", "Compulsory work"]


def test_imposed_and_prescribed_sentences_share_one_axis_range():
    imposed = charts.sentences_chart(make_figures(), DOCS, "imposed")
    prescribed = charts.sentences_chart(make_figures(), DOCS, "statutory")
    domain = encodings(imposed, "x")[0]["scale"]["domain"]
    assert domain == encodings(prescribed, "x")[0]["scale"]["domain"]
    assert domain[1] >= 7  # the longest, imposed, reaches the other chart's axis


def test_longest_sentence_is_on_top():
    chart = charts.sentences_chart(make_figures(), DOCS)
    values = [r["value"] for r in rows_of(chart)]
    assert values == sorted(values, reverse=True)
    assert encodings(chart, "y")[0]["scale"]["domain"][0] == rows_of(chart)[0]["label"]


def test_value_text_of_a_ranged_sentence_starts_past_its_whisker():
    chart = charts.sentences_chart(make_figures(), DOCS)
    (texts,) = [v for v in views(chart.spec) if v["mark"].get("type") == "text" and "y" in v["encoding"]]
    assert texts["encoding"]["x"]["field"] == "end"
    at = {r["said"]: r["end"] for r in rows_of(chart)}
    assert at["five to six y…\nprison"] == 6 and at["seven years\nprison"] == 7


def test_range_sentence_draws_whisker_to_its_high_end():
    chart = charts.sentences_chart(make_figures(), DOCS)
    (rule,) = [v for v in views(chart.spec) if v["mark"].get("type") == "rule"]
    assert rule["transform"] == [{"filter": "datum.ranged"}]
    assert (rule["encoding"]["x"]["field"], rule["encoding"]["x2"]["field"]) == ("value", "end")
    assert [(r["value"], r["end"]) for r in rows_of(chart) if r["ranged"]] == [(5, 6)]


def test_two_periods_of_complaints_are_two_labelled_bars():
    chart = charts.justice_chart(make_figures(), DOCS, ["complaints"])
    assert [r["value"] for r in rows_of(chart)] == [125, 84]
    assert [r["label"].replace("\n", " ").split(" — ")[1] for r in rows_of(chart)] == ["Jan–Oct 2020", "2019"]


def test_repeated_subjects_get_distinct_labels_with_their_period():
    df = make_figures()
    df.loc[df["category"] == "fine", "subject"] = "fine"
    labels = [r["label"] for r in rows_of(charts.fines_chart(df, DOCS))]
    assert len(set(labels)) == 2 and all(label.startswith("fine · ") for label in labels)


def test_empty_selection_still_draws_a_sourced_chart_saying_so():
    chart = charts.casualties_chart(make_figures().iloc[0:0], DOCS)
    assert chart.n == 0 and "0 figures shown" in caption_drawn(chart)
    assert vega.NO_FIGURES in strings_in(chart.spec)
    assert validate_jsonschema(chart.spec, VEGA_LITE, raise_error=False) is None


def test_unknown_chart_or_parameter_is_refused():
    with pytest.raises(ValueError, match="unknown chart"):
        charts.build_chart("pie", make_figures(), DOCS, {})
    with pytest.raises(ValueError, match="unit must be"):
        charts.build_chart("sentences", make_figures(), DOCS, {"unit": "weeks"})


@pytest.mark.parametrize("name", ["sentences", "casualties", "justice"])
def test_bars_leave_room_after_them_for_their_words_but_half_the_plot_at_least_and_no_legend_takes_the_width(name):
    chart = charts.build_chart(name, make_figures(), DOCS, {})
    assert all(color.get("legend", "") is None for color in encodings(chart, "color"))
    longest = max(chart_labels.widest_line([r["said"]], 12) for r in rows_of(chart))
    low, high = encodings(chart, "x")[0]["scale"]["range"]
    room = float(re.fullmatch(r"max\(width / 2, width - (\d+)\)", high["expr"]).group(1))
    assert low == 0 and 8 < room <= longest + 9
    assert chart.spec["padding"]["right"] == 8


def test_sentences_reserve_no_room_for_words_after_bars_short_of_half_their_shared_axis():
    rows = make_figures()
    rows.loc[rows["statutory"].astype(bool) & (rows["category"] == "prison_term"), "value"] = 20
    imposed, prescribed = (charts.sentences_chart(rows, DOCS, statutory) for statutory in ("imposed", "statutory"))
    assert encodings(imposed, "x")[0]["scale"]["domain"] == [0, 20.8]
    assert encodings(imposed, "x")[0]["scale"]["range"][1] == {"expr": "max(width / 2, width - 8)"}
    assert encodings(prescribed, "x")[0]["scale"]["range"][1] != {"expr": "max(width / 2, width - 8)"}


def test_long_subjects_are_shortened_on_the_axis_and_given_whole_on_hover():
    subject = "prison term of deputy prison directors Shabdenov and Jexenov for torturing prisoners in 2019"
    rows = make_figures().assign(subject=lambda df: df["subject"].where(df["value"] != 7, subject))
    chart = charts.sentences_chart(rows, DOCS, "imposed")
    labels = [r["label"].replace("\n", " ") for r in rows_of(chart)]
    assert all(len(label) <= chart_labels.LABEL_CHARS + 20 for label in labels)
    assert any(label.startswith(subject[:15]) and "…" in label for label in labels)
    assert subject in [r["subject"] for r in rows_of(chart)]


@pytest.mark.parametrize("name", ["fines", "sentences", "casualties", "justice", "compare"])
def test_hover_gives_the_sentence_and_names_the_document(name):
    chart = charts.build_chart(name, make_figures(), DOCS, {})
    tips = [{t["field"] for t in tooltip} for tooltip in encodings(chart, "tooltip")]
    assert tips and all({"sentence", "document", "subject", "period_name"} <= fields for fields in tips)
    assert {r["document"] for r in rows_of(chart)} == {"2020 Country Reports on Human Rights Practices: Kazakhstan"}
    assert all(r["sentence"] in make_figures()["sentence"].tolist() for r in rows_of(chart))


LINK_MARKUP = '<a href="http://evil.example/a">click</a>'


@pytest.mark.parametrize("name", charts.CHART_NAMES)
def test_document_text_stays_literal_text_and_never_reaches_an_expression(name):
    df = make_figures()
    for column in ("subject", "sentence", "doc_title", "section", "theme", "period", "who"):
        df[column] = LINK_MARKUP + " ' \" " + df[column].fillna("").astype(str)
    df["doc_country"] = LINK_MARKUP
    docs = DOCS.assign(title=LINK_MARKUP, publisher=LINK_MARKUP)
    spec = charts.build_chart(name, df, docs, {}).spec
    assert any(LINK_MARKUP in text for text in strings_in(spec))  # shown as written, markup and all
    assert not any("evil" in code or "'" in code.replace("'\\n'", "") for code in expressions_in(spec))
    assert "&lt;" not in json.dumps(spec)  # nothing escaped for a markup language the chart does not speak


def _colors(spec: dict) -> list[str]:
    """Every colour a chart paints marks with: mark colours, fixed colour values and colour scale ranges."""
    out = []
    for view in views(spec):
        mark, color = view["mark"], view.get("encoding", {}).get("color", {})
        if mark.get("type") == "text":
            continue
        out += [c for c in (mark.get("color"), color.get("value")) if c]
        out += color.get("scale", {}).get("range", [])
    return out


@pytest.mark.parametrize("name", charts.CHART_NAMES)
def test_every_mark_has_at_least_3_to_1_contrast_against_the_background(name):
    spec = charts.build_chart(name, make_figures(), DOCS, {}).spec
    weak = [(color, round(contrast_ratio(color, BACKGROUND), 2)) for color in _colors(spec)
            if contrast_ratio(color, BACKGROUND) < MIN_CONTRAST]
    assert not weak and (_colors(spec) or name == "across_years")


def test_palette_colours_all_reach_3_to_1_on_white():
    assert min(contrast_ratio(color, BACKGROUND) for color in COLORS) >= MIN_CONTRAST


@pytest.mark.parametrize("name, words", [
    ("sentences", {"Prison term": "prison", "Probation / restricted freedom": "probation", "Ban": "ban",
                   "Compulsory work": "work"}),
    ("casualties", {"Deaths": "killed", "Injuries": "injured"}),
    ("justice", {"Complaints": "complaints"}),
])
def test_bar_categories_are_named_beside_each_bar_as_well_as_coloured(name, words):
    chart = charts.build_chart(name, make_figures(), DOCS, {})
    said = {r["category_name"]: r["said"].split()[-1] for r in rows_of(chart)}
    assert said == words
    (color,) = encodings(chart, "color")
    assert color["field"] == "category_name"


@pytest.mark.parametrize("name", ["compare", "across_years"])
def test_each_line_has_its_own_marker_shape_and_its_name_at_its_last_point(name):
    rows = make_figures()
    second = rows[rows["category"] == "complaints"].assign(doc_country="Kyrgyzstan", doc_id="doc2020kg",
                                                           figure_id=lambda d: d["figure_id"] + "kg")
    rows = pd.concat([rows, second], ignore_index=True)
    if name == "across_years":
        rows.loc[rows["period"] == "2019", "doc_year"] = 2019
    chart = charts.build_chart(name, rows, DOCS, {})
    (shape,) = encodings(chart, "shape")
    groups = shape["scale"]["domain"]
    assert len(groups) == 2 and len(set(shape["scale"]["range"])) == 2
    ends = {r["group"]: r["end_name"] for r in rows_of(chart) if r["end_name"]}
    assert set(ends) == set(groups)


def test_fine_labels_say_who_what_and_when_in_the_chart_itself():
    figures = make_figures()
    fine = figures["mention"] == "41,670 tenge ($100)"
    figures.loc[fine, "who"], figures.loc[fine, "subject"] = "blogger Tomas Rell", "fine for a post"
    labels = [r["label"].replace("\n", " ") for r in rows_of(charts.fines_chart(figures, DOCS))]
    assert any(label.startswith("blogger Tomas Rell · fine") and label.endswith("30 Apr 2020") for label in labels), labels


def test_row_labels_fit_a_few_short_lines_so_a_phone_keeps_a_plot_area():
    figures = make_figures()
    figures["who"] = "the deputy director of a regional penitentiary department and two of his officers"
    for chart in (charts.fines_chart(figures, DOCS), charts.sentences_chart(figures, DOCS),
                  charts.casualties_chart(figures, DOCS)):
        for row in rows_of(chart):
            lines = row["label"].split("\n")
            assert len(lines) <= chart_labels.LABEL_LINES and all(
                len(line) <= chart_labels.LABEL_LINE_CHARS for line in lines), row["label"]


def test_row_labels_are_drawn_on_their_lines():
    (y,) = encodings(charts.casualties_chart(make_figures(), DOCS), "y")[:1]
    assert y["axis"]["labelExpr"] == "split(datum.value, '\\n')"


def test_fine_panels_are_stacked_one_above_the_other_with_titles_and_few_ticks():
    spec = charts.fines_chart(make_figures(), DOCS).spec
    kzt, usd, caption = spec["vconcat"]
    assert [kzt["title"]["text"], usd["title"]["text"]] == ["In tenge (KZT)", "In US dollars (USD)"]
    assert "layer" not in kzt and "layer" not in usd  # simple panels: Streamlit fits stacked panels to the column
    assert "caption" in caption["data"]["values"][0]
    assert spec["config"]["axisX"]["tickCount"] == vega.AXIS_TICKS and spec["config"]["axisX"]["labelAngle"] == 0


def test_titles_and_captions_wrap_to_fit_a_phone():
    chart = charts.sentences_chart(make_figures(), DOCS)
    assert len(chart.spec["title"]["text"]) > 1
    assert all(len(line) <= chart_labels.TITLE_CHARS for line in chart.spec["title"]["text"])
    (caption,) = [v for v in views(chart.spec) if "caption" in v.get("data", {}).get("values", [{}])[0]]
    lines = caption["data"]["values"][0]["caption"]
    assert len(lines) > 2 and all(len(line) <= chart_labels.CAPTION_CHARS for line in lines)


def test_charts_fit_the_width_they_are_given_and_are_drawn_as_svg():
    for chart in (charts.sentences_chart(make_figures(), DOCS), charts.fines_chart(make_figures(), DOCS)):
        assert chart.spec["autosize"] == {"type": "fit-x", "contains": "padding"}
        assert chart.spec["usermeta"]["embedOptions"]["renderer"] == "svg"


@pytest.mark.parametrize("years, step", [([2019, 2020, 2021], 1), ([2013, 2020], 2), ([2000, 2020], 5), ([], 1)])
def test_a_year_axis_writes_at_most_a_few_years(years, step):
    assert charts._year_step(pd.Series(years, dtype=float)) == step


def test_fine_for_a_markup_subject_keeps_it_whole_in_its_data():
    df = pd.DataFrame([make_row(2, "approximately 54, 000 tenge ($130)", value=54000, unit="KZT", kind="money",
                                category="fine", usd_reported=130, value_kzt=54000,
                                subject="<img src=x onerror=alert(1)> fine")])
    chart = charts.fines_chart(df, DOCS)
    assert rows_of(chart)[0]["subject"] == "<img src=x onerror=alert(1)> fine"
