"""Reviews in a real SQLite store: applied to the figures every page and download reads, kept through
re-extraction and new text versions (or listed as orphaned), append-only, safe when two processes save at once or
one is killed, and carried between stores by the reviews command."""

import io
import json
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from figures import export, page_data, reviewing
from figures.cli import main as figures_main
from figures.ingest import ingest, reextract
from figures.reviews import ReviewConflict, ReviewError
from figures.sql import Filters
from figures.store import SCHEMA_VERSION, Store
from test_formats import ROOT

PYTHON = sys.executable
NOTE = ("Monitoring report on Velmora\n"
        "Police detained 14 protesters in Velmora on March 3.\n"
        "A court fined the editor 80,000 tenge.\n"
        "Officials said 310 people lived in the camp.\n"
        "Floods killed 6 villagers near Ostrava in May.\n")
KEY = "velmora-note"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    path = tmp_path_factory.mktemp("reviews") / "figures.sqlite"
    ingest(Store(path), NOTE, "velmora.txt", year=2021, key=KEY)
    return path


@pytest.fixture
def store(made, tmp_path) -> Store:
    target = tmp_path / "figures.sqlite"
    src, dst = sqlite3.connect(made), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return Store(target)


def figure(store: Store, mention: str) -> dict:
    rows = store.figures(filters=Filters(rejected=True))
    return rows[rows["mention"] == mention].iloc[0].to_dict()


def three_reviews(store: Store) -> None:
    """Verify one figure, correct another's category, reject a third."""
    reviewing.record(store, figure(store, "14"), "verified", "Ines Varga")
    reviewing.record(store, figure(store, "310"), "corrected", "Ines Varga", note="they were detainees",
                     fields={"category": "prisoners"})
    reviewing.record(store, figure(store, "6"), "rejected", "Tom Reyes", note="the six is part of a name")


def states(store: Store) -> dict:
    rows = store.figures(filters=Filters(rejected=True))
    return {m: (r, c) for m, r, c in zip(rows["mention"], rows["review"], rows["category"])}


EXPECTED = {"14": ("verified", "detentions"), "80,000 tenge": ("unreviewed", "fine"),
            "310": ("corrected", "prisoners"), "6": ("rejected", "deaths")}


def test_three_reviews_are_applied_to_the_figures_the_pages_read(store):
    before = states(store)
    three_reviews(store)
    assert states(store) == {m: (EXPECTED[m][0], EXPECTED[m][1] if m == "310" else before[m][1]) for m in before}
    corrected = figure(store, "310")
    assert (corrected["reviewer"], corrected["review_note"]) == ("Ines Varga", "they were detainees")
    assert json.loads(corrected["review_extracted"]) == {"category": before["310"][1]}


def test_rejected_figures_leave_counts_charts_and_csv_but_not_the_parquet_export(store, tmp_path):
    three_reviews(store)
    assert store.count() == 3 and store.count(Filters(rejected=True)) == 4
    counts = store.counts_by("category")
    assert "prisoners" in set(counts["category"]) and figure(store, "6")["category"] not in set(counts["category"])
    chart = page_data.chart_of(store, "by_category", Filters(), store.documents(), {})
    drawn = json.dumps(chart.spec)
    assert chart.n == 3 and "Prisoners" in drawn and "Deaths" not in drawn
    csv = pd.concat(page_data.table_chunks(store, Filters()))
    assert dict(zip(csv["mention"], csv["review"])) == {"14": "verified", "80,000 tenge": "unreviewed",
                                                         "310": "corrected"}
    exported = pd.read_parquet(store.export_parquet(tmp_path / "out")["figures"])
    assert dict(zip(exported["mention"], exported["review"]))["6"] == "rejected"


def test_downloads_and_the_parquet_export_withhold_reviewers_names_but_keep_review_status_and_date(store, tmp_path):
    three_reviews(store)
    on_screen = export.to_excel_csv(store.figures(filters=Filters(rejected=True))).decode("utf-8-sig")
    with export.csv_file(page_data.table_chunks(store, Filters(rejected=True))) as file:
        every_row = file.read().decode("utf-8-sig")
    parquet = pd.read_parquet(store.export_parquet(tmp_path / "out")["figures"])
    for table in (pd.read_csv(io.StringIO(on_screen)), pd.read_csv(io.StringIO(every_row)), parquet):
        assert "reviewer" not in table.columns and {"review", "reviewed_at", "review_note"} <= set(table.columns)
        assert dict(zip(table["mention"].astype(str), table["review"]))["310"] == "corrected"
        assert table["reviewed_at"].notna().sum() == 3
    assert not any(name in text for name in ("Ines Varga", "Tom Reyes") for text in (on_screen, every_row))
    assert figures_main(["reviews", "export", str(tmp_path / "reviews.jsonl"), "--db", str(store.path)]) == 0
    assert "Ines Varga" in (tmp_path / "reviews.jsonl").read_text(encoding="utf-8")


