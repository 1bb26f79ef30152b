"""What the chart library costs a page opened in a new browser session: the seed's Casualties chart drawn with Plotly
(the dashboard's chart), with Vega-Lite (a prototype in Streamlit's built-in st.altair_chart) and no chart at all,
each page served alone (benchmarks/chart_library_page.py) and opened in a new browser profile, the three in turn.

Writes BENCHMARKS.md's "Chart library speed" section (or prints it with --print):

    .venv/bin/python benchmarks/chart_library_speed.py [--runs 5] [--print]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.dashboard_server import serve  # noqa: E402
from benchmarks.dashboard_speed import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS, write_section  # noqa: E402
from figures.ingest import ingest_seed  # noqa: E402
from figures.store import Store  # noqa: E402

SECTION = "## Chart library speed"
LIBRARIES = ("plotly", "vega", "none")
DRAWN = {"plotly": ".js-plotly-plot svg.main-svg",
         "vega": "[data-testid='stVegaLiteChart'] svg, [data-testid='stVegaLiteChart'] canvas"}


def open_once(browser, url: str, lib: str) -> tuple[float, float]:
    """Seconds from opening the page drawn by `lib` in a new browser profile to its chart drawn and its script
    done, and the seconds the browser's main thread was busy meanwhile."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    start = time.perf_counter()
    page.goto(f"{url}/?lib={lib}", timeout=TIMEOUT_MS)
    expect(page.get_by_role("heading", name=f"Casualties drawn by {lib}")).to_be_visible(timeout=TIMEOUT_MS)
    if lib in DRAWN:
        page.locator(DRAWN[lib]).first.wait_for(timeout=TIMEOUT_MS)
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=TIMEOUT_MS)
    seconds = time.perf_counter() - start
    busy = next(m["value"] for m in cdp.send("Performance.getMetrics")["metrics"] if m["name"] == "TaskDuration")
    context.close()
    return seconds, busy


def measure(runs: int) -> tuple[dict[str, list[tuple[float, float]]], float]:
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        db = Path(tmp) / "figures.sqlite"
        ingest_seed(Store(db))
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        with serve(db, Path(tmp), script="benchmarks/chart_library_page.py") as url:
            for lib in LIBRARIES:
                open_once(browser, url, lib)  # the server's first run of each, not counted
            times: dict[str, list[tuple[float, float]]] = {lib: [] for lib in LIBRARIES}
            for _ in range(runs):
                for lib in LIBRARIES:
                    times[lib].append(open_once(browser, url, lib))
        browser.close()
    return times, load_before


def report(times: dict, load_before: float, runs: int) -> str:
    lines = [SECTION, "",
             f"Written by `benchmarks/chart_library_speed.py` on {date.today().isoformat()} (load average "
             f"{load_before:.1f} at the start and {os.getloadavg()[0]:.1f} at the end): the seed's Casualties chart "
             "alone on a page, opened in a new browser profile (headless Chromium, 1400 px), drawn by Plotly (the "
             "dashboard's chart), by Vega-Lite (a prototype in Streamlit's st.altair_chart: the same rows, labels, "
             "colours, title, source caption and hover fields, no bar patterns, no downloads) and with no chart; "
             f"the three in turn, medians of {runs}.", "",
             "| chart drawn by | opened in a new session (s) | browser main thread busy (s) |", "|---|---:|---:|"]
    for lib in LIBRARIES:
        seconds, busy = zip(*times[lib])
        lines.append(f"| {lib} | {statistics.median(seconds):.2f} | {statistics.median(busy):.2f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--print", action="store_true", help="print the section instead of writing BENCHMARKS.md")
    args = parser.parse_args()
    text = report(*measure(args.runs), args.runs)
    print(text) if args.print else write_section(text, SECTION)


if __name__ == "__main__":
    main()
