"""The meaning model: it loads only trusted types, trains deterministically, corrects the rules where they
abstain on sentences it was not trained on, keeps them where they are right, and `explain`/`train` say what they do."""

import os
import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from extract.explain import explanations, main as explain_main, render
from extract.features import list_heading
from extract.meaning_model import (FALLBACKS, MODEL_PATH, UNCONFIRMED_FALLBACK, ModelFileError, abstained, decide, load,
                                   saved_model)
from extract.model_setting import MODEL_ENV, model_setting
from extract.pipeline import extract_text
from extract.train import TRAINING_DIR, TrainingDataError, load_corpus, main as train_main, train

ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((Path(__file__).parent / "data" / "meaning_cases.yaml").read_text(encoding="utf-8"))
GATES = {"fallback": 0.5, "disagree": 0.9, "statutory": 0.9}
# A few training documents of different styles: enough for both classes of every model, quick to fit.
TINY = ("abington-2022-hard-cases", "brixton-2021-news-penalties", "hartwell-2020-state-report-prisons",
        "ivesham-2021-procedure", "korvia-2022-justice-stats", "rusk-2021-court-news")


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny")
    for name in TINY:
        for suffix in (".txt", ".jsonl"):
            shutil.copy(TRAINING_DIR / f"{name}{suffix}", folder / f"{name}{suffix}")
    return folder


def test_saved_model_loads_and_holds_both_classifiers_and_gates():
    model = saved_model()
    assert set(model) == {"category", "statutory", "gates", "kind_categories"}
    assert set(model["gates"]) == {"fallback", "disagree", "statutory"}


def test_model_file_with_an_untrusted_type_is_refused(tmp_path):
    import skops.io as sio

    path = tmp_path / "bad.skops"
    sio.dump({"gates": Fraction(1, 2)}, path)
    with pytest.raises(ModelFileError, match="untrusted types fractions.Fraction"):
        load(path)


def test_unreadable_model_file_is_one_clear_error(tmp_path):
    path = tmp_path / "empty.skops"
    path.write_bytes(b"not a model")
    with pytest.raises(ModelFileError, match="empty.skops: cannot read the meaning model"):
        load(path)


def test_training_twice_gives_the_same_model(tiny_corpus, tmp_path):
    one = train(tiny_corpus, tmp_path / "one.skops", folds=2, c_grid=(1.0,), test_sets=(), report=lambda _: None)
    two = train(tiny_corpus, tmp_path / "two.skops", folds=2, c_grid=(1.0,), test_sets=(), report=lambda _: None)
    for part in ("category", "statutory"):
        assert (one[part][-1].coef_ == two[part][-1].coef_).all()
    assert one["gates"] == two["gates"]
    assert load(tmp_path / "one.skops")["gates"] == one["gates"]


def test_train_reports_cross_validated_accuracy_of_rules_alone_and_with_model(tiny_corpus, tmp_path):
    lines = []
    train(tiny_corpus, tmp_path / "m.skops", folds=2, c_grid=(1.0,), test_sets=(), report=lines.append)
    text = "\n".join(lines)
    assert f"{len(TINY)} documents" in text
    assert "category  rules alone" in text and "rules + model" in text and "statutory rules alone" in text


