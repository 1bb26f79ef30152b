"""Complaints, cases and detentions: counts with their periods, so figures for different periods stand apart."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import charts, queries
from figures.sql import Filters
from pages import chart_view, downloads, filters, scope, tables, words

sc = scope.current()
st.title("Complaints, cases and detentions")
words.intro("Complaints, criminal cases, convictions, detentions and prisoners the reports count, each with the "
            "period it covers, so counts for different periods stand as separate bars.")
categories = filters.url_multiselect("Counting", list(queries.JUSTICE_CATEGORIES), "cat", queries.category_label,
                                     "All five")
chosen = categories or list(queries.JUSTICE_CATEGORIES)
rows = chart_view.chart_rows(filters.page_filters(sc.filters.narrowed(categories=chosen, statutory="imposed"),
                                                  prefix="justice-"))
chart_view.show_chart(chart_view.built(charts.justice_chart, rows, sc.documents, chosen), sc)

st.subheader("The figures on screen")
table = queries.justice_table(rows, chosen)
tables.figures_table(table)
downloads.csv_downloads(table, Filters(categories=queries.JUSTICE_CATEGORIES), "complaints-cases-detentions",
                        queries.justice_table)
