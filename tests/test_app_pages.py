"""Every dashboard page run with Streamlit's AppTest against a real store holding the bundled report."""

import csv
import html
import io
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

from figures import page_data, queries
from figures.export import BOM
from figures.ingest import ingest, ingest_seed
from figures.search_index import paragraph_at
from figures.sql import Filters
from figures.store import Store

APP = Path(__file__).resolve().parent.parent / "app.py"
PAGES = ("pages/overview.py", "pages/fines.py", "pages/sentences.py", "pages/casualties.py", "pages/justice.py",
         "pages/explorer.py", "pages/documents.py")
CHART_PAGES = ("pages/overview.py", "pages/fines.py", "pages/sentences.py", "pages/casualties.py",
               "pages/justice.py")


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "figures.sqlite"
    ingest_seed(Store(path))
    return path


@pytest.fixture
def db(seeded_db, monkeypatch):
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(seeded_db))
    return seeded_db


class _Recording(app_test_module.MemoryMediaFileStorage):
    """The real in-memory media storage AppTest uses, remembered so a test can read a download's bytes."""

    last = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _Recording.last = self


@pytest.fixture
def downloads(monkeypatch):
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", _Recording)

    def read(button) -> bytes:
        file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
        return _Recording.last.get_file(file_id).content
    return read


def open_page(page: str, query: dict | None = None, secrets: dict | None = None) -> AppTest:
    """Open the app at `page` with `query` in the URL, as a browser loading a shared link would (with `secrets` as
    the app's secrets.toml)."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets.update(secrets or {})
    at.query_params.update(query or {})
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page)
        at.query_params.update(query or {})
        at.run()
    return at


def open_chart_downloads(at: AppTest) -> AppTest:
    """Open every chart's "Download or embed" expander, as a reader clicking it would, and rerun."""
    for expander in at.expander:
        at.session_state[expander.proto.id.split("-", 2)[2]] = True  # the id ends with the expander's key
    at.run()
    return at


def shown(body: str) -> str:
    """What a reader sees of a Markdown body whose markup characters are backslash-escaped."""
    return re.sub(r"\\(.)", r"\1", body)


def chart_specs(at: AppTest) -> list[dict]:
    """The Vega-Lite spec of each chart a page draws, with the rows Streamlit sends beside it (as Arrow) put back."""
    specs = []
    for element in at.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        if element.proto.data.data:
            rows = pa.ipc.open_stream(element.proto.data.data).read_pandas()
            spec["data"] = {"values": rows.to_dict("records")}
        specs.append(spec)
    return specs


def chart_rows(spec: dict) -> list[dict]:
    return spec.get("data", {}).get("values", [])


def _views(spec: dict) -> list[dict]:
    return [view for part in spec.get("vconcat", [spec]) for view in part.get("layer", [part])]


def chart_title(spec: dict) -> str:
    return " ".join(spec["title"]["text"])


def caption_text(spec: dict) -> str:
    """The caption a chart draws under its plot (source, notes, count), its lines joined."""
    return " ".join(line for view in _views(spec) for row in view.get("data", {}).get("values", [])
                    if isinstance(row, dict) for line in row.get("caption", [])).replace("\u00a0", " ")


def x_titles(spec: dict) -> list[str]:
    return [view["encoding"]["x"]["title"] for view in _views(spec)
            if view.get("encoding", {}).get("x", {}).get("title")]


def csv_rows(data: bytes) -> list[dict]:
    text = data.decode("utf-8")
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text[len(BOM):])))


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_exception(db, page):
    at = open_page(page)
    assert not at.exception, at.exception
    assert at.title, f"{page} shows no title"


@pytest.mark.parametrize("page", CHART_PAGES)
def test_every_chart_carries_title_axis_units_and_source_annotation(db, page):
    at = open_page(page)
    specs = chart_specs(at)
    assert specs, f"{page} draws no chart"
    for spec in specs:
        assert chart_title(spec)
        assert "Source: US Department of State" in caption_text(spec)
        assert "shown." in caption_text(spec)
        assert x_titles(spec)
        assert spec["config"]["font"].startswith("Arial")
    alts = [el.proto.alt for el in at.get("vega_lite_chart")]
    assert all(alt and "chart" in alt.lower() for alt in alts)


def test_first_start_over_a_new_store_leaves_only_the_overviews_own_charts(tmp_path, monkeypatch, seeded_db):
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(tmp_path / "new.sqlite"))
    first = open_page("pages/overview.py")
    assert not first.exception, first.exception
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(seeded_db))
    titles = [chart_title(spec) for spec in chart_specs(first)]
    assert titles == [chart_title(spec) for spec in chart_specs(open_page("pages/overview.py"))]
    assert not first.get("progress")


