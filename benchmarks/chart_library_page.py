"""The Casualties chart of the store at $REPORTED_FIGURES_DB drawn by one chart library (?lib=plotly, vega or none),
served alone for benchmarks/chart_library_speed.py.

The Plotly chart is the dashboard's own (figures.charts.casualties_chart). The Vega-Lite chart is a prototype made
for this measure only: the same bars, row labels, colours, value labels, title, source caption and hover fields, in
Streamlit's built-in st.altair_chart; it has no bar patterns (Vega-Lite draws none) and no downloads.
"""

import html
import sys
import textwrap
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from figures import charts  # noqa: E402
from figures.colors import COLORS  # noqa: E402
from figures.store import Store, default_path  # noqa: E402


@st.cache_data(show_spinner=False)
def _figures_and_documents() -> tuple[pd.DataFrame, pd.DataFrame]:
    store = Store(default_path())
    return store.figures(), store.documents()


def _plain(text) -> str:
    """A Plotly label as plain text: its line breaks as newlines, its escaped characters as themselves."""
    return html.unescape(str(text).replace("<br>", "\n"))


def vega_casualties(chart: charts.Chart) -> alt.LayerChart:
    """The Casualties chart's bars, labels, value texts and hover fields (taken from its Plotly figure, so both
    draw the same rows) as a Vega-Lite bar chart with its title and source caption."""
    data = pd.DataFrame([
        {"label": _plain(y), "value": x, "said": text, "kind": trace.name, "subject": _plain(hover[0]),
         "mention": _plain(hover[1]), "when": _plain(hover[2]), "document": _plain(hover[3]),
         "section": _plain(hover[4]), "sentence": _plain(hover[6])}
        for trace in chart.figure.data if trace.type == "bar"
        for y, x, text, hover in zip(trace.y, trace.x, trace.text, trace.customdata)])
    order = [_plain(y) for y in chart.figure.layout.yaxis.categoryarray]
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelExpr="split(datum.label, '\\n')", labelLimit=220))
    bars = alt.Chart(data).mark_bar().encode(
        x=alt.X("value:Q", title="Number of people", axis=alt.Axis(format=",.0f", tickCount=charts.AXIS_TICKS)), y=y,
        color=alt.Color("kind:N", scale=alt.Scale(domain=["Deaths", "Injuries"], range=[COLORS[6], COLORS[1]]),
                        legend=alt.Legend(orient="top", title=None)),
        tooltip=["subject", "mention", "kind", "when", "sentence", "document", "section"])
    values = alt.Chart(data).mark_text(align="left", dx=3).encode(x="value:Q", y=y, text="said:N")
    title = alt.TitleParams(textwrap.wrap(chart.title, charts.TITLE_CHARS), anchor="start", fontSize=17,
                            subtitle=textwrap.wrap(chart.caption, charts.CAPTION_CHARS), subtitleFontSize=11)
    return (bars + values).properties(width="container", height=alt.Step(44), title=title).configure_view(stroke=None)


lib = st.query_params.get("lib", "none")
st.title(f"Casualties drawn by {lib}")
figures, documents = _figures_and_documents()
chart = charts.casualties_chart(figures, documents)
if lib == "plotly":
    st.plotly_chart(chart.figure, theme=None)
elif lib == "vega":
    st.altair_chart(vega_casualties(chart), theme=None)
