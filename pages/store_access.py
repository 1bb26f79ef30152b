"""The figures store the dashboard reads and writes, opened once per server and shared by every session, its small
reads answered once per version of the file (pages.shared_reads).

When this session may not write (pages.who_may_write: a read-only dashboard, or a login nobody has signed in to),
the store handed to pages refuses every write, whatever the session sends.
"""

import threading

import pandas as pd
import streamlit as st

from figures.ingest import open_store
from figures.markdown import escape_markdown
from figures.store import Store, StoreError, default_path
from pages import who_may_write
from pages.shared_reads import SharedReads, Version


class _Opening:
    """One path's store, opened (on first start, filled with the bundled report) by the first session that asks,
    under a lock, while the others wait for it."""

    def __init__(self, path: str):
        self.path, self.lock, self.store, self.version = path, threading.Lock(), None, None

    def get(self) -> tuple[Store, Version]:
        if self.store is None:
            with self.lock:
                if self.store is None:
                    opened = _open_with_progress(self.path)
                    self.version, self.store = Version(self.path), opened
        return self.store, self.version


@st.cache_resource(show_spinner=False, max_entries=8)
def _opening(path: str) -> _Opening:
    """The server's one opening of the store at `path`, shared by every session (st.cache_resource). It draws
    nothing, so a cache hit replays no element: the first start's progress is drawn by the session opening it."""
    return _Opening(path)


def store() -> SharedReads:
    """The store at $REPORTED_FIGURES_DB (else data/figures.sqlite), opened once per server, its reads shared.

    Opening a new store reads the bundled report (seconds); a progress bar shows each step meanwhile.
    A store that cannot be opened stops the page with a message naming the file and the problem (and is tried
    again on the next run).
    """
    try:
        opened, version = _opening(str(default_path())).get()
    except StoreError as error:
        st.error(escape_markdown(f"The figures store cannot be used: {error}. Point REPORTED_FIGURES_DB "
                                 "at an SQLite file that can be written (a new name starts a new store)."))
        st.stop()
    reason = who_may_write.refusal()
    return SharedReads(opened.refusing_writes(reason) if reason else opened, version)


def _load_chart_library(slot) -> None:
    """An empty chart a pixel wide in `slot`: the browser loads and starts its chart library (Vega) while the server
    reads the bundled report, rather than after it."""
    slot.vega_lite_chart({"mark": "point", "width": 1, "height": 1, "config": {"view": {"stroke": None}}},
                         width=1, theme=None)


def _open_with_progress(path: str) -> Store:
    slot, library = st.empty(), st.empty()
    shown: list[int] = []

    def progress(fraction: float, message: str) -> None:
        percent = int(100 * min(max(fraction, 0.0), 1.0))
        if shown and percent < shown[-1] + 2:
            return  # redraw every 2 percent, not once per figure saved
        shown.append(percent)
        slot.progress(percent / 100, text=escape_markdown(f"First start: reading the bundled report ({message})"))
        if len(shown) == 1:
            _load_chart_library(library)

    try:
        return open_store(path, progress)
    finally:
        slot.empty()
        library.empty()


def load() -> pd.DataFrame:
    """The documents of the store, with their number of figures (the figures stay in the store: pages ask
    it for what they show)."""
    return store().documents()
