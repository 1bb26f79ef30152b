"""Corpora: `python -m figures corpus` on a dask.distributed cluster writes the rows the store would hold,
names a bad file and goes on; `python -m figures ingest --parquet` loads them in bulk with the store's
dedup, each document all or nothing; corpus-stats answers from the Parquet with DuckDB."""

import contextlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from figures.cli import main as figures_main
from figures.corpus import MIN_TASK_BYTES, TASKS_PER_WORKER, CorpusError, batches, input_files, prepare_output, task_bytes
from figures.corpus_cli import PRELOADED, QUIET_DASK, _client, parse_args
from figures.corpus_rows import extract_file, figures_table
from figures.documents import figures_for
from figures.corpus_stats import by_category, totals
from figures.schema import COLUMNS, MADE_COLUMNS
from figures.ingest import ingest_source
from figures.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).parent / "data" / "corpus"
DOCUMENTS = sorted(p for p in CORPUS.iterdir() if p.suffix != ".json")
BAD = "broken.txt"


def records(df: pd.DataFrame, columns) -> list[dict]:
    """Rows as dicts with missing values as None, sorted, so frames from any source compare equal."""
    rows = [{c: (None if pd.isna(v) else v) for c, v in zip(columns, rec)}
            for rec in df[list(columns)].itertuples(index=False, name=None)]
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs") / "corpus"
    shutil.copytree(CORPUS, folder)
    (folder / BAD).write_bytes(b"\x00\x01\x02\x03 not a text \xff\xfe")
    return folder


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0") as c:
        yield c


@pytest.fixture(scope="module")
def written(corpus_dir, cluster, tmp_path_factory):
    """The corpus command's exit status, stderr lines and output folder (one file per task)."""
    out = tmp_path_factory.mktemp("out") / "corpus.parquet"
    argv = ["corpus", str(corpus_dir), "--out", str(out), "--scheduler", cluster.scheduler_address,
            "--batch-mb", "0.000001"]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = figures_main(argv)
    return status, err.getvalue(), out


def test_corpus_names_the_bad_file_on_one_line_and_exits_non_zero(written, corpus_dir):
    status, err, _ = written
    assert status == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and str(corpus_dir / BAD) in lines[0] and "binary" in lines[0]
    assert "Traceback" not in err


def test_corpus_rows_equal_the_stores_extraction_of_each_file(written, corpus_dir):
    _, _, out = written
    docs = pq.read_table(out / "documents").to_pandas()
    figs = pq.read_table(out / "figures").to_pandas()
    assert sorted(docs["name"]) == sorted(str(corpus_dir / p.name) for p in DOCUMENTS)
    assert len(list((out / "documents").glob("part-*.parquet"))) == len(DOCUMENTS)
    for name in docs["name"]:
        one = extract_file(name)
        pages = json.loads(one.document["pages"]) if one.document["pages"] else None
        stored, _ = figures_for(one.document["text"], one.document["doc_id"], one.document["year"], pages)
        assert records(figs[figs["doc_id"] == one.document["doc_id"]], MADE_COLUMNS) == records(stored, MADE_COLUMNS)
        row = docs[docs["name"] == name].iloc[0]
        for column in ("doc_id", "title", "publisher", "country", "year", "format", "text", "extractor_version"):
            got = None if pd.isna(row[column]) else row[column]
            assert got == one.document[column], column
    assert len(figs) > 10


def test_figures_table_writes_a_missing_number_as_null_as_a_frame_does(corpus_dir):
    rows = extract_file(str(corpus_dir / "wire-briefs-2022.txt")).figures
    gap = {**rows[0], "value_base": float("nan"), "low": None}
    table = figures_table([[gap], rows[1:]])
    assert table.num_rows == len(rows)
    assert table.column("value_base")[0].as_py() is None and table.column("low")[0].as_py() is None
    assert table.column("value_base").null_count == 1 + sum(r["value_base"] is None for r in rows[1:])
    assert table.column("mention").to_pylist() == [r["mention"] for r in rows]


