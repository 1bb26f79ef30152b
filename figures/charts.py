"""The dashboard's charts as Vega-Lite specs, each with its title, units, source and counting notes drawn in.

The caption (source, notes, count) is drawn under the plot inside the spec, so the chart on screen, its PNG/SVG and
its HTML agree. Every category is told by a direct label beside its mark (words after each bar, a line's name at its
end, a marker shape) as well as by colour. Document text reaches a spec only as data and title text.
"""

from dataclasses import dataclass, field

import pandas as pd

from figures import queries, series, vega
from figures.chart_labels import (LABEL_CHARS, VALUE_TEXT_CHARS, present, row_labels, short, unique_labels,
                                  widest_line, wrapped_label)
from figures.colors import COLORS, SYMBOLS
from figures.schema import CATEGORY_GROUPS, CHECKED_REVIEWS

# The words after each bar say what it counts, so colour is never the only cue and no legend is needed: a sentence's
# wording above its penalty ("3 years" / "probation"), a count above what it counts ("12" / "killed"); on two short
# lines, so that they fit beside the bars on a phone.
SENTENCE_WORDS = {"prison_term": "prison", "probation": "probation", "administrative_arrest": "arrest",
                  "ban": "ban", "compulsory_work": "work"}
CASUALTY_WORDS = {"deaths": "killed", "injuries": "injured"}
JUSTICE_WORDS = {"complaints": "complaints", "criminal_cases": "cases", "convictions": "convictions",
                 "detentions": "detained", "prisoners": "prisoners"}
RULE_COLOR = "#444444"
# Hover fields of a figure, in the order the hover box lists them.
HOVER = (("subject", "Subject"), ("who", "Who"), ("mention", "As written"), ("category_name", "Category"),
         ("period_name", "Period"), ("sentence", "Sentence"), ("document", "Document"), ("section", "Section"))
HOVER_CHARS = 400
LINE_NAME_CHARS = 24
LINE_HEIGHT_PX = 340


@dataclass(frozen=True)
class Chart:
    """A finished chart: its Vega-Lite spec plus the texts shown and exported around it, and the height it is
    drawn at."""

    name: str
    params: dict
    spec: dict = field(repr=False)
    title: str
    source: str
    notes: str
    n: int
    alt: str
    height: int

    @property
    def caption(self) -> str:
        """The caption under the chart: source, notes, number of figures shown."""
        return caption_of(self.source, self.notes, self.n)


def caption_of(source: str, notes: str, n: int) -> str:
    """Source, counting notes and the number of figures shown, as written under a chart."""
    return f"{source}. {notes} {_n_figures(n)} shown."


def _n_figures(n: int) -> str:
    return f"{n}\u00a0figure" + ("" if n == 1 else "s")


def source_line(figures: pd.DataFrame, documents: pd.DataFrame) -> str:
    """'Source: publisher, title, section 1.c, 2.a' for the documents the figures come from (any frame with
    doc_id and section columns: the figures, or their distinct pairs), then how many of the figures a reviewer
    checked when the frame tells (verified_part)."""
    doc_ids = list(dict.fromkeys(figures["doc_id"])) if len(figures) else list(documents["doc_id"])
    sections: dict[str, set] = {}
    for doc_id, section in zip(figures["doc_id"], figures["section"]) if len(figures) else ():
        sections.setdefault(doc_id, set()).add(queries.section_short(section))
    metadata = {row["doc_id"]: row for row in documents.to_dict("records")}
    parts = []
    for doc_id in doc_ids:
        meta = metadata.get(doc_id)
        if meta is None:
            continue
        name = ", ".join(str(x) for x in (meta.get("publisher"), meta.get("title")) if present(x))
        shorts = sorted(sections.get(doc_id, set()) - {""}, key=_natural_key)
        label = "section" if len(shorts) == 1 else "sections"
        parts.append(name + (f", {label} " + ", ".join(shorts) if shorts else ""))
    return "Source: " + ("; ".join(parts) if parts else "no document loaded") + verified_part(figures)


