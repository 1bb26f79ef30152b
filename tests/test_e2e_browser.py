"""End to end: `streamlit run app.py` on a free port, driven by headless Chromium through Playwright.

Saves a screenshot of every page under tests/artifacts/ for a person to look at.
"""

import csv
import html
import io
import re
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote_plus

import pytest
from playwright.sync_api import expect, sync_playwright

from benchmarks.dashboard_server import ServerError, serve
from figures import queries
from figures.search_index import paragraph_at
from figures.store import Store

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# A chart drawn by Vega (as SVG: the specs ask for it) in Streamlit's chart element, and the parts of its drawing.
CHART = '[data-testid="stVegaLiteChart"]'
DRAWN = f"{CHART} svg.marks"
TITLE = "g.role-title-text text"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PAGES = {"overview": "", "fines": "fines", "sentences": "sentences", "casualties": "casualties",
         "justice": "justice", "explorer": "explorer", "documents": "documents",
         "embed": "embed?chart=justice&categories=complaints&embed=true"}


@contextmanager
def _serve(db: Path, log_dir: Path):
    """The dashboard over the store at `db` (benchmarks.dashboard_server); a server that does not start fails the test."""
    try:
        with serve(db, log_dir) as url:
            yield url
    except ServerError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The dashboard served by `streamlit run` over a fresh store (seeded on start, as on a fresh checkout)."""
    db = tmp_path_factory.mktemp("e2e") / "figures.sqlite"
    with _serve(db, tmp_path_factory.mktemp("log")) as url:
        yield url, db


@pytest.fixture
def own_server(tmp_path):
    """A server over a store of its own, for a test that adds documents the other tests do not expect."""
    db = tmp_path / "figures.sqlite"
    with _serve(db, tmp_path) as url:
        yield url, db


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    yield tab
    context.close()


def _idle(page) -> None:
    """Wait until the page's script has finished its run (Streamlit marks the app's root with its state)."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=90_000)


def _menu(page):
    """The app's own navigation (st.navigation's menu at the top of every page)."""
    return page.get_by_test_id("stTopNav")


def _open(page, url: str) -> None:
    page.goto(url, timeout=90_000)
    _idle(page)


def test_every_page_renders_and_is_captured(server, page):
    url, db = server
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in PAGES.items():
        if name == "explorer":  # the store is seeded by now: show one fine's provenance
            figures = Store(db).figures()
            path += "?fig=" + figures[(figures["category"] == "fine") & ~figures["statutory"]]["figure_id"].iloc[0]
        _open(page, f"{url}/{path}")
        expect(page.get_by_test_id("stException")).to_have_count(0)
        if name not in ("explorer", "documents"):
            page.wait_for_selector(DRAWN, timeout=60_000)
        page.wait_for_timeout(800)
        height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
        page.set_viewport_size({"width": 1400, "height": min(max(height, 1000), 12000)})
        page.wait_for_timeout(800)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
        if name == "embed":
            expect(page.get_by_test_id("stSidebar")).to_have_count(0)
            title = page.locator(CHART).locator("g.role-title-text").get_attribute("aria-label")
            assert title.startswith("Title text 'Counts of complaints, each with its period")
        page.set_viewport_size({"width": 1400, "height": 1000})
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000


FIRST_PAINT = r"""() => ({
    links: Array.from(document.querySelectorAll('[data-testid$="NavLink"]')).map(a => a.innerText.trim().split('\n').pop().trim().toLowerCase()),
    progress: document.querySelectorAll('[data-testid="stProgress"]').length > 0,
    drawn: document.querySelectorAll('[data-testid="stVegaLiteChart"] g.role-title').length > 0,  // a titled chart, not the first start's blank one
    dialog: document.querySelectorAll('[data-testid="stDialog"]').length > 0,
})"""


