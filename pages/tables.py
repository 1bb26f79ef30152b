"""Figures and documents as read-only grids with readable headers and words for codes."""

import pandas as pd
import streamlit as st

from figures import queries
from pages.words import NOTHING_MATCHES

TABLE_COLUMNS = ("mention", "review", "value", "unit", "qualifier", "category", "kind", "statutory", "theme",
                 "period", "who", "subject", "attribution", "doc_title", "section", "figure_id")

FIGURE_COLUMNS = {
    "mention": st.column_config.TextColumn("Figure as written"),
    "review": st.column_config.TextColumn("Review", help="unreviewed, verified, corrected or rejected (not a figure)"),
    "value": st.column_config.NumberColumn("Value", format="localized"),
    "unit": st.column_config.TextColumn("Unit"),
    "qualifier": st.column_config.TextColumn("Qualifier"),
    "category": st.column_config.TextColumn("Category"),
    "kind": st.column_config.TextColumn("Kind"),
    "statutory": st.column_config.CheckboxColumn("Statutory"),
    "theme": st.column_config.TextColumn("Theme"),
    "period": st.column_config.TextColumn("Period"),
    "who": st.column_config.TextColumn("Who", help="Who the fine, sentence or detention falls on, as written"),
    "subject": st.column_config.TextColumn("Subject"),
    "attribution": st.column_config.TextColumn("According to"),
    "doc_title": st.column_config.TextColumn("Document"),
    "section": st.column_config.TextColumn("Section"),
    "figure_id": st.column_config.TextColumn("Figure id"),
}

DOCUMENT_COLUMNS = {
    "title": st.column_config.TextColumn("Title"),
    "publisher": st.column_config.TextColumn("Publisher"),
    "country": st.column_config.TextColumn("Country"),
    "year": st.column_config.NumberColumn("Year", format="%d"),
    "language": st.column_config.TextColumn("Language", help="The language of most of its text: en, ru, kk or other"),
    "format": st.column_config.TextColumn("Format"),
    "n_figures": st.column_config.NumberColumn("Figures", format="localized"),
    "ingested_at": st.column_config.TextColumn("Added"),
    "source_url": st.column_config.LinkColumn("Source"),
}


def table_columns(df: pd.DataFrame) -> list[str]:
    """The columns shown in tables: the readable ones first, in a fixed order."""
    return [c for c in TABLE_COLUMNS if c in df.columns]


def figures_table(rows: pd.DataFrame, *, key: str | None = None, on_select=None):
    """The rows as a read-only grid: readable columns and words for codes, blank cells empty;
    single-row selection when asked."""
    if rows.empty:
        st.info(f"No figures in this table: {NOTHING_MATCHES}")
        return None
    shown = queries.readable_table(rows[table_columns(rows)])
    if on_select is None:
        return st.dataframe(shown, hide_index=True, column_config=FIGURE_COLUMNS, placeholder="")
    return st.dataframe(shown, hide_index=True, column_config=FIGURE_COLUMNS, placeholder="", key=key,
                        on_select=on_select, selection_mode="single-row")


def documents_table(documents: pd.DataFrame, columns: list[str]) -> None:
    """The documents as a read-only grid with readable headers, blank cells empty; a source that is not
    an http(s) address (javascript:, data:, file:) is left out rather than made a link."""
    shown = documents[columns]
    if "source_url" in columns:
        shown = shown.assign(source_url=shown["source_url"].map(queries.web_link))
    st.dataframe(shown, hide_index=True, placeholder="", column_config={c: DOCUMENT_COLUMNS[c] for c in columns})
