"""Sentences: prison, probation, arrest, bans and compulsory work on one time axis."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import charts, queries
from figures.sql import Filters, group_filters
from pages import chart_view, downloads, filters, scope, tables, words

sc = scope.current()
st.title("Sentences")
words.intro("Prison terms, probation, administrative arrest, bans and compulsory work the reports state, on one "
            "time axis. Sentences imposed are charted apart from the penalties the law prescribes; hover a bar "
            "for who received it.")
rows = chart_view.chart_rows(filters.page_filters(group_filters(sc.filters, "sentences"), prefix="sentences-"))
unit = st.segmented_control("Time axis in", ["years", "months"], default="years", key="unit",
                            bind="query-params") or "years"
st.subheader("Sentences imposed")
chart_view.show_chart(chart_view.built(charts.sentences_chart, rows, sc.documents, "imposed", unit), sc)
st.subheader("Penalties the law prescribes")
chart_view.show_chart(chart_view.built(charts.sentences_chart, rows, sc.documents, "statutory", unit), sc)

st.subheader("The sentences on screen")
table = queries.sentences_table(rows)
tables.figures_table(table)
downloads.csv_downloads(table, group_filters(Filters(), "sentences"), "sentences")