def test_loaded_corpus_equals_ingesting_the_same_files_one_by_one(written, corpus_dir, tmp_path):
    _, _, out = written
    direct = Store(tmp_path / "direct.sqlite")
    for path in DOCUMENTS:
        meta_path = path.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        ingest_source(direct, corpus_dir / path.name, **meta)
    bulk = tmp_path / "bulk.sqlite"
    assert figures_main(["ingest", "--parquet", str(out), "--db", str(bulk)]) == 0
    loaded = Store(bulk)
    listed = [c for c in direct.documents().columns if c != "ingested_at"]
    assert records(loaded.documents(), listed) == records(direct.documents(), listed)
    assert records(loaded.figures(), COLUMNS) == records(direct.figures(), COLUMNS)
    for doc_id in direct.documents()["doc_id"]:
        assert loaded.document_text(doc_id) == direct.document_text(doc_id)


def test_loading_twice_or_over_ingested_texts_adds_nothing(written, tmp_path, capsys):
    _, _, out = written
    store = Store(tmp_path / "store.sqlite")
    ingest_source(store, CORPUS / "wire-briefs-2022.txt")
    before = len(store.figures())
    assert figures_main(["ingest", "--parquet", str(out), "--db", str(store.path)]) == 0
    assert "1 already stored" in capsys.readouterr().out
    after = store.figures()
    assert figures_main(["ingest", "--parquet", str(out), "--db", str(store.path)]) == 0
    assert f"{len(DOCUMENTS)} already stored" in capsys.readouterr().out
    assert len(store.figures()) == len(after) > before
    assert len(store.documents()) == len(DOCUMENTS)


def test_a_document_whose_rows_cannot_be_stored_is_left_out_whole(written, tmp_path, capsys):
    _, _, out = written
    broken = tmp_path / "broken.parquet"
    shutil.copytree(out, broken)
    part = next(p for p in sorted((broken / "figures").glob("part-*.parquet")) if pq.read_metadata(p).num_rows)
    figs = pq.read_table(part).to_pandas()
    bad_doc = figs["doc_id"].iloc[0]
    figs.loc[figs.index[-1], "mention"] = None  # NOT NULL in the store
    figs.to_parquet(part, index=False)
    store = Store(tmp_path / "store.sqlite")
    assert figures_main(["ingest", "--parquet", str(broken), "--db", str(store.path)]) == 1
    err = capsys.readouterr().err
    assert "not stored" in err and "Traceback" not in err
    assert bad_doc not in set(store.documents()["doc_id"])
    assert bad_doc not in set(store.figures()["doc_id"])
    assert len(store.documents()) == len(DOCUMENTS) - 1


def test_corpus_stats_count_what_the_parquet_holds(written):
    _, _, out = written
    figs = pq.read_table(out / "figures").to_pandas()
    docs = pq.read_table(out / "documents").to_pandas()
    assert totals(out) == {"documents": len(docs), "characters": int(docs["text"].str.len().sum()),
                           "figures": len(figs), "distinct_texts": len(docs)}
    counted = by_category(out).set_index("category")["figures"].to_dict()
    assert counted == figs["category"].value_counts().to_dict()


@pytest.mark.parametrize("argv, message", [
    (["ingest", "--parquet", "{tmp}/missing"], "not a corpus folder"),
    (["corpus-stats", "{tmp}/missing"], "not a corpus folder"),
    (["corpus", "{tmp}/nothing-here/*.txt", "--out", "{tmp}/out"], "matches no file"),
    (["corpus", "{tmp}/missing.txt", "--out", "{tmp}/out"], "no such file or folder"),
    (["corpus", "{tmp}", "--out", "{tmp}/out"], "no document files"),
])
def test_bad_corpus_arguments_get_one_line(argv, message, tmp_path, capsys):
    status = figures_main([a.format(tmp=tmp_path) for a in argv])
    err = capsys.readouterr().err.strip().splitlines()
    assert status != 0 and len(err) == 1 and message in err[0]


def test_dispatcher_refuses_an_unknown_subcommand(capsys):
    assert figures_main(["nonsense"]) == 2
    assert "unknown subcommand 'nonsense'" in capsys.readouterr().err


