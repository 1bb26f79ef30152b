"""Files a journalist takes away: Excel-safe CSV, PNG/SVG and standalone HTML charts, embed snippets.

CSV is UTF-8 with a byte-order mark (Excel then reads accents and the tenge sign right), every text cell that a
spreadsheet would run as a formula is escaped with a leading apostrophe, and reviewers' names are left out.
"""

import html
import io
import os
import shutil
import tempfile
import threading
from urllib.parse import urlencode

import pandas as pd

from figures.charts import EXPORT_WIDTH, Chart
from figures.withheld import without_withheld

BOM = "\ufeff"
# Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BROWSER_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
IMAGE_FORMATS = ("png", "svg")

_kaleido_lock = threading.Lock()
_kaleido_started = False


class ExportUnavailable(RuntimeError):
    """An image export cannot run here (no browser for kaleido); the message says what is missing."""


def escape_formula(value):
    """A text cell made inert for spreadsheets; numbers and other values are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_excel_csv(df: pd.DataFrame) -> bytes:
    """The rows as CSV bytes that open cleanly in Excel: UTF-8 with BOM, CRLF, formulas escaped, and without the
    columns of personal data (reviewers' names, figures.withheld): every CSV the dashboard hands out is made here."""
    safe = without_withheld(df)
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(escape_formula)
    safe.columns = [escape_formula(str(c)) for c in safe.columns]
    return (BOM + safe.to_csv(index=False, lineterminator="\r\n")).encode("utf-8")


def csv_file(chunks) -> io.FileIO:
    """The chunks of rows (DataFrames with the same columns) as one Excel-safe CSV in a temporary file,
    written a chunk at a time so memory stays bounded; the file is open at its start."""
    out = tempfile.TemporaryFile(buffering=0)
    first = True
    for chunk in chunks:
        data = to_excel_csv(chunk)
        if not first:
            data = data.split(b"\r\n", 1)[1] if b"\r\n" in data else b""
        out.write(data)
        first = False
    out.seek(0)
    return out


def browser_path() -> str | None:
    """The Chromium kaleido will drive: $BROWSER_PATH if it exists, else the first one on PATH."""
    given = os.environ.get("BROWSER_PATH")
    if given:
        return given if os.path.exists(given) else None
    for name in BROWSER_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def images_available() -> tuple[bool, str]:
    """Whether PNG/SVG export can run, and if not, a one-line reason to show on the buttons."""
    if browser_path() is None:
        return False, "PNG and SVG export needs Chromium, and none is installed here (apt-get install chromium)."
    return True, ""


def chart_image(chart: Chart, fmt: str) -> bytes:
    """The chart as PNG or SVG, title and source included; ExportUnavailable if no browser can draw it."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"image format must be one of {IMAGE_FORMATS}, not {fmt!r}")
    ok, reason = images_available()
    if not ok:
        raise ExportUnavailable(reason)
    import kaleido

    global _kaleido_started
    with _kaleido_lock:
        if not _kaleido_started:
            kaleido.start_sync_server(mathjax=False, silence_warnings=True)
            _kaleido_started = True
        try:
            return chart.figure.to_image(format=fmt, width=EXPORT_WIDTH, height=chart.figure.layout.height,
                                         scale=2 if fmt == "png" else 1)
        except Exception as exc:  # kaleido reports a missing or broken browser in several ways
            raise ExportUnavailable(f"Could not draw the {fmt.upper()} with Chromium: {exc}".splitlines()[0]) from exc


def standalone_html(chart: Chart) -> bytes:
    """One self-contained HTML file: the interactive chart (plotly.js inlined) with its alt text; the caption
    (source, notes, count) is the chart's own annotation, as in the images and embeds, written once."""
    body = chart.figure.to_html(full_html=False, include_plotlyjs=True, config={"displaylogo": False},
                                default_width="100%")
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(chart.title)}</title>\n</head>\n<body>\n"
        f"<figure role=\"img\" aria-label=\"{html.escape(chart.alt, quote=True)}\" style=\"margin:0\">\n{body}\n"
        "</figure>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def embed_url(base_url: str, chart: Chart, scope: dict) -> str:
    """The Embed page's address for this chart: its name, its parameters, the document scope, embed=true."""
    params: list[tuple[str, str]] = [("chart", chart.name)]
    for key, value in list(chart.params.items()) + list(scope.items()):
        for item in value if isinstance(value, (list, tuple)) else [value]:
            params.append((key, str(item)))
    params.append(("embed", "true"))
    return f"{base_url.rstrip('/')}/embed?{urlencode(params)}"


def embed_snippet(base_url: str, chart: Chart, scope: dict) -> str:
    """An <iframe> for a briefing page that shows the chart alone, with its title for screen readers."""
    src = html.escape(embed_url(base_url, chart, scope), quote=True)
    height = int(chart.figure.layout.height or 500) + 80
    return (f'<iframe src="{src}" title="{html.escape(chart.title, quote=True)}" '
            f'width="100%" height="{height}" style="border:0" loading="lazy"></iframe>')
