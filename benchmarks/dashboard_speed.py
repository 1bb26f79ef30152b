"""Page speed of the dashboard in headless Chromium, from a freshly started server over a new store.

Measures the first start (opening / on a server that has just started: the app's navigation seen, the first-start
progress seen, the Overview drawn), opening each page in a new session (in a new browser profile, its cache empty,
and in a new tab of a profile that has opened the page before, its cache warm), and switching to each page by the
app's navigation; writes the table into BENCHMARKS.md's "Dashboard speed" section (or prints it with --print).

    .venv/bin/python benchmarks/dashboard_speed.py [--runs 3] [--print]
"""

import argparse
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.dashboard_server import ROOT, serve  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 120_000
# page address: (its title, whether it draws a chart, the navigation label that opens it)
PAGES = {
    "": ("Reported figures: overview", True, "Overview"),
    "fines": ("Fines", True, "Fines"),
    "sentences": ("Sentences", True, "Sentences"),
    "casualties": ("Casualties", True, "Casualties"),
    "justice": ("Complaints, cases and detentions", True, "Complaints, cases & detentions"),
    "compare": ("Compare", False, "Compare"),  # the seed alone has no measure to chart
    "explorer": ("Explorer", False, "Explorer"),
    "documents": ("Documents", False, "Documents"),
}
SECTION = "## Dashboard speed"
# A chart drawn: Vega's SVG (the charts' specs ask for SVG) inside Streamlit's chart element.
DRAWN_CHART = '[data-testid="stVegaLiteChart"] svg.marks'


def _drawn(page, path: str) -> None:
    """Wait until the page at `path` shows its title, its chart (when it has one) and no running script."""
    title, chart, _ = PAGES[path]
    expect(page.get_by_role("heading", name=title, exact=True).first).to_be_visible(timeout=TIMEOUT_MS)
    if chart:
        page.locator(DRAWN_CHART).first.wait_for(timeout=TIMEOUT_MS)
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT_MS)


def _nav(page):
    """The app's own navigation links (top bar or sidebar)."""
    return page.locator('[data-testid="stTopNavLink"], [data-testid="stSidebarNavLink"]')


