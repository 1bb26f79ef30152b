"""Every row the extractor writes stays inside the figures table's controlled vocabularies."""

from pathlib import Path

from extract.pipeline import extract_text
from extract.themes import THEME_RULES, DEFAULT_THEME
from figures.schema import CATEGORIES, COLUMNS, KINDS, QUALIFIERS, THEMES, group_of

SEED = Path(__file__).resolve().parent.parent / "data" / "raw" / "kazakhstan-2020-country-report.txt"


def test_seed_rows_use_only_the_schema_vocabularies():
    rows = extract_text(SEED.read_text(encoding="utf-8"), "seed", 2020)
    assert rows
    assert {r["qualifier"] for r in rows} <= set(QUALIFIERS)
    assert {r["kind"] for r in rows} <= set(KINDS)
    assert {r["category"] for r in rows} <= set(CATEGORIES)
    assert {r["theme"] for r in rows} <= set(THEMES)
    assert set(rows[0]) <= set(COLUMNS)


def test_every_theme_the_rules_can_give_is_a_schema_theme():
    assert {theme for theme, _ in THEME_RULES} | {DEFAULT_THEME} <= set(THEMES)


def test_categories_fall_into_the_dashboard_groups():
    assert group_of("fine") == "fines"
    assert group_of("administrative_arrest") == "sentences"
    assert group_of("deaths") == "casualties"
    assert group_of("no_such_category") == "other"


def test_every_column_is_defined_once_with_a_type_a_stage_and_a_description():
    from extract.record import COLUMN_SPECS

    for name, spec in COLUMN_SPECS.items():
        assert set(spec) == {"type", "stage", "description"}, name
        assert spec["type"].rstrip("?") in ("str", "int", "float", "bool"), name
        assert spec["stage"] in ("extract", "normalize"), name
        assert spec["description"].strip(), name
    stages = [spec["stage"] for spec in COLUMN_SPECS.values()]
    assert stages == sorted(stages, key=("extract", "normalize").index), "extracted columns come first"
