"""The store of documents and figures: the bundled seed, one copy per text, metadata corrections,
stale figures redone, removal, Parquet export, and safety when two processes write or one is killed."""

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from figures.schema import COLUMNS
from figures.ingest import ingest, open_store, reextract, seed_files, stale_documents, update_metadata
from figures.store import DROPPED_INDEXES, INDEXES, Store
from test_formats import ROOT, SEED, seed_paragraphs

PYTHON = sys.executable

SECOND_REPORT = """2018 Annual Report on Detention Monitoring

Section 1. Prisons

A. PRISON CONDITIONS

The monitoring board visited 38 prisons and 12 pretrial detention centers in 2018.
According to the ombudsman, prisoners filed 214 complaints about mistreatment, compared with 187 in 2017.
A district court fined the prison administration 800,000 tenge ($2,100) for failing to provide medical care.

B. DEATHS IN CUSTODY

The prosecutor's office reported that 9 detainees died in custody during the year.
"""


def snapshot(path: Path) -> dict:
    """Every row of both tables, as sorted tuples: equal snapshots mean an unchanged store."""
    con = sqlite3.connect(path)
    try:
        return {table: sorted(map(repr, con.execute(f"SELECT * FROM {table}").fetchall()))
                for table in ("documents", "figures")}
    finally:
        con.close()


def copy_store(source: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "figures.sqlite"
    open_store(path)
    return path


@pytest.fixture
def store(seeded_file, tmp_path) -> Store:
    return Store(copy_store(seeded_file, tmp_path / "figures.sqlite"))


def test_first_open_builds_the_bundled_seed_with_the_metadata_beside_it(store):
    import json

    docs = store.documents()
    assert len(docs) == len(seed_files()) == 1
    meta = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))
    row = docs.iloc[0]
    for key in ("title", "publisher", "country", "year", "source_url", "original_url"):
        assert row[key] == meta[key]
    assert row["n_figures"] > 100
    assert store.document_text(row["doc_id"]) == SEED.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_same_text_again_with_other_line_endings_adds_nothing(store):
    before = snapshot(store.path)
    again = SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8")
    result = ingest(store, again, "copy-of-report.txt")
    assert result.added is False
    assert result.doc_id == store.documents().iloc[0]["doc_id"]
    assert snapshot(store.path) == before


def test_figures_carry_their_document_and_point_into_its_text(store):
    figures = store.figures()
    assert list(figures.columns[: len(COLUMNS)]) == list(COLUMNS)
    doc = store.documents().iloc[0]
    assert (figures["doc_title"] == doc["title"]).all()
    assert (figures["doc_country"] == doc["country"]).all()
    assert (figures["doc_year"] == doc["year"]).all()
    text = store.document_text(doc["doc_id"])
    for row in figures.head(50).itertuples():
        assert text[row.char_start:row.char_end] in row.sentence


def test_second_report_of_another_year_is_stored_beside_the_seed(store):
    result = ingest(store, SECOND_REPORT, "detention-2018.txt", country="Testland")
    assert result.added and result.n_figures >= 5
    docs = store.documents().set_index("doc_id")
    assert docs.loc[result.doc_id, "year"] == 2018
    assert docs.loc[result.doc_id, "title"] == "2018 Annual Report on Detention Monitoring"
    figures = store.figures([result.doc_id])
    assert set(figures["doc_year"]) == {2018}
    assert {"214", "9"} <= {m.split()[0] for m in figures["mention"]}
    assert len(store.figures()) == len(figures) + docs.drop(result.doc_id)["n_figures"].sum()


def test_given_metadata_corrects_the_stored_document_and_a_new_year_redoes_its_figures(store):
    first = ingest(store, SECOND_REPORT, "detention-2018.txt")
    again = ingest(store, SECOND_REPORT, "detention-2018.txt", country="Testland", year=2019)
    assert again.doc_id == first.doc_id and not again.added and again.refreshed
    doc = store.documents().set_index("doc_id").loc[first.doc_id]
    assert (doc["country"], doc["year"]) == ("Testland", 2019)
    assert set(store.figures([first.doc_id])["doc_year"]) == {2019}


