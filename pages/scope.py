"""The document / country / year scope every page shares, and whether only figures a reviewer checked are shown:
the sidebar's filters, kept in the URL and for the session's other pages, and the Scope they choose."""

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from figures import queries
from figures.api_link import api_url
from figures.markdown import escape_markdown
from figures.schema import CHECKED_REVIEWS
from figures.sql import Filters
from pages.store_access import load
from pages.words import count_of

KEYS = ("doc", "country", "year")
# ?checked=1 limits every chart and table to figures a reviewer verified or corrected.
CHECKED = "checked"
CHECKED_ON = ["1"]


@dataclass(frozen=True)
class Scope:
    """The documents in the current document/country/year scope, and the filters choosing their figures."""

    documents: pd.DataFrame
    filters: Filters
    params: dict

    @property
    def label(self) -> str:
        return count_of(len(self.documents), "document")


def _doc_label(documents: pd.DataFrame):
    titles = dict(zip(documents["doc_id"], documents["title"].fillna("(untitled)")))
    years = dict(zip(documents["doc_id"], documents["year"]))

    def label(doc_id: str) -> str:
        year = years.get(doc_id)
        return f"{titles.get(doc_id, doc_id)}" + (f" ({year})" if pd.notna(year) and str(year) not in str(titles.get(doc_id)) else "")
    return label


def _options(documents: pd.DataFrame) -> dict[str, list[str]]:
    """The values each scope filter offers, as the strings they have in the URL."""
    return {"doc": list(documents["doc_id"]),
            "country": sorted(str(c) for c in documents["country"].dropna().unique()),
            "year": [str(y) for y in sorted(int(y) for y in documents["year"].dropna().unique())]}


def _keep(key: str) -> None:
    """A scope filter changed: remember it for the session's other pages and put it in the URL."""
    chosen = list(st.session_state[f"scope-{key}"])
    st.session_state[f"_scope-{key}"] = chosen
    _in_url(key, chosen)


def _in_url(key: str, chosen: list[str]) -> None:
    """Write one scope filter into the page's URL (or take it out when nothing is chosen)."""
    if st.query_params.get_all(key) == chosen:
        return
    if chosen:
        st.query_params[key] = chosen
    elif key in st.query_params:
        del st.query_params[key]


def _keep_checked() -> None:
    """The checked-only switch changed: remember it for the session's other pages and put it in the URL."""
    chosen = CHECKED_ON if st.session_state[f"scope-{CHECKED}"] else []
    st.session_state[f"_scope-{CHECKED}"] = chosen
    _in_url(CHECKED, chosen)


def sidebar() -> None:
    """The document / country / year filters and the checked-only switch in the sidebar of every page.

    A link carrying any of ?doc=&country=&year=&checked= sets the whole scope; a page address without them keeps
    the session's last scope (moving between pages), and it is written back into that page's URL.
    """
    documents = load()
    options = _options(documents) | {CHECKED: CHECKED_ON}
    from_url = any(st.query_params.get_all(key) for key in (*KEYS, CHECKED))
    for key in (*KEYS, CHECKED):
        wanted = st.query_params.get_all(key) if from_url else st.session_state.get(f"_scope-{key}", [])
        chosen = [v for v in dict.fromkeys(wanted) if v in options[key]]
        st.session_state[f"_scope-{key}"] = chosen
        st.session_state[f"scope-{key}"] = bool(chosen) if key == CHECKED else chosen
        _in_url(key, chosen)
    labels = {"doc": ("Documents", _doc_label(documents), "All documents"),
              "country": ("Country", str, "All countries"), "year": ("Report year", str, "All years")}
    with st.sidebar:
        st.header("Scope")
        for key in KEYS:
            label, shown, placeholder = labels[key]
            st.multiselect(label, options[key], key=f"scope-{key}", format_func=shown, placeholder=placeholder,
                           on_change=_keep, args=(key,))
        st.toggle("Only figures a reviewer checked", key=f"scope-{CHECKED}", on_change=_keep_checked,
                  help="Every chart and table shows only the figures a reviewer verified or corrected.")
        if api := api_url():
            st.page_link(api, label="Data as JSON/SQL", icon=":material/data_object:")


def current(params: dict | None = None) -> Scope:
    """The current scope: from the sidebar widgets, or from `params` (the Embed page's URL).

    Values of `params` that no stored document has are named in a warning and match nothing; `checked` (["1"])
    keeps only the figures a reviewer verified or corrected."""
    documents = load()
    if params is None:
        params = {k: list(st.session_state.get(f"_scope-{k}") or []) for k in (*KEYS, CHECKED)}
    checked = [str(v) for v in params.get(CHECKED) or []] == CHECKED_ON
    options = _options(documents)
    asked = {k: [str(v) for v in params.get(k) or []] for k in KEYS}
    params = {k: [v for v in asked[k] if v in options[k]] for k in KEYS}
    unknown = [f"{k}={v}" for k in KEYS for v in asked[k] if v not in options[k]]
    if unknown:
        st.warning(escape_markdown("Not in the store, so matching nothing: " + ", ".join(unknown)))
    chosen = queries.documents_in_scope(documents, doc_ids=params["doc"], countries=params["country"],
                                        years=params["year"])
    if any(asked[k] and not params[k] for k in KEYS):
        chosen = chosen.iloc[0:0]
    doc_ids = None if len(chosen) == len(documents) else tuple(chosen["doc_id"])
    kept = {k: v for k, v in params.items() if v} | ({CHECKED: CHECKED_ON} if checked else {})
    return Scope(chosen, Filters(doc_ids=doc_ids, reviews=CHECKED_REVIEWS if checked else ()), kept)