def test_train_check_accepts_the_model_training_gives_in_any_process_and_names_a_stale_one_in_one_line(
        tiny_corpus, tmp_path, capsys):
    model = tmp_path / "m.skops"
    train(tiny_corpus, model, test_sets=(), report=lambda _: None)
    assert train_main(["--check", "--data", str(tiny_corpus), "--out", str(model)]) == 0
    other_hashing = subprocess.run([sys.executable, "-m", "extract", "train", "--check", "--data", str(tiny_corpus),
                                    "--out", str(model)], cwd=ROOT, capture_output=True, text=True,
                                   env={**os.environ, "PYTHONHASHSEED": "12345"})
    assert other_hashing.returncode == 0, other_hashing.stderr
    smaller = tmp_path / "smaller"
    shutil.copytree(tiny_corpus, smaller)
    for suffix in (".txt", ".jsonl"):
        (smaller / f"{TINY[0]}{suffix}").unlink()
    stale = tmp_path / "stale.skops"
    train(smaller, stale, test_sets=(), report=lambda _: None)
    capsys.readouterr()
    assert train_main(["--check", "--data", str(tiny_corpus), "--out", str(stale)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "stale.skops: differs from what training" in err and "read differently" in err
    assert train_main(["--check", "--data", str(tiny_corpus), "--out", str(tmp_path / "none.skops")]) == 1
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'none.skops'}: cannot read the meaning model")


def test_train_on_a_folder_without_documents_is_one_line_error(tmp_path, capsys):
    assert train_main(["--data", str(tmp_path), "--out", str(tmp_path / "m.skops")]) == 1
    assert capsys.readouterr().err.strip() == f"error: {tmp_path}: no training documents (*.txt with *.jsonl beside)"


def test_training_document_without_gold_is_named(tmp_path):
    (tmp_path / "lonely.txt").write_text("Police detained 12 people.\n", encoding="utf-8")
    with pytest.raises(TrainingDataError, match="lonely.txt: no gold file lonely.jsonl"):
        load_corpus(tmp_path)


def test_training_corpus_is_large_and_covers_the_categories():
    examples = load_corpus()
    assert len({e.doc for e in examples}) >= 40 and len(examples) >= 800
    assert {"fine", "prison_term", "probation", "ban", "compulsory_work", "administrative_arrest", "detention",
            "legal_time_limit", "deaths", "injuries", "complaints", "criminal_cases", "convictions", "detentions",
            "prisoners", "officials_sanctioned", "victims", "population", "organizations", "property",
            "inspections", "wage", "bribe", "money_other"} <= {e.category for e in examples}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_meaning_of_figures_the_model_was_not_trained_on(case):
    rows = extract_text(case["text"], "case", 2022)
    row = next(r for r in rows if case["number"] in r["mention"])
    if case.get("below_gate"):
        verdict = next(i["verdict"] for i in explanations(case["text"], 2022) if i["record"]["mention"] == row["mention"])
        assert verdict.top[0][0] == case["category"] and row["category"] in FALLBACKS
        assert row["statutory"] == case["statutory"] and row["confidence"] <= UNCONFIRMED_FALLBACK
        return
    assert (row["category"], row["statutory"]) == (case["category"], case["statutory"])
    assert 0.0 <= row["confidence"] <= 1.0


def test_rules_alone_leave_the_corrected_cases_to_a_catch_all():
    for case in (c for c in CASES if c.get("rules_abstain")):
        rows = extract_text(case["text"], "case", 2022, use_model=False)
        row = next(r for r in rows if case["number"] in r["mention"])
        assert row["category"] in ("count_other", "population", "money_other", "duration_other", "other"), case["id"]
        assert row["confidence"] is None


@pytest.mark.parametrize("rule_category,probabilities,expected,confidence", [
    ("count_other", {"detentions": 0.7, "count_other": 0.3}, "detentions", 0.7),
    ("count_other", {"detentions": 0.4, "count_other": 0.6}, "count_other", 0.6),
    ("count_other", {"population": 0.45, "detentions": 0.35, "count_other": 0.2}, "detentions", 0.35),
    ("count_other", {"population": 0.5, "count_other": 0.3, "detentions": 0.2}, "count_other", UNCONFIRMED_FALLBACK),
    ("count_other", {"population": 0.6, "count_other": 0.4}, "count_other", UNCONFIRMED_FALLBACK),
    ("count_other", {"population": 0.9, "count_other": 0.1}, "count_other", 0.1),
    ("deaths", {"injuries": 0.8, "deaths": 0.2}, "deaths", 0.2),
    ("deaths", {"injuries": 0.95, "deaths": 0.05}, "injuries", 0.95),
])
def test_model_overrules_a_catch_all_more_easily_than_a_specific_category(rule_category, probabilities, expected,
                                                                          confidence):
    verdict = decide(rule_category, False, probabilities, 0.1, GATES)
    assert verdict.category == expected
    assert verdict.confidence == pytest.approx(confidence)


@pytest.mark.parametrize("category,rules,expected", [
    ("count_other", "fallback.count_other fallback.reported", True),
    ("population", "count.population_noun fallback.reported", True),
    ("other", "kind.measure fallback.reported", True),
    ("count_other", "count.capacity_before fallback.reported", False),
    ("count_other", "count.noun.count_other fallback.reported", False),
    ("deaths", "count.event.deaths fallback.reported", False),
    ("count_other", "", True),
])
def test_rules_abstain_only_where_no_rule_chose_the_catch_all(category, rules, expected):
    assert abstained(category, rules) is expected


def test_model_keeps_a_catch_all_a_rule_chose_on_purpose():
    probabilities = {"prisoners": 0.8, "count_other": 0.2}
    assert decide("count_other", False, probabilities, 0.1, GATES, rules_abstained=False).category == "count_other"
    assert decide("count_other", False, probabilities, 0.1, GATES, rules_abstained=True).category == "prisoners"


@pytest.mark.parametrize("rule_statutory,probability,expected", [(False, 0.95, True), (False, 0.8, False),
                                                                  (True, 0.05, False), (True, 0.2, True)])
def test_statutory_flag_flips_only_past_its_gate(rule_statutory, probability, expected):
    assert decide("fine", rule_statutory, {"fine": 1.0}, probability, GATES).statutory is expected


@pytest.mark.parametrize("lines,index,heading", [
    (["Arrests by city:", "- North: 12", "- South: 4"], 2, "Arrests by city:"),
    (["Arrests by city:", "North - 12", "South - 4"], 2, "Arrests by city:"),
    (["Police detained 12 people.", "- North: 12"], 1, ""),
    (["Arrests by city:", "Police detained 12 people in the north."], 1, ""),
])
def test_list_heading_is_the_line_above_the_list(lines, index, heading):
    assert list_heading(lines, index) == heading


def test_explain_prints_meaning_model_view_and_features(capsys):
    assert explain_main(["Prisons by region:\n- North: 1,240\n- South: 380", "--year", "2021"]) == 0
    out = capsys.readouterr().out
    assert "mention:    1,240" in out and "confidence: " in out and "model:      " in out
    assert "heading=region" in out and "rule_statutory=False" in out


def test_explain_prints_the_rule_ids_a_record_carries():
    items = explanations("The court fined him 5,000 euros.", 2021)
    items[0]["record"]["rules"] = ["money.fine"]
    assert "rules:      money.fine" in render(items)


def test_explain_names_figures_read_without_their_words(capsys):
    assert explain_main(["Tallies were 10,12,100 and 3,14,15,926 and 8,21,40,5,77."]) == 0
    out = capsys.readouterr().out
    assert "fallback.number_dense" in out
    assert "confidence: none (read without its words)" in out


def test_explain_of_empty_text_is_one_line_error(capsys):
    assert explain_main(["   "]) == 2
    assert capsys.readouterr().err.strip() == "explain: the text is empty"


def test_model_file_is_in_the_package():
    assert MODEL_PATH.is_file()


@pytest.mark.parametrize("setting,path", [(None, MODEL_PATH), ("", MODEL_PATH), ("off", None), (" OFF ", None),
                                          ("/tmp/other.skops", Path("/tmp/other.skops"))])
def test_model_setting_turns_the_model_off_or_names_another_file(setting, path):
    assert model_setting(setting) == path


def _run(tmp_path, setting: str) -> tuple[int, list[dict], str]:
    """(exit status, rows written, stderr) of the command line on one sentence with the model set so."""
    import csv

    doc, out = tmp_path / "doc.txt", tmp_path / "out.csv"
    doc.write_text("Police detained 40 protesters near the ministry.", encoding="utf-8")
    out.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-m", "extract", str(doc), "--year", "2021", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, MODEL_ENV: setting})
    rows = list(csv.DictReader(out.open(encoding="utf-8"))) if out.is_file() else []
    return done.returncode, rows, done.stderr


def test_command_line_runs_with_the_meaning_model_off_when_the_environment_says_so(tmp_path):
    status, rows, _ = _run(tmp_path, "off")
    assert status == 0 and rows and all(r["confidence"] == "" for r in rows)
    status, rows, _ = _run(tmp_path, str(MODEL_PATH))
    assert status == 0 and rows and all(r["confidence"] != "" for r in rows)


def test_a_missing_model_file_named_by_the_environment_is_one_line_error(tmp_path):
    status, rows, err = _run(tmp_path, str(tmp_path / "none.skops"))
    assert status == 1 and not rows
    assert len(err.strip().splitlines()) == 1 and "none.skops: cannot read the meaning model" in err
