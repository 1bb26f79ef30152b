"""Who may write: a dashboard published to readers runs read-only (REPORTED_FIGURES_READONLY=1), its store
refusing every write, so no upload, removal, correction or review can be made through it."""

import os

READONLY_ENV = "REPORTED_FIGURES_READONLY"
READONLY_REASON = f"this dashboard is read-only ({READONLY_ENV} is set): nothing can be added, removed or reviewed"


def read_only() -> bool:
    """Whether $REPORTED_FIGURES_READONLY asks for a read-only dashboard (1, true, yes or on)."""
    return os.environ.get(READONLY_ENV, "").strip().lower() in ("1", "true", "yes", "on")
