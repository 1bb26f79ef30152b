"""Fetching documents over HTTP from a local server on 127.0.0.1: content, errors, timeout, size cap,
and a fetched page ingested with its address as source."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from extract.fetch import fetch
from extract.loading import DocumentError
from figures.ingest import ingest, ingest_source
from figures.store import Store
from test_formats import make_html, make_pdf, seed_paragraphs, seed_title

PAGE = make_html(seed_paragraphs(20), seed_title()).encode("utf-8")
PDF = make_pdf(seed_paragraphs(20))


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/report.html":
            self._send(PAGE, "text/html; charset=utf-8")
        elif self.path == "/download?id=7":
            self._send(PDF, "application/octet-stream")
        elif self.path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Length", str(10**9))
            self.end_headers()
        elif self.path == "/huge-streamed":
            self.send_response(200)
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"x" * 10_000)
        elif self.path == "/slow":
            time.sleep(3)
            self._send(b"late", "text/plain")
        else:
            self.send_error(404, "Not Found")

    def _send(self, body: bytes, content_type: str):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A client that gave up (the timeout test) breaks the pipe; that is expected here."""


@pytest.fixture(scope="module")
def server():
    httpd = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_is_fetched_with_its_content_type_and_name(server):
    got = fetch(f"{server}/report.html", allow_private=True)
    assert got.data == PAGE and got.content_type == "text/html" and got.name == "report.html"


def test_missing_page_names_the_address_and_the_http_status(server):
    with pytest.raises(DocumentError) as err:
        fetch(f"{server}/gone.html", allow_private=True)
    assert str(err.value) == f"{server}/gone.html: the server answered HTTP 404 Not Found"


def test_declared_size_over_the_cap_is_refused_before_downloading(server):
    with pytest.raises(DocumentError) as err:
        fetch(f"{server}/huge-declared", max_bytes=100_000, allow_private=True)
    assert str(err.value) == f"{server}/huge-declared: the document is 1000.0 MB, over the 0.1 MB limit"


def test_undeclared_size_is_capped_while_downloading(server):
    with pytest.raises(DocumentError) as err:
        fetch(f"{server}/huge-streamed", max_bytes=100_000, allow_private=True)
    assert "more than" in str(err.value) and "limit" in str(err.value)


def test_slow_server_times_out_with_a_clear_message(server):
    with pytest.raises(DocumentError) as err:
        fetch(f"{server}/slow", timeout=0.5, allow_private=True)
    assert str(err.value) == f"{server}/slow: no answer within 0.5 s"


def test_unreachable_server_and_other_schemes_are_refused(server):
    with pytest.raises(DocumentError) as err:
        fetch("http://127.0.0.1:9/report.html", timeout=2, allow_private=True)
    assert "cannot be fetched" in str(err.value)
    with pytest.raises(DocumentError) as err:
        fetch("file:///etc/passwd")
    assert "only http:// and https://" in str(err.value)


def test_fetched_page_is_ingested_with_its_address_as_source(server, tmp_path):
    store = Store(tmp_path / "figures.sqlite")
    url = f"{server}/report.html"
    result = ingest_source(store, url, allow_private=True)
    doc = store.documents().set_index("doc_id").loc[result.doc_id]
    assert result.added and doc["format"] == "html" and doc["source_url"] == url
    assert result.n_figures > 0


def test_pdf_behind_a_generic_download_address_is_recognised_by_its_bytes(server, tmp_path):
    store = Store(tmp_path / "figures.sqlite")
    result = ingest_source(store, f"{server}/download?id=7", allow_private=True)
    doc = store.documents().set_index("doc_id").loc[result.doc_id]
    assert doc["format"] == "pdf" and store.document_pages(result.doc_id)[0] == 0


def test_failed_fetch_leaves_the_store_unchanged(server, tmp_path):
    from test_store import snapshot

    store = Store(tmp_path / "figures.sqlite")
    ingest_source(store, f"{server}/report.html", allow_private=True)
    before = snapshot(store.path)
    with pytest.raises(DocumentError):
        ingest_source(store, f"{server}/gone.html", allow_private=True)
    assert snapshot(store.path) == before
