"""Documents: the reports loaded, adding one (file or pasted text), removing one, correcting its details."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import pandas as pd
import streamlit as st

from figures import access, ingest
from figures.markdown import escape_markdown
from figures.store import StoreError
from pages import store_access, tables, who_may_write, words

st.title("Documents")
if "documents-message" in st.session_state:
    st.success(escape_markdown(st.session_state.pop("documents-message")))
documents = store_access.load()
words.safe_text(f"{len(documents)} document(s) in the store. Figures of every loaded document appear on all pages; "
                "the sidebar narrows them by document, country and year.")
tables.documents_table(documents, ["title", "publisher", "country", "year", "language", "format", "n_figures",
                                  "ingested_at", "source_url"])
if who_may_write.refusal():
    if access.read_only():
        st.info("This dashboard is published read-only: documents cannot be added, removed or corrected here.")
    who_may_write.sign_in_offer("add, remove or correct documents")
    st.stop()

st.subheader("Add a document")
with st.form("add-document", clear_on_submit=False):
    upload = st.file_uploader("A report file (text, HTML or PDF)", type=["txt", "md", "html", "htm", "pdf"])
    pasted = st.text_area("…or paste its text", height=150)
    c1, c2 = st.columns(2)
    title = c1.text_input("Title")
    publisher = c2.text_input("Publisher")
    country = c1.text_input("Country")
    year = c2.number_input("Year the report covers", min_value=1900, max_value=2100, value=None, step=1)
    source_url = st.text_input("Source URL")
    submitted = st.form_submit_button("Add document", type="primary")

if submitted:
    if upload is None and not pasted.strip():
        st.error("Choose a file or paste the text of a document first.")
    else:
        data, name = (upload.getvalue(), upload.name) if upload is not None else (pasted, ingest.PASTED_NAME)
        bar, progress = words.progress_bar(f"Reading {name}")
        try:
            result = ingest.ingest(
                store_access.store(), data, name, title=title or None, publisher=publisher or None,
                country=country or None, year=int(year) if year else None, source_url=source_url or None,
                progress=progress)
        except (ingest.DocumentError, StoreError) as error:
            bar.empty()
            st.error(escape_markdown(error))
        else:
            bar.empty()
            st.session_state["documents-message"] = (
                f"Added {name}: {result.summary()}." if result.added else
                f"{name} is already in the store ({result.n_figures} figures); its details were updated.")
            st.rerun()

titles = dict(zip(documents["doc_id"], documents["title"].fillna("(untitled)") + " — " + documents["doc_id"]))
st.subheader("Remove a document")
if documents.empty:
    st.info("No documents to remove.")
else:
    with st.form("remove-document"):
        doc_id = st.selectbox("Document", list(documents["doc_id"]), format_func=titles.get)
        sure = st.checkbox("Yes, remove this document and its figures")
        removed = st.form_submit_button("Remove")
    if removed:
        if not sure:
            st.warning("Tick the box to confirm the removal.")
        else:
            try:
                if store_access.store().remove(doc_id):
                    st.session_state["documents-message"] = f"Removed {titles[doc_id]} and its figures."
                    st.rerun()
            except StoreError as error:
                st.error(escape_markdown(f"Not removed: {error.reason}."))

st.subheader("Correct a document's details")
if documents.empty:
    st.info("No documents to correct.")
else:
    chosen = st.selectbox("Document to correct", list(documents["doc_id"]), format_func=titles.get, key="edit-doc")
    doc = documents.set_index("doc_id").loc[chosen]
    with st.form(f"edit-{chosen}"):
        c1, c2 = st.columns(2)
        edited = {
            "title": c1.text_input("Title", value=doc["title"] or "", key=f"edit-title-{chosen}"),
            "publisher": c2.text_input("Publisher", value=doc["publisher"] or "", key=f"edit-publisher-{chosen}"),
            "country": c1.text_input("Country", value=doc["country"] or "", key=f"edit-country-{chosen}"),
            "year": c2.number_input("Year the report covers", min_value=1900, max_value=2100, step=1,
                                    value=None if pd.isna(doc["year"]) else int(doc["year"]),
                                    key=f"edit-year-{chosen}"),
            "source_url": st.text_input("Source URL", value=doc["source_url"] or "", key=f"edit-source-{chosen}"),
        }
        saved = st.form_submit_button("Save details")
    if saved:
        changes = {field: (int(value) if field == "year" and value else value or None) for field, value in edited.items()}
        bar, progress = words.progress_bar("Saving")
        try:
            result = ingest.update_metadata(store_access.store(), chosen, progress=progress, **changes)
        except StoreError as error:
            bar.empty()
            st.error(escape_markdown(f"Not saved: {error.reason}."))
            st.stop()
        bar.empty()
        st.session_state["documents-message"] = (
            f"Saved the details of {changes['title'] or chosen}"
            + (f"; its figures were read again with the new year ({result.n_figures} figures)." if result.refreshed
               else "."))
        st.rerun()
