"""Overview: the documents loaded, figures by theme and category, the four headline groups, the flags."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import charts, page_data, queries
from pages import chart_view, figure_lists, scope, store_access, tables, words

sc = scope.current()
store = store_access.store()
st.title("Reported figures: overview")
words.intro(f"{words.count_of(store.count(sc.filters), 'figure')} from {sc.label}: every number the reports state, "
            "with its unit, its meaning and the sentence it comes from, counted by theme and by kind.")

st.subheader("Documents loaded")
tables.documents_table(sc.documents, ["title", "publisher", "country", "year", "n_figures", "source_url"])

st.subheader("Headline numbers")
for col, head in zip(st.columns(len(queries.MAIN_GROUPS)), store.of(page_data.headlines, sc.filters)):
    with col:
        st.metric(f"{head.label}: figures stated", head.n_figures,
                  help="Statutory figures (what the law prescribes) included in the count.")
        words.safe_text(f"{head.n_imposed} reported as happened (not statutory).", small=True)
        if head.largest_subject:
            words.safe_text(f"Largest: {head.largest}", bold=True)
            words.safe_text(head.largest_subject, small=True)

st.subheader("What the figures count")
# Only the open tab's chart is built and drawn: the other one waits for its tab to be chosen.
tabs = dict(zip(("theme", "category"), st.tabs(["By theme", "By category"], key="counts-by", on_change="rerun")))
source = charts.source_line(store.sections(sc.filters), sc.documents)
counts = store.counts_by_each(("theme", "category"), sc.filters)
for by, tab in tabs.items():
    if tab.open:
        with tab:
            chart_view.show_chart(chart_view.built(charts.counts_chart_of, counts[by], source, by), sc)

st.subheader("Cross-check flags")
flags = store.of(page_data.flags, sc.filters)
n_flags, n_flagged = store.count_flags(sc.filters)
if flags.empty:
    st.success("The cross-checks raised no flags on these figures.")
else:
    words.safe_text(f"{words.count_of(n_flags, 'flag')} on {words.count_of(n_flagged, 'figure')}: changes and comparisons "
                    "the report states, counts that sources give differently, parts that do not add up to their "
                    "total, dollar amounts far from the exchange rate. Check each against its sentence before quoting.")
    figure_lists.flag_list(flags, n_flags, n_flagged, sc)

st.subheader("Across years")
recurring = store.of(page_data.recurring, sc.filters)
if recurring.empty:
    st.info("No figure recurs across years yet: load another year's report of the same country on the "
            "Documents page to follow figures over time.")
else:
    chart_view.show_chart(chart_view.built(charts.across_years_chart, recurring, sc.documents), sc)
