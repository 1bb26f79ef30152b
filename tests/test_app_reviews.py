"""Reviewing on the dashboard, run with Streamlit's AppTest on a real store: verify one figure, correct another's
category, reject a third in the Explorer; charts and CSV downloads follow; re-extraction keeps the reviews; a changed
text orphans one, listed on the review queue page; names and notes are shown as text."""

import sqlite3

import pytest

from figures.ingest import ingest, reextract
from figures.store import Store
from figures.sql import Filters
from test_app_pages import caption_text, chart_specs, csv_rows, downloads, open_page, shown  # noqa: F401 (downloads is a fixture)
from test_review_store import KEY, NOTE

PAYLOAD = "<b>Ines</b> [click](http://example.org) **bold**"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    path = tmp_path_factory.mktemp("app-reviews") / "figures.sqlite"
    ingest(Store(path), NOTE, "velmora.txt", year=2021, key=KEY, title="Velmora monitoring note",
           country="Testland")
    return path


@pytest.fixture
def db(made, tmp_path, monkeypatch):
    target = tmp_path / "figures.sqlite"
    src, dst = sqlite3.connect(made), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(target))
    return target


def figure_id(db, mention: str) -> str:
    rows = Store(db).figures()
    return rows[rows["mention"] == mention]["figure_id"].iloc[0]


def review_in_explorer(db, mention: str, action: str, name: str = "Ines Varga", note: str = "", category: str = ""):
    fid = figure_id(db, mention)
    at = open_page("pages/explorer.py", {"fig": fid})
    at.text_input(key="reviewer-input").input(name).run()
    if note:
        at.text_input(key=f"review-note-{fid}").input(note).run()
    if category:
        at.selectbox(key=f"correct-{fid}-category").set_value(category)
        next(b for b in at.button if b.label == "Save correction").click().run()
    else:
        at.button(key=f"review-{action}").click().run()
    assert not at.exception, at.exception
    return at


def review_three(db) -> None:
    review_in_explorer(db, "14", "verified")
    review_in_explorer(db, "310", "corrected", category="prisoners")
    review_in_explorer(db, "6", "rejected", note="part of a place name")


def states(db) -> dict:
    rows = Store(db).figures(filters=Filters(rejected=True))
    return dict(zip(rows["mention"], zip(rows["review"], rows["category"])))


def test_explorer_verifies_corrects_and_rejects_and_the_panel_says_what_changed(db):
    review_three(db)
    assert states(db) == {"14": ("verified", "detentions"), "80,000 tenge": ("unreviewed", "fine"),
                          "310": ("corrected", "prisoners"), "6": ("rejected", "deaths")}
    at = open_page("pages/explorer.py", {"fig": figure_id(db, "310")})
    texts = " ".join(h.value for h in at.get("html"))
    assert "category: prisoners, corrected from population by Ines Varga on" in texts


def test_charts_and_csv_follow_the_reviews(db, downloads):
    review_three(db)
    at = _by_category(open_page("pages/overview.py"))
    drawn = " ".join(str(spec) for spec in chart_specs(at))
    assert "Prisoners" in drawn and "Deaths" not in drawn
    rows = _every_row(open_page("pages/explorer.py"), downloads)
    assert (rows["310"]["category"], rows["310"]["review"], rows["6"]["review"]) == ("prisoners", "corrected",
                                                                                      "rejected")


def _every_row(at, downloads) -> dict:
    """The rows of a page's "CSV of all rows" download, by the figure as written."""
    button = next(b for b in at.get("download_button") if b.proto.label.startswith("CSV of all"))
    return {r["mention"]: r for r in csv_rows(downloads(button))}


def test_the_full_csv_shared_by_sessions_follows_a_review_saved_after_it_was_written(db, downloads):
    assert _every_row(open_page("pages/explorer.py"), downloads)["310"]["review"] == "unreviewed"
    review_in_explorer(db, "310", "verified")
    assert _every_row(open_page("pages/explorer.py"), downloads)["310"]["review"] == "verified"


def test_reviews_survive_re_extraction_and_a_changed_text_orphans_one_on_the_queue_page(db):
    review_three(db)
    store = Store(db)
    reextract(store, list(store.documents()["doc_id"]))
    assert states(db)["310"] == ("corrected", "prisoners") and states(db)["6"][0] == "rejected"
    ingest(store, NOTE.replace("310 people", "325 people"), "velmora-v2.txt", year=2021, key=KEY)
    at = open_page("pages/review.py")
    assert not at.exception, at.exception
    orphans = at.dataframe[-1].value
    assert list(orphans["mention"]) == ["310"] and list(orphans["action"]) == ["corrected"]
    assert at.get("progress")[0].proto.text == "2 of 4 reviewed"


def test_the_queue_page_reviews_the_least_confident_figure_and_moves_to_the_next(db):
    at = open_page("pages/review.py")
    assert at.get("progress")[0].proto.text == "0 of 4 reviewed"
    first = at.dataframe[0].value["mention"].iloc[0]
    at.text_input(key="reviewer-input").input("Tom Reyes").run()
    at.button(key="review-verified").click().run()
    at.button(key="review-next").click().run()
    assert not at.exception, at.exception
    assert at.get("progress")[0].proto.text == "1 of 4 reviewed"
    assert first not in list(at.dataframe[0].value["mention"])
    assert states(db)[first][0] == "verified"


