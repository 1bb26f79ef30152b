"""Measure `python -m figures corpus` (whole command, 1 and 2 local workers) on a varied corpus, beside
quantulum3 — the reference a user would otherwise pick — on a sample of the same text, and write the
section "Corpora" of BENCHMARKS.md (the other sections are kept).

Run: .venv/bin/python benchmarks/corpus_speed.py [--mb 20] [--sample-chars 60000]
The corpus repeats the bundled seed and tests/data/heldout/*.txt, each copy with its lines shuffled
and its small numbers shifted, so no two documents are the same text. quantulum3 runs from its own
environment, .qvenv (created here if missing), because its classifier fails beside a current scikit-learn.
"""

import argparse
import ctypes
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "data" / "raw" / "kazakhstan-2020-country-report.txt",
           *sorted((ROOT / "tests" / "data" / "heldout").glob("*.txt"))]
QVENV = ROOT / ".qvenv"
QUANTULUM = "quantulum3==0.10.0"
SECTION = "## Corpora"
SMALL_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,])")
MONTH = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)

QUANTULUM_RUN = """
import json, sys, time, warnings
warnings.simplefilter("ignore")
from quantulum3 import parser
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
parser.parse("warm up with 3 kilometres")
t0 = time.perf_counter()
found = sum(len(parser.parse(t)) for t in texts)
print(json.dumps({"seconds": time.perf_counter() - t0, "found": found}))
"""


def varied(text: str, copy: int) -> str:
    """A copy of a document with its lines (after the title) shuffled and small numbers shifted."""
    rng = random.Random(copy)
    title, *lines = text.split("\n")
    rng.shuffle(lines)
    shift = copy % 7 + 1
    body = SMALL_NUMBER.sub(lambda m: _shifted(m, shift), "\n".join(lines))
    return f"{title}\n\n{body}"


def _shifted(match: re.Match, shift: int) -> str:
    """A small number plus shift, except a day next to a month name (which could become an impossible date)."""
    around = match.string[max(match.start() - 10, 0):match.end() + 10]
    return match.group() if MONTH.search(around) else str(int(match.group()) + shift)


def build_corpus(folder: Path, target_chars: int) -> list[Path]:
    """Write varied copies of the sources (with their metadata .json) until target_chars are reached."""
    texts = [(p, p.read_text(encoding="utf-8")) for p in SOURCES]
    files, total, copy = [], 0, 0
    while total < target_chars:
        for path, text in texts:
            out = folder / f"copy-{copy:04d}" / path.name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(varied(text, copy), encoding="utf-8")
            if path.with_suffix(".json").is_file():
                shutil.copy(path.with_suffix(".json"), out.with_suffix(".json"))
            files.append(out)
            total += len(out.read_text(encoding="utf-8"))
        copy += 1
    return files


def sample_of(files: list[Path], limit: int) -> list[Path]:
    """The corpus's first documents that fit together within limit characters (larger ones passed over)."""
    sample, n = [], 0
    for path in files:
        size = len(path.read_text(encoding="utf-8"))
        if n + size <= limit:
            sample.append(path)
            n += size
    return sample


def chars_of(files: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in files)


PR_SET_CHILD_SUBREAPER = 36


def adopt_descendants() -> None:
    """Make this process the reaper of its orphaned descendants (Linux), so that the processor time of the Dask
    forkserver and the workers it forks, which outlive their parent's wait, is counted."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        print("processor seconds leave out the workers forked by Dask's forkserver (no prctl here)", file=sys.stderr)


def reap_descendants() -> None:
    """Wait for every descendant this process adopted, so that their processor time is in RUSAGE_CHILDREN."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def run_corpus_command(inputs: list[str], out: Path, workers: int) -> dict:
    """Time the whole corpus command (start-up, Dask cluster, extraction, Parquet) in a fresh process: wall seconds
    until it and every process it started have ended, and processor seconds of them all (what other jobs on the
    machine do not stretch)."""
    adopt_descendants()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "figures", "corpus", *inputs, "--out", str(out),
                           "--workers", str(workers), "--overwrite"], cwd=ROOT, capture_output=True, text=True)
    reap_descendants()
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if done.returncode != 0:
        sys.exit(f"corpus command failed:\n{done.stderr[-2000:]}")
    figures = int(re.search(r"and (\d+) figures", done.stdout).group(1))
    return {"seconds": seconds, "found": figures, "cpu": cpu}


def in_process(files: list[Path]) -> dict:
    """Time figures_for (extract, normalise, cross-check) on the files in this process, after a warm-up."""
    sys.path.insert(0, str(ROOT))
    from figures.corpus_rows import extract_file

    extract_file(str(files[0]))
    t0 = time.perf_counter()
    found = sum(len(extract_file(str(p)).figures) for p in files)
    return {"seconds": time.perf_counter() - t0, "found": found}


