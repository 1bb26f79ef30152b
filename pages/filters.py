"""A page's own filters, kept in the URL: theme and text search, and choices kept as codes."""

import streamlit as st

from figures.sql import Filters
from pages.store_access import store


def page_filters(base: Filters, *, prefix: str = "", themes: bool = True) -> Filters:
    """Theme and text-search filters bound to the URL, added to the page's filters."""
    cols = st.columns([2, 3])
    chosen = []
    if themes:
        chosen = cols[0].multiselect("Theme", store().distinct("theme", base), key=f"{prefix}theme",
                                     bind="query-params", placeholder="All themes")
    text = cols[1].text_input("Search subject and sentence", key=f"{prefix}q", bind="query-params",
                              placeholder="e.g. journalist, ombudsman, fine")
    return base.narrowed(themes=chosen, text=text)


def url_selectbox(label: str, options: list[str], key: str, format_func) -> str:
    """A selectbox whose choice is kept in the URL as the option's code (?key=code), not as its label, so a shared
    link keeps working when labels change; an unknown code in the URL chooses the first option."""
    wanted = st.query_params.get(key)
    choice = st.selectbox(label, options, index=options.index(wanted) if wanted in options else 0,
                          format_func=format_func, key=f"url-{key}-{wanted}")
    st.query_params[key] = choice
    return choice
