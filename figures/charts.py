"""Plotly charts of the figures table, each with title, units, source and counting notes baked in.

One explicit template (TEMPLATE_NAME) styles every chart, and the source line is an
annotation inside the figure, so the chart on screen, the PNG/SVG and the HTML agree.
Text taken from documents is HTML-escaped before it reaches plotly's label markup.
"""

import html
from collections import Counter
import textwrap
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from figures import queries, series
from figures.colors import BACKGROUND, COLORS, PATTERNS, SYMBOLS
from figures.schema import CATEGORY_GROUPS, CHECKED_REVIEWS

TEMPLATE_NAME = "reported_figures"
EXPORT_WIDTH = 1000
LABEL_CHARS = 36
# Characters per line of a row label (LABEL_LINES at most), a title and the caption: short enough that a chart
# drawn 390 px wide (a phone) keeps a plot area beside its labels and its title and caption inside its edges.
LABEL_LINE_CHARS = 18
LABEL_LINES = 3
TITLE_CHARS = 42
CAPTION_CHARS = 62
# Characters of the wording printed after a bar: the right margin holds it, so it stays short for phones.
VALUE_TEXT_CHARS = 14
# Ticks on a value axis: few enough that their numbers never touch on a phone.
AXIS_TICKS = 5
# Height of the title's line and where the title starts, below the toolbar plotly shows at the top right.
TITLE_LINE_PX = 22
TITLE_TOP_PX = 34
FONT_SIZE = 13
# Advance widths of Arial (metrics of Helvetica and Liberation Sans), in 1/1000 em; other characters 556.
_WIDTHS = {**dict.fromkeys("'", 191), **dict.fromkeys("ijl|", 222), **dict.fromkeys(" !,./:;I[\\]ft", 278),
           **dict.fromkeys("\"()-`r{}°·", 333), **dict.fromkeys("*^", 389), **dict.fromkeys("Jckszvxy", 500),
           **dict.fromkeys("+<=>~", 584), **dict.fromkeys("FTZ", 611), **dict.fromkeys("&ABEKPSVXY", 667),
           **dict.fromkeys("CDHNRUw", 722), **dict.fromkeys("GOQ", 778), **dict.fromkeys("Mm", 833),
           **dict.fromkeys("%", 889), **dict.fromkeys("W", 944), **dict.fromkeys("…—@", 1000)}
_FONT = "Arial, Helvetica, DejaVu Sans, sans-serif"

pio.templates[TEMPLATE_NAME] = go.layout.Template(
    layout=go.Layout(
        font=dict(family=_FONT, size=13, color="#222222"),
        title=dict(font=dict(size=17), x=0.01, xanchor="left"),
        paper_bgcolor=BACKGROUND,
        plot_bgcolor=BACKGROUND,
        colorway=COLORS,
        xaxis=dict(showgrid=True, gridcolor="#e5e5e5", zeroline=True, zerolinecolor="#999999",
                   linecolor="#444444", ticks="outside", automargin=True),
        yaxis=dict(showgrid=False, linecolor="#444444", ticks="outside", automargin=True),
        legend=dict(orientation="h", xanchor="left", font=dict(size=12)),
        hoverlabel=dict(font=dict(family=_FONT, size=12), align="left"),
    )
)


@dataclass(frozen=True)
class Chart:
    """A finished chart: the plotly figure plus the texts shown and exported around it."""

    name: str
    params: dict
    figure: go.Figure = field(repr=False)
    title: str
    source: str
    notes: str
    n: int
    alt: str

    @property
    def caption(self) -> str:
        """The caption under the chart: source, counting notes, number of figures shown."""
        return f"{self.source}. {self.notes} {_n_figures(self.n)} shown."


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
        name = ", ".join(str(x) for x in (meta.get("publisher"), meta.get("title")) if _present(x))
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


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value).strip() != ""


def _natural_key(text: str):
    """Sort key putting '2.a' before '10.b' and numbered sections before named ones."""
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in text.replace(".", " . ").split()]


def _esc(text) -> str:
    """Document text made inert for plotly's label markup."""
    return html.escape("" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text), quote=False)


