"""Casualties: deaths and injuries by event and theme."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import charts, queries
from figures.sql import Filters, group_filters
from pages import chart_view, downloads, filters, scope, tables, words

sc = scope.current()
st.title("Casualties")
words.intro("Deaths and injuries the reports state (number of people), one bar per figure by event, grouped by "
            "theme. Figures are shown as stated, not summed: reports often repeat a toll.")
rows = chart_view.chart_rows(filters.page_filters(group_filters(sc.filters, "casualties").narrowed(statutory="imposed"),
                                                  prefix="casualties-"))
chart_view.show_chart(chart_view.built(charts.casualties_chart, rows, sc.documents), sc)

st.subheader("The figures on screen")
table = queries.casualties_table(rows)
tables.figures_table(table)
downloads.csv_downloads(table, group_filters(Filters(), "casualties"), "casualties")