def test_a_fresh_server_shows_the_app_menu_from_the_first_paint_and_never_the_page_files(own_server, page):
    url, _ = own_server
    page.goto(f"{url}/fines", timeout=90_000)  # a shared link opened first on a just-started server
    snapshots = []
    for _ in range(1200):
        snapshots.append(page.evaluate(FIRST_PAINT))
        if snapshots[-1]["drawn"]:
            break
        page.wait_for_timeout(100)
    assert snapshots[-1]["drawn"], "the Fines chart was never drawn"
    seen = {link for snap in snapshots for link in snap["links"]}
    assert not seen & {"scope", "store_access", "words", "app", "embed"}, f"page files listed as a menu: {sorted(seen)}"
    assert not any(snap["dialog"] for snap in snapshots), "a dialog (page not found) covered the page"
    with_menu = [i for i, snap in enumerate(snapshots) if "overview" in snap["links"]]
    with_progress = [i for i, snap in enumerate(snapshots) if snap["progress"]]
    assert with_menu and with_progress and len(snapshots) and with_menu[0] <= with_progress[0] < len(snapshots) - 1
    assert all("overview" in snap["links"] for snap in snapshots[with_menu[0]:])


def test_fines_page_draws_each_fine_as_a_point_in_svg(server, page):
    url, db = server
    _open(page, f"{url}/fines")
    first_chart = page.locator(CHART).first
    first_chart.locator("svg.marks").wait_for(timeout=60_000)
    fines = queries.fines_table(Store(db).figures().query("category == 'fine' and not statutory"))
    points = first_chart.locator("g.mark-symbol.role-mark path")
    # one point in tenge above one in dollars, for each fine with an amount in each
    expect(points).to_have_count(int(fines["amount_kzt"].notna().sum() + fines["amount_usd"].notna().sum()))
    assert any(text.startswith("Source: US Department of State")
               for text in first_chart.locator("g.mark-text text").all_text_contents())


def test_csv_download_holds_the_rows_on_screen(server, page):
    url, db = server
    _open(page, f"{url}/explorer?q=tenge")
    store = Store(db)
    figures = store.figures()
    texts = {doc_id: store.document_text(doc_id) for doc_id in figures["doc_id"].unique()}
    paragraphs = [paragraph_at(texts[d], s) for d, s in zip(figures["doc_id"], figures["char_start"])]
    hay = figures[["subject", "who", "sentence", "mention", "section", "doc_title"]].fillna("").agg(" ".join, axis=1)
    expected = list(figures.loc[hay.str.cat(paragraphs, sep=" ").str.lower().str.contains("tenge"), "figure_id"])
    button = page.get_by_role("button", name=f"CSV of the {len(expected)} rows on screen")
    with page.expect_download() as info:
        button.click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8")[1:])))
    assert [r["figure_id"] for r in rows] == expected


def test_png_of_a_chart_is_drawn_server_side(server, page):
    url, _ = server
    _open(page, f"{url}/fines")
    page.get_by_text("Download or embed this chart").first.click()
    with page.expect_download(timeout=90_000) as info:
        page.get_by_role("button", name="PNG image").first.click()
    assert info.value.suggested_filename == "fines.png"
    assert Path(info.value.path()).read_bytes().startswith(b"\x89PNG")


def test_standalone_html_of_a_chart_draws_it_offline(server, browser):
    url, _ = server
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    try:
        _open(page, f"{url}/casualties")
        page.get_by_text("Download or embed this chart").first.click()
        with page.expect_download(timeout=90_000) as info:
            page.get_by_role("button", name="Standalone HTML").first.click()
        saved = Path(info.value.path()).read_text(encoding="utf-8")
    finally:
        context.close()
    offline = browser.new_context(viewport={"width": 1000, "height": 1000}, offline=True)
    fetched = []
    offline.route("**/*", lambda route: (fetched.append(route.request.url), route.abort()))
    page = offline.new_page()
    try:
        page.set_content(saved)
        page.wait_for_selector("#chart svg.marks", timeout=60_000)
        assert page.locator(TITLE).first.text_content().startswith("Deaths and injuries reported")
        assert page.locator("g.mark-rect.role-mark path").count() > 0
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "standalone-casualties.png"), full_page=True)
    finally:
        offline.close()
    assert not fetched, f"the standalone HTML fetched {fetched}"


def _sidebar_choice(page, label: str) -> str:
    return page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text=label).inner_text()


