"""What every dashboard page shares: the store, the document/country/year scope, safe text,
charts with their caption and downloads, and CSV downloads of tables.

Document text is only ever shown HTML-escaped (st.html), in data grids, or Markdown-escaped
(figures.markdown) in messages, captions and progress texts.
"""

import html
import threading
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from figures import access, export, page_data, queries
from figures.api_link import api_url
from figures.charts import Chart
from figures.markdown import escape_markdown
from figures.sql import Filters
from figures.ingest import open_store
from figures.store import Store, StoreError, default_path

SCOPE_KEYS = ("doc", "country", "year")
TABLE_COLUMNS = ("mention", "review", "value", "unit", "qualifier", "category", "kind", "statutory", "theme",
                 "period", "who", "subject", "attribution", "doc_title", "section", "figure_id")
NOTHING_MATCHES = ("none of the figures in scope matches the filters. Clear the theme or search filters, "
                   "or widen the documents, countries or years in the sidebar.")
PAGE_PATHS = ("fines", "sentences", "casualties", "justice", "explorer", "documents", "embed")


_opened: dict[str, Store] = {}
_opening = threading.Lock()


def store() -> Store:
    """The store at $REPORTED_FIGURES_DB (else data/figures.sqlite), opened once per process.

    Opening a new store reads the bundled report (seconds); a progress bar shows each step meanwhile.
    A store that cannot be opened stops the page with a message naming the file and the problem. When the
    dashboard runs read-only (figures.access), the store refuses every write, whatever a session sends.
    """
    path = str(default_path())
    if path not in _opened:
        with _opening:
            if path not in _opened:
                try:
                    _opened[path] = _open_with_progress(path)
                except StoreError as error:
                    st.error(escape_markdown(f"The figures store cannot be used: {error}. Point REPORTED_FIGURES_DB "
                                             "at an SQLite file that can be written (a new name starts a new store)."))
                    st.stop()
    return _opened[path].refusing_writes(access.READONLY_REASON) if access.read_only() else _opened[path]


def _open_with_progress(path: str) -> Store:
    slot = st.empty()
    shown: list[int] = []

    def progress(fraction: float, message: str) -> None:
        percent = int(100 * min(max(fraction, 0.0), 1.0))
        if shown and percent < shown[-1] + 2:
            return  # redraw every 2 percent, not once per figure saved
        shown.append(percent)
        slot.progress(percent / 100, text=escape_markdown(f"First start: reading the bundled report ({message})"))

    try:
        return open_store(path, progress)
    finally:
        slot.empty()


def load() -> pd.DataFrame:
    """The documents of the store, with their number of figures (the figures stay in the store: pages ask
    it for what they show)."""
    return store().documents()


def _doc_label(documents: pd.DataFrame):
    titles = dict(zip(documents["doc_id"], documents["title"].fillna("(untitled)")))
    years = dict(zip(documents["doc_id"], documents["year"]))

    def label(doc_id: str) -> str:
        year = years.get(doc_id)
        return f"{titles.get(doc_id, doc_id)}" + (f" ({year})" if pd.notna(year) and str(year) not in str(titles.get(doc_id)) else "")
    return label


def _scope_options(documents: pd.DataFrame) -> dict[str, list[str]]:
    """The values each scope filter offers, as the strings they have in the URL."""
    return {"doc": list(documents["doc_id"]),
            "country": sorted(str(c) for c in documents["country"].dropna().unique()),
            "year": [str(y) for y in sorted(int(y) for y in documents["year"].dropna().unique())]}


def _keep_scope(key: str) -> None:
    """A scope filter changed: remember it for the session's other pages and put it in the URL."""
    chosen = list(st.session_state[f"scope-{key}"])
    st.session_state[f"_scope-{key}"] = chosen
    _scope_in_url(key, chosen)