def test_reviews_survive_re_extraction_by_a_newer_extractor(store):
    three_reviews(store)
    doc_id = store.documents()["doc_id"].iloc[0]
    reextract(store, [doc_id])
    assert {m: s for m, (s, _) in states(store).items()} == {m: s for m, (s, _) in EXPECTED.items()}
    assert states(store)["310"] == ("corrected", "prisoners")


def test_a_new_text_version_re_anchors_its_reviews_and_orphans_the_one_whose_sentence_changed(store):
    three_reviews(store)
    changed = NOTE.replace("Officials said 310 people", "Officials said 325 people").replace(
        "Monitoring report on Velmora\n", "Monitoring report on Velmora\nUpdated in June.\n")
    result = ingest(store, changed, "velmora-v2.txt", year=2021, key=KEY)
    assert result.added and list(store.documents()["doc_id"]) == [result.doc_id]
    assert states(store)["14"][0] == "verified" and states(store)["6"][0] == "rejected"
    assert states(store)["325"][0] == "unreviewed"
    orphans = reviewing.orphaned(store)
    assert list(orphans["mention"]) == ["310"] and list(orphans["action"]) == ["corrected"]


def test_removing_a_document_orphans_its_reviews(store):
    three_reviews(store)
    store.remove(store.documents()["doc_id"].iloc[0])
    assert len(reviewing.orphaned(store)) == 3 and len(store.reviews()) == 3


def test_an_undo_takes_the_last_review_back_and_is_kept_as_a_review(store):
    three_reviews(store)
    reviewing.record(store, figure(store, "6"), "undo", "Tom Reyes")
    assert figure(store, "6")["review"] == "unreviewed"
    assert list(store.reviews()["action"]) == ["verified", "corrected", "rejected", "undo"]


