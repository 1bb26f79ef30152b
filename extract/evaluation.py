"""Score extracted figure rows against the project's gold files with the matching rules of the shared
scorer: a row matches a gold line when its span (at most 160 characters) contains the first character
of the gold line's core number; values agree within 0.5 % (durations compared in days). Used by the
accuracy tests and the benchmarks alike; also tallies categories and the precision of each meaning rule."""

import json
import math

from extract.duration_days import DURATION_DAYS as DAYS

GROUPS = {
    "fine": "fines",
    "prison_term": "sentences", "probation": "sentences", "administrative_arrest": "sentences",
    "ban": "sentences", "compulsory_work": "sentences",
    "deaths": "casualties", "injuries": "casualties",
    "complaints": "complaints",
}
MAX_SPAN = 160
TOLERANCE = 0.005


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, line) of every non-empty line: the gold set's paragraphs."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _find_nth(hay: str, needle: str, n: int) -> int:
    i = -1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i < 0:
            return -1
    return i


def load_gold(path: str, text: str, doc: str | None = None) -> list[dict]:
    """Gold lines with char_start, char_end and core_start resolved against the text; with `doc`, only the
    lines whose "doc" field names that document (gold files covering several documents)."""
    paras = paragraphs(text)
    gold = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            g = json.loads(line)
            if doc is not None and g.get("doc") != doc:
                continue
            start, para = paras[g["para"]]
            m = _find_nth(para, g["mention"], g.get("occurrence", 1))
            if m < 0:
                raise ValueError(f"{path}: gold {g.get('id')}: mention not found in paragraph {g['para']}")
            g["char_start"], g["char_end"] = start + m, start + m + len(g["mention"])
            g["core_start"] = start + m + g["mention"].find(g["core"])
            gold.append(g)
    return gold


def _num(x) -> float | None:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    try:
        return float(str(x).replace(",", "").strip())
    except ValueError:
        return None


def _unit(u) -> str:
    u = "" if u is None else str(u).strip()
    low = u.lower()
    low = low[:-1] if low.endswith("s") else low
    if low in DAYS:
        return low
    if low in ("percent", "%", "pct"):
        return "percent"
    return u.upper() if u.isupper() else low


def same_value(gv, gu, pv, pu) -> bool:
    """Values agree within 0.5 %; durations are compared in days."""
    gv, pv = _num(gv), _num(pv)
    if gv is None:
        return pv is None
    if pv is None:
        return False
    gu, pu = _unit(gu), _unit(pu)
    if gu in DAYS and pu in DAYS:
        gv, pv = gv * DAYS[gu], pv * DAYS[pu]
    if gv == 0:
        return abs(pv) < 1e-9
    return abs(gv - pv) <= TOLERANCE * abs(gv)


def truthy(x) -> bool:
    """A statutory cell as a bool: True, "true", "1" and "yes" are true."""
    return x if isinstance(x, bool) else str(x).strip().lower() in ("true", "1", "yes", "t")


