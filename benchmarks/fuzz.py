"""Run the extractor on many generated hostile texts (pieces from tests/data/hostile_pieces.jsonl joined at
random, with random characters between) and record how many ran and which raised, in BENCHMARKS.md.

Run: .venv/bin/python benchmarks/fuzz.py [--count N] [--seed S] [--max-minutes M]
"""

import argparse
import json
import platform
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.hostile_speed import write_section  # noqa: E402
from extract.pipeline import extract_document  # noqa: E402

PIECES = [json.loads(line) for line in (ROOT / "tests" / "data" / "hostile_pieces.jsonl")
          .read_text(encoding="utf-8").splitlines()]


def generated(rng: random.Random) -> str:
    """One hostile text: up to 40 pieces, some of them random code points."""
    parts = []
    for _ in range(rng.randint(0, 40)):
        parts.append(rng.choice(PIECES) if rng.random() < 0.85 else chr(rng.randint(1, 0x10FFFF)).encode(
            "utf-8", "replace").decode("utf-8", "replace"))
    return "".join(parts)


def problems(text: str) -> str | None:
    """Why extraction of `text` is wrong (an exception, a failed paragraph, a mention off its offsets), or None."""
    try:
        found = extract_document(text, "fuzz", 2021)
    except Exception:  # the point of fuzzing: any exception is a finding
        return traceback.format_exc(limit=-1).strip().splitlines()[-1]
    if found.failures:
        return f"paragraph {found.failures[0].paragraph}: {found.failures[0].reason}"
    for row in found.rows:
        if text[row["char_start"]:row["char_end"]] != row["mention"]:
            return f"mention {row['mention']!r} is not the text at {row['char_start']}..{row['char_end']}"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--max-minutes", type=float, default=60.0, help="stop early after this long")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    crashes, ran, t0 = [], 0, time.monotonic()
    while ran < args.count and time.monotonic() - t0 < args.max_minutes * 60:
        text = generated(rng)
        problem = problems(text)
        ran += 1
        if problem:
            crashes.append((text, problem))
            print(f"{ran}: {problem}: {text!r}", flush=True)
    minutes = (time.monotonic() - t0) / 60
    lines = ["## Fuzzing", "",
             f"`benchmarks/fuzz.py --seed {args.seed}` on {platform.machine()}, Python {platform.python_version()}, "
             f"{time.strftime('%Y-%m-%d')}: {ran:,} generated texts in {minutes:.1f} minutes, "
             f"{len(crashes)} with an exception, a failed paragraph or a mention off its offsets.", ""]
    lines += [f"- `{problem}` on `{text[:80]!r}`" for text, problem in crashes[:20]]
    write_section("\n".join(lines).rstrip() + "\n", ROOT / "BENCHMARKS.md")
    print(f"{ran} texts, {len(crashes)} problems", flush=True)


if __name__ == "__main__":
    main()