def verified_part(figures: pd.DataFrame) -> str:
    """'. Checked by a reviewer: 3 of 12 figures shown' from the figures' review column, or from the verified and
    figures counts of store.sections(); '' when the frame holds neither."""
    if "review" in figures.columns:
        checked, n = int(figures["review"].isin(CHECKED_REVIEWS).sum()), len(figures)
    elif {"verified", "figures"} <= set(figures.columns):
        checked, n = int(figures["verified"].sum()), int(figures["figures"].sum())
    else:
        return ""
    return f". Checked by a reviewer: {checked:,} of {n:,} figures shown" if n else ""


def _natural_key(text: str):
    """Sort key putting '2.a' before '10.b' and numbered sections before named ones."""
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in text.replace(".", " . ").split()]


def _hover_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The hover fields of each figure (HOVER) as plain text: long ones shortened, missing ones empty."""
    return pd.DataFrame({
        "subject": [short(s, HOVER_CHARS) for s in rows["subject"]],
        "who": [short(w, HOVER_CHARS) for w in (rows["who"] if "who" in rows.columns else [None] * len(rows))],
        "mention": [short(m, HOVER_CHARS) for m in rows["mention"]],
        "category_name": [queries.category_label(c) for c in rows["category"]],
        "period_name": [queries.period_label(p) for p in rows["period"]],
        "sentence": [short(s, HOVER_CHARS) for s in rows["sentence"]],
        "document": [short(d, HOVER_CHARS) for d in (rows["doc_title"] if "doc_title" in rows.columns
                                                     else [None] * len(rows))],
        "section": [short(str(s or "").replace(" > ", " › "), HOVER_CHARS) for s in rows["section"]],
    }, index=rows.index)


def _statutory_rows(df: pd.DataFrame, statutory: str) -> pd.DataFrame:
    return queries.filter_figures(df, statutory=statutory)


def _largest(rows: pd.DataFrame, column: str, describe) -> str:
    if rows.empty or rows[column].dropna().empty:
        return ""
    top = rows.loc[rows[column].idxmax()]
    return f" Largest: {describe(top[column])} ({short(top['subject'], 80)})."


def _category_colors(categories, group: tuple[str, ...], colors=None) -> dict:
    """A colour encoding of the category names present, each keeping its place in the palette of its group; no
    legend, as every bar names its category in the words after it."""
    present_ones = [c for c in group if c in set(categories)]
    palette = colors or {c: COLORS[i % len(COLORS)] for i, c in enumerate(group)}
    return {"field": "category_name", "type": "nominal", "legend": None,
            "scale": {"domain": [queries.category_label(c) for c in present_ones],
                      "range": [palette[c] for c in present_ones]}}


def _row_chart(name: str, params: dict, *, rows: pd.DataFrame, labels: list[str], layers: list[dict], title: str,
               source: str, notes: str, alt: str, n: int | None = None) -> Chart:
    """A chart of one row per label, top to bottom in the order of `labels`, with its caption under the plot; `n`
    figures shown (one per row unless said)."""
    n = len(rows) if n is None else n
    titled, captioned = _wrapped(title, source, notes, n)
    step = vega.row_px(list(labels) + list(rows["said"]))
    left = widest_line(labels) + 10
    bars, *others = layers
    scale = bars["encoding"]["x"].get("scale", {})
    bars = {**bars, "encoding": {**bars["encoding"], "x": {**bars["encoding"]["x"], "scale": {
        **scale, "range": vega.room_after(_overhang_px(rows, scale.get("domain", (0, None))[1]))}}}}
    spec = vega.spec(title=titled, data=vega.records(rows), height={"step": step},
                     layers=[bars, *others, vega.caption_layer(captioned, left)])
    height = _drawn_height(titled, captioned, step * len(labels))
    return Chart(name, params, spec, title, source, notes, n, alt, height)


def _overhang_px(rows: pd.DataFrame, axis_end: float | None = None) -> float:
    """Width of the longest words written after a bar that reaches past half the axis, whose end is `axis_end` when
    the axis has a fixed one, else the longest bar's (shorter bars leave room for theirs inside the plot)."""
    ends = rows["end"] if "end" in rows.columns else rows[[c for c in ("value", "figures") if c in rows.columns][0]]
    top = ends.max() if axis_end is None else axis_end
    return max((widest_line([said], 12) for said, end in zip(rows["said"], ends) if end >= top / 2), default=0) + 8


