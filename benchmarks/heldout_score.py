"""Score the extractor on the held-out documents (tests/data/heldout): per document and overall, with the
errors listed, so rule changes can be judged on text the rules were not written from.

    .venv/bin/python benchmarks/heldout_score.py [--show N]
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.pipeline import extract_text  # noqa: E402
from extract.evaluation import combine, load_gold, score  # noqa: E402

HELDOUT = ROOT / "tests" / "data" / "heldout"


def heldout_results() -> list[tuple[str, dict]]:
    """(document name, score) for every held-out document."""
    out = []
    for path in sorted(HELDOUT.glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        year = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["year"]
        rows = extract_text(text, path.stem, year)
        out.append((path.stem, score(load_gold(str(HELDOUT / "gold.jsonl"), text, path.stem), rows)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", type=int, default=50, help="how many errors of each sort to list")
    args = ap.parse_args()
    results = heldout_results()
    for name, r in results:
        print(f"{name:<40} detection F1 {r['detection_f1']:.3f}  end-to-end F1 {r['end_to_end_f1']:.3f}")
    total = combine([r for _, r in results])
    c = total["counts"]
    print(f"\noverall: gold {c['gold']}, matched {c['tp']}, false positives {c['fp']}, missed {c['fn']}")
    print(f"detection  P {total['detection_precision']:.3f}  R {total['detection_recall']:.3f}  "
          f"F1 {total['detection_f1']:.3f}")
    for k, v in total["accuracy"].items():
        print(f"  {k:<10} {v:.3f}")
    print("end-to-end recall by group: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(total["group_recall"].items())))
    print(f"end_to_end_f1 {total['end_to_end_f1']:.3f}")
    for name in ("false_positives", "false_negatives", "field_errors"):
        rows = total[name]
        print(f"{name} ({len(rows)}):")
        for row in rows[:args.show]:
            print("   ", json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