def text_px(text, size: int = FONT_SIZE) -> float:
    """Width in pixels of `text` set in Arial at `size` px: sizes margins to the labels they hold."""
    return sum(_WIDTHS.get(ch, 556) for ch in html.unescape(str(text))) * size / 1000


def _short(text, limit: int = LABEL_CHARS) -> str:
    text = "" if not isinstance(text, str) else " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _unique_labels(labels) -> list[str]:
    """Axis labels made distinct (plotly merges equal category labels into one row)."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} [{seen[label]}]")
    return out


def _row_labels(rows: pd.DataFrame, limit: int = LABEL_CHARS, lead: str = "who") -> list[str]:
    """One y label per figure, "who · subject · date" where each is known (the wording when no date and the
    subject repeats), on at most LABEL_LINES short lines, so an image or an embed says who and what without its hover; `lead`
    names the column said first (the theme, for casualties)."""
    whos = rows[lead] if lead in rows.columns else pd.Series([None] * len(rows), index=rows.index)
    subjects = [_short(s, limit) for s in rows["subject"]]
    repeated = {s for s, n in Counter(subjects).items() if n > 1}
    labels = []
    for who, subject, period, mention in zip(whos, subjects, rows["period"], rows["mention"]):
        when = queries.period_label(period) if _present(period) else (_short(mention, 28) if subject in repeated
                                                                        else "")
        who = _short(who, LABEL_LINE_CHARS) if _present(who) else ""
        labels.append(_fitted(who, subject, when))
    return _unique_labels(labels)


def _fitted(who: str, subject: str, when: str) -> str:
    """"who · subject · date" on LABEL_LINES lines, the subject shortened until the whole fits (who and date
    kept)."""
    room = len(subject)
    text = " · ".join(p for p in (who, subject, when) if p)
    while len(textwrap.wrap(text, LABEL_LINE_CHARS)) > LABEL_LINES and room > 6:
        room -= 3
        text = " · ".join(p for p in (who, _short(subject, room), when) if p)
    return _wrapped_label(text)


def _wrapped_label(text: str, width: int = LABEL_LINE_CHARS) -> str:
    """A label escaped and wrapped onto lines of `width` characters (plotly's <br>), cut with … after
    LABEL_LINES."""
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > LABEL_LINES:
        lines = lines[:LABEL_LINES - 1] + [_short(" ".join(lines[LABEL_LINES - 1:]), width)]
    return "<br>".join(_esc(line) for line in lines)


def _widest_line(labels) -> float:
    """Width in pixels of the widest line of the labels (lines split at <br>)."""
    return max((text_px(line) for label in labels for line in str(label).split("<br>")), default=0)


def _wrapped(text, width: int = 80, limit: int = 640) -> str:
    """Long document text for a hover box: shortened, escaped, broken into lines of `width` characters."""
    return "<br>".join(_esc(line) for line in textwrap.wrap(_short(text, limit), width))


def _hover(rows: pd.DataFrame) -> list[list[str]]:
    """customdata per row: subject, mention, period, document, section, category, sentence; all escaped,
    the long ones wrapped so the hover box stays narrow."""
    return [
        [_wrapped(r.subject), _esc(r.mention), _esc(queries.period_label(r.period)),
         _wrapped(getattr(r, "doc_title", "")), _wrapped(str(r.section or "").replace(" > ", " › ")),
         _esc(queries.category_label(r.category)), _wrapped(r.sentence)]
        for r in rows.itertuples(index=False)
    ]


_HOVER_TAIL = ("<b>%{customdata[0]}</b><br>“%{customdata[1]}” · %{customdata[5]} · %{customdata[2]}<br>"
               "<i>%{customdata[6]}</i><br>%{customdata[3]}<br>%{customdata[4]}<extra></extra>")


def _finish(fig: go.Figure, *, title: str, source: str, notes: str, n: int, rows_shown: int,
            x_title: str = "", y_title: str = "", y_labels=()) -> go.Figure:
    """Apply the template, title, axis titles and the source/notes annotation under the plot.

    The left margin is sized from the y labels (not automargin) so the caption can start at the
    figure's left edge, a fixed number of pixels left of the plot; the right margin leaves room for
    the value printed after the longest bars; the legend runs in one row above the plot.
    """
    caption = f"{source}. {notes} {_n_figures(n)} shown."
    lines = textwrap.wrap(caption, CAPTION_CHARS)
    title_lines = textwrap.wrap(title, TITLE_CHARS) or [""]
    title_px = TITLE_LINE_PX * (len(title_lines) - 1)
    inner = _widest_line(y_labels)
    left = int(16 + inner + (24 if y_title else 0))
    legend = sum(1 for t in fig.data if t.showlegend is not False) > 1
    row_px = 18 + 13 * max((str(x).count("<br>") + 1 for x in y_labels), default=1)
    height = max(420, 170 + title_px + row_px * rows_shown + 16 * len(lines) + (40 if legend else 0))
    fig.update_layout(
        template=TEMPLATE_NAME,
        title=dict(text="<br>".join(_esc(line) for line in title_lines), yref="container",
                   y=1 - TITLE_TOP_PX / height, yanchor="top"),
        height=height,
        margin=dict(l=left, r=int(24 + _overhang_px(fig)), t=100 + title_px + (40 if legend else 0),
                    b=95 + 16 * len(lines)),
        showlegend=legend,
        legend=dict(orientation="h", xref="container", x=0.01, yref="container",
                    y=1 - (TITLE_TOP_PX + 36 + title_px) / height, yanchor="top"),
    )
    fig.update_yaxes(automargin=False)
    fig.update_xaxes(nticks=AXIS_TICKS, tickangle=0)
    fig.add_annotation(
        text="<br>".join(_esc(line) for line in lines),
        xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
        xshift=12 - left, yshift=-78, showarrow=False, align="left", font=dict(size=11, color="#444444"),
        name="source",
    )
    if x_title:
        fig.update_xaxes(title_text=x_title, tickformat=",")
    if y_title:
        fig.layout.yaxis.title.text = y_title
    if n == 0:
        fig.add_annotation(text="No figures match the current filters", xref="paper", yref="paper",
                           x=0.5, y=0.5, showarrow=False, font=dict(size=15, color="#666666"))
    return fig


def _overhang_px(fig: go.Figure) -> float:
    """Width of the longest value text printed after a bar (or whisker) reaching past half the axis."""
    texts = [(x, t) for trace in fig.data if trace.text is not None and trace.x is not None
             and (trace.type == "bar" or "text" in (trace.mode or ""))
             for x, t in zip(trace.x, trace.text) if pd.notna(x)]
    if not texts:
        return 14
    axis_end = (fig.layout.xaxis.range or (None, None))[1]
    top = axis_end if axis_end is not None else max(x for x, _ in texts)
    return max((text_px(t) for x, t in texts if x >= top / 2), default=0) + 8


def _statutory_rows(df: pd.DataFrame, statutory: str) -> pd.DataFrame:
    return queries.filter_figures(df, statutory=statutory)


def _largest(rows: pd.DataFrame, column: str, describe) -> str:
    if rows.empty or rows[column].dropna().empty:
        return ""
    top = rows.loc[rows[column].idxmax()]
    return f" Largest: {describe(top[column])} ({_short(top['subject'], 80)})."


def counts_chart(figures: pd.DataFrame, documents: pd.DataFrame, by: str = "theme") -> Chart:
    """How many figures the documents state, per theme or per category."""
    if by not in ("theme", "category"):
        raise ValueError(f"by must be 'theme' or 'category', not {by!r}")
    return counts_chart_of(queries.counts_by(figures, by), source_line(figures, documents), by)


def counts_chart_of(counts: pd.DataFrame, source: str, by: str = "theme") -> Chart:
    """The counts chart from counted rows (columns: by, figures) and its source line: linear in the bars."""
    if by not in ("theme", "category"):
        raise ValueError(f"by must be 'theme' or 'category', not {by!r}")
    counts = counts.sort_values("figures", kind="stable")
    n = int(counts["figures"].sum())
    labels = counts[by].map(queries.category_label if by == "category" else str)
    fig = go.Figure(go.Bar(
        x=counts["figures"], y=[_esc(x) for x in labels], orientation="h", marker_color=COLORS[0],
        text=counts["figures"], textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{x} figures<extra></extra>",
    ))
    title = f"Figures stated in the report(s), by {by} (number of figures)"
    notes = f"Every number the extractor found, statutory ones included, counted once per mention and grouped by {by}."
    _finish(fig, title=title, source=source, notes=notes, n=n, rows_shown=len(counts),
            x_title="Number of figures", y_title=by.capitalize(), y_labels=labels)
    top = f" Most: {labels.iloc[-1]} with {counts['figures'].iloc[-1]}." if len(counts) else ""
    alt = f"Bar chart of {_n_figures(n)} counted by {by} across {len(counts)} {by} groups.{top}"
    return Chart(f"by_{by}", {}, fig, title, source, notes, n, alt)


def fines_chart(figures: pd.DataFrame, documents: pd.DataFrame, statutory: str = "imposed") -> Chart:
    """Each fine as a point, its tenge amount and its US dollar amount side by side."""
    if statutory not in ("imposed", "statutory"):
        raise ValueError(f"statutory must be 'imposed' or 'statutory', not {statutory!r}")
    rows = queries.fines_table(_statutory_rows(figures, statutory))
    rows = rows.sort_values("amount_kzt", na_position="first")
    labels = _row_labels(rows)
    fig = make_subplots(rows=2, cols=1)
    color = COLORS[0] if statutory == "imposed" else COLORS[1]
    custom = _hover(rows)
    for row, column, unit in ((1, "amount_kzt", "KZT"), (2, "amount_usd", "USD")):
        fig.add_trace(go.Scatter(
            x=rows[column], y=labels, mode="markers", marker=dict(size=11, color=color),
            customdata=[c + [_esc(s)] for c, s in zip(custom, rows["usd_source"])],
            hovertemplate=f"%{{x:,.0f}} {unit}" + (" (%{customdata[7]})" if unit == "USD" else "")
            + "<br>" + _HOVER_TAIL, showlegend=False, name=unit,
        ), row=row, col=1)
        values = rows[column].dropna()
        log = len(values) > 1 and values.min() > 0 and values.max() / values.min() > 100
        fig.update_xaxes(type="log" if log else "linear", rangemode="tozero", dtick=1 if log else None,
                         title_text=f"Amount ({unit}{', log scale' if log else ''})", row=row, col=1)
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
    _finish(fig, title=title, source=source, notes=notes, n=len(rows), rows_shown=2 * len(rows) + PANEL_GAP_ROWS,
            y_labels=labels)
    _stack_panels(fig, ("In tenge (KZT)", "In US dollars (USD)"))
    fig.update_xaxes(tickformat="~s")
    alt = (f"Dot chart of {len(rows)} {what.lower()}, amounts in tenge above US dollars."
           + _largest(rows, "amount_kzt", lambda v: f"{v:,.0f} tenge"))
    return Chart("fines", {"statutory": statutory}, fig, title, source, notes, len(rows), alt)


# The gap between stacked panels, in rows of the chart: room for one panel's axis and the next one's title.
PANEL_GAP_ROWS = 4


def _stack_panels(fig: go.Figure, titles: tuple[str, ...]) -> None:
    """Give stacked panels (one per row of subplots) equal heights with a fixed gap in pixels, and a title at each
    panel's top left: panels one above the other stay readable at any width, where side by side they overlap on a
    phone."""
    plot_px = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    gap = min(0.3, 100 / plot_px)
    share = (1 - gap * (len(titles) - 1)) / len(titles)
    for i, title in enumerate(titles):
        top = 1 - i * (share + gap)
        fig.update_yaxes(domain=[max(0.0, round(top - share, 6)), min(1.0, round(top, 6))], row=i + 1, col=1)
        fig.add_annotation(text=f"<b>{_esc(title)}</b>", xref="paper", yref="paper", x=0, y=top, xanchor="left",
                           yanchor="bottom", showarrow=False, font=dict(size=13), name="panel title")


def sentences_chart(figures: pd.DataFrame, documents: pd.DataFrame, statutory: str = "imposed",
                    unit: str = "years") -> Chart:
    """Prison terms, probation, arrest, bans and compulsory work on one time axis."""
    if statutory not in ("imposed", "statutory"):
        raise ValueError(f"statutory must be 'imposed' or 'statutory', not {statutory!r}")
    if unit not in ("years", "months"):
        raise ValueError(f"unit must be 'years' or 'months', not {unit!r}")
    rows = queries.sentences_table(_statutory_rows(figures, statutory)).sort_values("months")
    labels = _row_labels(rows)
    rows = rows.assign(label=labels, end=rows[f"{unit}_high"].fillna(rows[unit]).clip(lower=rows[unit]))
    fig = go.Figure()
    for i, category in enumerate(CATEGORY_GROUPS["sentences"]):
        part = rows[rows["category"] == category]
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            x=part[unit], y=part["label"], orientation="h", name=queries.category_label(category),
            marker=dict(color=COLORS[i % len(COLORS)], pattern_shape=PATTERNS[i % len(PATTERNS)]),
            customdata=_hover(part), hovertemplate=f"%{{x:.1f}} {unit}<br>" + _HOVER_TAIL,
        ))
    ranged = rows[rows["end"] > rows[unit]]
    fig.add_trace(go.Scatter(
        x=ranged["end"], y=ranged["label"], mode="markers", marker=dict(size=0.1, color="#444444"),
        error_x=dict(type="data", array=[0] * len(ranged), arrayminus=ranged["end"] - ranged[unit],
                     color="#444444", thickness=1.5, width=5),
        showlegend=False, hoverinfo="skip", name="range to its high end",
    ))
    fig.add_trace(go.Scatter(
        x=rows["end"], y=rows["label"], mode="text", text=["\u00a0" + _esc(_short(m, VALUE_TEXT_CHARS)) for m in rows["mention"]],
        textposition="middle right", cliponaxis=False, showlegend=False, hoverinfo="skip", name="as written",
    ))
    fig.update_xaxes(range=[0, 1.04 * _longest_sentence(figures, unit)])
    fig.update_yaxes(categoryorder="array", categoryarray=list(rows["label"]))
    what = "Sentences imposed" if statutory == "imposed" else "Penalties the law prescribes"
    title = f"{what}: prison, probation, arrest, bans and compulsory work (in {unit})"
    notes = (("Penalties reported as imposed; statutory maximums excluded." if statutory == "imposed"
              else "Penalties as the law prescribes them; sentences actually imposed excluded.")
             + " One bar per sentence; a range is drawn to its low end with a whisker to its high end;"
             " suspended terms count as probation; a month is 1/12 year.")
    source = source_line(rows, documents)
    _finish(fig, title=title, source=source, notes=notes, n=len(rows), rows_shown=len(rows),
            x_title=f"Length ({unit})", y_labels=labels)
    fig.update_layout(barmode="overlay")
    alt = (f"Bar chart of {len(rows)} {what.lower()} in {unit}, coloured by type of penalty."
           + _largest(rows, "months", queries.format_duration))
    return Chart("sentences", {"statutory": statutory, "unit": unit}, fig, title, source, notes, len(rows), alt)


def _longest_sentence(figures: pd.DataFrame, unit: str) -> float:
    """The longest penalty (to a range's high end), imposed or statutory, so both charts share one axis."""
    rows = queries.sentences_table(figures)
    ends = pd.concat([rows[unit], rows[f"{unit}_high"]]).dropna()
    return float(ends.max()) if len(ends) else 1.0


# Each casualty bar says what it counts beside its number, so deaths and injuries are told apart without colour.
CASUALTY_WORDS = {"deaths": "killed", "injuries": "injured"}


def casualties_chart(figures: pd.DataFrame, documents: pd.DataFrame) -> Chart:
    """Deaths and injuries per event, grouped by theme."""
    rows = queries.casualties_table(_statutory_rows(figures, "imposed"))
    labels = _row_labels(rows, lead="theme")
    rows = rows.assign(label=labels)
    fig = go.Figure()
    for i, category in enumerate(CATEGORY_GROUPS["casualties"]):
        part = rows[rows["category"] == category]
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            x=part["value"], y=list(part["label"]), orientation="h",
            name=queries.category_label(category),
            marker=dict(color=COLORS[6 if category == "deaths" else 1], pattern_shape=PATTERNS[i % len(PATTERNS)]),
            text=[f"{v:,.0f} {CASUALTY_WORDS[category]}" for v in part["value"]], textposition="outside",
            cliponaxis=False,
            customdata=_hover(part), hovertemplate="%{x:,.0f} people<br>" + _HOVER_TAIL,
        ))
    title = "Deaths and injuries reported, by theme and event (number of people)"
    notes = ("Each bar is one figure as stated (not summed: reports often repeat a toll), labelled with its theme"
             " first; vague amounts such as 'dozens' at their conventional floor.")
    source = source_line(rows, documents)
    _finish(fig, title=title, source=source, notes=notes, n=len(rows), rows_shown=len(rows),
            x_title="Number of people", y_labels=labels)
    fig.update_layout(barmode="group")
    fig.update_yaxes(categoryorder="array", categoryarray=list(rows["label"]), autorange="reversed")
    alt = (f"Bar chart of {len(rows)} figures on deaths and injuries, grouped by theme."
           + _largest(rows, "value", lambda v: f"{v:,.0f} people"))
    return Chart("casualties", {}, fig, title, source, notes, len(rows), alt)