def test_a_review_without_a_name_is_refused_with_a_message(db):
    at = review_in_explorer(db, "14", "verified", name="")
    assert "reviewer's name" in at.error[0].value
    assert states(db)["14"][0] == "unreviewed"


def test_reviewer_names_and_notes_are_shown_as_text(db):
    review_in_explorer(db, "14", "verified", name=PAYLOAD, note=PAYLOAD)
    at = open_page("pages/explorer.py", {"fig": figure_id(db, "14")})
    texts = " ".join(h.value for h in at.get("html"))
    assert "&lt;b&gt;Ines&lt;/b&gt;" in texts and "<b>Ines" not in texts
    assert all("](http" not in m.value for m in at.markdown)


def test_a_read_only_dashboard_offers_no_write_on_any_page(db, monkeypatch):
    monkeypatch.setenv("REPORTED_FIGURES_READONLY", "1")
    for page, query in (("pages/explorer.py", {"fig": figure_id(db, "14")}), ("pages/review.py", {}),
                        ("pages/documents.py", {}), ("pages/embed.py", {})):
        at = open_page(page, query)
        assert not at.exception, at.exception
        assert not [b.label for b in at.button], page
        assert not at.get("file_uploader") and not at.text_area, page


def test_a_session_sending_a_review_to_a_read_only_dashboard_is_refused(db, monkeypatch):
    fid = figure_id(db, "14")
    at = open_page("pages/explorer.py", {"fig": fid})
    at.text_input(key="reviewer-input").input("Ines Varga").run()
    monkeypatch.setenv("REPORTED_FIGURES_READONLY", "1")
    at.button(key="review-verified").click().run()
    assert shown(at.error[0].value).startswith("Not saved: this dashboard is read-only")
    assert states(db)["14"][0] == "unreviewed" and Store(db).reviews().empty


def test_a_store_refusing_writes_refuses_ingestion_removal_and_reviews(db):
    from figures import reviewing
    from figures.store import StoreError

    store = Store(db).refusing_writes("published read-only")
    before = (store.documents(), store.figures())
    for write in (lambda: reviewing.record(store, store.figures().iloc[0].to_dict(), "verified", "Ines"),
                  lambda: ingest(store, "Police detained 9 people.", "other.txt"),
                  lambda: store.remove(before[0]["doc_id"].iloc[0])):
        with pytest.raises(StoreError, match="published read-only"):
            write()
    assert len(Store(db).documents()) == len(before[0]) and len(Store(db).figures()) == len(before[1])


def _page_figures(at) -> str:
    """What a page draws and tables: its charts' specs and its grids' figures as written."""
    grids = " ".join(" ".join(map(str, frame.value.get("mention", []))) for frame in at.dataframe)
    return " ".join(str(spec) for spec in chart_specs(at)) + " " + grids


@pytest.mark.parametrize("page, query, left_out", [
    ("pages/overview.py", {}, "Fine"), ("pages/fines.py", {}, "80,000"), ("pages/explorer.py", {}, "80,000"),
    ("pages/embed.py", {"chart": "fines"}, "80,000")])
def test_the_checked_only_switch_limits_every_chart_and_table_to_verified_and_corrected_figures(db, page, query,
                                                                                                left_out):
    review_three(db)
    assert left_out in _page_figures(_by_category(open_page(page, query)))
    at = _by_category(open_page(page, query | {"checked": "1"}))
    assert not at.exception, at.exception
    assert left_out not in _page_figures(at)


def _by_category(at):
    """The page with the Overview's count of figures by category chosen, as a reader chooses its tab (other pages
    have no such tab)."""
    if "counts-by" in at.session_state:
        at.session_state["counts-by"] = "By category"
        at.run()
    return at


def test_the_checked_only_switch_is_kept_in_the_url_and_on_the_next_page_and_the_source_line_counts_checked(db):
    review_three(db)
    at = open_page("pages/overview.py")
    at.toggle(key="scope-checked").set_value(True).run()
    assert at.query_params.get("checked") in ("1", ["1"])
    assert "Checked by a reviewer: 2 of 2 figures shown" in caption_text(chart_specs(at)[0])
    at.switch_page("pages/explorer.py")
    at.query_params.clear()  # a menu link: the new page's address carries no filters
    at.run()
    assert set(at.dataframe[0].value["mention"]) == {"14", "310"}


def test_a_link_with_the_checked_only_switch_sets_it_and_turning_it_off_takes_it_out_of_the_url(db):
    review_three(db)
    at = open_page("pages/overview.py", {"checked": "1"})
    assert at.toggle(key="scope-checked").value
    at.toggle(key="scope-checked").set_value(False).run()
    assert "checked" not in at.query_params
    assert "Checked by a reviewer: 2 of 3 figures shown" in caption_text(chart_specs(at)[0])