def test_the_reviews_table_refuses_changes_and_deletions(store):
    three_reviews(store)
    con = sqlite3.connect(store.path)
    for sql in ("UPDATE reviews SET reviewer = 'someone else'", "DELETE FROM reviews"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute(sql)
    con.close()


def test_a_save_after_someone_else_reviewed_the_figure_shows_their_review(store):
    shown = figure(store, "14")
    reviewing.record(store, shown, "verified", "Ines Varga")
    with pytest.raises(ReviewConflict, match="Ines Varga reviewed this figure meanwhile") as conflict:
        reviewing.record(store, shown, "rejected", "Tom Reyes")
    assert conflict.value.current["review"] == "verified" and len(store.reviews()) == 1


def test_the_queue_lists_unreviewed_figures_least_confident_first_with_progress(store):
    three_reviews(store)
    queue = reviewing.queue(store, Filters())
    assert list(queue["mention"]) == ["80,000 tenge"]
    assert reviewing.progress(store, Filters()) == (3, 4)


def test_a_store_of_the_version_before_reviews_keeps_its_documents_and_figures(store):
    con = sqlite3.connect(store.path)
    with_review = [name for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
                   if sql and "review" in sql]
    for sql in (*(f"DROP INDEX {name}" for name in with_review), "DROP TABLE reviews", "DROP INDEX documents_key", "ALTER TABLE documents DROP COLUMN key",
                *(f"ALTER TABLE figures DROP COLUMN {c}" for c in
                  ("review", "reviewer", "reviewed_at", "review_note", "review_extracted")),
                f"PRAGMA user_version = {SCHEMA_VERSION - 1}"):
        con.execute(sql)
    con.commit()
    figures_before = con.execute("SELECT figure_id, category FROM figures ORDER BY 1").fetchall()
    con.close()
    migrated = Store(store.path)
    after = migrated.figures()
    assert sorted(zip(after["figure_id"], after["category"])) == figures_before
    assert set(after["review"]) == {"unreviewed"} and list(migrated.documents()["name"]) == ["velmora.txt"]
    assert migrated.document_key(after["doc_id"].iloc[0]) == "velmora.txt"


def test_reviews_travel_to_another_store_through_jsonl_and_csv_once(store, made, tmp_path):
    three_reviews(store)
    for suffix in ("jsonl", "csv"):
        path = tmp_path / f"reviews.{suffix}"
        assert figures_main(["reviews", "export", str(path), "--db", str(store.path)]) == 0
        other = tmp_path / f"other-{suffix}.sqlite"
        sqlite3.connect(made).backup(target := sqlite3.connect(other))
        target.close()
        assert figures_main(["reviews", "import", str(path), "--db", str(other)]) == 0
        assert figures_main(["reviews", "import", str(path), "--db", str(other)]) == 0
        assert states(Store(other)) == states(store) and len(Store(other).reviews()) == 3
    gold = [json.loads(line)["gold"] for line in (tmp_path / "reviews.jsonl").read_text().splitlines()]
    assert [(g["mention"], g["category"], g["not_a_figure"]) for g in gold] == [
        ("14", "detentions", False), ("310", "prisoners", False), ("6", "deaths", True)]


def test_the_extract_command_exports_the_reviews_as_gold_data_with_out(store, tmp_path):
    from extract.cli import main as extract_main

    three_reviews(store)
    out = tmp_path / "gold.jsonl"
    assert extract_main(["reviews", "export", "--out", str(out), "--db", str(store.path)]) == 0
    same = tmp_path / "same.jsonl"
    assert figures_main(["reviews", "export", str(same), "--db", str(store.path)]) == 0
    assert out.read_text() == same.read_text() and len(out.read_text().splitlines()) == 3
    with pytest.raises(SystemExit):
        extract_main(["reviews", "import", "--out", str(out), "--db", str(store.path)])


@pytest.mark.parametrize(("content", "reason"), [
    ('{"doc_key": "x"}\n', "line 1 lacks doc_id"),
    ("not json\n", "line 1 is not JSON"),
])
def test_a_review_file_that_cannot_be_read_is_one_line_naming_it(store, tmp_path, capsys, content, reason):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    assert figures_main(["reviews", "import", str(path), "--db", str(store.path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and reason in err
    with pytest.raises(ReviewError, match="a review file is .jsonl or .csv"):
        reviewing.file_format(tmp_path / "reviews.xlsx")


RACER = textwrap.dedent("""
    import os, sys, time
    from figures import reviewing
    from figures.reviews import ReviewConflict
    from figures.store import Store

    store = Store(sys.argv[1])
    rows = store.figures()
    shown = rows[rows["mention"] == "14"].iloc[0].to_dict()
    print("READY", flush=True)
    while not os.path.exists(sys.argv[2]):
        time.sleep(0.01)
    try:
        reviewing.record(store, shown, sys.argv[3], sys.argv[4])
        print("SAVED", flush=True)
    except ReviewConflict as conflict:
        print("CONFLICT", conflict.current["reviewer"], flush=True)
""")


def test_two_processes_reviewing_one_figure_at_once_lose_no_update(store, tmp_path):
    go = tmp_path / "go"
    procs = [subprocess.Popen([PYTHON, "-c", RACER, str(store.path), str(go), action, who], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for action, who in (("verified", "Ines"), ("rejected", "Tom"))]
    for proc in procs:
        assert proc.stdout.readline().strip() == "READY"
    go.touch()
    outcomes = sorted(proc.communicate(timeout=120)[0].strip() for proc in procs)
    saved = store.reviews()
    assert len(saved) == 1
    assert outcomes == sorted(["SAVED", f"CONFLICT {saved['reviewer'].iloc[0]}"])
    assert figure(store, "14")["reviewer"] == saved["reviewer"].iloc[0]


KILLED = textwrap.dedent("""
    import sys, time
    from figures import reviewing, reviews
    from figures.store import Store

    applied = reviews.updates

    def slow(*args):
        print("SAVING", flush=True)  # the review is inserted, the transaction not yet committed
        time.sleep(120)
        return applied(*args)

    reviews.updates = slow
    store = Store(sys.argv[1])
    rows = store.figures()
    reviewing.record(store, rows[rows["mention"] == "310"].iloc[0].to_dict(), "corrected", "Ines",
                     fields={"category": "prisoners"})
""")


def test_a_process_killed_while_saving_a_review_leaves_the_store_as_before(store):
    before = (store.reviews(), store.figures())
    proc = subprocess.Popen([PYTHON, "-c", KILLED, str(store.path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "SAVING"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    after = (Store(store.path).reviews(), Store(store.path).figures())
    assert after[0].empty and before[0].empty
    pd.testing.assert_frame_equal(after[1], before[1])
    reviewing.record(store, figure(store, "310"), "verified", "Ines")
    assert figure(store, "310")["review"] == "verified"
