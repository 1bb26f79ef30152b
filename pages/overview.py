"""Overview: the documents loaded, figures by theme and category, the four headline groups, the flags."""

import streamlit as st

from figures import charts, queries
from pages import common

sc = common.scope()
st.title("Reported figures: overview")
common.intro(f"{common.count_of(len(sc.figures), 'figure')} from {sc.label}: every number the reports state, "
             "with its unit, its meaning and the sentence it comes from, counted by theme and by kind.")

st.subheader("Documents loaded")
common.documents_table(sc.documents, ["title", "publisher", "country", "year", "n_figures", "source_url"])

st.subheader("Headline numbers")
for col, head in zip(st.columns(len(queries.MAIN_GROUPS)), queries.headlines(sc.figures)):
    with col:
        st.metric(f"{head.label}: figures stated", head.n_figures,
                  help="Statutory figures (what the law prescribes) included in the count.")
        common.safe_text(f"{head.n_imposed} reported as happened (not statutory).", small=True)
        if head.largest_subject:
            common.safe_text(f"Largest: {head.largest}", bold=True)
            common.safe_text(head.largest_subject, small=True)

st.subheader("What the figures count")
by_theme, by_category = st.tabs(["By theme", "By category"])
with by_theme:
    common.show_chart(charts.counts_chart(sc.figures, sc.documents, "theme"), sc)
with by_category:
    common.show_chart(charts.counts_chart(sc.figures, sc.documents, "category"), sc)

st.subheader("Cross-check flags")
flags = queries.check_flags(sc.figures)
if flags.empty:
    st.success("The cross-checks raised no flags on these figures.")
else:
    common.safe_text(f"{common.count_of(len(flags), 'flag')} on {common.count_of(flags['figure_id'].nunique(), 'figure')}: changes and comparisons "
                     "the report states, counts that sources give differently, parts that do not add up to their "
                     "total, dollar amounts far from the exchange rate. Check each against its sentence before quoting.")
    common.flag_list(flags, sc)

st.subheader("Across years")
recurring = queries.across_years(sc.figures)
if recurring.empty:
    st.info("No figure recurs across years yet: load another year's report of the same country on the "
            "Documents page to follow figures over time.")
else:
    common.show_chart(charts.across_years_chart(sc.figures, sc.documents), sc)