def test_overview_headlines_the_four_main_groups(db):
    at = open_page("pages/overview.py")
    labels = [m.label for m in at.metric]
    for group in ("Fines", "Sentences", "Casualties", "Complaints"):
        assert any(label.startswith(group) for label in labels)
    assert all(int(m.value) > 0 for m in at.metric)


def test_fines_chart_shows_kzt_beside_usd_and_only_imposed_fines_in_the_first(db):
    at = open_page("pages/fines.py")
    imposed, statutory = chart_specs(at)[:2]
    assert "imposed" in chart_title(imposed) and "prescribes" in chart_title(statutory)
    assert [title.split(" ")[1][1:4] for title in x_titles(imposed)] == ["KZT", "USD"]
    assert "statutory maximums excluded" in caption_text(imposed)
    store = Store(db)
    fines = store.figures().query("category == 'fine'")
    n_imposed = int((~fines["statutory"]).sum())
    assert len(chart_rows(imposed)) == n_imposed
    assert len(chart_rows(statutory)) == len(fines) - n_imposed


def test_theme_filter_changes_rows_and_download_holds_exactly_them(db, downloads):
    at = open_page("pages/explorer.py")
    everything = len(at.dataframe[0].value)
    theme = at.multiselect(key="theme").options[0]
    at.multiselect(key="theme").select(theme).run()
    shown = at.dataframe[0].value
    assert 0 < len(shown) < everything
    screen_button = next(b for b in at.download_button if b.label.startswith("CSV of the"))
    assert f"{len(shown)} rows" in screen_button.label
    rows = csv_rows(downloads(screen_button))
    assert [r["figure_id"] for r in rows] == list(shown["figure_id"])
    assert {r["theme"] for r in rows} == {theme}
    all_button = next(b for b in at.download_button if b.label.startswith("CSV of all"))
    assert len(csv_rows(downloads(all_button))) == everything


def test_text_search_in_url_filters_rows(db):
    at = open_page("pages/explorer.py", {"q": "tenge"})
    shown = at.dataframe[0].value
    assert len(shown) > 0
    store = Store(db)
    store_rows = store.figures()
    texts = {doc_id: store.document_text(doc_id) for doc_id in store_rows["doc_id"].unique()}
    paragraphs = pd.Series([paragraph_at(texts[d], s) for d, s in zip(store_rows["doc_id"], store_rows["char_start"])],
                           index=store_rows.index)
    searched = store_rows[["subject", "who", "sentence", "mention", "section", "doc_title"]].fillna("")
    expected = store_rows[searched.agg(" ".join, axis=1).str.cat(paragraphs, sep=" ").str.lower().str.contains("tenge")]
    assert list(shown["figure_id"]) == list(expected["figure_id"])


def test_download_escapes_cells_that_would_run_as_formulas(tmp_path, monkeypatch, downloads):
    path = tmp_path / "formula.sqlite"
    store = Store(path)
    text = ('=HYPERLINK("http://example.org") Report\n\nThe court fined the editor 27,000 tenge ($65) and '
            'sentenced him to three years in prison.\n')
    ingest(store, text, "formula.txt", title="=cmd|' /C calc'!A0", country="Testland", year=2020)
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/explorer.py")
    button = next(b for b in at.download_button if b.label.startswith("CSV of the"))
    rows = csv_rows(downloads(button))
    assert rows and all(r["doc_title"] == "'=cmd|' /C calc'!A0" for r in rows)
    for row in rows:
        assert not any(str(v).startswith(("=", "+", "-", "@")) for v in row.values())


def test_selected_figure_shows_sentence_with_figure_marked_and_provenance(db):
    figures = Store(db).figures()
    fine = figures[(figures["category"] == "fine") & ~figures["statutory"]].iloc[0]
    at = open_page("pages/explorer.py", {"fig": fine["figure_id"]})
    marked = [h.value for h in at.get("html") if "<mark" in h.value]
    assert len(marked) == 1
    assert f">{html.escape(fine['mention'])}</mark>" in marked[0]
    texts = " ".join(h.value for h in at.get("html"))
    assert "Section 2" in texts and "US Department of State" in texts
    assert [b.proto.url for b in at.get("link_button")][0].startswith("http")