def test_sidebar_scope_follows_the_reader_to_other_pages_and_stays_in_the_url(server, page):
    url, db = server
    _open(page, f"{url}/")
    page.wait_for_selector(DRAWN, timeout=60_000)  # the store is seeded by now
    country = Store(db).documents()["country"].iloc[0]
    page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="Country").click()
    page.get_by_role("option", name=country).click()
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(r"country=" + re.escape(quote_plus(country))))
    for name, path in (("Fines", "/fines"), ("Explorer", "/explorer")):
        _menu(page).get_by_text(name, exact=True).click()
        expect(page).to_have_url(re.compile(re.escape(path) + r"\?.*country=" + re.escape(quote_plus(country))))
        _idle(page)
        assert country in _sidebar_choice(page, "Country")
    page.get_by_test_id("stSidebar").get_by_role("button", name=re.compile("Clear all|Remove")).first.click()
    expect(page).not_to_have_url(re.compile("country="))
    _menu(page).get_by_text("Fines", exact=True).click()
    _idle(page)
    page.wait_for_timeout(500)
    assert "country=" not in page.url and country not in _sidebar_choice(page, "Country")


def test_embed_snippet_address_opens_the_same_chart(server, page):
    url, _ = server
    _open(page, f"{url}/sentences?unit=months")
    page.get_by_text("Download or embed this chart").first.click()
    snippet = page.get_by_test_id("stCode").first.inner_text()
    src, title = (html.unescape(re.search(f'{attr}="([^"]+)"', snippet).group(1)) for attr in ("src", "title"))
    assert "months" in title
    assert src.startswith(url + "/embed?")
    _open(page, src)
    page.wait_for_selector(DRAWN, timeout=60_000)
    drawn = page.locator(CHART).locator(TITLE).text_content()
    assert re.sub(r"\s", "", drawn) == re.sub(r"\s", "", title)  # the drawn title is wrapped onto lines


def test_overview_draws_the_count_by_category_once_its_tab_is_chosen(server, page):
    url, _ = server
    _open(page, f"{url}/")
    titles = page.locator(CHART).locator(TITLE)  # a title's lines are joined without a space
    expect(titles.filter(has_text=re.compile(r"by theme\s*\(number"))).to_be_visible(timeout=60_000)
    expect(titles.filter(has_text=re.compile(r"category\s*\(number"))).to_have_count(0)
    page.get_by_role("tab", name="By category").click()
    expect(titles.filter(has_text=re.compile(r"category\s*\(number"))).to_be_visible(timeout=60_000)


def test_flag_link_on_the_overview_opens_the_figure_in_the_explorer(server, page):
    url, db = server
    _open(page, f"{url}/")
    link = page.get_by_role("link", name=re.compile("Open in Explorer")).first
    link.click()
    expect(page).to_have_url(re.compile(r"/explorer\?.*fig=[0-9a-f]+"))
    _idle(page)
    fig = re.search(r"fig=([0-9a-f]+)", page.url).group(1)
    mention = Store(db).figures().set_index("figure_id").loc[fig, "mention"]
    expect(page.locator("blockquote.rf-sentence mark")).to_have_text(mention)


REPORT = """Testland: Human Rights Report for 2023

Section 1. Arrest and Detention

On March 3, police detained 37 protesters in the capital after a peaceful march.

A district court fined the editor of a local newspaper 150,000 tenge ($350) on May 12 and sentenced two activists
to four years in prison for organizing the march.
"""


def _documents_count(page) -> str:
    """The Documents page's count line, once a fresh server has seeded its store (which takes longest)."""
    return page.get_by_text(re.compile(r"^\d+ document\(s\) in the store")).inner_text(timeout=120_000)


def _add_file(page, path: Path, title: str = "", year: str = "") -> None:
    form = page.get_by_test_id("stForm").filter(has_text="Add document")
    form.locator('input[type="file"]').set_input_files(str(path))
    expect(form.get_by_test_id("stFileUploader")).to_contain_text(path.name, timeout=30_000)
    if title:
        form.get_by_label("Title", exact=True).fill(title)
    if year:
        form.get_by_label("Year the report covers").fill(year)
        form.get_by_label("Year the report covers").press("Tab")
    form.get_by_role("button", name="Add document").click()


