"""Fetching from servers that misbehave (tests/data/hostile_servers.yaml), run for real on 127.0.0.1:
every fetch ends within its deadline plus a second, with one line naming the URL and the problem.
Also the refusal of private addresses, and the ingest command's one line for such a server."""

import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from extract.addresses import is_public
from extract.fetch import fetch
from extract.loading import DocumentError

ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((Path(__file__).parent / "data" / "hostile_servers.yaml").read_text(encoding="utf-8"))
GRACE_S = 1.0


class ScriptedServer:
    """A raw TCP server on 127.0.0.1 answering each request path with the steps of its script."""

    def __init__(self, paths: dict, tls: ssl.SSLContext | None = None):
        self.paths = paths
        self.tls = tls
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.base = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # closed at the end of the test
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _fill(self, text: str) -> bytes:
        return text.replace("{base}", self.base).replace("{other_port}", str(self.port + 1)).encode("latin-1")

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        if self.tls:
            try:
                conn = self.tls.wrap_socket(conn, server_side=True)
            except OSError:
                return conn.close()  # the client refused the certificate
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                request += conn.recv(4096)
            path = request.split()[1].decode()
            try:
                for step in self.paths[path]:
                    if "send" in step:
                        conn.sendall(self._fill(step["send"]))
                    else:
                        self._drip(conn, self._fill(step["drip"]), step["every"])
            except OSError:
                return  # the client gave up, as it should

    def _drip(self, conn: socket.socket, piece: bytes, every: float) -> None:
        while not self.stopped.wait(every):
            conn.sendall(piece)

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()


@pytest.fixture
def scripted():
    servers = []

    def start(paths: dict, tls: ssl.SSLContext | None = None) -> ScriptedServer:
        servers.append(ScriptedServer(paths, tls))
        return servers[-1]
    yield start
    for server in servers:
        server.close()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_hostile_server_fails_in_one_line_within_the_deadline(scripted, case):
    server = scripted(case["paths"])
    url = f"{server.base}/"
    started = time.monotonic()
    with pytest.raises(DocumentError) as err:
        fetch(url, timeout=case["within"], allow_private=True)
    took = time.monotonic() - started
    assert took < case["within"] + GRACE_S, f"took {took:.1f} s"
    expected = case["message"].replace("{base}", server.base).replace("{other_port}", str(server.port + 1))
    assert str(err.value) == f"{url}: {expected}"


def test_redirect_on_the_same_port_is_followed_to_the_document(scripted):
    server = scripted({
        "/old": [{"send": "HTTP/1.1 301 Moved\r\nLocation: /new.txt\r\nContent-Length: 0\r\n\r\n"}],
        "/new.txt": [{"send": "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 23\r\n\r\n"
                              "Police fined 14 people."}],
    })
    got = fetch(f"{server.base}/old", timeout=3, allow_private=True)
    assert got.data == b"Police fined 14 people." and got.final_url == f"{server.base}/new.txt"
    assert got.name == "new.txt"


@pytest.mark.parametrize("host, named", [("127.0.0.1", "127.0.0.1"), ("localhost", "localhost (127.0.0.1)")])
def test_loopback_address_is_refused_unless_allowed(scripted, host, named):
    server = scripted({"/": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}]})
    url = f"http://{host}:{server.port}/"
    with pytest.raises(DocumentError) as err:
        fetch(url, timeout=3)
    assert str(err.value) == (f"{url}: refused: {named} is a private, loopback or link-local address; "
                              "--allow-private permits it")
    assert fetch(url, timeout=3, allow_private=True).data == b"ok"


def test_loopback_written_as_an_ipv6_address_is_refused(scripted):
    inside = scripted({"/": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}]})
    with pytest.raises(DocumentError) as err:
        fetch(f"http://[::ffff:127.0.0.1]:{inside.port}/", timeout=3)
    assert "refused: ::ffff:127.0.0.1 is a private, loopback or link-local address" in str(err.value)


