"""Fetching a document from an http(s) URL, with a timeout and a size cap."""

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from extract import loading
from extract.loading import DocumentError

TIMEOUT_S = 30.0
USER_AGENT = "ReportedFigures/1.0 (document ingestion)"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    url: str            # the URL asked for
    final_url: str      # after redirects
    data: bytes
    content_type: str | None
    name: str           # the last part of the URL's path, for messages and format detection


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _name_of(url: str) -> str:
    parts = urlsplit(url)
    return PurePosixPath(parts.path).name or parts.hostname or url


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int | None = None) -> Fetched:
    """The body of an http(s) URL; DocumentError naming the URL when it fails, is too slow or too large."""
    max_bytes = loading.MAX_BYTES if max_bytes is None else max_bytes
    if not is_url(url):
        raise DocumentError(url, "only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise DocumentError(url, _too_large(int(length), max_bytes))
            chunks, size = [], 0
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise DocumentError(url, _too_large(size, max_bytes, at_least=True))
                if time.monotonic() > deadline:
                    raise DocumentError(url, f"the download took longer than {timeout:g} s")
                chunks.append(chunk)
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else None
            final_url = response.geturl()
    except urllib.error.HTTPError as err:
        raise DocumentError(url, f"the server answered HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise DocumentError(url, f"no answer within {timeout:g} s") from None
        raise DocumentError(url, f"cannot be fetched ({reason})") from None
    except (TimeoutError, socket.timeout):
        raise DocumentError(url, f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as err:
        raise DocumentError(url, f"cannot be fetched ({err})") from None
    return Fetched(url, final_url, b"".join(chunks), content_type, _name_of(final_url))


def _too_large(size: int, max_bytes: int, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"the document is {more}{size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit"
