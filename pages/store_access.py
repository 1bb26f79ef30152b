"""The figures store the dashboard reads and writes, opened once per server and shared by every session.

When the dashboard runs read-only (figures.access), the store handed to pages refuses every write, whatever a
session sends.
"""

import pandas as pd
import streamlit as st

from figures import access
from figures.ingest import open_store
from figures.markdown import escape_markdown
from figures.store import Store, StoreError, default_path


def store() -> Store:
    """The store at $REPORTED_FIGURES_DB (else data/figures.sqlite), opened once per server (st.cache_resource).

    Opening a new store reads the bundled report (seconds); a progress bar shows each step meanwhile.
    A store that cannot be opened stops the page with a message naming the file and the problem.
    """
    try:
        opened = _opened(str(default_path()))
    except StoreError as error:
        st.error(escape_markdown(f"The figures store cannot be used: {error}. Point REPORTED_FIGURES_DB "
                                 "at an SQLite file that can be written (a new name starts a new store)."))
        st.stop()
    return opened.refusing_writes(access.READONLY_REASON) if access.read_only() else opened


@st.cache_resource(show_spinner=False, max_entries=8)
def _opened(path: str) -> Store:
    """The store at `path`, opened (and on first start filled) once; a failure is not cached, so it is tried again."""
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