def justice_chart(figures: pd.DataFrame, documents: pd.DataFrame,
                  categories=queries.JUSTICE_CATEGORIES) -> Chart:
    """Complaints, cases, convictions, detentions and prisoners, one bar per figure and period."""
    unknown = set(categories) - set(queries.JUSTICE_CATEGORIES)
    if unknown or not categories:
        raise ValueError(f"categories must be among {queries.JUSTICE_CATEGORIES}, not {sorted(unknown) or 'none'}")
    rows = queries.justice_table(_statutory_rows(figures, "imposed"), categories)
    order = {c: i for i, c in enumerate(queries.JUSTICE_CATEGORIES)}
    rows = rows.sort_values(["category", "doc_id", "char_start"], key=lambda s: s.map(order) if s.name == "category" else s)
    labels = _unique_labels(_wrapped_label(f"{_short(s, LABEL_CHARS - 8)} — {p}") for s, p in zip(rows["subject"], rows["period_label"]))
    rows = rows.assign(label=labels)
    fig = go.Figure()
    for i, category in enumerate(queries.JUSTICE_CATEGORIES):
        part = rows[rows["category"] == category]
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            x=part["value"], y=list(part["label"]), orientation="h", name=queries.category_label(category),
            marker=dict(color=COLORS[i % len(COLORS)], pattern_shape=PATTERNS[i % len(PATTERNS)]),
            text=[f"{v:,.0f}" for v in part["value"]],
            textposition="outside", cliponaxis=False,
            customdata=_hover(part), hovertemplate="%{x:,.0f}<br>" + _HOVER_TAIL,
        ))
    fig.update_yaxes(autorange="reversed")
    names = ", ".join(queries.category_label(c).lower() for c in categories)
    title = f"Counts of {names}, each with its period (number)"
    notes = ("One bar per figure, labelled with the period it covers, so figures for different periods"
             " stand apart; statutory figures excluded; vague amounts at their conventional floor.")
    source = source_line(rows, documents)
    _finish(fig, title=title, source=source, notes=notes, n=len(rows), rows_shown=len(rows),
            x_title="Number counted", y_labels=labels)
    alt = (f"Bar chart of {len(rows)} counts of {names}, each labelled with its period."
           + _largest(rows, "value", lambda v: f"{v:,.0f}"))
    return Chart("justice", {"categories": list(categories)}, fig, title, source, notes, len(rows), alt)


