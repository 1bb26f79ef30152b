"""Lists of figures each with a link opening it in the Explorer (scope kept): cross-check flags, charted points."""

import pandas as pd
import streamlit as st

from figures import export, page_data, queries
from pages.scope import Scope
from pages.store_access import store
from pages.words import safe_lines


def flag_list(flags: pd.DataFrame, n_flags: int, n_flagged: int, sc: Scope) -> None:
    """Cross-check flags grouped by figure: the figure as written, its subject, each flag's message in
    full, and a link opening the figure in the Explorer (within this session, scope kept); the CSV of
    every flag is written when its button is pressed."""
    by_figure = flags.groupby("figure_id", sort=False)
    figure_ids = list(by_figure.groups)
    with st.container(height=min(640, 30 + 110 * len(figure_ids)), border=True):
        for figure_id, rows in by_figure:
            first = rows.iloc[0]
            text, link = st.columns([5, 1], vertical_alignment="center")
            with text:
                flagged = [(f"{queries.check_label(flag.code)}: {flag.message}", "") for flag in rows.itertuples()]
                safe_lines([(f"“{first['mention']}” — {first['subject']}", "bold"), *flagged,
                            (str(first["doc_title"]), "small")])
            link.page_link("pages/explorer.py", label="Open in Explorer", icon=":material/search:",
                           query_params={"fig": figure_id, **sc.params})
    if n_flagged > len(figure_ids):
        st.caption(f"The first {len(figure_ids)} of {n_flagged} flagged figures; the CSV holds every flag.")
    st.download_button(f"CSV of the {n_flags} flags",
                       data=lambda: export.to_excel_csv(page_data.flags(store(), sc.filters, limit=None)),
                       file_name="cross-check-flags.csv", mime="text/csv", key="csv-flags", on_click="ignore")


def point_list(points: pd.DataFrame, sc: Scope) -> None:
    """Each charted point as its year and group, the figure as written and its sentence, with a link opening it in
    the Explorer (scope kept)."""
    with st.container(height=min(640, 30 + 110 * len(points)), border=True):
        for point in points.itertuples(index=False):
            text, link = st.columns([5, 1], vertical_alignment="center")
            with text:
                safe_lines([(f"{point.year} · {point.group}: “{point.mention}”", "bold"),
                            (str(point.sentence), "small")])
            link.page_link("pages/explorer.py", label="Open in Explorer", icon=":material/search:",
                           query_params={"fig": point.figure_id, **sc.params})
