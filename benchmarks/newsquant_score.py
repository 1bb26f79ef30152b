"""Score the extractor on a quantity benchmark in the NewsQuant format (the CQE paper's news sentences), by value:
each sentence is extracted on its own and every gold quantity is matched at most once, by value, within its
sentence; a range counts as its (low, high) pair. The data is not bundled: give the file's path.

    .venv/bin/python benchmarks/newsquant_score.py NewsQuant.json [--show N]

The file is a JSON list of {"text": ..., "quantities": [{"value": "25000.0"}, {"value": "1.0-1.5"}, ...]}.
A bracketed dollar equivalent our extractor keeps inside its figure ("7,199 yuan ($1,062)") counts as a quantity
of its own, as the benchmark writes it. The benchmark writes a value in the unit the text uses, so a figure is
compared in that unit too: minutes, which the figures table keeps in hours, pence, which it keeps in pounds, and a
fraction ("a third", "one of four"), which it keeps in percent, are compared as written (20 minutes, 164p, 0.333). A
vague amount, which the table keeps as its conventional value (dozens 24, thousands 2,000: twice its order), the
benchmark writes as the span of its order ("dozens" 12-120, "thousands" 1,000-10,000), and it is compared so.
`--as-stored` compares the stored values instead.
"""

import argparse
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.pipeline import extract_text  # noqa: E402

_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*$")

Value = float | tuple[float, float]


class BenchmarkError(ValueError):
    """A benchmark file that cannot be scored: the message names the file and the problem."""


def gold_value(text: str) -> Value:
    """A gold value as written in the benchmark: "25000.0", "-1.3", "1.99E-29", or the range "1.0-1.5"."""
    m = _RANGE.match(text)
    return (float(m.group(1)), float(m.group(2))) if m else float(text)


_PENCE_WRITTEN = re.compile(r"\dp\b")
_FRACTION_WRITTEN = re.compile(r"half|halves|third|quarter|fourth|fifth|sixth|tenth|\bin\b|out\s+of|\bone\s+of\b|/|⁄",
                               re.IGNORECASE)


def written_factor(row: dict) -> float:
    """What turns a stored value back into the unit the text wrote it in: minutes are stored in hours, a fraction
    ("a third", "one in five", "one of four", "1/16") in percent, pence ("164p") in pounds."""
    mention = row["mention"].lower()
    if row["unit"] == "hour" and "min" in mention and "hour" not in mention:
        return 60.0
    if row["unit"] == "percent" and _FRACTION_WRITTEN.search(mention):
        return 0.01
    if row["unit"] == "GBP" and _PENCE_WRITTEN.search(mention):
        return 100.0
    return 1.0


def order_span(vague: float) -> tuple[float, float]:
    """The span of the order a vague amount names, as the benchmark writes it: the table keeps twice the order
    ("dozens" 24, "hundreds" 200), the benchmark the order to ten times it (12-120, 100-1,000)."""
    return vague / 2, vague * 5


def predicted_values(text: str, as_stored: bool = False) -> list[Value]:
    """The values the extractor states for one sentence: a range as its pair, a bracketed dollar equivalent
    as a value of its own; in the unit the text wrote unless `as_stored`."""
    out: list[Value] = []
    for row in extract_text(text, "newsquant"):
        k = 1.0 if as_stored else written_factor(row)
        if row["qualifier"] == "vague" and not as_stored:
            out.append(order_span(row["value"]))
        elif row["qualifier"] == "range" and row["low"] is not None and row["high"] is not None:
            out.append((row["low"] * k, row["high"] * k))
        else:
            out.append(row["value"] * k)
        if row["usd_reported"] is not None:
            high = row["usd_reported_high"]
            out.append((row["usd_reported"], high) if high is not None else row["usd_reported"])
    return out


def same_value(a: Value, b: Value) -> bool:
    """Equal within the benchmark's tolerance; a range only equals a range."""
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    pairs = zip(a, b) if isinstance(a, tuple) else [(a, b)]
    return all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8) for x, y in pairs)


def matched(gold: list[Value], predicted: list[Value]) -> int:
    """How many gold values find a predicted value of their own."""
    free = list(predicted)
    hits = 0
    for g in gold:
        k = next((i for i, p in enumerate(free) if same_value(g, p)), None)
        if k is not None:
            free.pop(k)
            hits += 1
    return hits


def load(path: Path) -> list[tuple[str, list[Value]]]:
    """(sentence, gold values) of every entry of a benchmark file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [(entry["text"], [gold_value(str(q["value"])) for q in entry["quantities"]]) for entry in data]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise BenchmarkError(f"{path}: cannot be read as JSON ({err})") from None
    except (KeyError, TypeError, ValueError) as err:
        raise BenchmarkError(f"{path}: not in the NewsQuant format (an entry lacks text/quantities/value: {err})") from None


def score(entries: list[tuple[str, list[Value]]], as_stored: bool = False) -> dict:
    """Value precision, recall and F1 over all sentences, with the sentences that were not fully right and those
    the extractor failed on (scored as giving nothing)."""
    tp = n_gold = n_pred = 0
    errors, failures = [], []
    for text, gold in entries:
        try:
            predicted = predicted_values(text, as_stored)
        except Exception as err:  # noqa: BLE001 - a benchmark run reports an extractor failure and goes on
            failures.append(f"{type(err).__name__}: {err} | {text}")
            predicted = []
        hits = matched(gold, predicted)
        tp, n_gold, n_pred = tp + hits, n_gold + len(gold), n_pred + len(predicted)
        if hits < len(gold) or hits < len(predicted):
            errors.append({"text": text, "gold": gold, "predicted": predicted})
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"sentences": len(entries), "gold": n_gold, "predicted": n_pred, "matched": tp, "precision": p,
            "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "errors": errors, "failures": failures}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path, help="benchmark file in the NewsQuant JSON format")
    ap.add_argument("--show", type=int, default=0, help="how many sentences with errors to list")
    ap.add_argument("--as-stored", action="store_true", help="compare the values as the figures table stores them")
    args = ap.parse_args()
    try:
        result = score(load(args.path), args.as_stored)
    except BenchmarkError as err:
        sys.exit(str(err))
    for e in result["errors"][:args.show]:
        print(json.dumps(e, ensure_ascii=False))
    for failure in result["failures"]:
        print(f"extractor failed: {failure}")
    print(f"sentences {result['sentences']}, gold {result['gold']}, predicted {result['predicted']}, "
          f"matched {result['matched']}")
    print(f"value P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}")


if __name__ == "__main__":
    main()
