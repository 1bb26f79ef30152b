"""Embed: one chart alone, chosen by URL parameters (?chart=fines&statutory=imposed&doc=…&embed=true)."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import charts, page_data
from figures.markdown import escape_markdown
from pages import scope, store_access

params = {key: st.query_params.get_all(key) for key in st.query_params}
name = (params.get("chart") or [""])[0]
if not name:
    st.info("This page shows one chart alone for an iframe. Add ?chart= and one of: "
            + ", ".join(charts.CHART_NAMES) + " (each chart's 'Download or embed' box gives the full link).")
    st.stop()
sc = scope.current(params)
options = {k: (v[0] if len(v) == 1 and k != "categories" else v) for k, v in params.items()}
try:
    chart = store_access.store().of(page_data.chart_of, name, sc.filters, sc.documents, options)
except ValueError as error:
    st.error(escape_markdown(f"Cannot draw this chart: {error}"))
    st.stop()
if chart.n == 0:
    st.info(escape_markdown(f"{chart.title}: no figures match this chart's settings. {chart.source}."))
    st.stop()
st.vega_lite_chart(chart.spec, theme=None, alt=chart.alt)