def _wrapped(title: str, source: str, notes: str, n: int) -> tuple[list[str], list[str]]:
    """The lines of the title and of the caption as the chart draws them: wrapped once for its spec and its height."""
    return vega.title_lines(title), vega.caption_lines(caption_of(source, notes, n))


def _drawn_height(title_lines: list[str], caption_lines: list[str], plot_px: int) -> int:
    """Pixels the chart takes on a page: title, plot, x axis and caption (their lines as drawn)."""
    return int(vega.TITLE_LINE_PX * len(title_lines) + 16 + plot_px
               + vega.CAPTION_GAP_PX + vega.CAPTION_LINE_PX * len(caption_lines) + 16)


def _empty_chart(name: str, params: dict, title: str, source: str, notes: str, alt: str) -> Chart:
    """A chart with no figure to draw: its title, the message that none matches, and its caption."""
    titled, captioned = _wrapped(title, source, notes, 0)
    spec = vega.spec(title=titled, data=[], height=vega.EMPTY_HEIGHT_PX,
                     layers=[vega.no_figures_layer(), vega.caption_layer(captioned, 0, 16)])
    return Chart(name, params, spec, title, source, notes, 0, alt, _drawn_height(titled, captioned,
                                                                                 vega.EMPTY_HEIGHT_PX))


def _value_x(field_name: str, title: str, domain=None) -> dict:
    scale = {"domain": list(domain), "nice": False} if domain is not None else {}
    return {"field": field_name, "type": "quantitative", "title": title, "scale": scale}


def _bars(y: dict, x: dict, color, tips: list[tuple[str, str]]) -> dict:
    color_channel = {"value": color} if isinstance(color, str) else color
    return {"mark": {"type": "bar", "height": {"band": 0.7}},
            "encoding": {"y": y, "x": x, "color": color_channel, "tooltip": vega.tooltip(tips)}}


def _texts_after(y: dict, x_field: str, text_field: str) -> dict:
    """Words written just after each bar's end (its number and what it counts), on the lines they hold."""
    return {"mark": {"type": "text", "align": "left", "baseline": "middle", "dx": 4, "lineBreak": "\n"},
            "encoding": {"y": y, "x": {"field": x_field, "type": "quantitative"},
                         "text": {"field": text_field, "type": "nominal"}}}


def counts_chart(figures: pd.DataFrame, documents: pd.DataFrame, by: str = "theme") -> Chart:
    """How many figures the documents state, per theme or per category."""
    if by not in ("theme", "category"):
        raise ValueError(f"by must be 'theme' or 'category', not {by!r}")
    return counts_chart_of(queries.counts_by(figures, by), source_line(figures, documents), by)


def counts_chart_of(counts: pd.DataFrame, source: str, by: str = "theme") -> Chart:
    """The counts chart from counted rows (columns: by, figures) and its source line, the largest count on top."""
    if by not in ("theme", "category"):
        raise ValueError(f"by must be 'theme' or 'category', not {by!r}")
    counts = counts.sort_values("figures", kind="stable").iloc[::-1]
    n = int(counts["figures"].sum())
    names = [queries.category_label(x) if by == "category" else str(x) for x in counts[by]]
    labels = unique_labels(wrapped_label(name) for name in names)
    title = f"Figures stated in the report(s), by {by} (number of figures)"
    notes = f"Every number the extractor found, statutory ones included, counted once per mention and grouped by {by}."
    top = f" Most: {names[0]} with {counts['figures'].iloc[0]}." if len(counts) else ""
    alt = f"Bar chart of {_n_figures(n)} counted by {by} across {len(counts)} {by} groups.{top}"
    if counts.empty:
        return _empty_chart(f"by_{by}", {}, title, source, notes, alt)
    rows = pd.DataFrame({"label": labels, "name": names, "figures": counts["figures"].astype(int).tolist(),
                         "said": [f"{v:,}" for v in counts["figures"]]})
    y = vega.rows_axis(labels)
    x = {**_value_x("figures", "Number of figures"), "axis": {"tickMinStep": 1}}
    layers = [_bars(y, x, COLORS[0], [("name", by.capitalize()), ("figures", "Figures")]),
              _texts_after(y, "figures", "said")]
    return _row_chart(f"by_{by}", {}, rows=rows, labels=labels, layers=layers, title=title, source=source,
                      notes=notes, alt=alt, n=n)


