"""The JSON/SQL API: Datasette started by figures.api on 127.0.0.1, asked over real HTTP with a timeout on
every request: its metadata, its canned queries, its refusal to write, and a clean stop."""

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml

from figures import api, reviewing
from figures.api_link import API_URL_ENV, api_url
from figures.schema import COLUMN_DESCRIPTIONS, COLUMNS
from figures.ingest import ingest
from figures.store import DOCUMENT_COLUMNS, DOCUMENT_DESCRIPTIONS, REVIEW_COLUMNS, REVIEW_DESCRIPTIONS, Store
from test_store import snapshot

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CASES = yaml.safe_load((DATA / "api_cases.yaml").read_text(encoding="utf-8"))
REFUSED = yaml.safe_load((DATA / "api_refused.yaml").read_text(encoding="utf-8"))
REQUEST_TIMEOUT_S = 20
START_TIMEOUT_S = 120
STOP_TIMEOUT_S = 30

REPORT = """2023 Annual Report on Civic Freedoms: Veloria

Section 1. Justice

A. FINES AND SENTENCES

In March a district court fined the editor Arman Kestel 420,000 tenge ($980) for spreading false information.
Under the administrative code, organizing an unsanctioned rally is punishable by a fine of up to 600,000 tenge.
In June a court sentenced the blogger Dana Orlik to seven years in prison for calls to mass unrest.

B. KILLINGS

The interior ministry reported that 14 people died during the clashes in the capital and 230 were injured.

C. COMPLAINTS

The ombudsman received 1,350 complaints of torture and mistreatment during the year.
"""
TITLE = "2023 Annual Report on Civic Freedoms: Veloria"
SOURCE = "https://example.org/veloria-2023"
PUBLISHER = "Veloria Civic Monitor"
REVIEWER = "Ines Varga"
REVIEW_NOTE = "checked against the court's ruling"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT_S) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def get_json(url: str):
    status, body = get(url)
    assert status == 200, body[:300]
    return json.loads(body)


def post(url: str, form: dict | None = None, body: dict | None = None) -> int:
    data = json.dumps(body).encode() if body is not None else urllib.parse.urlencode(form or {}).encode()
    kind = "application/json" if body is not None else "application/x-www-form-urlencoded"
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": kind})
    return get_status(request)


def get_status(request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def start(db: Path, port: int, log: Path) -> subprocess.Popen:
    """figures.api serving `db` on 127.0.0.1:port, once it answers; its output goes to `log`."""
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "figures.api", "--db", str(db), "--port", str(port)],
                                  cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"the API exited with {server.returncode}: {log.read_text()[-2000:]}")
        try:
            if get(f"http://127.0.0.1:{port}/-/versions.json")[0] == 200:
                return server
        except OSError:
            time.sleep(0.5)
    stop(server)
    pytest.fail(f"the API did not answer within {START_TIMEOUT_S} s: {log.read_text()[-2000:]}")


def stop(server: subprocess.Popen) -> int:
    server.send_signal(signal.SIGTERM)
    try:
        return server.wait(timeout=STOP_TIMEOUT_S)
    finally:
        if server.poll() is None:
            server.kill()


def children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "reports.sqlite"
    store = Store(path)
    ingest(store, REPORT, "veloria-2023.txt", publisher=PUBLISHER, country="Veloria", source_url=SOURCE)
    figures = store.figures()
    fine = figures[figures["mention"] == "420,000 tenge ($980)"].iloc[0].to_dict()
    reviewing.record(store, fine, "verified", REVIEWER, REVIEW_NOTE)
    return path


@pytest.fixture(scope="module")
def base(store_path):
    port = free_port()
    server = start(store_path, port, store_path.with_name("api.log"))
    yield f"http://127.0.0.1:{port}"
    stop(server)


def test_every_column_of_the_tables_has_a_description():
    assert set(COLUMN_DESCRIPTIONS) == set(COLUMNS)
    assert set(DOCUMENT_DESCRIPTIONS) == set(DOCUMENT_COLUMNS)
    assert set(REVIEW_DESCRIPTIONS) == {"id", *REVIEW_COLUMNS}
    assert all(d.strip() for d in (*COLUMN_DESCRIPTIONS.values(), *DOCUMENT_DESCRIPTIONS.values(),
                                   *REVIEW_DESCRIPTIONS.values()))


@pytest.mark.parametrize("path", [
    "/reports/reviews.json?_shape=array", "/reports/figures.json?_shape=array&review=verified",
    "/reports.json?_shape=array&sql=select+reviewer,+note,+action,+created_at+from+reviews",
    "/reports.json?_shape=array&sql=select+reviewer,+review,+reviewed_at,+review_note+from+figures+where+review+%3D+%27verified%27"])
def test_reviews_are_served_with_their_status_date_and_note_but_never_the_reviewers_name(base, path):
    status, body = get(base + path)
    assert status == 200, body[:300]
    rows = json.loads(body)
    assert len(rows) == 1 and rows[0]["reviewer"] is None
    assert REVIEW_NOTE in json.dumps(rows) and "verified" in json.dumps(rows)
    assert REVIEWER.encode() not in body and b"Varga" not in body


def test_no_query_can_tell_a_reviewers_name(base):
    sql = "select count(*) as n from reviews where reviewer like '%Varga%' or substr(reviewer, 1, 1) = 'I'"
    assert get_json(f"{base}/reports.json?_shape=array&sql={urllib.parse.quote(sql)}") == [{"n": 0}]
    facets = get_json(f"{base}/reports/reviews.json?_facet=reviewer")
    assert "Varga" not in json.dumps(facets)


