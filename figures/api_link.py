"""Where the JSON/SQL API runs, for the dashboard's link to it: $REPORTED_FIGURES_API_URL, else nowhere."""

import logging
import os
from urllib.parse import urlsplit

API_URL_ENV = "REPORTED_FIGURES_API_URL"

log = logging.getLogger(__name__)


def api_url(environ=os.environ) -> str | None:
    """The API's address when one is configured; None when unset, or not an http(s) address (logged)."""
    url = (environ.get(API_URL_ENV) or "").strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        log.warning("%s=%r is not an http(s) address; the dashboard shows no API link", API_URL_ENV, url)
        return None
    return url
