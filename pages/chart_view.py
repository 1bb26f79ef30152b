"""A page's charts: the rows they draw, the chart itself, and its image, HTML and embed downloads."""

from collections.abc import Callable

import pandas as pd
import streamlit as st

from figures import export, page_data
from figures.charts import Chart
from figures.sql import Filters
from pages.scope import Scope
from pages.shared_reads import qualified_name
from pages.store_access import store
from pages.words import NOTHING_MATCHES, count_of

PAGE_PATHS = ("fines", "sentences", "casualties", "justice", "explorer", "documents", "embed")


def chart_rows(filters: Filters) -> pd.DataFrame:
    """The figures a page charts and tables; above page_data.CHART_ROWS only the largest, said in a caption."""
    rows, n = store().of(page_data.chart_rows, filters)
    if n > len(rows):
        st.caption(f"{count_of(n, 'figure')} match: the charts and the table show the {len(rows):,} largest; "
                   "the CSV of all rows holds every one.")
    return rows


@st.cache_data(show_spinner=False, max_entries=64)
def _built(name: str, _builder: Callable[..., Chart], args: tuple) -> Chart:
    return _builder(*args)


def built(builder: Callable[..., Chart], *args) -> Chart:
    """`builder(*args)`, a chart of figures.charts, built once for every session that asks for the same one (its
    frames are known by their contents)."""
    return _built(qualified_name(builder), builder, args)


def show_chart(chart: Chart, sc: Scope) -> None:
    """The chart (its source, notes and count are the annotation under the plot) and its downloads;
    a message instead of an empty chart when no figure matches."""
    if chart.n == 0:
        st.info(f"No figures to chart here: {NOTHING_MATCHES}")
        return
    st.vega_lite_chart(chart.spec, theme=None, alt=chart.alt, key=f"chart-{chart.name}-{_params_key(chart)}")
    chart_downloads(chart, sc)


def app_base_url() -> str:
    """The app's address without the page path, for links to the Embed page."""
    url = (st.context.url or "http://localhost:8501").rstrip("/")
    head, _, last = url.rpartition("/")
    return head if last in PAGE_PATHS and "//" in head else url


def _params_key(chart: Chart) -> str:
    return "-".join(f"{k}={v}" for k, v in sorted(chart.params.items()))


def chart_downloads(chart: Chart, sc: Scope) -> None:
    """PNG and SVG (drawn on click by vl-convert), standalone HTML, and the embed snippet, in an expander whose
    content is sent only once it is opened: a closed one costs a new browser session no code highlighter."""
    key = f"{chart.name}-{_params_key(chart)}"
    box = st.expander(f"Download or embed this chart ({chart.n} figures)", key=f"open-{key}", on_change="rerun")
    if not box.open:
        return
    with box:
        cols = st.columns(3)
        for col, fmt in zip(cols, export.IMAGE_FORMATS):
            col.download_button(
                f"{fmt.upper()} image", data=lambda fmt=fmt: export.chart_image(chart, fmt),
                file_name=f"{chart.name}.{fmt}", mime="image/png" if fmt == "png" else "image/svg+xml",
                key=f"dl-{fmt}-{key}", on_click="ignore",
            )
        cols[2].download_button("Standalone HTML", data=lambda: export.standalone_html(chart),
                                file_name=f"{chart.name}.html", mime="text/html", key=f"dl-html-{key}",
                                on_click="ignore")
        st.caption("Embed in a briefing (iframe):")
        st.code(export.embed_snippet(app_base_url(), chart, sc.params), language="html", wrap_lines=True)
