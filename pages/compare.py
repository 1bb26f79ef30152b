"""Compare: one measure by year, one line per country or source, each point opening its sentence."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st

from figures import page_data, series
from pages import chart_view, figure_lists, filters, scope, store_access, words

sc = scope.current()
store = store_access.store()
st.title("Compare")
words.intro("One measure across years, countries and sources. Figures measure the same thing when their series key "
            "agrees: category, statutory or not, unit kind and the counted thing reduced to its lemmas (shown under "
            "the chart). Each point is the first figure a country or source states for a year; open it to read its "
            "sentence.")
found = store.of(page_data.measures, sc.filters)
if found.empty:
    st.info("No measure recurs across years or countries in scope yet: load another year's or another country's "
            "report on the Documents page, or widen the scope in the sidebar.")
    st.stop()
about = {r.series: f"{r.label} · {r.years} year(s), {r.countries} countr{'y' if r.countries == 1 else 'ies'}"
         for r in found.itertuples(index=False)}
left, right = st.columns([3, 1])
with left:
    key = filters.url_selectbox("Measure", list(found["series"]), "measure", about.get)
by = right.segmented_control("One line per", ["country", "source"], default="country", key="by",
                             bind="query-params") or "country"
chart = store.of(page_data.chart_of, "compare", sc.filters, sc.documents, {"measure": key, "by": by})
chart_view.show_chart(chart, sc)
words.safe_text(f"Series key: {key}", small=True)

st.subheader("The points, each with its sentence")
points = series.compare_points(store.of(page_data.series_rows, sc.filters, key), key, by)
figure_lists.point_list(points, sc)
