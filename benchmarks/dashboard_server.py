"""`streamlit run app.py` on a free local port over a given store, for the browser tests and the page-speed benchmarks."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 60


class ServerError(Exception):
    """The dashboard did not answer its health check in time; the message holds its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: Path, log_dir: Path, script: str = "app.py"):
    """The dashboard (or another Streamlit `script` of the repository) over the store at `db`; yields its address
    once it answers, then stops it by its PID."""
    port = free_port()
    env = {**os.environ, "REPORTED_FIGURES_DB": str(db)}
    log = open(log_dir / "streamlit.log", "w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port), "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def _wait_healthy(url: str, proc: subprocess.Popen, log) -> None:
    deadline = time.time() + START_TIMEOUT_S
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                return
        except OSError:
            time.sleep(0.2)
    log.seek(0)
    raise ServerError("streamlit did not start:\n" + log.read())