FINE_PANELS = (("amount_kzt", "KZT", "In tenge (KZT)"), ("amount_usd", "USD", "In US dollars (USD)"))


def fines_chart(figures: pd.DataFrame, documents: pd.DataFrame, statutory: str = "imposed") -> Chart:
    """Each fine as a point, its tenge amount in a panel above its US dollar amount."""
    if statutory not in ("imposed", "statutory"):
        raise ValueError(f"statutory must be 'imposed' or 'statutory', not {statutory!r}")
    rows = queries.fines_table(_statutory_rows(figures, statutory))
    rows = rows.sort_values("amount_kzt", na_position="first").iloc[::-1]
    what = "Fines imposed" if statutory == "imposed" else "Maximum fines the law prescribes"
    title = f"{what}, in tenge and US dollars (one point per fine)"
    no_usd = int(rows["amount_usd"].isna().sum())
    converted = int((rows["usd_source"] == "converted").sum())
    notes = (("Fines reported as imposed; statutory maximums excluded." if statutory == "imposed"
              else "Fines as the law prescribes them (maximums and ranges); fines actually imposed excluded.")
             + " US dollar amounts as the report gives them"
             + (f"; {converted} converted at the exchange rate recorded with the figure" if converted else "")
             + (f"; {no_usd} without a dollar amount" if no_usd else "") + ". Ranges at their low end.")
    source = source_line(rows, documents)
    alt = (f"Dot chart of {len(rows)} {what.lower()}, amounts in tenge above US dollars."
           + _largest(rows, "amount_kzt", lambda v: f"{v:,.0f} tenge"))
    params = {"statutory": statutory}
    if rows.empty:
        return _empty_chart("fines", params, title, source, notes, alt)
    labels = row_labels(rows)
    data = pd.concat([rows[["amount_kzt", "amount_usd"]].reset_index(drop=True), _hover_rows(rows).reset_index(
        drop=True)], axis=1).assign(
        label=labels, usd_source=[str(s) if present(s) else "" for s in rows["usd_source"]],
        kzt_said=[f"{v:,.0f} KZT" if pd.notna(v) else "" for v in rows["amount_kzt"]],
        usd_said=[f"{v:,.0f} USD" if pd.notna(v) else "none" for v in rows["amount_usd"]])
    color = COLORS[0] if statutory == "imposed" else COLORS[1]
    panels = [_fine_panel(data, labels, column, unit, name, color) for column, unit, name in FINE_PANELS]
    titled, captioned = _wrapped(title, source, notes, len(rows))
    step = vega.row_px(labels)
    panels.append(vega.caption_view(captioned, widest_line(labels) + 10))
    spec = vega.spec(title=titled, data=vega.records(data), height=None, panels=panels)
    height = _drawn_height(titled, captioned, 2 * step * len(labels) + 2 * (vega.CAPTION_GAP_PX + 24))
    return Chart("fines", params, spec, title, source, notes, len(rows), alt, height)


