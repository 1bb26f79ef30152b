"""Reported Figures dashboard: `streamlit run app.py`. Pages live in pages/; data comes from figures/."""

import streamlit as st

from pages import common

st.set_page_config(page_title="Reported Figures", page_icon="📊", layout="wide")

PAGES = {
    "Figures": [
        st.Page("pages/overview.py", title="Overview", icon="🏠", default=True),
        st.Page("pages/fines.py", title="Fines", icon="💰", url_path="fines"),
        st.Page("pages/sentences.py", title="Sentences", icon="⚖️", url_path="sentences"),
        st.Page("pages/casualties.py", title="Casualties", icon="🕯️", url_path="casualties"),
        st.Page("pages/justice.py", title="Complaints, cases & detentions", icon="📁", url_path="justice"),
        st.Page("pages/explorer.py", title="Explorer", icon="🔎", url_path="explorer"),
    ],
    "Reports": [
        st.Page("pages/documents.py", title="Documents", icon="📄", url_path="documents"),
        st.Page("pages/embed.py", title="Embed a chart", icon="🖼️", url_path="embed"),
    ],
}

page = st.navigation(PAGES)
if page.url_path != "embed":
    common.sidebar_scope()
page.run()