def _scope_in_url(key: str, chosen: list[str]) -> None:
    """Write one scope filter into the page's URL (or take it out when nothing is chosen)."""
    if st.query_params.get_all(key) == chosen:
        return
    if chosen:
        st.query_params[key] = chosen
    elif key in st.query_params:
        del st.query_params[key]


def sidebar_scope() -> None:
    """The document / country / year filters in the sidebar of every page.

    A link carrying any of ?doc=&country=&year= sets the whole scope; a page address without them keeps
    the session's last scope (moving between pages), and it is written back into that page's URL.
    """
    documents = load()
    options = _scope_options(documents)
    from_url = any(st.query_params.get_all(key) for key in SCOPE_KEYS)
    for key in SCOPE_KEYS:
        wanted = st.query_params.get_all(key) if from_url else st.session_state.get(f"_scope-{key}", [])
        chosen = [v for v in dict.fromkeys(wanted) if v in options[key]]
        st.session_state[f"_scope-{key}"] = st.session_state[f"scope-{key}"] = chosen
        _scope_in_url(key, chosen)
    labels = {"doc": ("Documents", _doc_label(documents), "All documents"),
              "country": ("Country", str, "All countries"), "year": ("Report year", str, "All years")}
    with st.sidebar:
        st.header("Scope")
        for key in SCOPE_KEYS:
            label, shown, placeholder = labels[key]
            st.multiselect(label, options[key], key=f"scope-{key}", format_func=shown, placeholder=placeholder,
                           on_change=_keep_scope, args=(key,))
        if api := api_url():
            st.page_link(api, label="Data as JSON/SQL", icon=":material/data_object:")


@dataclass(frozen=True)
class Scope:
    """The documents in the current document/country/year scope, and the filters choosing their figures."""

    documents: pd.DataFrame
    filters: Filters
    params: dict

    @property
    def label(self) -> str:
        return count_of(len(self.documents), "document")


def progress_bar(text: str):
    """A st.progress bar and a progress(fraction, message) callback that moves it, messages shown as text."""
    bar = st.progress(0.0, text=escape_markdown(text))

    def progress(fraction: float, message: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=escape_markdown(message))
    return bar, progress


