"""Russian figures name what decided them, as English ones do: each row's `rules` holds the id of what decided its
category (a rule of extract/lang/ru/categories.yaml, a "logic.ru." step of extract/ru/recognise.py that overrode
it, or "kind."/"fallback." where nothing did) and the id of what decided its statutory flag (a rule of
extract/lang/ru/statutory.yaml, a "logic.ru." step, or "fallback.reported")."""

from pathlib import Path

import pytest

from extract.explain import explanations, render
from extract.language_data import rules
from extract.pipeline import extract_text

DATA = Path(__file__).parent / "data"
TEXTS = sorted(DATA.glob("ru/*.txt")) + sorted(DATA.glob("realistic/ru/*.txt"))
CATEGORY_RULES = {r.id for r in rules("ru", "categories")}
STATUTORY_RULES = {r.id for r in rules("ru", "statutory")}


def _rows(text: str) -> list[dict]:
    return [r for r in extract_text(text, "ru-rules", 2020) if r["language"] == "ru"]


def _known_category_id(rule_id: str) -> bool:
    return rule_id in CATEGORY_RULES or rule_id.startswith(("logic.ru.", "kind.", "fallback."))


def _known_statutory_id(rule_id: str) -> bool:
    return rule_id == "fallback.reported" or rule_id in STATUTORY_RULES or rule_id.startswith("logic.ru.")


@pytest.mark.parametrize("path", TEXTS, ids=[f"{p.parent.name}/{p.name}" for p in TEXTS])
def test_every_russian_row_names_a_category_id_and_a_statutory_id(path):
    rows = _rows(path.read_text(encoding="utf-8"))
    for row in rows:
        ids = row["rules"].split()
        assert len(ids) == 2, (row["mention"], row["rules"])
        assert _known_category_id(ids[0]), (row["mention"], row["rules"])
        assert _known_statutory_id(ids[1]), (row["mention"], row["rules"])


def test_a_fine_in_mci_names_the_fine_rule():
    [row] = _rows("Суд оштрафовал его на 50 МРП.")
    assert (row["category"], row["rules"].split()[0]) == ("fine", "money.fine")


def test_a_penalty_a_code_prescribes_names_the_statutory_rule():
    [row] = _rows("Кодекс предусматривает штраф до 50 МРП.")
    assert row["statutory"] is True
    assert row["rules"] == "money.fine statutory.prescribes"


def test_a_figure_with_no_statutory_cue_falls_back_to_reported():
    rows = _rows("В Алматы задержали 12 человек, в Астане — 5.")
    assert [r["rules"].split()[1] for r in rows] == ["fallback.reported", "fallback.reported"]


def test_a_part_of_the_count_before_names_the_logic_that_overrode_its_category():
    rows = _rows("Задержаны 30 человек, из них 5 журналистов.")
    assert [(r["category"], r["rules"].split()[0]) for r in rows] == [
        ("detentions", "count.detentions"), ("detentions", "logic.ru.part_of_previous")]


def test_a_figure_listed_after_another_names_the_logic_that_gave_it_that_ones_category():
    rows = _rows("В Алматы задержали 12 человек, в Астане — 5.")
    assert [r["rules"].split()[0] for r in rows] == ["count.detentions", "logic.ru.as_previous"]


def test_explain_prints_the_rule_ids_of_a_russian_sentence():
    text = render(explanations("Суд оштрафовал его на 50 МРП."))
    assert "rules:      money.fine statutory.happened" in text
    assert "a Russian figure" in text