def _fine_panel(data: pd.DataFrame, labels: list[str], column: str, unit: str, name: str, color: str) -> dict:
    """One panel of the fines chart: a point per fine on an axis of one currency, logarithmic when the amounts
    span more than a hundredfold."""
    values = data[column].dropna()
    log = len(values) > 1 and values.min() > 0 and values.max() / values.min() > 100
    tips = [("kzt_said", "In tenge"), ("usd_said", "In US dollars"), ("usd_source", "Dollar amount")] + list(HOVER)
    return {"title": {"text": name, "fontSize": 14, "fontWeight": "bold"},
            "height": {"step": vega.row_px(labels)},
            "mark": {"type": "point", "filled": True, "size": 110, "color": color, "opacity": 1},
            "encoding": {"y": vega.rows_axis(labels),
                         "x": {"field": column, "type": "quantitative",
                               "title": f"Amount ({unit}{', log scale' if log else ''})",
                               "scale": {"type": "log"} if log else {"zero": True},
                               "axis": {"format": "~s" if log or values.max() >= 10_000 else ",~f"}},
                         "tooltip": vega.tooltip(tips)}}


def sentences_chart(figures: pd.DataFrame, documents: pd.DataFrame, statutory: str = "imposed",
                    unit: str = "years") -> Chart:
    """Prison terms, probation, arrest, bans and compulsory work on one time axis, the longest on top."""
    if statutory not in ("imposed", "statutory"):
        raise ValueError(f"statutory must be 'imposed' or 'statutory', not {statutory!r}")
    if unit not in ("years", "months"):
        raise ValueError(f"unit must be 'years' or 'months', not {unit!r}")
    rows = queries.sentences_table(_statutory_rows(figures, statutory)).sort_values("months").iloc[::-1]
    what = "Sentences imposed" if statutory == "imposed" else "Penalties the law prescribes"
    title = f"{what}: prison, probation, arrest, bans and compulsory work (in {unit})"
    notes = (("Penalties reported as imposed; statutory maximums excluded." if statutory == "imposed"
              else "Penalties as the law prescribes them; sentences actually imposed excluded.")
             + " One bar per sentence; a range is drawn to its low end with a whisker to its high end;"
             " suspended terms count as probation; a month is 1/12 year.")
    source = source_line(rows, documents)
    alt = (f"Bar chart of {len(rows)} {what.lower()} in {unit}, coloured by type of penalty and named after each bar."
           + _largest(rows, "months", queries.format_duration))
    params = {"statutory": statutory, "unit": unit}
    if rows.empty:
        return _empty_chart("sentences", params, title, source, notes, alt)
    labels = row_labels(rows)
    data = _hover_rows(rows).assign(
        label=labels, value=rows[unit], end=rows[f"{unit}_high"].fillna(rows[unit]).clip(lower=rows[unit]),
        said=[f"{short(m, VALUE_TEXT_CHARS)}\n{SENTENCE_WORDS.get(c, c)}"
              for m, c in zip(rows["mention"], rows["category"])])
    data = data.assign(ranged=data["end"] > data["value"])
    y = vega.rows_axis(labels)
    x = _value_x("value", f"Length ({unit})", domain=(0, round(1.04 * _longest_sentence(figures, unit), 6)))
    whisker = {"transform": [{"filter": "datum.ranged"}]}
    layers = [
        _bars(y, x, _category_colors(rows["category"], CATEGORY_GROUPS["sentences"]),
              [("value", f"Length ({unit})")] + list(HOVER)),
        {**whisker, "mark": {"type": "rule", "color": RULE_COLOR, "strokeWidth": 1.5},
         "encoding": {"y": y, "x": {"field": "value", "type": "quantitative"}, "x2": {"field": "end"}}},
        {**whisker, "mark": {"type": "tick", "color": RULE_COLOR, "thickness": 1.5, "size": 10},
         "encoding": {"y": y, "x": {"field": "end", "type": "quantitative"}}},
        _texts_after(y, "end", "said"),
    ]
    return _row_chart("sentences", params, rows=data, labels=labels, layers=layers, title=title, source=source,
                      notes=notes, alt=alt)


