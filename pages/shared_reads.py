"""The store's small reads answered once per version of the store file and shared by every session (st.cache_data),
so a page opened in a new session, or switched to, asks SQLite only what changed since another session asked.

A version is SQLite's data_version on one connection kept open for it: any commit, from this server or from another
process, makes a new one, so a correction or a new document shows on the next run as before.
"""

import itertools
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from figures.store import Store

# Store methods whose answer is a small frame or number fixed by the file's contents and their arguments.
READS = frozenset({"documents", "figures", "count", "counts_by", "counts_by_each", "joint_counts", "distinct",
                   "sections", "count_flags", "first_each_year", "year_subjects", "series_subjects", "top"})
# Answers kept at most (the largest, an Explorer page of figures, is about a megabyte).
KEPT_ANSWERS = 256
_watchers = itertools.count()


class Version:
    """The version of the store file at `path`: a number that changes with every commit to it. `watcher` tells
    this watch apart from an earlier one on the same path, whose numbers may repeat."""

    def __init__(self, path: str | Path):
        self.path, self.watcher, self._lock = str(path), next(_watchers), threading.Lock()
        self._con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False,
                                    isolation_level=None)

    def now(self) -> tuple[str, int, int]:
        """(path, watcher, number): a key that is new after every commit to the file."""
        with self._lock:
            return self.path, self.watcher, self._con.execute("PRAGMA data_version").fetchone()[0]


@st.cache_data(show_spinner=False, max_entries=KEPT_ANSWERS)
def _answer(_store: Store, version: tuple, method: str, args: tuple, kwargs: dict):
    """`_store.method(*args, **kwargs)` at `version` (the store itself is not part of the key: every session's
    store at one path reads the same file)."""
    return getattr(_store, method)(*args, **kwargs)


@st.cache_data(show_spinner=False, max_entries=KEPT_ANSWERS)
def _computed(_reads: "SharedReads", version: tuple, name: str, _function: Callable, key: tuple, _args: tuple):
    """`_function(_reads, *_args)` at `version` (the function is known in the key by its `name`, the arguments by
    `key`)."""
    return _function(_reads, *_args)


def qualified_name(function: Callable) -> str:
    """The name a cache knows a module's function by."""
    return f"{function.__module__}.{function.__qualname__}"


class SharedReads:
    """The store with its READS answered from the shared cache; everything else (writes, document texts, chunks of
    every figure) goes to the store itself."""

    def __init__(self, store: Store, version: Version):
        self._store, self._version = store, version

    def of(self, function: Callable, *args):
        """`function(store, *args)` (a pure function of the store's contents, such as figures.page_data's), shared
        by every session until the store changes; an argument that is a function is known by its name."""
        key = tuple(qualified_name(a) if callable(a) else a for a in args)
        return _computed(self, self._version.now(), qualified_name(function), function, key, args)

    def __getattr__(self, name: str):
        found = getattr(self._store, name)
        if name not in READS:
            return found

        def read(*args, **kwargs):
            return _answer(self._store, self._version.now(), name, args, kwargs)
        return read
