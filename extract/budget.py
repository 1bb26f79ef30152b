"""A time budget per document: extraction stops with a one-line reason instead of stalling on a document
that takes too long."""

import time

from extract.loading import DocumentError


class Budget:
    """Seconds allowed for one document, counted from creation; None allows any time."""

    def __init__(self, name: str, max_seconds: float | None):
        self.name = name
        self.max_seconds = max_seconds
        self.deadline = None if max_seconds is None else time.monotonic() + max_seconds

    def check(self) -> None:
        """Raise DocumentError when the budget is spent."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DocumentError(self.name, f"stopped after {self.max_seconds:g} s, the time budget per document; "
                                           "no figures kept")
