"""Measure the dashboard's data functions and an Overview render on stores of 10k, 100k and 1M figures, beside
the same questions asked of DuckDB over a Parquet export; write the table to BENCHMARKS.md.

Run: .venv/bin/python benchmarks/dashboard_scale.py [SIZE ...]
The stores are made once from the seed store's rows (each copy with its own doc_id, figure_id, year and
values) and cached in $TMPDIR/reported-figures-scale/<extractor version>, never in the repository: a store made by
another extractor is stale, and the app would re-extract it on start. Each size is measured in a
fresh process, so its peak memory (ru_maxrss) is its own.
"""

import json
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE_ROOT = Path(tempfile.gettempdir()) / "reported-figures-scale"
SIZES = (10_000, 100_000, 1_000_000)
COPIES_PER_DOCUMENT = 30
SECTION = "## Dashboard at scale"
TARGETS = "Targets at 1M figures: a page's first render <= 2 s, a filter change <= 0.3 s, the process under 1 GB."


def cache() -> Path:
    """The folder of the stores made by this extractor version."""
    from figures.versions import extractor_version

    return CACHE_ROOT / extractor_version()


def seed_store() -> Path:
    """The seed report ingested once into the cache."""
    from figures.ingest import ingest_seed
    from figures.store import Store

    path = cache() / "seed.sqlite"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        ingest_seed(Store(path))
    return path


def build(size: int) -> Path:
    """A store of `size` figures: copies of the seed's documents, each holding COPIES_PER_DOCUMENT copies of
    every seed figure with distinct ids, a year of its own and values scaled per copy."""
    from figures.store import Store

    path = cache() / f"figures-{size}.sqlite"
    if path.exists():
        return path
    seed = sqlite3.connect(seed_store())
    docs = seed.execute("SELECT * FROM documents").fetchall()
    doc_columns = [d[0] for d in seed.execute("SELECT * FROM documents LIMIT 0").description]
    rows = seed.execute("SELECT * FROM figures ORDER BY doc_id, char_start").fetchall()
    columns = [d[0] for d in seed.execute("SELECT * FROM figures LIMIT 0").description]
    seed.close()
    Store(path)
    at = {name: i for i, name in enumerate(columns)}
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    made, copy = 0, 0
    while made < size:
        doc = dict(zip(doc_columns, docs[copy % len(docs)]))
        doc_id = f"{doc['doc_id']}-{copy}"
        doc |= {"doc_id": doc_id, "year": 2011 + copy % 12, "ingested_at": f"2026-01-01T00:{copy // 60:02d}:{copy % 60:02d}",
                "title": f"{doc['title']} (copy {copy})"}
        con.execute(f"INSERT INTO documents ({', '.join(doc)}) VALUES ({', '.join('?' * len(doc))})", list(doc.values()))
        batch = []
        for repeat in range(COPIES_PER_DOCUMENT):
            for row in rows:
                if made + len(batch) >= size:
                    break
                row = list(row)
                row[at["doc_id"]] = doc_id
                row[at["figure_id"]] = f"{row[at['figure_id']]}-{copy}-{repeat}"
                scale = 1 + (copy * COPIES_PER_DOCUMENT + repeat) % 97 / 100
                for name in ("value", "low", "high", "value_base", "value_kzt"):
                    if row[at[name]] is not None:
                        row[at[name]] = row[at[name]] * scale
                batch.append(row)
        con.executemany(f"INSERT INTO figures ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", batch)
        made += len(batch)
        copy += 1
    con.execute("COMMIT")
    con.execute("ANALYZE")
    current(con)
    con.close()
    return path


def current(con) -> None:
    """Mark the copied documents as made by this extractor, so opening the store in the app keeps the copies
    instead of reading the documents again."""
    from figures.versions import extractor_version

    con.execute("UPDATE documents SET extractor_version = ?", (extractor_version(),))


def timed(fn):
    """fn's result and its (wall, CPU) seconds: on a shared machine the CPU seconds this process spent say what the
    step costs, the wall seconds what a user waits under the load of the moment."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return result, (time.perf_counter() - t0, time.process_time() - c0)


def measure(path: Path) -> dict:
    """Run in a child process: time each page's data functions, a filter change, a full CSV and an Overview
    render, then DuckDB over a Parquet export."""
    from figures import charts, export, page_data
    from figures.sql import Filters, group_filters
    from figures.store import Store

    with sqlite3.connect(path) as con:
        current(con)
    store = Store(path)
    every = Filters()
    docs, _ = timed(store.documents)
    out = {"figures": store.count(every), "documents": len(docs), "load": [os.getloadavg()[0]]}

    def overview():
        store.documents()
        store.count(every)
        page_data.headlines(store, every)
        source = charts.source_line(store.sections(every), docs)
        counts = store.counts_by_each(("theme", "category"), every)
        for by in ("theme", "category"):
            charts.counts_chart_of(counts[by], source, by)
        store.count_flags(every)
        page_data.flags(store, every)
        page_data.recurring(store, every)

    def explorer_change(filters):
        return store.count(filters), page_data.explorer_rows(store, filters)

    def explorer(filters):
        for column in ("theme", "category", "kind", "period"):
            store.distinct(column, every)
        return explorer_change(filters)

    def group_page(name):
        store.documents()
        store.distinct("theme", group_filters(every, name) if name != "justice" else every)
        page_data.chart_of(store, name, every, docs, {})

    _, out["overview"] = timed(overview)
    _, out["explorer"] = timed(lambda: explorer(every))
    theme = store.distinct("theme", every)[0]
    _, out["explorer_filter"] = timed(lambda: explorer_change(every.narrowed(themes=[theme])))
    _, out["explorer_search"] = timed(lambda: explorer_change(every.narrowed(text="tenge")))
    for name in ("fines", "sentences", "casualties", "justice"):
        _, out[name] = timed(lambda name=name: group_page(name))
    _, out["fines_filter"] = timed(lambda: page_data.chart_of(store, "fines", every.narrowed(themes=[theme]), docs, {}))
    file, out["csv_all"] = timed(lambda: export.csv_file(page_data.table_chunks(store, every)))
    out["csv_mib"] = os.fstat(file.fileno()).st_size / 2**20
    file.close()
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["apptest_overview"] = apptest_overview(path, out["figures"])
    out["duckdb"] = duckdb_questions(store, theme)
    out["load"].append(os.getloadavg()[0])
    return out


def apptest_overview(path: Path, figures: int) -> tuple[float, float]:
    """(wall, CPU) seconds of one AppTest run of the app's Overview page against the store (of `figures` figures)."""
    from streamlit.testing.v1 import AppTest

    from figures.store import Store

    os.environ["REPORTED_FIGURES_DB"] = str(path)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    _, seconds = timed(at.run)
    if Store(path).count() != figures:
        raise RuntimeError(f"the Overview changed the store at {path}")
    if at.exception:
        raise RuntimeError(f"the Overview failed at {path}: {at.exception[0].message}")
    return seconds