def _longest_sentence(figures: pd.DataFrame, unit: str) -> float:
    """The longest penalty (to a range's high end), imposed or statutory, so both charts share one axis."""
    rows = queries.sentences_table(figures)
    ends = pd.concat([rows[unit], rows[f"{unit}_high"]]).dropna()
    return float(ends.max()) if len(ends) else 1.0


def casualties_chart(figures: pd.DataFrame, documents: pd.DataFrame) -> Chart:
    """Deaths and injuries per event, grouped by theme; each bar says "killed" or "injured" after its number."""
    rows = queries.casualties_table(_statutory_rows(figures, "imposed"))
    title = "Deaths and injuries reported, by theme and event (number of people)"
    notes = ("Each bar is one figure as stated (not summed: reports often repeat a toll), labelled with its theme"
             " first; vague amounts such as 'dozens' at their conventional floor.")
    source = source_line(rows, documents)
    alt = (f"Bar chart of {len(rows)} figures on deaths and injuries, grouped by theme."
           + _largest(rows, "value", lambda v: f"{v:,.0f} people"))
    if rows.empty:
        return _empty_chart("casualties", {}, title, source, notes, alt)
    labels = row_labels(rows, lead="theme")
    data = _hover_rows(rows).assign(label=labels, value=rows["value"],
                                    said=[f"{v:,.0f}\n{CASUALTY_WORDS[c]}" for v, c in
                                          zip(rows["value"], rows["category"])])
    y = vega.rows_axis(labels)
    colors = {"deaths": COLORS[6], "injuries": COLORS[1]}
    layers = [_bars(y, _value_x("value", "Number of people"),
                    _category_colors(rows["category"], CATEGORY_GROUPS["casualties"], colors),
                    [("value", "People")] + list(HOVER)),
              _texts_after(y, "value", "said")]
    return _row_chart("casualties", {}, rows=data, labels=labels, layers=layers, title=title, source=source,
                      notes=notes, alt=alt)


def justice_chart(figures: pd.DataFrame, documents: pd.DataFrame,
                  categories=queries.JUSTICE_CATEGORIES) -> Chart:
    """Complaints, cases, convictions, detentions and prisoners, one bar per figure and period."""
    unknown = set(categories) - set(queries.JUSTICE_CATEGORIES)
    if unknown or not categories:
        raise ValueError(f"categories must be among {queries.JUSTICE_CATEGORIES}, not {sorted(unknown) or 'none'}")
    rows = queries.justice_table(_statutory_rows(figures, "imposed"), categories)
    order = {c: i for i, c in enumerate(queries.JUSTICE_CATEGORIES)}
    rows = rows.sort_values(["category", "doc_id", "char_start"],
                            key=lambda s: s.map(order) if s.name == "category" else s)
    names = ", ".join(queries.category_label(c).lower() for c in categories)
    title = f"Counts of {names}, each with its period (number)"
    notes = ("One bar per figure, labelled with the period it covers, so figures for different periods"
             " stand apart; statutory figures excluded; vague amounts at their conventional floor.")
    source = source_line(rows, documents)
    alt = (f"Bar chart of {len(rows)} counts of {names}, each labelled with its period."
           + _largest(rows, "value", lambda v: f"{v:,.0f}"))
    params = {"categories": list(categories)}
    if rows.empty:
        return _empty_chart("justice", params, title, source, notes, alt)
    labels = unique_labels(wrapped_label(f"{short(s, LABEL_CHARS - 8)} — {p}")
                           for s, p in zip(rows["subject"], rows["period_label"]))
    data = _hover_rows(rows).assign(label=labels, value=rows["value"],
                                    said=[f"{v:,.0f}\n{JUSTICE_WORDS[c]}" for v, c in
                                          zip(rows["value"], rows["category"])])
    y = vega.rows_axis(labels)
    layers = [_bars(y, _value_x("value", "Number counted"),
                    _category_colors(rows["category"], queries.JUSTICE_CATEGORIES), [("value", "Number")]
                    + list(HOVER)),
              _texts_after(y, "value", "said")]
    return _row_chart("justice", params, rows=data, labels=labels, layers=layers, title=title, source=source,
                      notes=notes, alt=alt)