def test_metadata_has_titles_column_descriptions_units_and_each_documents_source(base):
    metadata = get_json(f"{base}/-/metadata.json")
    assert metadata["title"] == "Reported Figures"
    assert f'<a href="{SOURCE}">{TITLE}</a> ({PUBLISHER}, Veloria, 2023)' in metadata["description_html"]
    database = metadata["databases"]["reports"]
    assert database["tables"]["figures"]["title"] == "Figures"
    assert database["tables"]["figures"]["columns"] == COLUMN_DESCRIPTIONS
    assert database["tables"]["documents"]["columns"] == DOCUMENT_DESCRIPTIONS
    assert database["tables"]["reviews"]["columns"] == REVIEW_DESCRIPTIONS
    assert "US dollars" in database["tables"]["figures"]["columns"]["value_base"]
    assert {"fines", "sentences", "casualties", "complaints", "search", "figures_by_document"} <= set(database["queries"])


def test_the_documents_table_is_served_with_its_source(base):
    rows = get_json(f"{base}/reports/documents.json?_shape=array&_col=title&_col=source_url")
    assert [(r["title"], r["source_url"]) for r in rows] == [(TITLE, SOURCE)]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['query']}-{'-'.join(c.get('params', {}).values())}")
def test_canned_query_returns_the_expected_figures(base, case):
    query = urllib.parse.urlencode({"_shape": "array", **case.get("params", {})})
    rows = get_json(f"{base}/reports/{case['query']}.json?{query}")
    by_mention = {row["mention"]: row for row in rows}
    for expected in case["expected"]:
        row = by_mention.get(expected["mention"])
        assert row is not None, f"{expected['mention']!r} not in {sorted(by_mention)}"
        assert {k: row[k] for k in expected} == expected
    if case.get("only"):
        assert sorted(by_mention) == sorted(e["mention"] for e in case["expected"])
        assert len(rows) == len(case["expected"])


def test_fines_in_dollars_follow_the_rate_they_were_converted_at(base):
    rows = get_json(f"{base}/reports/fines.json?_shape=array")
    assert [r["imposed_or_statutory"] for r in rows] == ["imposed", "statutory"]
    for row in rows:
        assert row["usd"] == pytest.approx(row["tenge"] / row["fx_rate_used"], abs=0.01)


@pytest.mark.parametrize("sql", REFUSED["sql"])
def test_sql_that_would_write_is_refused(base, store_path, sql):
    before = snapshot(store_path)
    status, body = get(f"{base}/reports.json?" + urllib.parse.urlencode({"sql": sql}))
    assert status >= 400 or json.loads(body)["ok"] is False
    assert snapshot(store_path) == before


@pytest.mark.parametrize("attempt", REFUSED["posts"], ids=lambda a: a["path"])
def test_write_requests_are_refused(base, store_path, attempt):
    before = snapshot(store_path)
    status = post(base + attempt["path"].format(db="reports"), form=attempt.get("form"), body=attempt.get("json"))
    assert status >= 400
    assert snapshot(store_path) == before


def test_a_document_added_while_serving_shows_at_once(base, store_path, tmp_path):
    ingest(Store(store_path), "Police detained 75 protesters outside the Veloria parliament in April 2023.\n",
                             "detentions.txt", title="Veloria detentions note", source_url=SOURCE + "/note")
    rows = get_json(f"{base}/reports/figures_by_document.json?_shape=array&document=detentions+note")
    assert [(r["mention"], r["category"]) for r in rows] == [("75", "detentions")]


def test_the_server_stops_cleanly_and_takes_datasette_with_it(store_path, tmp_path):
    port = free_port()
    server = start(store_path, port, tmp_path / "api.log")
    served_by = children(server.pid)
    assert served_by
    assert stop(server) == 0
    for pid in served_by:
        assert not Path(f"/proc/{pid}").exists()
    with pytest.raises(OSError):
        get(f"http://127.0.0.1:{port}/-/versions.json")


def test_a_store_that_is_not_sqlite_gets_one_line_and_no_server(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are notes, not a database\n" * 100, encoding="utf-8")
    assert api.main(["--db", str(bad), "--port", str(free_port())]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(bad) in err and "not an SQLite database" in err


@pytest.mark.parametrize("value, expected", [
    (None, None),
    ("", None),
    ("http://127.0.0.1:8001/", "http://127.0.0.1:8001/"),
    ("https://figures.example.org/api", "https://figures.example.org/api"),
    ("javascript:alert(1)", None),
    ("127.0.0.1:8001", None),
    ("http://host name/", None),
])
def test_the_dashboard_links_to_the_api_only_at_an_http_address(value, expected):
    environ = {} if value is None else {API_URL_ENV: value}
    assert api_url(environ) == expected


def test_the_sidebar_shows_the_api_link_when_one_is_configured(store_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("REPORTED_FIGURES_DB", str(store_path))
    monkeypatch.setenv(API_URL_ENV, "http://127.0.0.1:8001/")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    links = [el.proto for el in at.sidebar if getattr(el, "type", None) == "page_link"]
    assert [(link.page, link.label) for link in links] == [("http://127.0.0.1:8001/", "Data as JSON/SQL")]
    monkeypatch.delenv(API_URL_ENV)
    at.run()
    assert not [el for el in at.sidebar if getattr(el, "type", None) == "page_link"]