def same_unit(gu, pu) -> bool:
    gu, pu = _unit(gu), _unit(pu)
    return gu == pu or (gu in DAYS and pu in DAYS)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[dict], rows: list[dict]) -> dict:
    """Detection, field accuracies and end-to-end scores of rows (with char_start/char_end) against gold."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(rows):
            s, e = int(p["char_start"]), int(p["char_end"])
            if s <= g["core_start"] < e and e - s <= MAX_SPAN:
                pairs.append((abs(s - g["char_start"]) + abs(e - g["char_end"]), gi, pi))
    g2p, p2g = {}, {}
    for _, gi, pi in sorted(pairs):
        if gi not in g2p and pi not in p2g:
            g2p[gi], p2g[pi] = pi, gi
    matched = [(gold[gi]["char_start"], gold[gi]["char_end"]) for gi in g2p]
    optional = [(g["char_start"], g["char_end"]) for g in gold if g.get("optional")]

    def overlaps(p, spans):
        return any(int(p["char_start"]) < e and s < int(p["char_end"]) for s, e in spans)

    fp = [p for pi, p in enumerate(rows) if pi not in p2g and not overlaps(p, matched) and not overlaps(p, optional)]
    tp = sum(1 for gi in g2p if not gold[gi].get("optional"))
    fn = [g for gi, g in enumerate(gold) if gi not in g2p and not g.get("optional")]
    checks = {k: [0, 0] for k in ("value", "unit", "category", "statutory", "qualifier", "period")}
    e2e_tp, by_group, field_errors = 0, {}, []
    for g in gold:
        if not g.get("optional"):
            by_group.setdefault(GROUPS.get(g["category"], "other"), [0, 0])[1] += 1
    for gi, pi in g2p.items():
        g, p = gold[gi], rows[pi]
        if g.get("optional"):
            continue
        ok = {
            "value": same_value(g["value"], g["unit"], p.get("value"), p.get("unit")),
            "unit": same_unit(g["unit"], p.get("unit")),
            "category": str(p.get("category", "")).strip() == g["category"],
            "statutory": truthy(p.get("statutory")) == bool(g["statutory"]),
        }
        rng = g.get("qualifier") != "range" or (same_value(g["low"], g["unit"], p.get("low"), p.get("unit")) and
                                                same_value(g["high"], g["unit"], p.get("high"), p.get("unit")))
        full = all(ok.values()) and rng
        ok["qualifier"] = str(p.get("qualifier", "")).strip() == g["qualifier"]
        if g.get("period") is not None:
            ok["period"] = str(p.get("period") or "").strip() == str(g["period"])
        for k, v in ok.items():
            checks[k][0] += int(v)
            checks[k][1] += 1
        e2e_tp += int(full)
        if not all(ok.values()) or not rng:
            fields = ("value", "unit", "category", "statutory", "qualifier", "period")
            field_errors.append({"mention": g["mention"],
                                 "wrong": [k for k, v in ok.items() if not v] + ([] if rng else ["range"]),
                                 "gold": {k: g.get(k) for k in fields},
                                 "pred": {k: p.get(k) for k in ("mention",) + fields}})
        by_group[GROUPS.get(g["category"], "other")][0] += int(full)
    n_gold = sum(1 for g in gold if not g.get("optional"))
    detection = _prf(tp, len(fp), len(fn))
    e2e = _prf(e2e_tp, len(fp) + (tp - e2e_tp), n_gold - e2e_tp)
    return {
        "detection_f1": detection[2],
        "accuracy": {k: v[0] / v[1] if v[1] else 0.0 for k, v in checks.items()},
        "end_to_end_f1": e2e[2],
        "group_recall": {k: v[0] / v[1] for k, v in by_group.items() if v[1]},
        "false_positives": [p.get("mention") for p in fp],
        "false_negatives": [g["mention"] for g in fn],
        "field_errors": field_errors,
        "matched": [(gold[gi], rows[pi]) for gi, pi in g2p.items() if not gold[gi].get("optional")],
        "counts": {"gold": n_gold, "tp": tp, "fp": len(fp), "fn": len(fn), "e2e_tp": e2e_tp, "checks": checks,
                   "by_group": by_group},
    }


def combine(results: list[dict]) -> dict:
    """Micro-averaged scores over several documents' `score` results."""
    total = {"gold": 0, "tp": 0, "fp": 0, "fn": 0, "e2e_tp": 0}
    checks: dict[str, list[int]] = {}
    by_group: dict[str, list[int]] = {}
    for r in results:
        c = r["counts"]
        for k in total:
            total[k] += c[k]
        for k, (right, seen) in c["checks"].items():
            checks.setdefault(k, [0, 0])
            checks[k][0] += right
            checks[k][1] += seen
        for k, (right, seen) in c["by_group"].items():
            by_group.setdefault(k, [0, 0])
            by_group[k][0] += right
            by_group[k][1] += seen
    detection = _prf(total["tp"], total["fp"], total["fn"])
    e2e = _prf(total["e2e_tp"], total["fp"] + total["tp"] - total["e2e_tp"], total["gold"] - total["e2e_tp"])
    return {
        "detection_precision": detection[0], "detection_recall": detection[1], "detection_f1": detection[2],
        "accuracy": {k: v[0] / v[1] if v[1] else 0.0 for k, v in checks.items()},
        "end_to_end_f1": e2e[2],
        "group_recall": {k: v[0] / v[1] for k, v in by_group.items() if v[1]},
        "false_positives": [m for r in results for m in r["false_positives"]],
        "false_negatives": [m for r in results for m in r["false_negatives"]],
        "field_errors": [e for r in results for e in r["field_errors"]],
        "matched": [pair for r in results for pair in r["matched"]],
        "counts": total,
    }


def confusion(matched: list[tuple[dict, dict]]) -> dict[tuple[str, str], int]:
    """How often each gold category came out as each predicted category, over matched (gold, row) pairs."""
    out: dict[tuple[str, str], int] = {}
    for g, p in matched:
        key = (g["category"], str(p.get("category", "")).strip())
        out[key] = out.get(key, 0) + 1
    return out


def _tally(verdicts) -> dict[str, list[int]]:
    """[right, decided] per rule id over (rule id, right) verdicts."""
    out: dict[str, list[int]] = {}
    for rule_id, right in verdicts:
        tally = out.setdefault(rule_id, [0, 0])
        tally[0] += int(right)
        tally[1] += 1
    return out


def _category_right(g: dict, p: dict) -> bool:
    return str(p.get("category", "")).strip() == g["category"]


def rule_precision(matched: list[tuple[dict, dict]]) -> dict[str, list[int]]:
    """[right, decided] per rule id over matched (gold, row) pairs: a row's first rule decided its category, its
    second its statutory flag, and the decision is right when it agrees with the gold line."""
    return _tally((rule_id, right) for g, p in matched for ids in [str(p.get("rules") or "").split()] if len(ids) == 2
                  for rule_id, right in zip(ids, (_category_right(g, p),
                                                  truthy(p.get("statutory")) == bool(g["statutory"]))))


def category_rule_precision(matched: list[tuple[dict, dict]]) -> dict[str, list[int]]:
    """[right, decided] per id of the rule that decided a row's category (its first rule id), apart from the ids
    that decided statutory flags (one step may name itself for both)."""
    return _tally((rule_id, _category_right(g, p)) for g, p in matched
                  for rule_id in [str(p.get("rules") or "").partition(" ")[0]] if rule_id)
