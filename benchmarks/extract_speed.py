"""Measure extraction speed (characters per processor second) and peak memory on the seed report, on a 50 MB
corpus made by repeating it and on varied short documents (the held-out documents and the Russian test documents,
each read as a document of its own, where the cost per document and per figure counts), and the processor time of
the whole `python -m extract` command on the seed; write the table into its own section of BENCHMARKS.md (the other
sections are kept).

Run: .venv/bin/python benchmarks/extract_speed.py
Each case runs in a fresh process so peak memory (ru_maxrss) is its own. Processor time, not wall time, is
reported: the machine is shared, and other processes' load stretches wall time.
"""

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "kazakhstan-2020-country-report.txt"
CORPUS_CHARS = 50_000_000
HEADING = "## Extraction speed"


# Varied short documents the project wrote for its tests, by case: their folder and the language named in the table.
SHORT_DOCUMENTS = {"heldout": (ROOT / "tests" / "data" / "heldout", "English held-out"),
                   "ru": (ROOT / "tests" / "data" / "ru", "Russian test")}


def _documents(case: str) -> list[tuple[str, int | None]]:
    """The (text, year) documents of a case: the seed repeated to a number of characters ("157927"), or the
    documents of a SHORT_DOCUMENTS folder, each with the year its metadata gives (else read from its text)."""
    if case.isdigit():
        seed = SEED.read_text(encoding="utf-8")
        return [(seed if int(case) <= len(seed) else seed * -(-int(case) // len(seed)), 2020)]
    out = []
    for path in sorted(SHORT_DOCUMENTS[case][0].glob("*.txt")):
        meta = path.with_suffix(".json")
        out.append((path.read_text(encoding="utf-8"),
                    json.loads(meta.read_text(encoding="utf-8")).get("year") if meta.is_file() else None))
    return out


def measure(case: str) -> dict:
    """Run in a child process: time extract_text on each document of a case (see _documents)."""
    sys.path.insert(0, str(ROOT))
    t0 = time.process_time()
    from extract.pipeline import extract_text

    import_s = time.process_time() - t0
    documents = _documents(case)
    extract_text(SEED.read_text(encoding="utf-8")[:20000] + "\nШтраф составил 50 МРП.", "warmup", 2020)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.process_time()
    figures = sum(len(extract_text(text, f"bench{k}", year)) for k, (text, year) in enumerate(documents))
    seconds = time.process_time() - t0
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    chars = sum(len(text) for text, _ in documents)
    return {"chars": chars, "documents": len(documents), "figures": figures, "seconds": seconds,
            "import_seconds": import_s, "chars_per_second": chars / seconds, "peak_rss_mib": peak_kib / 1024,
            "rss_growth_mib": (peak_kib - base_rss) / 1024}


def run_case(case: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", case], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def command_seconds(runs: int = 3) -> float:
    """Processor seconds (user and system) of `python -m extract SEED --out x.csv` in a fresh interpreter, best
    of `runs`."""
    best = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-m", "extract", str(SEED), "--out", os.path.join(tmp, "x.csv")],
                           cwd=ROOT, capture_output=True, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best


def _dictionary_reader() -> str:
    """How pymorphy3 reads its dictionary here: through DAWG2's compiled reader when it is installed."""
    from importlib.util import find_spec

    return "through DAWG2's compiled reader" if find_spec("dawg") else "in pure Python (DAWG2 not installed)"


def section(cases: list[tuple[str, dict]], command: float, load: float) -> str:
    lines = [HEADING, "",
             f"Measured by `benchmarks/extract_speed.py` on {platform.machine()}, Python {platform.python_version()}, "
             f"{time.strftime('%Y-%m-%d')}, load average {load:.1f} on {os.cpu_count()} cores. Seconds are processor "
             "seconds of `extract.pipeline.extract_text` in-process after one warm-up call; import time (the project's "
             "modules and the libraries they load) is listed apart. Peak memory is the process's maximum resident set "
             f"size. pymorphy3 read Russian words {_dictionary_reader()}.", "",
             "| input | characters | figures | seconds | characters / second | import seconds | peak memory (MiB) | growth during extraction (MiB) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in cases:
        lines.append(f"| {name} | {r['chars']:,} | {r['figures']:,} | {r['seconds']:.3f} | "
                     f"{r['chars_per_second']:,.0f} | {r['import_seconds']:.2f} | {r['peak_rss_mib']:.0f} | "
                     f"{r['rss_growth_mib']:.0f} |")
    lines += ["", f"The whole command `python -m extract {SEED.relative_to(ROOT)} --out x.csv` (fresh interpreter: "
                  f"imports, model, extraction, CSV): {command:.2f} processor seconds, best of 3."]
    return "\n".join(lines) + "\n"


def main():
    from benchmarks.hostile_speed import write_section

    load = os.getloadavg()[0]
    seed_chars = len(SEED.read_text(encoding="utf-8"))
    cases = [("seed report", run_case(str(seed_chars))), ("50 MB corpus (seed repeated)", run_case(str(CORPUS_CHARS)))]
    for case, (_, name) in SHORT_DOCUMENTS.items():
        found = run_case(case)
        cases.append((f"{found['documents']} {name} documents, each read alone", found))
    text = section(cases, command_seconds(), load)
    write_section(text, ROOT / "BENCHMARKS.md")
    print(text)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(measure(sys.argv[2])))
    else:
        sys.path.insert(0, str(ROOT))
        main()