def test_uploaded_file_shows_its_figures_and_an_empty_file_is_refused(own_server, page, tmp_path):
    url, db = own_server
    report = tmp_path / "testland-2023.txt"
    report.write_text(REPORT, encoding="utf-8")
    _open(page, f"{url}/documents")  # a fresh server's first visitor opens a page's own address
    shown = _documents_count(page)  # waits for the page, so the store is seeded by now
    expect(_menu(page).get_by_text("Overview", exact=True)).to_be_visible()
    before = Store(db).documents()
    assert len(before) >= 1 and shown.startswith(f"{len(before)} document(s)")

    _add_file(page, report, title="Testland report", year="2023")
    expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("Added testland-2023.txt", timeout=90_000)
    _idle(page)
    expect(page.get_by_text(re.compile(r"^\d+ document\(s\) in the store"))).to_contain_text(
        f"{len(before) + 1} document(s)")
    docs = Store(db).documents().set_index("title")
    added = docs.loc["Testland report"]
    assert added["year"] == 2023 and added["n_figures"] >= 3
    page.set_viewport_size({"width": 1400, "height": min(page.evaluate(
        "document.querySelector('[data-testid=\"stMain\"]').scrollHeight"), 4000)})
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "documents-upload.png"))
    page.set_viewport_size({"width": 1400, "height": 1000})

    figures = Store(db).figures([added["doc_id"]])
    _open(page, f"{url}/explorer?doc={added['doc_id']}")
    expect(page.get_by_text(re.compile(r"figures match"))).to_have_text(
        f"{len(figures)} of {len(figures)} figures match. Select a row to see where the figure comes from.")
    fine = figures[figures["unit"] == "KZT"].iloc[0]
    assert fine["value"] == 150000 and fine["usd_reported"] == 350
    _open(page, f"{url}/explorer?doc={added['doc_id']}&fig={fine['figure_id']}")
    expect(page.locator("blockquote.rf-sentence mark")).to_have_text(fine["mention"])
    expect(page.locator("blockquote.rf-sentence")).to_contain_text("fined the editor of a local newspaper")

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _open(page, f"{url}/documents")
    _add_file(page, empty, title="Nothing")
    error = page.get_by_test_id("stAlertContentError")
    expect(error).to_contain_text("empty.txt", timeout=60_000)
    expect(error).to_contain_text("empty")
    assert "\n" not in error.inner_text().strip()
    assert _documents_count(page).startswith(f"{len(before) + 1} document(s)")
    after = Store(db).documents()
    assert len(after) == len(before) + 1 and "Nothing" not in set(after["title"])


def _hover_middle(page, element):
    """Move the pointer onto the middle of an element from one pixel beside it, in steps, as a hand does (a single
    jump onto a chart mark can go unseen by its tooltip handler on a busy machine)."""
    box = element.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x - 1, y)
    page.mouse.move(x, y, steps=3)


def test_hover_on_a_sentence_bar_shows_its_sentence_wrapped_and_its_document(server, page):
    url, db = server
    _open(page, f"{url}/sentences")
    bar = page.locator(CHART).first.locator("g.mark-rect.role-mark path").first
    bar.wait_for(timeout=60_000)
    bar.scroll_into_view_if_needed()
    _hover_middle(page, bar)
    hover = page.locator("#vg-tooltip-element")
    expect(hover).to_contain_text(Store(db).documents()["title"].iloc[0], timeout=10_000)
    sentence = hover.locator("tr").filter(has=page.locator("td.key", has_text="Sentence")).locator("td.value")
    expect(sentence).to_contain_text(" ")
    assert sentence.bounding_box()["width"] <= 420 and sentence.bounding_box()["height"] > 30  # wrapped onto lines


