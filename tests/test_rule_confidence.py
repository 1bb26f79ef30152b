"""Russian figures carry a confidence: how often the rule that decided their category was right on the project's
own annotated Russian documents, shrunk toward all rules' rate; the saved tallies are what a rebuild gives."""

import shutil

import pytest

from extract.explain import explanations, render
from extract.language_data import table
from extract.pipeline import extract_text
from extract.rule_confidence import PRIOR_WEIGHT, rule_confidence
from extract.rule_tallies import DOCUMENTS_DIR, rebuild, tallies_path
from extract.train import main as train_main

TALLIES = {rule_id: tuple(tally) for rule_id, tally in table("ru", "rule_precision", "category_rules").items()}
RATE = sum(r for r, _ in TALLIES.values()) / sum(n for _, n in TALLIES.values())
TEXT = ("Суд Заречного района оштрафовал 14 участников пикета на 30 МРП каждого. "
        "В прошлом году в колонии поступило 212 жалоб, из них 9 признаны обоснованными.")


def test_russian_figures_carry_the_confidence_of_the_rule_that_decided_their_category():
    rows = [r for r in extract_text(TEXT, "zarechny", 2023) if r["language"] == "ru"]
    assert rows
    for row in rows:
        assert 0 < row["confidence"] < 1
        assert row["confidence"] == rule_confidence("ru", row["rules"])


def test_a_rule_is_as_confident_as_its_shrunk_tally_and_an_unseen_one_as_all_rules():
    rule_id, (right, decided) = max(TALLIES.items(), key=lambda kv: kv[1][1])
    assert rule_confidence("ru", f"{rule_id} statutory.x") == round((right + PRIOR_WEIGHT * RATE) /
                                                                    (decided + PRIOR_WEIGHT), 3)
    assert rule_confidence("ru", "count.never_seen statutory.x") == round(RATE, 3)


def test_often_wrong_rules_are_less_confident_than_often_right_ones():
    often_right = [i for i, (r, n) in TALLIES.items() if n >= 10 and r / n >= 0.9]
    often_wrong = [i for i, (r, n) in TALLIES.items() if n >= 4 and r / n <= 0.5]
    assert often_right and often_wrong
    assert max(rule_confidence("ru", i) for i in often_wrong) < min(rule_confidence("ru", i) for i in often_right)


@pytest.mark.parametrize("rules", ["", None])
def test_no_rule_no_confidence(rules):
    assert rule_confidence("ru", rules) is None


def test_a_language_without_tallies_gives_none():
    assert rule_confidence("en", "count.noun.complaints statutory.x") is None


def test_saved_russian_tallies_are_what_a_rebuild_gives():
    status, line = rebuild("ru", check=True)
    assert status == 0, line


def test_stale_tallies_are_named_in_one_line_and_a_folder_without_documents_is_an_error(tmp_path, capsys):
    few = tmp_path / "few"
    few.mkdir()
    for path in sorted(DOCUMENTS_DIR.joinpath("ru").glob("*.txt"))[:3]:
        for suffix in (".txt", ".jsonl"):
            shutil.copy(path.with_suffix(suffix), few / path.with_suffix(suffix).name)
    out = tmp_path / "tallies.yaml"
    assert train_main(["--lang", "ru", "--data", str(few), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") != tallies_path("ru").read_text(encoding="utf-8")
    assert train_main(["--lang", "ru", "--data", str(few), "--out", str(out), "--check"]) == 0
    capsys.readouterr()
    assert train_main(["--lang", "ru", "--out", str(out), "--check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "differs from a rebuild" in err and "--lang ru" in err
    assert train_main(["--lang", "ru", "--data", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'none'}: no annotated documents")


def test_explain_shows_a_russian_figures_confidence_and_where_it_comes_from():
    out = render(explanations(TEXT, 2023))
    row = next(r for r in extract_text(TEXT, "zarechny", 2023) if r["mention"].startswith("212"))
    assert f"confidence: {row['confidence']:.3f} (how often its category rule was right on annotated text)" in out
