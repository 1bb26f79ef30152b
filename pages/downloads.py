"""CSV downloads of a page's table: the rows on screen and every row its filters choose, under the table and in
the sidebar."""

import pandas as pd
import streamlit as st

from figures import export, page_data
from figures.sql import Filters
from pages.store_access import store

CSV_NOTE = ("CSV files keep the codes (prison_term, up_to, 2020-01..2020-10) as listed in the README's figures "
            "table, so Excel and scripts can filter on them; the grid above shows them as words.")

# Up to this many rows a full CSV is written with the page; more only when its button is pressed.
EAGER_CSV_ROWS = 5_000


def csv_downloads(on_screen: pd.DataFrame, all_rows: Filters, name: str, table=lambda rows: rows, *,
                  n_all: int | None = None) -> None:
    """Two CSV downloads: exactly the rows on screen, and every row the `all_rows` filters choose (as `table`
    makes them: up to EAGER_CSV_ROWS rows written once per version of the store and shared by sessions, more a chunk
    at a time when the button is pressed). Codes are kept
    as data. They stand under the table and again in the sidebar, which comes before the menu in the keyboard's
    order, so they are a few Tab presses from the top of the page."""
    current = store()
    n_all = current.count(all_rows) if n_all is None else n_all

    def every_row():
        return export.csv_file(page_data.table_chunks(current, all_rows, table))
    every = current.of(page_data.table_csv, all_rows, table) if n_all <= EAGER_CSV_ROWS else every_row
    buttons = ((f"the {len(on_screen)} rows on screen", export.to_excel_csv(on_screen), f"{name}-filtered.csv", "screen"),
               (f"all {n_all} rows", every, f"{name}-all.csv", "all"))
    for col, (label, data, file_name, which) in zip(st.columns(2), buttons):
        col.download_button(f"CSV of {label}", data=data, file_name=file_name, mime="text/csv",
                            key=f"csv-{which}-{name}", on_click="ignore")
    st.caption(CSV_NOTE)
    with st.sidebar:
        st.subheader("Download")
        for label, data, file_name, which in buttons:
            st.download_button(f"CSV: {label}", data=data, file_name=file_name, mime="text/csv",
                               key=f"side-csv-{which}-{name}", on_click="ignore", width="stretch")