def test_markup_in_a_hovered_figure_is_shown_as_text(own_server, page, tmp_path):
    url, db = own_server
    report = tmp_path / "markup.txt"
    report.write_text("Testland report 2023\n\nThe <b>court</b> sentenced <i>two</i> editors to four years in prison "
                      "on May 3, 2023.\n", encoding="utf-8")
    _open(page, f"{url}/documents")
    _documents_count(page)
    _add_file(page, report, title="<b>Markup</b> report", year="2023")
    expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("Added markup.txt", timeout=90_000)
    doc_id = Store(db).documents().set_index("title").loc["<b>Markup</b> report", "doc_id"]
    _open(page, f"{url}/sentences?doc={doc_id}")
    bar = page.locator(CHART).first.locator("g.mark-rect.role-mark path").first
    bar.wait_for(timeout=60_000)
    _hover_middle(page, bar)
    hover = page.locator("#vg-tooltip-element")
    expect(hover).to_contain_text("<b>Markup</b> report", timeout=10_000)
    expect(hover).to_contain_text("The <b>court</b> sentenced")
    assert hover.locator("b, i").count() == 0


@pytest.fixture
def review_server(tmp_path):
    """A server over a store holding one short note (no seed), for reviewing its four figures."""
    from figures.ingest import ingest
    from test_review_store import KEY, NOTE

    db = tmp_path / "figures.sqlite"
    ingest(Store(db), NOTE, "velmora.txt", year=2021, key=KEY, title="Velmora monitoring note")
    with _serve(db, tmp_path) as url:
        yield url, db


def _figure_url(url: str, db: Path, mention: str) -> str:
    rows = Store(db).figures()
    return f"{url}/explorer?fig={rows[rows['mention'] == mention]['figure_id'].iloc[0]}"


def _capture(page, name: str) -> None:
    page.set_viewport_size({"width": 1400, "height": min(page.evaluate(
        "document.querySelector('[data-testid=\"stMain\"]').scrollHeight"), 4000)})
    page.wait_for_timeout(800)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.set_viewport_size({"width": 1400, "height": 1000})


def test_a_journalist_verifies_corrects_and_rejects_figures_and_the_queue_shows_an_orphan(review_server, page):
    from figures.ingest import ingest
    from test_review_store import KEY, NOTE

    url, db = review_server
    _open(page, url)  # the first visitor of a fresh server opens the home page (see pages/store_access.py)
    _open(page, _figure_url(url, db, "310"))
    page.get_by_label("Your name").fill("Ines Varga", timeout=90_000)
    page.get_by_label("Your name").press("Enter")
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=90_000)
    page.get_by_test_id("stExpander").get_by_text("Correct it", exact=True).click()
    category = page.get_by_test_id("stSelectbox").filter(has_text="Category")
    category.locator("input").click(timeout=60_000)
    category.locator("input").press_sequentially("Prisoners", delay=50)  # typed as a person types: the list filters
    expect(page.get_by_role("option")).to_have_count(1, timeout=30_000)
    page.get_by_role("option", name="Prisoners", exact=True).click()
    expect(category.locator("input")).to_have_value("Prisoners")  # the choice is in the form before it is sent
    page.get_by_role("button", name="Save correction").click()
    expect(page.get_by_text(re.compile("category: prisoners, corrected from population by Ines Varga"))).to_be_visible(
        timeout=90_000)
    _capture(page, "explorer-corrected")
    for mention, button in (("14", "Verified"), ("6", "Not a figure")):
        _open(page, _figure_url(url, db, mention))  # a new session: the name is asked again
        page.get_by_label("Your name").fill("Ines Varga", timeout=90_000)
        page.get_by_label("Your name").press("Enter")
        expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=90_000)
        page.get_by_role("button", name=button).click()
        expect(page.get_by_test_id("stAlertContentSuccess").filter(has_text="Saved")).to_be_visible(timeout=90_000)
    assert dict(zip(Store(db).figures()["mention"], Store(db).figures()["review"])) == {
        "14": "verified", "80,000 tenge": "unreviewed", "310": "corrected"}

    _open(page, url)
    page.wait_for_selector(DRAWN, timeout=60_000)
    expect(page.locator(CHART).first).to_contain_text(
        re.compile(r"Checked\s*by\s*a\s*reviewer:\s*2\s*of\s*3\s*figures\s*shown"))

    ingest(Store(db), NOTE.replace("310 people", "325 people"), "velmora-v2.txt", year=2021, key=KEY)
    _open(page, f"{url}/review")
    expect(page.get_by_text("2 of 4 reviewed")).to_be_visible()
    expect(page.get_by_text(re.compile("1 review kept whose figure is no longer found"))).to_be_visible()
    _capture(page, "review-queue")