@pytest.mark.parametrize("address, public", [
    ("127.0.0.1", False), ("10.20.30.40", False), ("172.16.5.4", False), ("192.168.0.10", False),
    ("169.254.169.254", False), ("100.64.1.2", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ("::1", False), ("fe80::1%2", False), ("fd12:3456::1", False), ("::ffff:10.0.0.1", False),
    ("8.8.4.4", True), ("2001:4860:4860::8844", True), ("::ffff:8.8.4.4", True),
])
def test_only_public_addresses_count_as_public(address, public):
    assert is_public(address) is public


def test_ingest_command_reports_a_dripping_server_in_one_line_within_its_timeout(scripted, tmp_path):
    server = scripted({"/": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"},
                             {"drip": "ab", "every": 0.2}]})
    url = f"{server.base}/"
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "extract", "ingest", url, "--timeout", "2", "--allow-private",
                          "--db", str(tmp_path / "figures.sqlite")],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert run.returncode == 1
    assert errors == [f"error: {url}: the download took longer than 2 s"]
    assert run.stderr.count("\n") == 2  # the error and the summary line
    assert time.monotonic() - started < 2 + 30  # interpreter start-up and imports on a busy machine included


def test_ingest_command_refuses_a_loopback_url_without_allow_private(scripted, tmp_path):
    server = scripted({"/": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}]})
    run = subprocess.run([sys.executable, "-m", "extract", "ingest", f"{server.base}/", "--timeout", "2",
                          "--db", str(tmp_path / "figures.sqlite")],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 1 and "refused: 127.0.0.1 is a private, loopback" in run.stderr


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, ssl.SSLContext]:
    """A self-signed certificate for 127.0.0.1 and a server context using it."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return cert, context


def test_untrusted_certificate_is_refused_in_one_line(scripted, certificate):
    server = scripted({"/": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"}]}, certificate[1])
    with pytest.raises(DocumentError) as err:
        fetch(f"{server.base}/", timeout=3, allow_private=True)
    assert str(err.value).startswith(f"{server.base}/: its TLS certificate is not valid (self")


TLS_CASES = [c for c in CASES if c["name"] in ("body dripping two bytes at a time", "headers never finished",
                                                  "body shorter than its Content-Length")]


@pytest.mark.parametrize("case", TLS_CASES, ids=[c["name"] for c in TLS_CASES])
def test_hostile_server_over_tls_fails_within_the_deadline(scripted, certificate, monkeypatch, case):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # trust the test's own certificate
    server = scripted(case["paths"], certificate[1])
    url = f"{server.base}/"
    started = time.monotonic()
    with pytest.raises(DocumentError) as err:
        fetch(url, timeout=case["within"], allow_private=True)
    assert time.monotonic() - started < case["within"] + GRACE_S
    assert str(err.value) == f"{url}: {case['message']}"


def test_document_over_tls_is_fetched(scripted, certificate, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    server = scripted({"/r.txt": [{"send": "HTTP/1.1 200 OK\r\nContent-Length: 23\r\n\r\nPolice fined 14 people."}]},
                      certificate[1])
    assert fetch(f"{server.base}/r.txt", timeout=3, allow_private=True).data == b"Police fined 14 people."


@pytest.mark.parametrize("url, message", [
    ("http://127.0.0.1:99999/", "not a valid http(s) address"),
    ("http://:80/", "the address names no host"),
    ("http://exa mple..invalid/", "not a valid http(s) address"),
    ("http://bücher.invalid/", ""),
])
def test_malformed_or_unknown_address_fails_in_one_line(url, message):
    """(An unknown host fails in DNS or at the deadline: either way one line, in time.)"""
    started = time.monotonic()
    with pytest.raises(DocumentError) as err:
        fetch(url, timeout=2)
    assert time.monotonic() - started < 2 + GRACE_S
    assert str(err.value).startswith(f"{url}: ") and message in str(err.value) and "\n" not in str(err.value)


def test_address_with_a_line_break_is_refused_in_one_line():
    with pytest.raises(DocumentError) as err:
        fetch("http://127.0.0.1/a\nInjected: header", timeout=2, allow_private=True)
    assert str(err.value) == "http://127.0.0.1/a\\nInjected: header: the address holds control characters"
