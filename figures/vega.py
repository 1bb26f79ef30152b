"""The pieces every chart's Vega-Lite spec is made of: one style (fonts, colours, axes), a wrapped title, rows on a
band axis with labels on several lines, the caption under the plot, hover fields, and sizing for screens and files.

Document text only ever enters a spec as data values or literal title text, never inside an expression, so Vega
draws it as text whatever it holds.
"""

import math

import pandas as pd

from figures.chart_labels import CAPTION_CHARS, FONT_SIZE, TITLE_CHARS, lines_of
from figures.colors import BACKGROUND
from figures.records import records as frame_records

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
FONT = "Arial, Helvetica, Liberation Sans, DejaVu Sans, sans-serif"
TEXT_COLOR = "#222222"
NOTE_COLOR = "#444444"
EXPORT_WIDTH = 1000
# Ticks on a value axis: few enough that their numbers never touch on a phone.
AXIS_TICKS = 5
TITLE_SIZE = 16
TITLE_LINE_PX = 20
CAPTION_SIZE = 11
CAPTION_LINE_PX = 14
# Pixels from the bottom of the plot to the caption: room for the x axis, its labels and its title.
CAPTION_GAP_PX = 50
EMPTY_HEIGHT_PX = 160
NO_FIGURES = "No figures match the current filters"
# Drawn as SVG in the browser too (Streamlit reads usermeta.embedOptions): sharp at any zoom, its text in the page.
SVG = {"renderer": "svg"}

CONFIG = {
    "font": FONT,
    "background": BACKGROUND,
    "view": {"stroke": None},
    "title": {"fontSize": TITLE_SIZE, "anchor": "start", "frame": "bounds", "color": TEXT_COLOR,
              "lineHeight": TITLE_LINE_PX, "offset": 10},
    "axis": {"labelFontSize": 12, "titleFontSize": FONT_SIZE, "labelColor": TEXT_COLOR, "titleColor": TEXT_COLOR,
             "domainColor": NOTE_COLOR, "tickColor": NOTE_COLOR, "gridColor": "#e5e5e5"},
    "axisX": {"tickCount": AXIS_TICKS, "labelAngle": 0, "labelFlush": True, "labelOverlap": True,
              "labelSeparation": 8},
    "axisQuantitative": {"format": ",~f"},
    "axisY": {"grid": False},
    "axisBand": {"labelFontSize": FONT_SIZE, "labelLimit": 0, "labelLineHeight": 13},
    "text": {"fontSize": 12, "color": TEXT_COLOR},
}


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows as JSON-ready dicts (figures.records.records), with a missing number or time as None."""
    return [{k: None if _missing(v) else v for k, v in row.items()} for row in frame_records(frame)]


def _missing(value) -> bool:
    return value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def title_lines(text: str) -> list[str]:
    """The chart's title wrapped to TITLE_CHARS a line, so it stays inside a phone's width."""
    return lines_of(text, TITLE_CHARS)


def caption_lines(caption: str) -> list[str]:
    """The caption (source, notes, count) wrapped to CAPTION_CHARS a line."""
    return lines_of(caption, CAPTION_CHARS)


def caption_layer(lines: list[str], left_px: float, below_px: float = CAPTION_GAP_PX) -> dict:
    """A layer writing the caption's `lines` (caption_lines) under the plot from the chart's left edge (`left_px`
    left of the plot, where its row labels start), so the chart on screen, its images and its HTML all carry their
    source."""
    return {"data": {"values": [{"caption": lines}]},
            "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": CAPTION_SIZE,
                     "lineHeight": CAPTION_LINE_PX, "color": NOTE_COLOR,
                     "x": -round(left_px), "y": {"expr": f"height + {below_px}"}},
            "encoding": {"text": {"field": "caption", "type": "nominal"}}}


def caption_view(lines: list[str], left_px: float) -> dict:
    """The caption's `lines` as a view of their own, for charts of stacked panels (one view per panel)."""
    layer = caption_layer(lines, left_px, 0)
    layer["mark"]["y"] = 0
    return {**layer, "height": CAPTION_LINE_PX * len(lines)}


def no_figures_layer() -> dict:
    """A layer saying no figure matches, in the middle of an empty plot."""
    return {"data": {"values": [{"message": NO_FIGURES}]},
            "mark": {"type": "text", "fontSize": 15, "color": "#666666",
                     "x": {"expr": "width / 2"}, "y": {"expr": "height / 2"}},
            "encoding": {"text": {"field": "message", "type": "nominal"}}}


def row_px(labels) -> int:
    """Pixels per row of a band axis whose labels (and the words beside its marks) run to as many lines as the
    longest."""
    return 18 + 13 * max((str(label).count("\n") + 1 for label in labels), default=1)


def rows_axis(labels: list[str]) -> dict:
    """A y encoding with one row per label, top to bottom in the order given, each label on its lines."""
    return {"field": "label", "type": "nominal", "scale": {"domain": list(labels)}, "title": None,
            "axis": {"labelExpr": "split(datum.value, '\\n')", "ticks": False}}


def room_after(words_px: float) -> list:
    """A value axis's pixel range leaving `words_px` after its longest bar for the words written there, yet giving
    the bars at least half the plot on a narrow screen (where those words run on two short lines)."""
    return [0, {"expr": f"max(width / 2, width - {round(words_px)})"}]


def tooltip(fields: list[tuple[str, str]]) -> list[dict]:
    """Hover fields (field, title) as Vega-Lite tooltip entries: written as text, never as markup."""
    return [{"field": field, "type": "nominal", "title": name} for field, name in fields]


def spec(*, title: list[str], data: list[dict], height, layers: list[dict] | None = None,
         panels: list[dict] | None = None, right_px: float = 0) -> dict:
    """A whole chart: its title's lines (title_lines), style, data and either layers over one plot or panels one
    above the other. It fits the width it is given (the page's column on screen, EXPORT_WIDTH in files) and grows
    downwards with its rows; `right_px` keeps room right of the plot for the words written after its marks (Vega
    does not count them)."""
    out = {"$schema": SCHEMA, "title": {"text": title}, "config": CONFIG, "usermeta": {"embedOptions": SVG},
           "autosize": {"type": "fit-x", "contains": "padding"},
           "padding": {"left": 8, "top": 8, "right": 8 + round(right_px), "bottom": 8}, "data": {"values": data}}
    if panels is not None:
        out["vconcat"] = [{**panel, "width": EXPORT_WIDTH} for panel in panels]
        out["spacing"] = 24
    else:
        out.update(width=EXPORT_WIDTH, height=height, layer=layers)
    return out