def test_ingest_without_parquet_takes_the_extract_ingest_arguments(tmp_path):
    db = tmp_path / "store.sqlite"
    assert figures_main(["ingest", str(CORPUS / "wire-briefs-2022.txt"), "--country", "Atlantis", "--db", str(db)]) == 0
    assert Store(db).documents()["country"].tolist() == ["Atlantis"]


def test_export_writes_both_tables(tmp_path):
    db = tmp_path / "store.sqlite"
    ingest_source(Store(db), CORPUS / "wire-briefs-2022.txt")
    assert figures_main(["export", str(tmp_path / "out"), "--db", str(db)]) == 0
    assert len(pd.read_parquet(tmp_path / "out" / "figures.parquet")) == len(Store(db).figures())


def test_output_folder_with_other_files_is_never_cleared(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CorpusError, match="not empty"):
        prepare_output(tmp_path, overwrite=False)
    with pytest.raises(CorpusError, match="notes.txt"):
        prepare_output(tmp_path, overwrite=True)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_inputs_expand_folders_and_globs_and_batches_keep_order(tmp_path):
    names, _ = input_files([str(CORPUS), str(CORPUS / "*.txt")])
    assert names == [str(p) for p in DOCUMENTS]
    groups = batches(names, target_bytes=1)
    assert [n for g in groups for n in g] == names and all(len(g) == 1 for g in groups)
    assert batches(names, target_bytes=10**9) == [names]


@pytest.mark.parametrize("total, workers, most, expected", [
    (3_000_000, 2, 2_000_000, 3_000_000 // (2 * TASKS_PER_WORKER)),   # a small corpus: several tasks per worker
    (10**9, 2, 2_000_000, 2_000_000),                                 # a large one: tasks of the size asked for
    (50_000, 2, 2_000_000, MIN_TASK_BYTES),                           # a tiny one: not cut below the floor
    (50_000, 2, 1, 1),                                                # never above the size asked for
])
def test_task_size_spreads_a_small_corpus_over_every_worker(total, workers, most, expected):
    assert task_bytes(total, workers, most) == expected


def test_corpus_command_with_local_worker_processes(corpus_dir, tmp_path):
    done = subprocess.run([sys.executable, "-m", "figures", "corpus", str(corpus_dir), "--out",
                           str(tmp_path / "c.parquet"), "--workers", "2", "--batch-mb", "0.000001"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr
    assert f"wrote {len(DOCUMENTS)} documents" in done.stdout
    assert sum(line.startswith("error:") for line in done.stderr.splitlines()) == 1
    assert len(pq.read_table(tmp_path / "c.parquet" / "documents")) == len(DOCUMENTS)


def test_local_workers_run_without_dask_self_monitoring(tmp_path):
    args = parse_args([str(tmp_path), "--out", str(tmp_path / "c.parquet"), "--workers", "1"])
    with contextlib.ExitStack() as stack:
        client = _client(args, stack)
        seen = client.run(lambda: {key: __import__("dask").config.get(key) for key in QUIET_DASK})
    assert list(seen.values()) == [QUIET_DASK]


def test_several_local_workers_start_with_the_extractor_imported(tmp_path):
    args = parse_args([str(tmp_path), "--out", str(tmp_path / "c.parquet"), "--workers", "2"])
    with contextlib.ExitStack() as stack:
        client = _client(args, stack)
        seen = client.run(lambda: [name in __import__("sys").modules for name in PRELOADED])
    assert list(seen.values()) == [[True] * len(PRELOADED)] * 2


def test_worker_warm_up_texts_exercise_english_and_russian_figures():
    from figures.corpus_worker import WARM_UP_TEXTS
    from figures.documents import figure_rows

    read = [figure_rows(text, "warm-up", 2021)[0] for text in WARM_UP_TEXTS]
    assert [{row["language"] for row in rows} for rows in read] == [{"en"}, {"ru"}]
    assert all({"fine", "prison_term", "complaints"} <= {row["category"] for row in rows} for rows in read)