def test_document_text_cannot_inject_html(tmp_path, monkeypatch):
    path = tmp_path / "inject.sqlite"
    store = Store(path)
    text = ("Report <script>alert(1)</script>\n\nPolice detained 12 protesters <img src=x onerror=alert(2)> "
            "in the capital.\n")
    ingest(store, text, "inject.txt", title="<b>Bold</b> report", country="Testland", year=2020)
    fid = store.figures().iloc[0]["figure_id"]
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/explorer.py", {"fig": fid})
    assert not at.exception
    html_out = " ".join(h.value for h in at.get("html"))
    assert "<img" not in html_out and "<script" not in html_out and "<b>Bold" not in html_out
    assert "&lt;img src=x onerror=alert(2)&gt;" in html_out


def test_embed_page_draws_the_chart_named_in_the_url(db):
    at = open_page("pages/embed.py", {"chart": "fines", "statutory": "statutory"})
    assert not at.exception
    specs = chart_specs(at)
    assert len(specs) == 1 and "prescribes" in chart_title(specs[0])
    assert not at.get("multiselect")  # no sidebar filters in an embed
    bad = open_page("pages/embed.py", {"chart": "pie"})
    assert "unknown chart 'pie'" in bad.error[0].value


def test_chart_downloads_are_sent_only_once_their_expander_is_opened(db):
    at = open_page("pages/sentences.py")
    assert at.expander and not at.code and not any(b.label.endswith("image") for b in at.download_button)
    open_chart_downloads(at)
    assert len(at.code) == len(at.expander) and all(e.proto.expanded for e in at.expander)
    assert [b.label for b in at.download_button if b.label.startswith("PNG")]


def test_embed_snippet_points_at_the_embed_page_with_embed_true(db):
    at = open_chart_downloads(open_page("pages/sentences.py"))
    snippets = [c.value for c in at.code if "<iframe" in c.value]
    assert snippets
    assert "/embed?chart=sentences" in snippets[0] and "embed=true" in snippets[0]


def test_sentences_unit_switch_relabels_the_time_axis(db):
    at = open_page("pages/sentences.py", {"unit": "months"})
    assert x_titles(chart_specs(at)[0])[0] == "Length (months)"


def test_justice_page_keeps_periods_apart(db):
    at = open_page("pages/justice.py", {"cat": "complaints"})
    labels = [row["label"].replace("\n", " ") for row in chart_rows(chart_specs(at)[0])]
    assert labels and all(" — " in label for label in labels)


@pytest.mark.parametrize("query", [{"year": "2021"}, {"country": "Testland"}])
def test_sidebar_year_or_country_scopes_the_figures(tmp_path, monkeypatch, query):
    path = tmp_path / "two.sqlite"
    store = Store(path)
    ingest_seed(store)
    ingest(store, "Police detained 14 protesters in the capital on March 3.", "note.txt", title="Testland note",
                 country="Testland", year=2021)
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/explorer.py", query)
    shown = at.dataframe[0].value
    assert len(shown) >= 1 and set(shown["doc_title"]) == {"Testland note"}


def test_documents_page_adds_pasted_text_and_removes_it(tmp_path, monkeypatch):
    path = tmp_path / "docs.sqlite"
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/documents.py")
    seed_titles = set(Store(path).documents()["title"])
    assert seed_titles, "a fresh store starts with the bundled report"
    at.text_area[0].input("Police detained 14 protesters in the capital on March 3.")
    at.text_input[0].input("Pasted note")
    at.button[0].click().run()
    assert not at.exception
    docs = Store(path).documents()
    pasted = docs[docs["title"] == "Pasted note"]
    assert len(pasted) == 1 and pasted["n_figures"].iloc[0] >= 1
    assert shown(at.success[0].value).startswith("Added pasted text:")
    at.selectbox[0].select(pasted["doc_id"].iloc[0])
    at.checkbox[0].check()
    at.button[1].click().run()
    assert set(Store(path).documents()["title"]) == seed_titles


def test_documents_page_adds_a_russian_text_says_what_kazakh_was_not_read_and_shows_its_language(
        tmp_path, monkeypatch):
    path = tmp_path / "ru.sqlite"
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/documents.py")
    russian = ("В ходе акции протеста в центре города полиция задержала 14 журналистов и блогеров.\n"
               "Суд оштрафовал редакцию газеты на 60 МРП за публикацию материала о забастовке.\n") * 3
    kazakh = ("Биыл аудандық сотқа журналистерден 12 шағым түсті және олардың көбі қабылданбады, "
              "ал қалғандары бойынша тексеру әлі жүріп жатыр деп хабарлады қорғаушылар бүгін.\n") * 2
    at.text_area[0].input(russian + kazakh)
    at.text_input[0].input("Сводка")
    at.button[0].click().run()
    assert not at.exception
    assert shown(at.success[0].value) == "Added pasted text: 6 figures; 2 paragraphs in Kazakh were not read."
    table = at.dataframe[0].value
    assert table.loc[table["title"] == "Сводка", "language"].tolist() == ["ru"]


