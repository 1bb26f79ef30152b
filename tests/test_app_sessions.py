"""Two sessions of one dashboard server share its store (opened once per server): what one writes — a review, a
corrected document's details, a new text version — the other's pages, Explorer and CSV show on their next run,
without a restart or a stale cache. Run with Streamlit's AppTest on a real store."""

import pytest

from figures.ingest import ingest
from figures.store import Store
from test_app_pages import csv_rows, downloads, open_page  # noqa: F401 (downloads is a fixture)
from test_app_reviews import db, figure_id, made, review_in_explorer  # noqa: F401 (db and made are fixtures)
from test_review_store import NOTE

SOURCE = "https://example.org/velmora-note"


def document_line(at) -> str:
    return next(h.value for h in at.get("html") if "Document: " in h.value)


def every_row_csv(at, downloads) -> dict:  # noqa: F811
    button = next(b for b in at.get("download_button") if b.proto.label.startswith("CSV of all"))
    return {row["mention"]: row for row in csv_rows(downloads(button))}


def test_a_review_saved_in_one_session_shows_in_another_sessions_explorer_at_once(db):
    reader = open_page("pages/explorer.py")
    assert set(reader.dataframe[0].value["review"]) == {"unreviewed"}
    review_in_explorer(db, "14", "verified")
    reader.run()
    shown = reader.dataframe[0].value
    assert shown.set_index("mention").loc["14", "review"] == "verified"


def test_corrected_document_details_reach_another_sessions_explorer_and_csv_at_once(db, downloads):
    reader = open_page("pages/explorer.py", {"fig": figure_id(db, "14")})
    assert "Velmora monitoring note" in document_line(reader)
    overview = open_page("pages/overview.py")
    assert list(overview.dataframe[0].value["country"]) == ["Testland"]
    editor = open_page("pages/documents.py")
    doc_id = Store(db).documents()["doc_id"].iloc[0]
    editor.selectbox(key="edit-doc").select(doc_id).run()
    editor.text_input(key=f"edit-title-{doc_id}").input("Velmora field report")
    editor.text_input(key=f"edit-country-{doc_id}").input("Eastland")
    editor.button(key=f"FormSubmitter:edit-{doc_id}-Save details").click().run()
    assert not editor.exception, editor.exception
    reader.run()
    assert "Velmora field report" in document_line(reader)
    row = every_row_csv(reader, downloads)["14"]
    assert (row["doc_title"], row["doc_country"]) == ("Velmora field report", "Eastland")
    overview.run()
    documents = overview.dataframe[0].value
    assert (list(documents["title"]), list(documents["country"])) == (["Velmora field report"], ["Eastland"])


def test_a_new_text_version_added_in_one_session_replaces_the_figures_another_session_shows(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(tmp_path / "versions.sqlite"))
    ingest(Store(tmp_path / "versions.sqlite"), NOTE, "velmora.txt", year=2021, title="Velmora note",
           source_url=SOURCE)
    reader = open_page("pages/explorer.py")
    assert "310" in set(reader.dataframe[0].value["mention"])
    editor = open_page("pages/documents.py")
    editor.text_area[0].input(NOTE.replace("310 people", "325 people"))
    next(t for t in editor.text_input if t.label == "Source URL").input(SOURCE)
    next(b for b in editor.button if b.label == "Add document").click().run()
    assert not editor.exception, editor.exception
    reader.run()
    mentions = set(reader.dataframe[0].value["mention"])
    assert "325" in mentions and "310" not in mentions



def intro_line(at) -> str:
    return next(h.value for h in at.get("html") if "every number the reports state" in h.value)


def test_figures_added_outside_the_dashboard_reach_every_sessions_shared_answers_on_the_next_run(tmp_path,
                                                                                                  monkeypatch):
    path = tmp_path / "outside.sqlite"
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    ingest(Store(path), NOTE, "velmora.txt", year=2021, title="Velmora note", source_url=SOURCE)
    sessions = [open_page("pages/overview.py"), open_page("pages/overview.py")]
    assert all("from 1 document:" in intro_line(at) for at in sessions)
    ingest(Store(path), "Police detained 14 protesters in Aldoria on 3 March 2021.", "aldoria.txt", year=2021,
           title="Aldoria note", country="Aldoria")
    for at in sessions:
        at.run()
        assert "from 2 documents:" in intro_line(at)
        assert "Aldoria note" in list(at.dataframe[0].value["title"])
