"""The whole extractor on the seed report, scored against the project's copy of the gold set."""

import json
import re
from pathlib import Path

import pytest

from extract.pipeline import extract_text
from extract.evaluation import load_gold, paragraphs, score

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "kazakhstan-2020-country-report.txt"
GOLD = ROOT / "tests" / "data" / "seed_gold.jsonl"
NOT_FIGURES = ROOT / "tests" / "data" / "seed_not_figures.jsonl"


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
    rows = extract_text(text, "seed", 2020)
    return text, rows, score(load_gold(str(GOLD), text), rows)


def test_detection_f1_on_seed_is_at_least_099(seed):
    _, _, result = seed
    assert result["detection_f1"] >= 0.99, (result["false_positives"], result["false_negatives"])


def test_values_of_matched_figures_are_right(seed):
    assert seed[2]["accuracy"]["value"] >= 0.99


def test_units_of_matched_figures_are_right(seed):
    assert seed[2]["accuracy"]["unit"] >= 0.98


def test_end_to_end_f1_on_seed_is_at_least_093(seed):
    assert seed[2]["end_to_end_f1"] >= 0.939


def test_category_and_period_of_matched_figures_hold_their_level(seed):
    assert seed[2]["accuracy"]["category"] >= 0.978
    assert seed[2]["accuracy"]["period"] >= 0.87


@pytest.mark.parametrize("group", ["fines", "sentences", "casualties", "complaints"])
def test_end_to_end_recall_of_headline_groups_is_at_least_098(seed, group):
    assert seed[2]["group_recall"][group] >= 0.98


def test_listed_non_figures_are_not_extracted(seed):
    text, rows, _ = seed
    paras = paragraphs(text)
    spans = [(int(r["char_start"]), int(r["char_end"])) for r in rows]
    wrong = []
    for line in NOT_FIGURES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        start, para = paras[item["para"]]
        pos = -1
        for _ in range(item["occurrence"]):
            pos = para.find(item["token"], pos + 1)
        at = start + pos
        if any(s <= at < e for s, e in spans):
            wrong.append((item["token"], item["reason"]))
    assert wrong == []


def _said(who) -> list[str]:
    """A `who` as compared: lower case, words without punctuation, no leading article."""
    words = re.findall(r"[\w’'.-]+", (who or "").lower().replace("'", "’"))
    return words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words


def _who_agreement(matched) -> tuple[float, float, int]:
    """(exact, head-word) agreement of `who` over matched figures whose gold gives one (a name or null), and
    how many: exact after normalising case, whitespace and a leading article; head-word when the last word of
    either is a word of the other (both empty agree)."""
    pairs = [(_said(g["who"]), _said(p.get("who"))) for g, p in matched if "who" in g]
    exact = sum(g == p for g, p in pairs)
    head = sum(g == p or bool(g and p) and (g[-1] in p or p[-1] in g) for g, p in pairs)
    return exact / len(pairs), head / len(pairs), len(pairs)


def test_who_of_fines_and_sentences_holds_its_level(seed):
    exact, head, n = _who_agreement(seed[2]["matched"])
    assert n >= 70
    assert exact >= 0.84 and head >= 0.93, (exact, head)