def test_explorer_search_finds_a_russian_word_in_any_inflected_form(tmp_path, monkeypatch):
    path = tmp_path / "ru-search.sqlite"
    ingest(Store(path), "Суд назначил редактору штраф в размере 80 МРП.\nСумма штрафов превысила 4,5 млн тенге.\n"
                        "Полиция задержала 26 журналистов.", "ru.txt", title="Сводка", year=2023)
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/explorer.py", {"q": "штрафа"})
    assert not at.exception
    assert sorted(at.dataframe[0].value["mention"]) == ["4,5 млн тенге", "80 МРП"]


def test_documents_page_reports_bad_input_in_one_line_and_keeps_store(tmp_path, monkeypatch):
    path = tmp_path / "bad.sqlite"
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/documents.py")
    before = Store(path).documents()[["doc_id", "n_figures"]]
    at.text_area[0].input("12 345 — 2020, 17; 49")
    at.button[0].click().run()
    assert len(at.error) == 1 and "\n" not in at.error[0].value and "no text" in at.error[0].value
    assert Store(path).documents()[["doc_id", "n_figures"]].equals(before)


@pytest.fixture
def two_documents(tmp_path, monkeypatch):
    """A store with the bundled report and a one-sentence note of another country and year."""
    path = tmp_path / "two.sqlite"
    store = Store(path)
    ingest_seed(store)
    ingest(store, "Police detained 14 protesters in the capital on March 3.", "note.txt", title="Testland note",
                 country="Testland", year=2021)
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    return path


def test_scope_chosen_on_one_page_is_kept_when_the_reader_moves_to_another(two_documents):
    at = open_page("pages/overview.py")
    at.multiselect(key="scope-year").select("2021").run()
    assert at.query_params.get("year") == "2021"
    at.switch_page("pages/explorer.py")
    at.query_params.clear()  # following a sidebar link: the new page's address carries no filters
    at.run()
    assert set(at.dataframe[0].value["doc_title"]) == {"Testland note"}


def test_explorer_links_from_overview_flags_open_the_flagged_figure(db):
    at = open_page("pages/overview.py")
    links = [link.proto for link in at.get("page_link") if link.proto.label == "Open in Explorer"]
    figures = Store(db).figures()
    flagged = figures[figures["checks"].fillna("[]") != "[]"]
    assert len(links) == len(flagged) > 0
    query = {k: v[0] for k, v in parse_qs(links[0].query_string).items()}
    explorer = open_page("pages/explorer.py", query)
    mention = flagged.set_index("figure_id").loc[query["fig"], "mention"]
    marked = [h.value for h in explorer.get("html") if "<mark" in h.value]
    assert len(marked) == 1 and f">{html.escape(mention)}</mark>" in marked[0]
    assert not explorer.warning or "No figure with this id" not in explorer.warning[0].value


@pytest.mark.parametrize("page, query", [("pages/sentences.py", {"unit": "months", "year": "2020"}),
                                         ("pages/fines.py", {"country": "Kazakhstan"}),
                                         ("pages/justice.py", {"cat": "Complaints"})])
def test_embed_snippet_address_draws_the_same_chart(two_documents, page, query):
    at = open_chart_downloads(open_page(page, query))
    snippet = next(c.value for c in at.code if "<iframe" in c.value)
    src = html.unescape(snippet.split('src="', 1)[1].split('"', 1)[0])
    embed = open_page("pages/embed.py", parse_qs(urlsplit(src).query))
    original, embedded = chart_specs(at)[0], chart_specs(embed)
    assert len(embedded) == 1
    assert chart_title(embedded[0]) == chart_title(original)
    assert caption_text(embedded[0]) == caption_text(original)
    assert chart_rows(embedded[0]) == chart_rows(original)


def test_filter_matching_nothing_says_so_instead_of_drawing_an_empty_chart(db):
    at = open_page("pages/fines.py", {"fines-q": "no report says zzyzx"})
    assert not at.exception
    assert not chart_specs(at)
    assert at.info and all("none of the figures in scope matches" in i.value for i in at.info)