def _lines_chart(name: str, params: dict, *, points: pd.DataFrame, x: str, y: str, y_title: str, x_title: str,
                 tips: list[tuple[str, str]], title: str, source: str, notes: str, alt: str) -> Chart:
    """Lines of points by year, one per `group`: each with its own colour and marker shape and its name written
    at its last point, so colour is never the only cue."""
    titled, captioned = _wrapped(title, source, notes, len(points))
    groups = sorted(points["group"].unique())
    points = points.sort_values(["group", x])
    last = points.groupby("group")[x].transform("max") == points[x]
    points = points.assign(end_name=[short(g, LINE_NAME_CHARS) if is_last else ""
                                     for g, is_last in zip(points["group"], last)])
    years = pd.to_numeric(points[x], errors="coerce").dropna()
    step = _year_step(years)
    ticks = list(range(int(years.min()), int(years.max()) + 1, step)) if len(years) else []
    x_channel = {"field": x, "type": "quantitative", "title": x_title,
                 "scale": {"zero": False, "nice": False, "padding": 12},
                 "axis": {"format": "d", "values": ticks}}
    y_channel = {"field": y, "type": "quantitative", "title": y_title}
    colors = {"field": "group", "type": "nominal", "legend": None,
              "scale": {"domain": groups, "range": [COLORS[i % len(COLORS)] for i in range(len(groups))]}}
    shapes = {**colors, "scale": {"domain": groups, "range": [SYMBOLS[i % len(SYMBOLS)] for i in range(len(groups))]}}
    layers = [
        {"mark": {"type": "line", "strokeWidth": 2.5}, "encoding": {"x": x_channel, "y": y_channel, "color": colors,
                                                                    "detail": {"field": "group"}}},
        {"mark": {"type": "point", "filled": True, "size": 90, "opacity": 1},
         "encoding": {"x": x_channel, "y": y_channel, "color": colors, "shape": shapes,
                      "tooltip": vega.tooltip(tips)}},
        {"mark": {"type": "text", "align": "left", "baseline": "middle", "dx": 8},
         "encoding": {"x": x_channel, "y": y_channel, "text": {"field": "end_name", "type": "nominal"},
                      "color": colors}},
    ]
    left = widest_line([f"{v:,.0f}" for v in points[y]], 12) + 34
    spec = vega.spec(title=titled, data=vega.records(points), height=LINE_HEIGHT_PX,
                     layers=[*layers, vega.caption_layer(captioned, left)],
                     right_px=widest_line(points["end_name"], 12) + 8)
    height = _drawn_height(titled, captioned, LINE_HEIGHT_PX)
    return Chart(name, params, spec, title, source, notes, len(points), alt, height)


def across_years_chart(figures: pd.DataFrame, documents: pd.DataFrame) -> Chart:
    """Figures on the same subject in one country's reports of different years, one line per subject."""
    rows = queries.across_years(figures)
    title = "Figures that recur across years (value as stated, in its own unit)"
    notes = ("Figures of the same country and category whose subject reads the same in reports of"
             " different years; one line per subject.")
    source = source_line(rows, documents)
    subjects = rows["series"].nunique() if len(rows) else 0
    alt = f"Line chart of {subjects} subjects followed across report years ({_n_figures(len(rows))})."
    if rows.empty:
        return _empty_chart("across_years", {}, title, source, notes, alt)
    first_subject = rows.groupby(["doc_country", "series"], sort=False)["subject"].transform("first")
    points = pd.concat([rows[["doc_year", "value"]], _hover_rows(rows)], axis=1).assign(
        group=[f"{c}: {s}" for c, s in zip(rows["doc_country"], first_subject)])
    return _lines_chart("across_years", {}, points=points, x="doc_year", y="value", x_title="Report year",
                        y_title="Value (unit of the figure)", tips=[("group", "Subject"), ("doc_year", "Year"),
                                                                   ("value", "Value")] + list(HOVER),
                        title=title, source=source, notes=notes, alt=alt)


