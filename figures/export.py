"""Files a journalist takes away: Excel-safe CSV, PNG/SVG and standalone HTML charts, embed snippets.

Charts are drawn into files by vl-convert (Vega and Vega-Lite compiled into the Python package): no browser, no
download at run time.

CSV is UTF-8 with a byte-order mark (Excel then reads accents and the tenge sign right), every text cell that a
spreadsheet would run as a formula is escaped with a leading apostrophe, and reviewers' names are left out.
"""

import functools
import html
import io
import json
import tempfile
from urllib.parse import urlencode

import pandas as pd

from figures.charts import Chart
from figures.withheld import without_withheld

BOM = "\ufeff"
# Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
IMAGE_FORMATS = ("png", "svg")


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


def chart_image(chart: Chart, fmt: str) -> bytes:
    """The chart as PNG (twice its pixels, for print) or SVG, title, labels and caption included, drawn by
    vl-convert without a browser."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"image format must be one of {IMAGE_FORMATS}, not {fmt!r}")
    import vl_convert  # here, so that pages which never export do not load it

    if fmt == "png":
        return vl_convert.vegalite_to_png(chart.spec, scale=2)
    return vl_convert.vegalite_to_svg(chart.spec).encode("utf-8")


# Draws the spec held in the page's JSON script element: no document text ever sits inside JavaScript.
_DRAW = ("vegaEmbed('#chart', JSON.parse(document.getElementById('chart-spec').textContent), "
         "{renderer: 'svg', actions: false}).catch(console.error);")


@functools.cache
def _drawing_script() -> str:
    """Vega, Vega-Lite and Vega-Embed bundled with _DRAW as one script (seconds to build, so built once)."""
    import vl_convert

    return vl_convert.javascript_bundle(snippet=_DRAW)


def standalone_html(chart: Chart) -> bytes:
    """One self-contained HTML file that works offline: the interactive chart (its JavaScript inline, nothing
    fetched) with its alt text; the caption (source, notes, count) is drawn in the chart, written once."""
    spec = json.dumps(chart.spec, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(chart.title)}</title>\n</head>\n<body>\n"
        f"<figure role=\"img\" aria-label=\"{html.escape(chart.alt, quote=True)}\" style=\"margin:0\">\n"
        "<div id=\"chart\" style=\"width:100%\"></div>\n</figure>\n"
        f"<script type=\"application/json\" id=\"chart-spec\">{spec}</script>\n"
        f"<script type=\"module\">{_drawing_script()}</script>\n</body>\n</html>\n"
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
    height = chart.height + 80
    return (f'<iframe src="{src}" title="{html.escape(chart.title, quote=True)}" '
            f'width="100%" height="{height}" style="border:0" loading="lazy"></iframe>')