def test_figures_made_by_an_older_extractor_are_replaced_when_the_store_opens(store):
    doc_id = store.documents().iloc[0]["doc_id"]
    fresh = store.figures()
    con = sqlite3.connect(store.path)
    with con:
        con.execute("UPDATE documents SET extractor_version = 'older'")
        con.execute("UPDATE figures SET subject = 'outdated reading'")
    con.close()
    assert stale_documents(store) == [doc_id]
    reopened = open_store(store.path)
    assert stale_documents(reopened) == []
    assert "outdated reading" not in set(reopened.figures()["subject"])
    assert len(reopened.figures()) == len(fresh)


def test_remove_deletes_the_document_and_its_figures(store):
    added = ingest(store, SECOND_REPORT, "detention-2018.txt")
    assert store.remove(added.doc_id) is True
    assert added.doc_id not in set(store.documents()["doc_id"])
    assert store.figures([added.doc_id]).empty
    assert store.remove(added.doc_id) is False


def test_parquet_export_holds_both_tables(store, tmp_path):
    ingest(store, SECOND_REPORT, "detention-2018.txt")
    paths = store.export_parquet(tmp_path / "export")
    docs = pd.read_parquet(paths["documents"])
    figures = pd.read_parquet(paths["figures"])
    assert set(docs["doc_id"]) == set(store.documents()["doc_id"])
    assert {"text", "pages", "title", "year"} <= set(docs.columns)
    assert len(figures) == len(store.figures())
    assert set(COLUMNS) - {"reviewer"} <= set(figures.columns) and "reviewer" not in figures.columns