def _year_step(years: pd.Series) -> int:
    """Years between ticks of a year axis: every year, or fewer so that at most AXIS_TICKS years are written (their
    numbers touch on a phone otherwise)."""
    years = pd.to_numeric(years, errors="coerce").dropna()
    span = int(years.max() - years.min()) if len(years) else 0
    return max(1, -(-span // (vega.AXIS_TICKS - 1)))


def _stated_and_converted(r) -> tuple[str, str]:
    """How a compared point was stated and, for money in another currency, what it was converted at."""
    said = f"“{r.mention}”" + (f" (first of {r.stated} figures stated for {r.year})" if r.stated > 1 else "")
    if r.kind == "money" and r.unit != "USD" and pd.notna(r.value_base):
        rate = f"{r.fx_rate_used:,.2f} {r.unit} per US dollar" if pd.notna(r.fx_rate_used) else "no rate"
        return said, f"${r.value_base:,.0f} at {rate} ({r.fx_source or 'source not given'})"
    return said, ""


def compare_chart(figures: pd.DataFrame, documents: pd.DataFrame, key: str, by: str = "country") -> Chart:
    """One measure (a figures.series key) by year, one line per country or source; money in converted US
    dollars."""
    points = series.compare_points(figures, key, by)
    label = series.measure_label(key)
    title = f"{label}, by year: one line per {by}"
    notes = (f"Each point is the first figure of this measure a {by} states for that year; hover for the sentence. "
             + ("Money is converted to US dollars at the reference rate of the figure's year. "
                if series.kind_of(key) == "money" else "")
             + ("Countries as the documents give them." if by == "country" else "Sources are the publishers."))
    source = source_line(points, documents)
    groups = points["group"].nunique() if len(points) else 0
    alt = f"Line chart of {label} by year for {groups} {by} group(s), {_n_figures(len(points))}."
    params = {"measure": key, "by": by}
    if points.empty:
        return _empty_chart("compare", params, title, source, notes, alt)
    said = [_stated_and_converted(r) for r in points.itertuples(index=False)]
    data = pd.concat([points[["year", "compared", "group"]].reset_index(drop=True),
                      _hover_rows(points).reset_index(drop=True)], axis=1).assign(
        year=[int(y) for y in points["year"]], stated=[s for s, _ in said], converted=[c for _, c in said])
    tips = [("group", by.capitalize()), ("year", "Year"), ("compared", series.axis_title(key, points)),
            ("stated", "Stated"), ("converted", "Converted")] + list(HOVER)
    return _lines_chart("compare", params, points=data, x="year", y="compared", x_title="Year",
                        y_title=series.axis_title(key, points), tips=tips, title=title, source=source, notes=notes,
                        alt=alt)


CHART_NAMES = ("by_theme", "by_category", "fines", "sentences", "casualties", "justice", "across_years", "compare")


def build_chart(name: str, figures: pd.DataFrame, documents: pd.DataFrame, params: dict) -> Chart:
    """The chart `name` with string parameters as they come from a URL; ValueError if unknown."""
    if name == "by_theme":
        return counts_chart(figures, documents, "theme")
    if name == "by_category":
        return counts_chart(figures, documents, "category")
    if name == "fines":
        return fines_chart(figures, documents, params.get("statutory", "imposed"))
    if name == "sentences":
        return sentences_chart(figures, documents, params.get("statutory", "imposed"), params.get("unit", "years"))
    if name == "casualties":
        return casualties_chart(figures, documents)
    if name == "justice":
        cats = params.get("categories") or list(queries.JUSTICE_CATEGORIES)
        return justice_chart(figures, documents, [cats] if isinstance(cats, str) else list(cats))
    if name == "across_years":
        return across_years_chart(figures, documents)
    if name == "compare":
        return compare_chart(figures, documents, params.get("measure") or series.busiest(figures),
                             params.get("by") or "country")
    raise ValueError(f"unknown chart {name!r}; choose one of {', '.join(CHART_NAMES)}")