def count_of(n: int, noun: str) -> str:
    """'1 figure', '2,341 figures'."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def intro(text: str) -> None:
    """The line under a page title saying what the page counts."""
    safe_text(text)


def scope(params: dict | None = None) -> Scope:
    """The current scope: from the sidebar widgets, or from `params` (the Embed page's URL).

    Values of `params` that no stored document has are named in a warning and match nothing."""
    documents = load()
    if params is None:
        params = {k: list(st.session_state.get(f"_scope-{k}") or []) for k in SCOPE_KEYS}
    options = _scope_options(documents)
    asked = {k: [str(v) for v in params.get(k) or []] for k in SCOPE_KEYS}
    params = {k: [v for v in asked[k] if v in options[k]] for k in SCOPE_KEYS}
    unknown = [f"{k}={v}" for k in SCOPE_KEYS for v in asked[k] if v not in options[k]]
    if unknown:
        st.warning(escape_markdown("Not in the store, so matching nothing: " + ", ".join(unknown)))
    chosen = queries.documents_in_scope(documents, doc_ids=params["doc"], countries=params["country"],
                                        years=params["year"])
    if any(asked[k] and not params[k] for k in SCOPE_KEYS):
        chosen = chosen.iloc[0:0]
    doc_ids = None if len(chosen) == len(documents) else tuple(chosen["doc_id"])
    return Scope(chosen, Filters(doc_ids=doc_ids), {k: v for k, v in params.items() if v})


def safe_text(text: str, *, small: bool = False, bold: bool = False) -> None:
    """Show text taken from documents or metadata as inert text (HTML-escaped)."""
    style = "font-size:0.85rem;color:#555;" if small else ""
    body = html.escape(str(text))
    if bold:
        body = f"<b>{body}</b>"
    st.html(f'<div class="rf-text" style="{style}">{body}</div>')


def highlighted_sentence(figure) -> None:
    """A figure's sentence with the figure marked, HTML-escaped."""
    before, mention, after = queries.sentence_parts(figure, store().document_text(figure["doc_id"]))
    st.html('<blockquote class="rf-sentence" style="font-size:1.05rem;border-left:4px solid #0072B2;'
            'padding-left:0.8rem;margin-left:0">' + html.escape(before)
            + '<mark style="background:#ffe08a;padding:0 2px">' + html.escape(mention) + "</mark>"
            + html.escape(after) + "</blockquote>")


def page_filters(base: Filters, *, prefix: str = "", themes: bool = True) -> Filters:
    """Theme and text-search filters bound to the URL, added to the page's filters."""
    cols = st.columns([2, 3])
    chosen = []
    if themes:
        chosen = cols[0].multiselect("Theme", store().distinct("theme", base), key=f"{prefix}theme",
                                     bind="query-params", placeholder="All themes")
    text = cols[1].text_input("Search who, subject and text", key=f"{prefix}q", bind="query-params",
                              placeholder="e.g. journalist, ombudsman, fine")
    return base.narrowed(themes=chosen, text=text)


def url_selectbox(label: str, options: list[str], key: str, format_func) -> str:
    """A selectbox whose choice is kept in the URL as the option's code (?key=code), not as its label, so a shared
    link keeps working when labels change; an unknown code in the URL chooses the first option."""
    wanted = st.query_params.get(key)
    choice = st.selectbox(label, options, index=options.index(wanted) if wanted in options else 0,
                          format_func=format_func, key=f"url-{key}-{wanted}")
    st.query_params[key] = choice
    return choice


def chart_rows(filters: Filters) -> pd.DataFrame:
    """The figures a page charts and tables; above page_data.CHART_ROWS only the largest, said in a caption."""
    rows, n = page_data.chart_rows(store(), filters)
    if n > len(rows):
        st.caption(f"{count_of(n, 'figure')} match: the charts and the table show the {len(rows):,} largest; "
                   "the CSV of all rows holds every one.")
    return rows


def app_base_url() -> str:
    """The app's address without the page path, for links to the Embed page."""
    url = (st.context.url or "http://localhost:8501").rstrip("/")
    head, _, last = url.rpartition("/")
    return head if last in PAGE_PATHS and "//" in head else url


def show_chart(chart: Chart, sc: Scope) -> None:
    """The chart (its source, notes and count are the annotation under the plot) and its downloads;
    a message instead of an empty chart when no figure matches."""
    if chart.n == 0:
        st.info(f"No figures to chart here: {NOTHING_MATCHES}")
        return
    st.plotly_chart(chart.figure, theme=None, alt=chart.alt, key=f"chart-{chart.name}-{_params_key(chart)}",
                    config={"displaylogo": False, "toImageButtonOptions": {"filename": chart.name}})
    chart_downloads(chart, sc)


def _params_key(chart: Chart) -> str:
    return "-".join(f"{k}={v}" for k, v in sorted(chart.params.items()))


def chart_downloads(chart: Chart, sc: Scope) -> None:
    """PNG and SVG (drawn on click with kaleido), standalone HTML, and the embed snippet."""
    key = f"{chart.name}-{_params_key(chart)}"
    ok, reason = export.images_available()
    with st.expander(f"Download or embed this chart ({chart.n} figures)"):
        cols = st.columns(3)
        for col, fmt in zip(cols, export.IMAGE_FORMATS):
            col.download_button(
                f"{fmt.upper()} image" if ok else f"{fmt.upper()} unavailable: no Chromium",
                data=(lambda fmt=fmt: export.chart_image(chart, fmt)) if ok else b"",
                file_name=f"{chart.name}.{fmt}", mime="image/png" if fmt == "png" else "image/svg+xml",
                key=f"dl-{fmt}-{key}", on_click="ignore", disabled=not ok, help=reason or None,
            )
        cols[2].download_button("Standalone HTML", data=lambda: export.standalone_html(chart),
                                file_name=f"{chart.name}.html", mime="text/html", key=f"dl-html-{key}",
                                on_click="ignore")
        if not ok:
            st.warning(escape_markdown(reason))
        st.caption("Embed in a briefing (iframe):")
        st.code(export.embed_snippet(app_base_url(), chart, sc.params), language="html", wrap_lines=True)


def flag_list(flags: pd.DataFrame, n_flags: int, n_flagged: int, sc: Scope) -> None:
    """Cross-check flags grouped by figure: the figure as written, its subject, each flag's message in
    full, and a link opening the figure in the Explorer (within this session, scope kept); the CSV of
    every flag is written when its button is pressed."""
    figure_ids = list(dict.fromkeys(flags["figure_id"]))
    with st.container(height=min(640, 30 + 110 * len(figure_ids)), border=True):
        for figure_id in figure_ids:
            rows = flags[flags["figure_id"] == figure_id]
            first = rows.iloc[0]
            text, link = st.columns([5, 1], vertical_alignment="center")
            with text:
                safe_text(f"“{first['mention']}” — {first['subject']}", bold=True)
                for flag in rows.itertuples(index=False):
                    safe_text(f"{queries.check_label(flag.code)}: {flag.message}")
                safe_text(str(first["doc_title"]), small=True)
            link.page_link("pages/explorer.py", label="Open in Explorer", icon=":material/search:",
                           query_params={"fig": figure_id, **sc.params})
    if n_flagged > len(figure_ids):
        st.caption(f"The first {len(figure_ids)} of {n_flagged} flagged figures; the CSV holds every flag.")
    st.download_button(f"CSV of the {n_flags} flags",
                       data=lambda: export.to_excel_csv(page_data.flags(store(), sc.filters, limit=None)),
                       file_name="cross-check-flags.csv", mime="text/csv", key="csv-flags", on_click="ignore")


def point_list(points: pd.DataFrame, sc: Scope) -> None:
    """Each charted point as its year and group, the figure as written and its sentence, with a link opening it in
    the Explorer (scope kept)."""
    with st.container(height=min(640, 30 + 110 * len(points)), border=True):
        for point in points.itertuples(index=False):
            text, link = st.columns([5, 1], vertical_alignment="center")
            with text:
                safe_text(f"{point.year} · {point.group}: “{point.mention}”", bold=True)
                safe_text(str(point.sentence), small=True)
            link.page_link("pages/explorer.py", label="Open in Explorer", icon=":material/search:",
                           query_params={"fig": point.figure_id, **sc.params})


def table_columns(df: pd.DataFrame) -> list[str]:
    """The columns shown in tables: the readable ones first, in a fixed order."""
    return [c for c in TABLE_COLUMNS if c in df.columns]


CSV_NOTE = ("CSV files keep the codes (prison_term, up_to, 2020-01..2020-10) as listed in the README's figures "
            "table, so Excel and scripts can filter on them; the grid above shows them as words.")


# Up to this many rows a full CSV is written with the page; more only when its button is pressed.
EAGER_CSV_ROWS = 5_000


def csv_downloads(on_screen: pd.DataFrame, all_rows: Filters, name: str, table=lambda rows: rows, *,
                  n_all: int | None = None) -> None:
    """Two CSV downloads: exactly the rows on screen, and every row the `all_rows` filters choose (as `table`
    makes them, a chunk at a time; above EAGER_CSV_ROWS rows only when the button is pressed). Codes are kept
    as data. They stand under the table and again in the sidebar, which comes before the menu in the keyboard's
    order, so they are a few Tab presses from the top of the page."""
    current = store()
    n_all = current.count(all_rows) if n_all is None else n_all

    def every_row():
        return export.csv_file(page_data.table_chunks(current, all_rows, table))
    buttons = ((f"the {len(on_screen)} rows on screen", export.to_excel_csv(on_screen), f"{name}-filtered.csv", "screen"),
               (f"all {n_all} rows", every_row() if n_all <= EAGER_CSV_ROWS else every_row, f"{name}-all.csv", "all"))
    for col, (label, data, file_name, which) in zip(st.columns(2), buttons):
        col.download_button(f"CSV of {label}", data=data, file_name=file_name, mime="text/csv",
                            key=f"csv-{which}-{name}", on_click="ignore")
    st.caption(CSV_NOTE)
    with st.sidebar:
        st.subheader("Download")
        for label, data, file_name, which in buttons:
            st.download_button(f"CSV: {label}", data=data, file_name=file_name, mime="text/csv",
                               key=f"side-csv-{which}-{name}", on_click="ignore", width="stretch")


FIGURE_COLUMNS = {
    "mention": st.column_config.TextColumn("Figure as written"),
    "review": st.column_config.TextColumn("Review", help="unreviewed, verified, corrected or rejected (not a figure)"),
    "value": st.column_config.NumberColumn("Value", format="localized"),
    "unit": st.column_config.TextColumn("Unit"),
    "qualifier": st.column_config.TextColumn("Qualifier"),
    "category": st.column_config.TextColumn("Category"),
    "kind": st.column_config.TextColumn("Kind"),
    "statutory": st.column_config.CheckboxColumn("Statutory"),
    "theme": st.column_config.TextColumn("Theme"),
    "period": st.column_config.TextColumn("Period"),
    "who": st.column_config.TextColumn("Who", help="Who the fine, sentence or detention falls on, as written"),
    "subject": st.column_config.TextColumn("Subject"),
    "attribution": st.column_config.TextColumn("According to"),
    "doc_title": st.column_config.TextColumn("Document"),
    "section": st.column_config.TextColumn("Section"),
    "figure_id": st.column_config.TextColumn("Figure id"),
}

DOCUMENT_COLUMNS = {
    "title": st.column_config.TextColumn("Title"),
    "publisher": st.column_config.TextColumn("Publisher"),
    "country": st.column_config.TextColumn("Country"),
    "year": st.column_config.NumberColumn("Year", format="%d"),
    "language": st.column_config.TextColumn("Language", help="The language of most of its text: en, ru, kk or other"),
    "format": st.column_config.TextColumn("Format"),
    "n_figures": st.column_config.NumberColumn("Figures", format="localized"),
    "ingested_at": st.column_config.TextColumn("Added"),
    "source_url": st.column_config.LinkColumn("Source"),
}


def figures_table(rows: pd.DataFrame, *, key: str | None = None, on_select=None):
    """The rows as a read-only grid: readable columns and words for codes, blank cells empty;
    single-row selection when asked."""
    if rows.empty:
        st.info(f"No figures in this table: {NOTHING_MATCHES}")
        return None
    shown = queries.readable_table(rows[table_columns(rows)])
    if on_select is None:
        return st.dataframe(shown, hide_index=True, column_config=FIGURE_COLUMNS, placeholder="")
    return st.dataframe(shown, hide_index=True, column_config=FIGURE_COLUMNS, placeholder="", key=key,
                        on_select=on_select, selection_mode="single-row")


def documents_table(documents: pd.DataFrame, columns: list[str]) -> None:
    """The documents as a read-only grid with readable headers, blank cells empty; a source that is not
    an http(s) address (javascript:, data:, file:) is left out rather than made a link."""
    shown = documents[columns]
    if "source_url" in columns:
        shown = shown.assign(source_url=shown["source_url"].map(queries.web_link))
    st.dataframe(shown, hide_index=True, placeholder="", column_config={c: DOCUMENT_COLUMNS[c] for c in columns})