def quantulum_python() -> Path | None:
    """The .qvenv interpreter with quantulum3, created when missing; None (with a message) if that fails."""
    python = QVENV / "bin" / "python"
    if not python.exists():
        print(f"creating {QVENV} with {QUANTULUM} ...", file=sys.stderr)
        made = subprocess.run(["python3", "-m", "venv", str(QVENV)], capture_output=True, text=True)
        if made.returncode == 0:
            made = subprocess.run([str(python), "-m", "pip", "install", "-q", QUANTULUM], capture_output=True, text=True)
        if made.returncode != 0:
            print(f"quantulum3 column skipped: could not create {QVENV} ({made.stderr.strip()[-300:]}); create it with "
                  f"`python3 -m venv .qvenv && .qvenv/bin/pip install {QUANTULUM}`", file=sys.stderr)
            return None
    return python


def run_quantulum(python: Path, files: list[Path]) -> dict:
    """quantulum3 on the files: the whole command (fresh interpreter, import, parse) and parsing alone."""
    t0 = time.perf_counter()
    done = subprocess.run([str(python), "-c", QUANTULUM_RUN, *map(str, files)], capture_output=True, text=True)
    whole = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"quantulum3 failed:\n{done.stderr[-2000:]}")
    inner = json.loads(done.stdout.strip().splitlines()[-1])
    return {"whole": {"seconds": whole, "found": inner["found"]}, "in_process": inner}


def row(name: str, chars: int, r: dict) -> str:
    return (f"| {name} | {chars:,} | {r['found']:,} | {r['seconds']:.1f} | {chars / r['seconds']:,.0f} |")


def write_section(lines: list[str]) -> None:
    """Replace (or append) the Corpora section of BENCHMARKS.md, keeping every other section."""
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    before, _, rest = text.partition(SECTION)
    after = rest[rest.find("\n## "):] if "\n## " in rest else ""
    path.write_text(before.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n" + after, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20, help="corpus size in millions of characters (default 20)")
    ap.add_argument("--sample-chars", type=int, default=60_000,
                    help="characters of the same corpus given to quantulum3, which is far slower (default 60000)")
    args = ap.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as tmp:
        tmp = Path(tmp)
        files = build_corpus(tmp / "corpus", int(args.mb * 1e6))
        chars = chars_of(files)
        sample = sample_of(files, args.sample_chars)
        sample_chars = chars_of(sample)
        results = {w: run_corpus_command([str(tmp / "corpus")], tmp / "out.parquet", w) for w in (1, 2)}
        print(f"corpus: {results}", file=sys.stderr)
        ours_sample = run_corpus_command([str(p) for p in sample], tmp / "sample.parquet", 1)
        ours_inner = in_process(sample)
        python = quantulum_python()
        theirs = run_quantulum(python, sample) if python else None
    lines = [SECTION, "",
             f"`python -m figures corpus` measured by `benchmarks/corpus_speed.py` on {platform.machine()} "
             f"({os.cpu_count()} CPUs, shared with other jobs while measuring), Python "
             f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}. The corpus is {len(files):,} documents: "
             "the bundled seed and the held-out documents repeated, each copy with its lines shuffled "
             "and its small numbers shifted. Whole command: a fresh process from start-up (Dask local "
             "cluster of worker processes) to the last Parquet part; figures are extracted, normalised "
             "and cross-checked, as the store holds them.", "",
             "| run | characters | figures | seconds | characters / second |", "|---|---:|---:|---:|---:|",
             row("corpus command, 1 worker", chars, results[1]),
             row("corpus command, 2 workers", chars, results[2]), "",
             f"Speed-up with 2 workers: {results[1]['seconds'] / results[2]['seconds']:.2f}x; "
             f"{chars / results[2]['seconds'] / 1e6:.2f} MB/s against the issue's target of 2 MB/s. Load average "
             f"{load_before:.1f} before and {os.getloadavg()[0]:.1f} after: other jobs stretch wall seconds. Processor "
             f"seconds of the command and its workers: 1 worker {results[1]['cpu']:.1f} "
             f"({chars / results[1]['cpu']:,.0f} characters per processor second), 2 workers "
             f"{results[2]['cpu']:.1f} ({chars / results[2]['cpu']:,.0f}).", "",
             f"Beside quantulum3 {QUANTULUM.split('==')[1]} (without its optional classifier) on "
             f"{len(sample)} documents of the same corpus ({sample_chars:,} characters; quantulum3 is too slow "
             "for the whole corpus). Its 'figures' are the quantities it returns.", "",
             "| run | characters | figures | seconds | characters / second |", "|---|---:|---:|---:|---:|",
             row("Reported Figures, corpus command, 1 worker", sample_chars, ours_sample),
             row("Reported Figures, in-process (extract_file)", sample_chars, ours_inner)]
    if theirs:
        lines += [row("quantulum3, whole command", sample_chars, theirs["whole"]),
                  row("quantulum3, in-process (parser.parse)", sample_chars, theirs["in_process"]), "",
                  f"Ratio (Reported Figures / quantulum3, characters per second): whole command "
                  f"{theirs['whole']['seconds'] / ours_sample['seconds']:.1f}x, in-process "
                  f"{theirs['in_process']['seconds'] / ours_inner['seconds']:.1f}x."]
    else:
        lines += ["", f"quantulum3 skipped: create `.qvenv` with `python3 -m venv .qvenv && .qvenv/bin/pip install {QUANTULUM}`."]
    write_section(lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
