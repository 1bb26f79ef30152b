"""Reported Figures dashboard: `streamlit run app.py`. Pages live in pages/; data comes from figures/.

The navigation is drawn first, before the figures modules are imported and before the first start reads the
bundled report, so a reader sees the app's own menu at once and the first start's progress under it.
"""

import streamlit as st

from pages.app_menu import mark_through_app

st.set_page_config(page_title="Reported Figures", page_icon=":material/bar_chart:", layout="wide")

PAGES = [  # one line per page, in menu order
    st.Page("pages/overview.py", title="Overview", icon=":material/home:", default=True),
    st.Page("pages/fines.py", title="Fines", icon=":material/payments:", url_path="fines"),
    st.Page("pages/sentences.py", title="Sentences", icon=":material/gavel:", url_path="sentences"),
    st.Page("pages/casualties.py", title="Casualties", icon=":material/personal_injury:", url_path="casualties"),
    st.Page("pages/justice.py", title="Complaints, cases & detentions", icon=":material/folder_open:", url_path="justice"),
    st.Page("pages/compare.py", title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    st.Page("pages/explorer.py", title="Explorer", icon=":material/search:", url_path="explorer"),
    st.Page("pages/review.py", title="Review queue", icon=":material/fact_check:", url_path="review"),
    st.Page("pages/documents.py", title="Documents", icon=":material/description:", url_path="documents"),
    st.Page("pages/embed.py", title="Embed a chart", icon=":material/code:", url_path="embed"),
]

# An embedded chart (the Embed page in an iframe) shows no navigation or filters.
embedded = (st.context.url or "").rstrip("/").endswith("/embed")
page = st.navigation(PAGES, position="hidden" if embedded else "top")
mark_through_app()

with st.spinner("Starting the dashboard…"):
    from pages import scope  # noqa: E402  (seconds on a fresh server: imported after the menu is drawn)

if page.url_path != "embed":
    scope.sidebar()
page.run()