FOCUSED = "(() => { const e = document.activeElement; return (e.innerText || e.getAttribute('aria-label') || ''); })()"


@pytest.mark.parametrize("path", ["fines", "sentences", "casualties", "justice", "explorer"])
def test_a_csv_download_is_at_most_ten_tab_presses_from_the_top_of_the_page(server, page, path):
    url, _ = server
    _open(page, f"{url}/{path}")
    csv = page.get_by_role("button", name=re.compile("^CSV")).first
    expect(csv).to_be_enabled(timeout=90_000)
    _idle(page)  # a rerun still drawing can leave the button out of the tab order
    page.evaluate("document.activeElement && document.activeElement.blur()")  # from the top, nothing focused
    focused = []
    for _ in range(10):
        page.keyboard.press("Tab")
        focused.append(page.evaluate(FOCUSED))
        if focused[-1].startswith("CSV"):
            break
    else:
        pytest.fail(f"no CSV download within 10 Tab presses: {focused}")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename.endswith(".csv")


# Boxes of each drawn chart: its plot areas (the background of each view with an x axis), its title lines and the x
# tick labels it shows (Vega hides those that would touch), with the chart's own box.
CHART_BOXES = r"""() => Array.from(document.querySelectorAll('[data-testid="stVegaLiteChart"]')).map(chart => {
    const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
    const axes = Array.from(chart.querySelectorAll('g.role-axis[aria-label^="X-axis"]'));
    return {
        chart: box(chart.querySelector('svg.marks')),
        plots: axes.map(axis => box(axis.parentElement.parentElement.querySelector(':scope > path.background'))),
        title: Array.from(chart.querySelectorAll('g.role-title-text text')).map(box),
        ticks: axes.map(axis => Array.from(axis.querySelectorAll('g.role-axis-label text'))
            .filter(t => t.getAttribute('opacity') !== '0' && t.textContent.trim() !== '').map(box)),
    };
})"""


def _overlap(a, b, slack: float = 1.0) -> bool:
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack


@pytest.mark.parametrize("path, width", [("fines", 390), ("sentences", 390), ("casualties", 390), ("justice", 390),
                                         ("compare", 390), ("embed?chart=fines&embed=true", 390),
                                         ("embed?chart=sentences&embed=true", 600)])
def test_charts_on_a_phone_or_in_an_embed_keep_apart_panels_a_plot_area_readable_ticks_and_the_title_inside(
        server, browser, path, width):
    url, _ = server
    context = browser.new_context(viewport={"width": width, "height": 2400}, is_mobile=width < 500)
    page = context.new_page()
    try:
        _open(page, f"{url}/{path}")
        page.wait_for_selector(f"{DRAWN} g.role-axis", timeout=60_000)
        page.wait_for_timeout(800)
        ARTIFACTS.mkdir(exist_ok=True)
        name = path.split("?")[0] if width < 500 else f"{path.split('?')[0]}-{path.split('chart=')[1].split('&')[0]}"
        page.screenshot(path=str(ARTIFACTS / f"{'phone' if width < 500 else width}-{name}.png"))
        charts = page.evaluate(CHART_BOXES)
    finally:
        context.close()
    assert charts
    for chart in charts:
        plots = chart["plots"]
        width = chart["chart"][2] - chart["chart"][0]
        assert all(p[2] - p[0] >= width / 4 for p in plots), f"a plot area narrower than a quarter of {width} px: {plots}"
        assert not any(_overlap(a, b) for i, a in enumerate(plots) for b in plots[i + 1:]), f"panels overlap: {plots}"
        assert all(t[0] >= chart["chart"][0] - 1 and t[2] <= chart["chart"][2] + 1 for t in chart["title"]), \
            f"the title runs out of the chart: {chart['title']} in {chart['chart']}"
        for ticks in chart["ticks"]:
            assert not any(_overlap(a, b, 0) for i, a in enumerate(ticks) for b in ticks[i + 1:]), \
                f"tick labels touch: {ticks}"