def test_store_path_comes_from_the_environment(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere.sqlite"
    monkeypatch.setenv("REPORTED_FIGURES_DB", str(target))
    assert Store().path == target and target.exists()


def _report_file(tmp_path: Path, name: str, paragraphs: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path


def _ingest_process(db: Path, *files: Path) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, "-m", "extract", "ingest", "--db", str(db), *map(str, files)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_processes_ingesting_at_once_keep_both_documents(store, tmp_path):
    first = _report_file(tmp_path, "first.txt", seed_paragraphs(200)[:100])
    second = _report_file(tmp_path, "second.txt", seed_paragraphs(200)[100:])
    procs = [_ingest_process(store.path, first), _ingest_process(store.path, second)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    names = set(store.documents()["name"])
    assert {str(first), str(second)} <= names
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    for doc_id in store.documents()["doc_id"]:
        assert not store.figures([doc_id]).empty


def test_an_ingestion_waits_for_another_writer_instead_of_failing(store, tmp_path):
    report = _report_file(tmp_path, "waiting.txt", seed_paragraphs(30))
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    proc = _ingest_process(store.path, report)
    time.sleep(3)
    assert proc.poll() is None  # still waiting for the lock
    holder.execute("COMMIT")
    holder.close()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert str(report) in set(store.documents()["name"])


CRASHING_INGEST = textwrap.dedent("""
    import sys, time
    from figures.ingest import ingest
    from figures.store import Store

    def progress(fraction, message):
        if message.startswith("Saving figures"):
            print("SAVING", flush=True)
            time.sleep(120)

    ingest(Store(sys.argv[1]), open(sys.argv[2], "rb").read(), sys.argv[2], progress=progress)
""")


def test_a_process_killed_while_saving_leaves_the_store_as_before(store, tmp_path):
    report = _report_file(tmp_path, "killed.txt", seed_paragraphs(60))
    before = snapshot(store.path)
    proc = subprocess.Popen([PYTHON, "-c", CRASHING_INGEST, str(store.path), str(report)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "SAVING"  # figures are written, not yet committed
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert snapshot(store.path) == before
    result = ingest(Store(store.path), report.read_bytes(), str(report))
    assert result.added and result.n_figures > 0


def test_a_store_made_before_a_column_was_added_gains_it(tmp_path):
    path = tmp_path / "old.sqlite"
    Store(path)
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE figures DROP COLUMN rules")
    con.commit()
    con.close()
    Store(path)
    con = sqlite3.connect(path)
    columns = {row[1] for row in con.execute("PRAGMA table_info(figures)")}
    con.close()
    assert set(COLUMNS) <= columns


def _indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_store_missing_an_index_or_holding_a_replaced_one_gets_the_indexes_and_their_statistics_when_opened(
        tmp_path):
    path = tmp_path / "indexes.sqlite"
    ingest(Store(path), SECOND_REPORT, "second.txt", year=2018)
    before = snapshot(path)
    missing, replaced = next(iter(INDEXES)), DROPPED_INDEXES[0]
    con = sqlite3.connect(path)
    con.execute(f"DROP INDEX {missing}")
    con.execute(f"CREATE INDEX {replaced} ON figures (theme)")
    con.commit()
    con.close()
    Store(path)
    assert set(INDEXES) <= _indexes(path) and replaced not in _indexes(path)
    with sqlite3.connect(path) as con:
        assert missing in {row[0] for row in con.execute("SELECT idx FROM sqlite_stat1")}
    Store(path)
    assert snapshot(path) == before and set(INDEXES) <= _indexes(path)


def test_a_russian_document_is_stored_with_its_figures_in_russian(tmp_path):
    store = Store(tmp_path / "ru.sqlite")
    ingest(store, "Редакцию оштрафовали на 60 МРП (207 000 тенге).\nЗадержаны 14 журналистов.", "ru.txt", year=2023)
    figures = store.figures()
    assert list(figures["language"]) == ["ru", "ru"]
    assert list(figures["unit"]) == ["MCI", "count"]


def test_a_document_is_stored_with_the_language_of_most_of_its_text(tmp_path):
    store = Store(tmp_path / "lang.sqlite")
    ingest(store, "Редакцию оштрафовали на 60 МРП.\nЗадержаны 14 журналистов.\nA court fined 3 editors.", "ru.txt")
    ingest(store, SECOND_REPORT, "second.txt")
    assert sorted(store.documents()["language"]) == ["en", "ru"]


def test_a_store_made_before_documents_had_a_language_gains_it_when_opened(tmp_path):
    path = tmp_path / "old.sqlite"
    ingest(Store(path), "Задержаны 14 журналистов, ещё 3 оштрафованы.", "ru.txt", year=2023)
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE documents DROP COLUMN language")
    con.commit()
    con.close()
    assert list(open_store(path).documents()["language"]) == ["ru"]


def test_an_ingestion_says_how_many_paragraphs_were_not_read_for_their_language(tmp_path):
    kazakh = ("Биыл аудандық сотқа журналистерден 12 шағым түсті және олардың көбі қабылданбады, "
              "ал қалғандары бойынша тексеру әлі жүріп жатыр деп хабарлады қорғаушылар бүгін.\n")
    russian = ("В ходе акции протеста в центре города полиция задержала 14 журналистов и блогеров.\n"
               "Суд оштрафовал редакцию газеты на 60 МРП за публикацию материала о забастовке.\n")
    result = ingest(Store(tmp_path / "kk.sqlite"), russian * 3 + kazakh * 2, "mixed.txt", year=2023)
    assert result.notes == "2 paragraphs in Kazakh were not read"
    assert result.summary() == "6 figures; 2 paragraphs in Kazakh were not read"


@pytest.mark.parametrize("path, versioned", [("extract/pipeline.py", True), ("extract/lang/en/counts.yaml", True),
                                             ("figures/normalize.py", True), ("figures/checks/parts.py", True),
                                             ("extract/units_definitions.txt", True), ("figures/charts.py", False),
                                             ("figures/page_data.py", False), ("figures/store.py", False),
                                             ("figures/api.py", False), ("pages/overview.py", False)])
def test_extractor_version_hashes_what_makes_figures_and_not_what_shows_them(path, versioned):
    from figures.versions import ROOT as REPO, versioned_files

    assert (REPO / path in versioned_files()) == versioned


def test_extractor_version_changes_with_the_meaning_model_the_environment_chooses(monkeypatch, tmp_path):
    from extract.model_setting import MODEL_ENV, MODEL_PATH
    from figures.versions import extractor_version

    monkeypatch.delenv(MODEL_ENV, raising=False)
    saved = extractor_version()
    monkeypatch.setenv(MODEL_ENV, str(MODEL_PATH))
    assert extractor_version() == saved
    monkeypatch.setenv(MODEL_ENV, "off")
    off = extractor_version()
    other = tmp_path / "other.skops"
    other.write_bytes(b"another model")
    monkeypatch.setenv(MODEL_ENV, str(other))
    assert len({saved, off, extractor_version()}) == 3