def duckdb_questions(store, theme: str) -> dict:
    """The same questions in DuckDB over figures.parquet: counts by theme, a headline, a filtered page, a
    text search."""
    import duckdb

    folder = cache() / f"parquet-{store.count()}"
    if not (folder / "figures.parquet").exists():
        store.export_parquet(folder)
    con = duckdb.connect()
    con.execute(f"CREATE VIEW figures AS SELECT * FROM read_parquet('{folder / 'figures.parquet'}')")
    questions = {
        "by_theme": ("SELECT theme, count(*) FROM figures GROUP BY 1 ORDER BY 2 DESC", []),
        "headline": ("SELECT subject FROM figures WHERE category = 'fine' AND NOT statutory "
                     "ORDER BY coalesce(value_kzt, CASE WHEN unit = 'KZT' THEN value END) DESC NULLS LAST LIMIT 1", []),
        "filter_page": ("SELECT * FROM figures WHERE theme = ? LIMIT 1000", [theme]),
        "search_page": ("SELECT * FROM figures WHERE subject ILIKE '%tenge%' OR sentence ILIKE '%tenge%' "
                        "OR mention ILIKE '%tenge%' LIMIT 1000", []),
    }
    return {name: timed(lambda sql=sql, p=p: con.execute(sql, p).fetchall())[1] for name, (sql, p) in questions.items()}


def run(size: int) -> dict:
    path = build(size)
    done = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"measuring {path} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(results: dict[int, dict]) -> list[str]:
    sizes = list(results)
    head = "| step | " + " | ".join(f"{results[s]['figures']:,} figures" for s in sizes) + " |"
    rows = [head, "|---|" + "---:|" * len(sizes)]

    def line(label, value):
        rows.append(f"| {label} | " + " | ".join(value(results[s]) for s in sizes) + " |")

    for key, label in (("overview", "Overview data (counts, headlines, charts, flags, across years)"),
                       ("explorer", "Explorer first page (options, count, 1,000 rows)"),
                       ("explorer_filter", "Explorer filter change (a theme)"),
                       ("explorer_search", "Explorer text search (FTS5)"),
                       ("fines", "Fines page data and chart"), ("fines_filter", "Fines filter change (a theme)"),
                       ("sentences", "Sentences page data and chart"), ("casualties", "Casualties page data and chart"),
                       ("justice", "Complaints page data and chart"), ("csv_all", "CSV of all rows (on click)")):
        line(label + ", s", lambda r, key=key: _seconds(r[key], 3))
    line("CSV size, MiB", lambda r: f"{r['csv_mib']:.0f}")
    line("Overview page run (AppTest), s", lambda r: _seconds(r["apptest_overview"], 2))
    line("peak memory of the process, MiB", lambda r: f"{r['peak_mib']:.0f}")
    for key, label in (("by_theme", "counts by theme"), ("headline", "largest fine"),
                       ("filter_page", "a theme's first 1,000 rows"), ("search_page", "text search, 1,000 rows")):
        line(f"DuckDB over Parquet: {label}, s", lambda r, key=key: _seconds(r["duckdb"][key], 3))
    line("load average (1 min) at start and end", lambda r: " – ".join(f"{x:.1f}" for x in r["load"]))
    return rows


def _seconds(both, digits: int) -> str:
    """'wall (CPU)' seconds."""
    wall, cpu = both
    return f"{wall:.{digits}f} ({cpu:.{digits}f})"


def write(lines: list[str]) -> None:
    """Put the section into BENCHMARKS.md in place of an older one."""
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if SECTION in text:
        head, rest = text.split(SECTION, 1)
        tail = rest[rest.find("\n## "):] if "\n## " in rest else "\n"
        text = head.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n" + tail
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")


def main(sizes):
    results = {size: run(size) for size in sizes}
    lines = [SECTION, "",
             f"Written by `benchmarks/dashboard_scale.py` on {platform.machine()} ({os.cpu_count()} cores), Python "
             f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}: stores made of copies of the seed's "
             f"figures, each page's data functions timed in-process (SQLite, cold process), then DuckDB "
             f"over a Parquet export of the same figures. Each time is wall seconds with the CPU seconds of the "
             f"process in brackets: the machine is shared, and the last line says how busy it was. {TARGETS}", "",
             *table(results)]
    write(lines)
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(measure(Path(sys.argv[2]))))
    else:
        main([int(a) for a in sys.argv[1:]] or SIZES)
