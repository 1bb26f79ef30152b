"""Fetching a document from an http(s) URL under one deadline, with a size cap and a redirect policy.

The deadline covers the name lookup, the connection, the headers and the body (extract.deadline). Only
public addresses are fetched unless private ones are allowed (extract.addresses); redirects are followed
only to http(s) on the scheme's default port or the port already in use, at most MAX_REDIRECTS times.
Every failure is a DocumentError naming the URL asked for and the problem in one line.
"""

import http.client
import ssl
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

from extract import loading
from extract.addresses import AddressRefused, allowed_addresses
from extract.deadline import Deadline, connect, tls_wrap
from extract.loading import DocumentError

TIMEOUT_S = 30.0
USER_AGENT = "ReportedFigures/1.0 (document ingestion)"
CHUNK = 64 * 1024
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
DEFAULT_PORTS = {"http": 80, "https": 443}
MESSAGE_CHARS = 80


@dataclass(frozen=True)
class Fetched:
    url: str            # the URL asked for
    final_url: str      # after redirects
    data: bytes
    content_type: str | None
    name: str           # the last part of the URL's path, for messages and format detection


class _Failed(Exception):
    """A fetch that failed, with the one-line reason fetch() reports beside the URL."""


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _name_of(url: str) -> str:
    parts = urlsplit(url)
    return PurePosixPath(parts.path).name or parts.hostname or url


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int | None = None,
          allow_private: bool = False) -> Fetched:
    """The body of an http(s) URL, all of it within `timeout` seconds; DocumentError naming the URL when
    it fails, is too slow, too large, cut short, redirected where it may not go or on a private address."""
    max_bytes = loading.MAX_BYTES if max_bytes is None else max_bytes
    if not url.isprintable():
        raise DocumentError(url.encode("unicode_escape").decode("ascii"), "the address holds control characters")
    if not is_url(url):
        raise DocumentError(url, "only http:// and https:// addresses can be fetched")
    deadline = Deadline(timeout)
    current, seen = url, [url]
    try:
        while True:
            conn, response = _get(current, deadline, allow_private)
            try:
                if response.status in REDIRECTS:
                    current = _redirect_target(current, response, seen)
                    seen.append(current)
                    continue
                if not 200 <= response.status < 300:
                    raise _Failed(f"the server answered HTTP {response.status} {_one_line(response.reason)}")
                data = _body(response, deadline, max_bytes)
                content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else None
                return Fetched(url, current, data, content_type, _name_of(current))
            finally:
                response.close()
                conn.close()
    except _Failed as failure:
        raise DocumentError(url, str(failure)) from None


def _get(url: str, deadline: Deadline, allow_private: bool):
    """(connection, response) of a GET of `url`, its status line and headers read before the deadline."""
    try:
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), (parts.hostname or "").encode("idna").decode("ascii")
        port = parts.port or DEFAULT_PORTS[scheme]
    except (ValueError, KeyError):  # a bad port, or a host name that is not valid in IDNA
        raise _Failed("not a valid http(s) address") from None
    if not host:
        raise _Failed("the address names no host")
    sock = None
    try:
        sock = connect(allowed_addresses(host, port, deadline, allow_private), deadline)
        if scheme == "https":
            sock = tls_wrap(sock, host, deadline)
            conn = http.client.HTTPSConnection(host, port)
        else:
            conn = http.client.HTTPConnection(host, port)
        conn.sock = sock
        conn.request("GET", (parts.path or "/") + (f"?{parts.query}" if parts.query else ""),
                     headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity", "Connection": "close"})
        return conn, conn.getresponse()
    except (AddressRefused, OSError, http.client.HTTPException) as err:
        if sock is not None:
            sock.close()
        raise _Failed(_reason(err, deadline, in_body=False)) from None


def _redirect_target(current: str, response, seen: list[str]) -> str:
    """Where a redirect points, if the fetch may follow it there; _Failed saying why not otherwise."""
    location = response.getheader("Location")
    if not location:
        raise _Failed(f"the server answered HTTP {response.status} without saying where to")
    target = urljoin(current, location.strip())
    here, there = urlsplit(current), urlsplit(target)
    if there.scheme.lower() not in DEFAULT_PORTS:
        raise _Failed(f"redirected to {_one_line(target)}, which is not an http(s) address")
    try:
        port, default = there.port, DEFAULT_PORTS[there.scheme.lower()]
        here_port = here.port or DEFAULT_PORTS[here.scheme.lower()]
    except ValueError:
        raise _Failed(f"redirected to {_one_line(target)}, which is not a valid address") from None
    if port not in (None, default, here_port):
        raise _Failed(f"redirected to {_one_line(target)}, another port than the address asked for")
    if target in seen:
        raise _Failed(f"redirected in a loop (back to {_one_line(target)})")
    if len(seen) > MAX_REDIRECTS:
        raise _Failed(f"redirected more than {MAX_REDIRECTS} times")
    return target


def _body(response, deadline: Deadline, max_bytes: int) -> bytes:
    """The response body, read in whatever pieces arrive, all before the deadline, at most max_bytes,
    and as long as its Content-Length says."""
    declared = response.length
    if declared is not None and declared > max_bytes:
        raise _Failed(_too_large(declared, max_bytes))
    chunks, size = [], 0
    try:
        while True:
            deadline.remaining()
            chunk = response.read1(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise _Failed(_too_large(size, max_bytes, at_least=True))
            chunks.append(chunk)
    except (OSError, http.client.HTTPException) as err:
        raise _Failed(_reason(err, deadline, in_body=True)) from None
    if declared is not None and size < declared:
        raise _Failed(f"the connection closed after {size:,} of the {declared:,} bytes the server announced")
    return b"".join(chunks)


def _reason(err: Exception, deadline: Deadline, *, in_body: bool) -> str:
    """The one-line reason for an error raised while connecting and reading the headers, or the body."""
    if isinstance(err, AddressRefused):
        return str(err)
    if isinstance(err, TimeoutError):
        return (f"the download took longer than {deadline.seconds:g} s" if in_body
                else f"no answer within {deadline.seconds:g} s")
    if isinstance(err, ssl.SSLCertVerificationError):
        return f"its TLS certificate is not valid ({_one_line(err.verify_message)})"
    if isinstance(err, ssl.SSLError):
        return f"the TLS connection failed ({_one_line(err.reason or err)})"
    if isinstance(err, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(err, http.client.IncompleteRead):
        return "the connection closed before the whole document arrived"
    if isinstance(err, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({_one_line(err) or type(err).__name__})"
    problem = _one_line(getattr(err, "strerror", None) or err)
    return f"the connection broke during the download ({problem})" if in_body else f"cannot be fetched ({problem})"


def _one_line(text) -> str:
    """Text from a server or an exception as one short printable line."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in str(text)).split())
    return flat if len(flat) <= MESSAGE_CHARS else flat[: MESSAGE_CHARS - 1] + "…"


def _too_large(size: int, max_bytes: int, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"the document is {more}{size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit"
