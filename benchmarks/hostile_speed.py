"""Time extraction of crafted hostile paragraphs (benchmarks/hostile_patterns.py) at 1k, 10k and 100k
characters, and write the table into its own section of BENCHMARKS.md.

Run: .venv/bin/python benchmarks/hostile_speed.py [--cap SECONDS]
Growth is the time at 100k over the time at 10k: 10 is linear, 100 quadratic.
"""

import argparse
import os
import platform
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.hostile_patterns import PATTERNS, paragraph  # noqa: E402
from extract.loading import DocumentError  # noqa: E402
from extract.pipeline import extract_document  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
HEADING = "## Hostile input speed"


def seconds(text: str, cap: float) -> float | None:
    """Processor time of extracting one text (other processes sharing the machine do not count), or None when it
    outran `cap` seconds of wall time."""
    t0 = time.process_time()
    try:
        extract_document(text, "hostile", 2020, max_seconds=cap)
    except DocumentError:
        return None
    return time.process_time() - t0


def section(results: dict[str, list[float | None]], cap: float, load: float) -> str:
    """The BENCHMARKS.md section: one row per pattern (`load`: the load average when the run began)."""
    def cell(t):
        return f"> {cap:g}" if t is None else f"{t:.3f}"
    lines = [HEADING, "",
             f"Measured by `benchmarks/hostile_speed.py` on {platform.machine()}, Python "
             f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}, load average {load:.1f} on {os.cpu_count()} cores: "
             "processor seconds of `extract_document` on one "
             "paragraph made by repeating a crafted unit, capped at "
             f"{cap:g} s by the time budget. Growth is the time at 100k over the time at 10k (10 is linear).", "",
             "| pattern | unit | 1k chars (s) | 10k chars (s) | 100k chars (s) | growth 10k→100k |",
             "|---|---|---:|---:|---:|---:|"]
    for name, times in results.items():
        growth = f"{times[2] / times[1]:.1f}" if None not in times[1:] and times[1] > 0 else "–"
        unit = PATTERNS[name].encode("unicode_escape").decode("ascii").replace("|", "\\|")
        lines.append(f"| {name} | `{unit}` | " + " | ".join(cell(t) for t in times) + f" | {growth} |")
    return "\n".join(lines) + "\n"


def write_section(text: str, path: Path) -> None:
    """Replace (or append) the section of BENCHMARKS.md that `text` opens with its heading line, leaving the
    others as they are."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    heading = text.splitlines()[0]
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.M | re.S)
    new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
    path.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cap", type=float, default=60.0, help="seconds allowed per text (default 60)")
    args = ap.parse_args()
    extract_document("Warm-up: 5 people.", "warm", 2020)
    load = os.getloadavg()[0]
    results = {}
    for name, unit in PATTERNS.items():
        results[name] = [seconds(paragraph(unit, n), args.cap) for n in SIZES]
        print(name, results[name], flush=True)
    write_section(section(results, args.cap, load), ROOT / "BENCHMARKS.md")


if __name__ == "__main__":
    main()
