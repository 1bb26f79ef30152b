"""Markdown links and images hidden in a document's title and publisher, or in URL parameters, reach
every page (real app, Streamlit AppTest) only as escaped text: no element renders them as a link or image."""

import pytest

from figures.ingest import ingest
from figures.store import Store
from test_app_pages import open_page, shown

LINK = "[x](http://evil.example/a)"
IMAGE = "![x](http://evil.example/p.png)"
PAYLOAD = f"{LINK} {IMAGE}"
ESCAPED_LINK = r"\[x\]\(http\://evil\.example/a\)"
PAGES = ("pages/overview.py", "pages/fines.py", "pages/sentences.py", "pages/casualties.py", "pages/justice.py",
         "pages/explorer.py", "pages/documents.py", "pages/embed.py")
URL_PARAMETERS = {key: PAYLOAD for key in ("q", "fig", "chart", "statutory", "unit", "categories", "cat", "theme",
                                           "category", "kind", "period", "doc", "country", "year")}
MARKDOWN_ELEMENTS = ("markdown", "caption", "error", "warning", "info", "success", "exception", "toast", "title",
                     "header", "subheader")
NOTE = ("Police fined 3 activists 50,000 tenge each in March. A court sentenced 2 journalists to 5 years in "
        "prison. Attackers killed 4 villagers. The ombudsman received 120 complaints in 2020.")


@pytest.fixture
def hostile_store(tmp_path, monkeypatch):
    """A store whose one document has the payload as title and publisher, and a script as its source."""
    path = tmp_path / "hostile.sqlite"
    ingest(Store(path), NOTE, "note.txt", title=PAYLOAD, publisher=PAYLOAD, country="Testland", year=2020,
                       source_url="javascript:alert(document.cookie)")
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    return path


def markdown_bodies(at) -> list[str]:
    """The body of every element Streamlit renders as Markdown."""
    return [str(el.value) for kind in MARKDOWN_ELEMENTS for el in at.get(kind) if hasattr(el, "value")]


def assert_no_live_link(at) -> None:
    for body in markdown_bodies(at):
        assert "[x](" not in body and "![x]" not in body, body


@pytest.mark.parametrize("page", PAGES)
def test_title_and_url_parameters_never_render_as_markdown_links(hostile_store, page):
    at = open_page(page, URL_PARAMETERS)
    assert not at.exception, at.exception
    assert_no_live_link(at)


def test_bad_chart_parameter_is_shown_escaped_in_the_embed_error(hostile_store):
    at = open_page("pages/embed.py", {"chart": "fines", "statutory": PAYLOAD})
    assert_no_live_link(at)
    assert ESCAPED_LINK in at.error[0].value


def test_title_is_shown_escaped_in_the_embed_source_line(hostile_store):
    at = open_page("pages/embed.py", {"chart": "fines", "statutory": "statutory"})
    assert_no_live_link(at)
    assert ESCAPED_LINK in at.info[0].value and "Source" in at.info[0].value


def test_removing_a_document_names_its_title_escaped(hostile_store):
    at = open_page("pages/documents.py")
    at.checkbox[0].check()
    at.button[1].click().run()
    assert Store(hostile_store).is_empty()
    assert_no_live_link(at)
    assert at.success[0].value.startswith("Removed " + ESCAPED_LINK)


def test_file_name_in_an_ingestion_error_is_shown_escaped(hostile_store):
    at = open_page("pages/documents.py")
    at.text_area[0].input("12 345 — 2020, 17; 49")
    at.button[0].click().run()
    assert len(at.error) == 1 and "no text" in at.error[0].value
    assert_no_live_link(at)


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/documents.py"])
def test_a_source_that_is_not_a_web_address_is_not_made_a_link(hostile_store, page):
    at = open_page(page)
    sources = at.dataframe[0].value["source_url"]
    assert len(sources) == 1 and sources.isna().all()


@pytest.mark.parametrize("scope", [{"year": "twenty"}, {"doc": "0000000000000000"}, {"country": "Atlantis"}])
def test_embed_scope_naming_nothing_stored_is_a_warning_and_draws_no_chart(hostile_store, scope):
    at = open_page("pages/embed.py", {"chart": "fines", **scope})
    assert not at.exception, at.exception
    key, value = next(iter(scope.items()))
    assert f"{key}={value}" in shown(at.warning[0].value)
    assert not at.get("vega_lite_chart") and "no figures match" in at.info[0].value