def across_years_chart(figures: pd.DataFrame, documents: pd.DataFrame) -> Chart:
    """Figures on the same subject in one country's reports of different years, one line per subject."""
    rows = queries.across_years(figures)
    fig = go.Figure()
    for series, part in rows.groupby("series", sort=False):
        part = part.sort_values("doc_year")
        fig.add_trace(go.Scatter(
            x=part["doc_year"], y=part["value"], mode="lines+markers",
            name=_esc(_short(f"{part['doc_country'].iloc[0]}: {part['subject'].iloc[0]}", 60)),
            customdata=_hover(part), hovertemplate="%{y:,} (%{x})<br>" + _HOVER_TAIL,
        ))
    fig.update_xaxes(dtick=_year_step(rows["doc_year"]))
    title = "Figures that recur across years (value as stated, in its own unit)"
    notes = ("Figures of the same country and category whose subject reads the same in reports of"
             " different years; one line per subject.")
    source = source_line(rows, documents)
    _finish(fig, title=title, source=source, notes=notes, n=len(rows), rows_shown=min(len(rows), 12),
            x_title="Report year", y_title="Value (unit of the figure)",
            y_labels=[f"{v:,.0f}" for v in rows["value"]])
    fig.update_xaxes(tickformat="d")
    series = rows["series"].nunique() if len(rows) else 0
    alt = f"Line chart of {series} subjects followed across report years ({_n_figures(len(rows))})."
    return Chart("across_years", {}, fig, title, source, notes, len(rows), alt)


