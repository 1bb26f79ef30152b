"""Measure extraction speed (characters per second) and peak memory on the seed report and on a
50 MB corpus made by repeating it; write the figures to BENCHMARKS.md.

Run: .venv/bin/python benchmarks/extract_speed.py
Each case runs in a fresh process so peak memory (ru_maxrss) is its own.
"""

import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "kazakhstan-2020-country-report.txt"
CORPUS_CHARS = 50_000_000


def measure(target_chars: int) -> dict:
    """Run in a child process: time extract_text on the seed repeated to `target_chars` characters."""
    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    from extract.pipeline import extract_text

    import_s = time.perf_counter() - t0
    seed = SEED.read_text(encoding="utf-8")
    text = seed if target_chars <= len(seed) else seed * -(-target_chars // len(seed))
    extract_text(seed[:20000], "warmup", 2020)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    rows = extract_text(text, "bench", 2020)
    seconds = time.perf_counter() - t0
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"chars": len(text), "figures": len(rows), "seconds": seconds, "import_seconds": import_s,
            "chars_per_second": len(text) / seconds, "peak_rss_mib": peak_kib / 1024,
            "rss_growth_mib": (peak_kib - base_rss) / 1024}


def run_case(target_chars: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(target_chars)], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def main():
    seed_chars = len(SEED.read_text(encoding="utf-8"))
    cases = [("seed report", run_case(seed_chars)), ("50 MB corpus (seed repeated)", run_case(CORPUS_CHARS))]
    lines = ["# Benchmarks", "",
             f"Extraction speed, measured by `benchmarks/extract_speed.py` on {platform.machine()}, "
             f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}. "
             "Time is `extract.pipeline.extract_text` in-process after one warm-up call; import time "
             "(spaCy and the project's modules) is listed apart. Peak memory is the process's maximum "
             "resident set size.", "",
             "| input | characters | figures | seconds | characters / second | import seconds | peak memory (MiB) | growth during extraction (MiB) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in cases:
        lines.append(f"| {name} | {r['chars']:,} | {r['figures']:,} | {r['seconds']:.3f} | "
                     f"{r['chars_per_second']:,.0f} | {r['import_seconds']:.2f} | {r['peak_rss_mib']:.0f} | "
                     f"{r['rss_growth_mib']:.0f} |")
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(measure(int(sys.argv[2]))))
    else:
        main()
