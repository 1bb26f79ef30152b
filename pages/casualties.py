"""Casualties: deaths and injuries by event and theme."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import charts, queries
from figures.sql import Filters, group_filters
from pages import common

sc = common.scope()
st.title("Casualties")
common.intro("Deaths and injuries the reports state (number of people), one bar per figure by event, grouped by "
             "theme. Figures are shown as stated, not summed: reports often repeat a toll.")
rows = common.chart_rows(common.page_filters(group_filters(sc.filters, "casualties").narrowed(statutory="imposed"),
                                             prefix="casualties-"))
common.show_chart(charts.casualties_chart(rows, sc.documents), sc)

st.subheader("The figures on screen")
table = queries.casualties_table(rows)
common.figures_table(table)
common.csv_downloads(table, group_filters(Filters(), "casualties"), "casualties")