def test_explorer_field_table_writes_amounts_with_thousands_separators(db):
    figures = Store(db).figures()
    big = figures[(figures["value"] >= 1000) & (figures["value"] % 1 == 0)].iloc[0]
    at = open_page("pages/explorer.py", {"fig": big["figure_id"]})
    fields = at.dataframe[-1].value.set_index("field")["value"]
    assert fields["Value"] == f"{big['value']:,.0f}" and "," in fields["Value"]
    assert not any(v.endswith(".0") for v in fields)


def test_documents_page_corrects_details_and_a_new_year_rereads_the_figures(tmp_path, monkeypatch):
    path = tmp_path / "edit.sqlite"
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(path))
    at = open_page("pages/documents.py")
    store = Store(path)
    ingest(store, "On March 3, police detained 14 protesters. The court fined two of them.", "note.txt",
                 title="Note", year=2021)
    at.run()
    doc_id = store.documents().set_index("title").loc["Note", "doc_id"]
    at.selectbox(key="edit-doc").select(doc_id).run()
    at.text_input(key=f"edit-country-{doc_id}").input("Testland")
    at.number_input(key=f"edit-year-{doc_id}").set_value(2019)
    at.button(key=f"FormSubmitter:edit-{doc_id}-Save details").click().run()
    assert not at.exception
    doc = Store(path).documents().set_index("doc_id").loc[doc_id]
    assert (doc["country"], doc["year"]) == ("Testland", 2019)
    periods = set(Store(path).figures([doc_id])["period"].dropna())
    assert periods and all(p.startswith("2019") for p in periods)
    assert "read again with the new year" in at.success[0].value


@pytest.mark.parametrize("page", ["pages/sentences.py", "pages/explorer.py", "pages/overview.py"])
def test_grids_show_words_for_codes_and_blank_cells_empty_while_csv_keeps_codes(db, downloads, page):
    at = open_page(page)
    grids = list(at.dataframe)
    assert grids and all(grid.proto.placeholder == "" for grid in grids)
    figures_grids = [g.value for g in grids if "category" in g.value.columns]
    for shown in figures_grids:
        assert not shown["category"].str.contains("_").any()
        assert not shown["qualifier"].str.contains("_").any()
    if figures_grids:
        assert "Prison term" in set(figures_grids[0]["category"])
        rows = csv_rows(downloads(next(b for b in at.download_button if b.label.startswith("CSV of the"))))
        assert "prison_term" in {r["category"] for r in rows}
        assert any("README" in c.value for c in at.caption)


@pytest.mark.parametrize("page, key, given, code", [
    ("pages/justice.py", "cat", "complaints", "complaints"), ("pages/justice.py", "cat", "Complaints", "complaints"),
    ("pages/explorer.py", "category", "fine", "fine"), ("pages/explorer.py", "category", "Fine", "fine")])
def test_a_category_in_the_url_is_chosen_by_its_code_or_its_label_and_kept_as_its_code(db, page, key, given, code):
    at = open_page(page, {key: given})
    assert not at.exception, at.exception
    assert next(m for m in at.multiselect if m.label in ("Counting", "Category")).value == [code]
    assert at.query_params[key] in (code, [code])


def test_the_uploader_states_the_size_limit_the_extractor_keeps(db):
    from extract.loading import MAX_BYTES

    at = open_page("pages/documents.py")
    assert at.get("file_uploader")[0].proto.max_upload_size_mb == MAX_BYTES // 2**20 == 50


def _titles(at: AppTest) -> list[str]:
    return [chart_title(spec) for spec in chart_specs(at)]


def test_overview_builds_and_draws_only_the_chosen_tab_of_its_counts(db):
    at = open_page("pages/overview.py")
    assert len(_titles(at)) == 1 and "by theme" in _titles(at)[0]
    at.session_state["counts-by"] = "By category"
    at.run()
    assert not at.exception, at.exception
    assert len(_titles(at)) == 1 and "by category" in _titles(at)[0]


def test_overview_lists_each_flagged_figure_as_one_block_of_its_words_its_flags_and_its_document(db):
    at = open_page("pages/overview.py")
    blocks = [h.value for h in at.get("html")]
    flags = page_data.flags(Store(db), Filters())
    assert len(flags) > 0
    for _, rows in flags.groupby("figure_id"):
        first = rows.iloc[0]
        lines = [f"“{first['mention']}” — {first['subject']}", str(first["doc_title"])]
        lines += [f"{queries.check_label(r.code)}: {r.message}" for r in rows.itertuples()]
        assert sum(all(html.escape(line) in block for line in lines) for block in blocks) == 1, lines