def _year_step(years: pd.Series) -> int:
    """Years between ticks of a year axis: every year, or fewer so that at most AXIS_TICKS years are written (their
    numbers touch on a phone otherwise)."""
    years = pd.to_numeric(years, errors="coerce").dropna()
    span = int(years.max() - years.min()) if len(years) else 0
    return max(1, -(-span // (AXIS_TICKS - 1)))


def _stated_and_converted(r) -> str:
    """How a compared point was stated and, for money in another currency, what it was converted at."""
    said = f"Stated: “{_esc(r.mention)}”"
    if r.kind == "money" and r.unit != "USD" and pd.notna(r.value_base):
        rate = f"{r.fx_rate_used:,.2f} {_esc(r.unit)} per US dollar" if pd.notna(r.fx_rate_used) else "no rate"
        said += f"<br>Converted: ${r.value_base:,.0f} at {rate} ({_esc(r.fx_source or 'source not given')})"
    more = f"<br>First of {r.stated} figures stated for {r.year}" if r.stated > 1 else ""
    return said + more


def compare_chart(figures: pd.DataFrame, documents: pd.DataFrame, key: str, by: str = "country") -> Chart:
    """One measure (a figures.series key) by year, one line per country or source: each line has its own marker
    and its name written at its last point, so colour is never the only cue; money in converted US dollars."""
    points = series.compare_points(figures, key, by)
    fig = go.Figure()
    for i, (group, part) in enumerate(points.groupby("group", sort=True)):
        label = [""] * (len(part) - 1) + [_esc(_short(group, 24))]
        custom = [[h[0], h[6], h[3], _stated_and_converted(r), r.figure_id]
                  for h, r in zip(_hover(part), part.itertuples(index=False))]
        fig.add_trace(go.Scatter(
            x=[int(y) for y in part["year"]], y=[float(v) for v in part["compared"]], mode="lines+markers+text",
            name=_esc(group), text=label,
            textposition="middle right", cliponaxis=False, customdata=custom,
            line=dict(color=COLORS[i % len(COLORS)], width=2.5),
            marker=dict(symbol=SYMBOLS[i % len(SYMBOLS)], size=10, color=COLORS[i % len(COLORS)]),
            hovertemplate=f"<b>{_esc(group)}</b> · %{{x}}: %{{y:,}}<br>%{{customdata[3]}}<br><b>%{{customdata[0]}}"
                          "</b><br><i>%{customdata[1]}</i><br>%{customdata[2]}<extra></extra>",
        ))
    label = series.measure_label(key)
    axis = series.axis_title(key, points)
    title = f"{label}, by year: one line per {by}"
    notes = (f"Each point is the first figure of this measure a {by} states for that year; hover for the sentence. "
             + ("Money is converted to US dollars at the reference rate of the figure's year. "
                if series.kind_of(key) == "money" else "")
             + ("Countries as the documents give them." if by == "country" else "Sources are the publishers."))
    source = source_line(points, documents)
    _finish(fig, title=title, source=source, notes=notes, n=len(points), rows_shown=8, x_title="Year",
            y_title=axis, y_labels=[f"{v:,.0f}" for v in points["compared"]])
    fig.update_xaxes(tickformat="d", dtick=_year_step(points["year"]))
    fig.update_layout(margin_r=40 + max((text_px(_short(g, 24)) for g in points["group"].unique()), default=0))
    groups = points["group"].nunique() if len(points) else 0
    alt = f"Line chart of {label} by year for {groups} {by} group(s), {_n_figures(len(points))}."
    return Chart("compare", {"measure": key, "by": by}, fig, title, source, notes, len(points), alt)


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
