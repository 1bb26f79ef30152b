"""Explorer: every figure in a searchable, filterable table; for the selected one, its provenance."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import page_data, queries
from figures.schema import KINDS
from figures.sql import Filters
from pages import downloads, filters, review_panel, scope, store_access, tables, words

sc = scope.current()
store = store_access.store()
st.title("Explorer")
words.intro("Every figure of the documents in scope, those a reviewer marked as not a figure too. Filter and search, "
            "then select a row to read its sentence with the figure highlighted, its section, its document and its "
            "cross-check flags, and to verify or correct it.")

c1, c2, c3, c4 = st.columns([3, 3, 2, 2])
themes = c1.multiselect("Theme", store.distinct("theme", sc.filters), key="theme", bind="query-params",
                        placeholder="All themes")
with c2:
    categories = filters.url_multiselect("Category", store.distinct("category", sc.filters), "category",
                                         queries.category_label, "All categories")
present = set(store.distinct("kind", sc.filters))
kinds = c3.multiselect("Kind", [k for k in KINDS if k in present], key="kind", bind="query-params",
                       format_func=str.capitalize, placeholder="All kinds")
statutory = c4.selectbox("Statutory", queries.STATUTORY_CHOICES, key="statutory", bind="query-params",
                         format_func={"all": "All figures", "imposed": "What happened",
                                      "statutory": "What the law prescribes"}.get)
c5, c6 = st.columns([3, 7])
periods = c5.multiselect("Period", store.distinct("period", sc.filters), key="period", bind="query-params",
                         format_func=queries.period_label, placeholder="Any period")
text = c6.text_input("Search who, subject and text", key="q", bind="query-params",
                     placeholder="e.g. torture, journalist, tenge")

chosen = sc.filters.narrowed(themes=themes, categories=categories, kinds=kinds, periods=periods,
                             statutory=statutory or "all", text=text, rejected=True)
n_matching = store.count(chosen)
n_pages = max(1, -(-n_matching // page_data.PAGE_ROWS))
page = 0
if n_pages > 1:
    page = st.number_input(f"Page (of {n_pages}, {page_data.PAGE_ROWS:,} rows each)", min_value=1,
                           max_value=n_pages, value=1, step=1, key="page") - 1
rows = page_data.explorer_rows(store, chosen, page)
words.safe_text(f"{n_matching} of {store.count(sc.filters.narrowed(rejected=True))} figures match. Select a row to see where the figure "
                "comes from.")


def _select_row() -> None:
    picked = st.session_state["explorer-table"].selection.rows
    if picked:
        st.session_state["fig"] = rows["figure_id"].iloc[picked[0]]


tables.figures_table(rows, key="explorer-table", on_select=_select_row)
downloads.csv_downloads(rows, Filters(rejected=True), "figures")

st.subheader("Selected figure")
selected = st.text_input("Figure id", key="fig", bind="query-params",
                         help="Select a row in the table above, or paste a figure id from a shared link.").strip()
found = store.figures(filters=sc.filters.narrowed(figure_ids=(selected,), rejected=True)) if selected else None
if selected and found.empty:
    st.warning("No figure with this id among the documents in scope.")
elif not selected:
    st.info("Select a row in the table to see the figure's sentence, section, document and cross-checks.")
else:
    fig = found.iloc[0]
    words.highlighted_sentence(fig)
    words.safe_text("Section: " + (fig["section"] or "(none)").replace(" > ", " › "))
    doc = sc.documents[sc.documents["doc_id"] == fig["doc_id"]]
    meta = doc.iloc[0] if len(doc) else None
    words.safe_text("Document: " + ", ".join(str(x) for x in (
        fig.get("doc_publisher"), fig["doc_title"], fig["doc_year"]) if x is not None and str(x) not in ("", "<NA>", "nan")))
    links = [(label, queries.web_link(meta[column])) for label, column in (("Open the source", "source_url"),
                                                                          ("Open the original", "original_url"))
             if meta is not None and queries.web_link(meta[column])]
    for col, (label, url) in zip(st.columns(max(len(links), 1)), links):
        col.link_button(label, url)
    details = queries.figure_details(fig)
    st.dataframe(details, hide_index=True, height=36 * (len(details) + 1) + 4,
                 column_config={"field": st.column_config.TextColumn("Field", width="medium"),
                                "value": st.column_config.TextColumn("Value", width="large")})
    flags = queries.parse_checks(fig["checks"])
    if flags:
        st.warning(f"{len(flags)} cross-check flag(s) on this figure: check them against the sentence before quoting.")
        related_ids = tuple(str(r) for flag in flags for r in flag.get("related") or [])
        related_rows = store.figures(filters=sc.filters.narrowed(figure_ids=related_ids)) if related_ids else found
        mentions = dict(zip(related_rows["figure_id"], related_rows["mention"]))
        for flag in flags:
            words.safe_text(f"{queries.check_label(flag.get('code', ''))}: {flag.get('message', '')}")
            for related in [r for r in flag.get("related") or [] if r in mentions]:
                text, link = st.columns([5, 2], vertical_alignment="center")
                with text:
                    words.safe_text(f"Related figure: “{mentions[related]}”", small=True)
                link.page_link("pages/explorer.py", label="Open the related figure", icon=":material/search:",
                               query_params={"fig": related, **sc.params})
    else:
        st.success("No cross-check flags on this figure.")
    review_panel.panel(fig.to_dict(), list(rows["figure_id"]))