def first_start(browser, url: str) -> dict:
    """Seconds from opening / on a just-started server to the app navigation, the progress bar and the drawn
    Overview; whether a list of page files was ever shown instead of the app's navigation."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, timeout=TIMEOUT_MS)
    marks, files_shown = {}, False
    while "drawn" not in marks and time.perf_counter() - start < TIMEOUT_MS / 1000:
        now = time.perf_counter() - start
        if "nav" not in marks and _nav(page).filter(has_text="Overview").count():
            marks["nav"] = now
        if "progress" not in marks and page.get_by_test_id("stProgress").count():
            marks["progress"] = now
        files_shown = files_shown or bool(_nav(page).filter(has_text="store_access").count())
        if (page.get_by_role("heading", name=PAGES[""][0], exact=True).count()
                and page.locator(DRAWN_CHART).count()
                and not page.get_by_test_id("stStatusWidget").count()):
            marks["drawn"] = now
        page.wait_for_timeout(50)
    context.close()
    return {**marks, "files_shown": files_shown}


def _opened(context, url: str, path: str) -> float:
    """Seconds from opening the page at `path` in a new tab of `context` (a new app session) to its drawing."""
    page = context.new_page()
    start = time.perf_counter()
    page.goto(f"{url}/{path}", timeout=TIMEOUT_MS)
    _drawn(page, path)
    seconds = time.perf_counter() - start
    page.close()
    return seconds


def open_in_new_session(browser, url: str, path: str, runs: int) -> tuple[list[float], list[float]]:
    """Seconds to open the page in a new session, `runs` times each: in a new browser profile (an empty cache, as a
    first visit), and in a new tab of one profile that opened it once before (the browser's cache warm)."""
    cold = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        cold.append(_opened(context, url, path))
        context.close()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    _opened(context, url, path)
    warm = [_opened(context, url, path) for _ in range(runs)]
    context.close()
    return cold, warm


def _usable(link) -> bool:
    """Whether a link can be clicked: shown and not inside an inert part of the page (a folded menu)."""
    return link.is_visible() and not link.evaluate("e => Boolean(e.closest('[inert]'))")


def _visible_link(page, label: str):
    """The menu link to a page, opening the top menu's overflow ("2 more") first when the link is folded into it."""
    links = _nav(page).filter(has_text=label)
    shown = [links.nth(i) for i in range(links.count()) if _usable(links.nth(i))]
    if shown:
        return shown[0]
    page.get_by_text(re.compile(r"^\d+ more$")).first.click()
    candidates = page.get_by_role("menuitem", name=re.compile(re.escape(label)))
    expect(candidates.last).to_be_visible(timeout=TIMEOUT_MS)
    return next(candidates.nth(i) for i in range(candidates.count()) if _usable(candidates.nth(i)))


def switch_times(browser, url: str, runs: int) -> dict[str, list[float]]:
    """Seconds to switch to each page by clicking its navigation link, from the page before it."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(url, timeout=TIMEOUT_MS)
    _drawn(page, "")
    times: dict[str, list[float]] = {path: [] for path in PAGES}
    order = list(PAGES)[1:] + [""]
    for _ in range(runs):
        for path in order:
            start = time.perf_counter()
            _visible_link(page, PAGES[path][2]).click()
            _drawn(page, path)
            times[path].append(time.perf_counter() - start)
    context.close()
    return times


def measure(runs: int) -> tuple[dict, dict, dict, float]:
    """The first start, the new-session opens (cold and warm) and the switches, and the load average before them."""
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        with serve(Path(tmp) / "figures.sqlite", Path(tmp)) as url:
            first = first_start(browser, url)
            opened = {path: open_in_new_session(browser, url, path, runs) for path in PAGES}
            switched = switch_times(browser, url, runs)
        browser.close()
    return first, opened, switched, load_before


def report(first: dict, opened: dict, switched: dict, load_before: float, runs: int) -> str:
    def at(key):
        return f"{first[key]:.1f} s" if key in first else "never"
    lines = [SECTION, "",
             f"Written by `benchmarks/dashboard_speed.py` on {date.today().isoformat()} ({platform.machine()}, Python "
             f"{platform.python_version()}, 2 cores shared with other work, load average {load_before:.1f} at the "
             f"start and {os.getloadavg()[0]:.1f} at the end): "
             "`streamlit run app.py` started over a new store (the seed "
             "report is read on the first visit), driven by headless Chromium at 1400 px. A page is drawn when its "
             f"title and chart show and no script runs; medians of {runs}.", "",
             f"First start (opening / right after the server answers): the app's navigation at {at('nav')}, the "
             f"first-start progress at {at('progress')}, the Overview drawn at {at('drawn')}; a list of page files "
             f"was {'shown' if first['files_shown'] else 'never shown'}.", "",
             "A new session is a new browser tab opening the page's address: in a new browser profile (cold: the "
             "browser downloads and compiles the app's JavaScript, as on a first visit) or in a profile that has "
             "opened it before (warm: its cache holds the JavaScript; Chromium still evaluates it in every new tab).",
             "",
             "| page | opened in a new session, cold cache (s) | opened in a new session, warm cache (s) "
             "| switched to from the page before (s) |", "|---|---:|---:|---:|"]
    for path, (title, _, label) in PAGES.items():
        cold, warm = opened[path]
        lines.append(f"| {label} | {statistics.median(cold):.2f} | {statistics.median(warm):.2f} "
                     f"| {statistics.median(switched[path]):.2f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--print", action="store_true", help="print the section instead of writing BENCHMARKS.md")
    args = parser.parse_args()
    text = report(*measure(args.runs), args.runs)
    if args.print:
        print(text)
    else:
        from benchmarks.hostile_speed import write_section  # the one section writer of the benchmarks

        write_section(text, ROOT / "BENCHMARKS.md")


if __name__ == "__main__":
    main()
