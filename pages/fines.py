"""Fines: each fine in tenge beside US dollars, fines imposed apart from the maximums the law prescribes."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import charts, queries
from figures.sql import Filters, group_filters
from pages import chart_view, downloads, filters, scope, tables, words

sc = scope.current()
st.title("Fines")
words.intro("Every fine the reports state, in tenge beside its US dollar amount. Fines that courts or officials "
            "imposed are charted apart from the maximum fines the law prescribes; each point names who was fined where "
            "the report says, and its sentence is in the hover.")
rows = chart_view.chart_rows(filters.page_filters(group_filters(sc.filters, "fines"), prefix="fines-"))
st.subheader("Fines imposed")
chart_view.show_chart(chart_view.built(charts.fines_chart, rows, sc.documents, "imposed"), sc)
st.subheader("Maximum fines the law prescribes")
chart_view.show_chart(chart_view.built(charts.fines_chart, rows, sc.documents, "statutory"), sc)

st.subheader("The fines on screen")
table = queries.fines_table(rows)
tables.figures_table(table)
downloads.csv_downloads(table, group_filters(Filters(), "fines"), "fines")
