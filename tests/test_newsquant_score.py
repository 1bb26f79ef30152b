"""The NewsQuant-format benchmark script: value matching per sentence, each gold value found once, ranges as
pairs, values in the unit the text wrote, and one clear line for a file it cannot score."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.newsquant_score import BenchmarkError, gold_value, load, matched, predicted_values, score

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "newsquant_score.py"


def test_gold_values_are_numbers_negative_numbers_or_ranges():
    assert gold_value("25000.0") == 25000.0
    assert gold_value("-1.3") == -1.3
    assert gold_value("1.5E-8") == 1.5e-8
    assert gold_value("1.0-1.5") == (1.0, 1.5)


def test_each_gold_value_is_matched_at_most_once_and_a_range_only_by_a_range():
    assert matched([5.0, 5.0], [5.0]) == 1
    assert matched([(1.0, 2.0)], [1.0, 2.0]) == 0
    assert matched([(1.0, 2.0), 3.0], [3.0, (1.0, 2.0)]) == 2


def test_values_are_compared_in_the_unit_the_text_wrote():
    assert predicted_values("The bus left after 30 minutes.") == [30.0]
    assert predicted_values("The bus left after 30 minutes.", as_stored=True) == [0.5]
    assert predicted_values("A quarter of the staff walked out.") == [0.25]


def test_pence_and_shares_of_a_whole_are_compared_as_written():
    assert predicted_values("The shares closed at 87p.") == [pytest.approx(87.0)]
    assert predicted_values("The shares closed at 87p.", as_stored=True) == [0.87]
    assert predicted_values("She was one of four finalists.") == [pytest.approx(0.25)]
    assert predicted_values("A jug holds 1/16 of a gallon.") == [pytest.approx(0.0625)]


def test_a_vague_amount_is_compared_as_the_span_of_its_order():
    assert predicted_values("Dozens of shops closed.") == [(12.0, 120.0)]
    assert predicted_values("Tens of thousands marched.") == [(10000.0, 100000.0)]
    assert predicted_values("Dozens of shops closed.", as_stored=True) == [24.0]


def test_a_bracketed_dollar_equivalent_counts_as_a_value_of_its_own():
    assert predicted_values("The fine was 90,000 tenge ($210).") == [90000.0, 210.0]


def test_score_counts_matches_over_all_sentences(tmp_path):
    path = tmp_path / "bench.json"
    path.write_text(json.dumps([
        {"text": "The ferry carried 40 tonnes of flour and 12 cars.", "quantities": [{"value": "40"}, {"value": "12"}]},
        {"text": "Prices rose between 3% and 4% in May.", "quantities": [{"value": "3-4"}]},
        {"text": "Nothing was counted here.", "quantities": []},
        {"text": "The queue was 50 metres long.", "quantities": [{"value": "60"}]},
    ]), encoding="utf-8")
    result = score(load(path))
    assert (result["gold"], result["predicted"], result["matched"]) == (4, 4, 3)
    assert result["f1"] == pytest.approx(0.75)
    assert [e["text"] for e in result["errors"]] == ["The queue was 50 metres long."]


@pytest.mark.parametrize("content,problem", [("not json", "cannot be read as JSON"),
                                             ('[{"text": "x"}]', "not in the NewsQuant format")])
def test_a_file_it_cannot_score_gets_one_line_naming_it(tmp_path, content, problem):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BenchmarkError, match=problem):
        load(path)
    run = subprocess.run([sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True)
    assert run.returncode != 0
    assert run.stderr.strip().splitlines() == [run.stderr.strip()] and str(path) in run.stderr
    assert "Traceback" not in run.stderr
