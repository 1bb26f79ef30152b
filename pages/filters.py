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
    text = cols[1].text_input("Search who, subject and text", key=f"{prefix}q", bind="query-params",
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


def url_multiselect(label: str, options: list[str], key: str, format_func, placeholder: str) -> list[str]:
    """A multiselect whose choices are kept in the URL as their codes (?key=code&key=code), the codes CSV files
    hold; a label in the URL (a link made when labels were kept) chooses its option too, and is written back as
    its code. Anything else in the URL is left out."""
    wanted = st.query_params.get_all(key)
    by_label = {str(format_func(o)).casefold(): o for o in options}
    default = list(dict.fromkeys(w if w in options else by_label[w.casefold()] for w in wanted
                                 if w in options or w.casefold() in by_label))
    chosen = st.multiselect(label, options, default=default, format_func=format_func, placeholder=placeholder,
                            key=f"url-{key}-{'&'.join(default)}")
    if chosen:
        st.query_params[key] = chosen
    elif key in st.query_params:
        del st.query_params[key]
    return chosen
