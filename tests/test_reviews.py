"""Reviews as pure functions: which figure a review is anchored on, the state its reviews leave it in, corrections
keeping the extractor's values in view, and reviews refused with a reason."""

import json
from pathlib import Path

import pytest
import yaml

from figures.reviews import (ReviewError, anchor, assigned, extracted, new_review, provenance, reviewed, standing,
                             updates)

DATA = Path(__file__).parent / "data" / "reviews"
ANCHOR_CASES = yaml.safe_load((DATA / "anchor_cases.yaml").read_text(encoding="utf-8"))
STATE_CASES = yaml.safe_load((DATA / "latest_cases.yaml").read_text(encoding="utf-8"))

FIGURE = {"figure_id": "f1", "doc_id": "v1", "char_start": 14, "char_end": 17, "mention": "310",
          "sentence": "The camp held 310 people.", "value": 310.0, "low": None, "high": None, "unit": "count",
          "kind": "count", "qualifier": "exact", "category": "population", "statutory": 0, "period": "2021",
          "subject": "people", "review": "unreviewed", "reviewer": None, "reviewed_at": None, "review_note": None,
          "review_extracted": None, "rowid": 1}


def review(action: str, n: int, fields: dict | None = None, reviewer: str = "Mira Olsen") -> dict:
    row = new_review(FIGURE, "camp-note", action, reviewer, note=f"note {n}", fields=fields,
                     now=f"2026-12-0{n}T10:00:00+00:00")
    return {**row, "id": n}


@pytest.mark.parametrize("case", ANCHOR_CASES, ids=[c["name"] for c in ANCHOR_CASES])
def test_a_review_is_anchored_on_the_same_mention_in_the_same_sentence(case):
    assert anchor(case["review"], case["figures"]) == case["expect"]


@pytest.mark.parametrize("case", STATE_CASES, ids=[c["name"] for c in STATE_CASES])
def test_a_figure_takes_the_state_its_reviews_in_force_leave(case):
    made = [review(action, n + 1, {"category": "prisoners"} if action == "corrected" else None)
            for n, action in enumerate(case["actions"])]
    row = reviewed(FIGURE, standing(made))
    assert (row["review"], row["category"]) == (case["expect"], case["category"])


def test_a_correction_keeps_the_extracted_value_and_says_who_changed_it():
    row = reviewed(FIGURE, [review("corrected", 1, {"category": "prisoners", "value": "315"})])
    assert (row["category"], row["value"]) == ("prisoners", 315.0)
    assert json.loads(row["review_extracted"]) == {"category": "population", "value": 310.0}
    assert provenance(row) == ["category: prisoners, corrected from population by Mira Olsen on 2026-12-01",
                               "value: 315, corrected from 310 by Mira Olsen on 2026-12-01"]
    assert extracted(row) | {"rowid": 1} == FIGURE


def test_a_correction_to_the_extracted_values_is_a_verification():
    row = reviewed(FIGURE, [review("corrected", 1, {"category": "population"})])
    assert (row["review"], row["review_extracted"], provenance(row)) == ("verified", None, [])


def test_updates_name_only_the_figures_whose_row_changes_and_normalise_corrected_values_again():
    money = {**FIGURE, "figure_id": "f2", "char_start": 40, "char_end": 45, "mention": "5 MCI", "unit": "MCI",
             "kind": "money", "value": 5.0, "category": "fine", "sentence": "She was fined 5 MCI.", "rowid": 2,
             "value_base": None, "value_kzt": None}
    fine = {**review("corrected", 1, {"value": 50}), "figure_id": "f2", "char_start": 40, "char_end": 45,
            "mention": "5 MCI", "sentence": "She was fined 5 MCI."}
    changed = updates([FIGURE, money], [fine], 2021)
    assert [row["figure_id"] for row in changed] == ["f2"]
    assert changed[0]["value"] == 50.0 and changed[0]["value_kzt"] == pytest.approx(10 * money_kzt(2021))


def money_kzt(year: int) -> float:
    """Tenge of 5 MCI in `year`, as the normaliser computes it."""
    changed = updates([{**FIGURE, "unit": "MCI", "kind": "money", "value": 1.0, "category": "fine"}],
                      [review("corrected", 1, {"value": 5})], year)
    return changed[0]["value_kzt"]


def test_reviews_no_figure_is_found_for_are_orphaned_not_dropped():
    moved = {**review("verified", 1), "doc_id": "v0", "sentence": "A sentence the new text no longer has."}
    by_figure, orphaned = assigned([FIGURE], [moved, review("rejected", 2)])
    assert ([r["id"] for r in orphaned], {i: [r["id"] for r in rs] for i, rs in by_figure.items()}) == ([1], {0: [2]})


@pytest.mark.parametrize(("action", "reviewer", "fields", "reason"), [
    ("approved", "Mira", None, "action must be one of"),
    ("verified", "  ", None, "reviewer's name"),
    ("corrected", "Mira", {}, "at least one field"),
    ("corrected", "Mira", {"mention": "311"}, "not a field a correction can set: mention"),
    ("corrected", "Mira", {"value": "three hundred"}, "value must be a number"),
    ("corrected", "Mira", {"category": "prisoner"}, "category must be one of fine, bribe"),
    ("corrected", "Mira", {"qualifier": "roughly"}, "qualifier must be one of exact"),
])
def test_a_review_that_cannot_be_made_says_why(action, reviewer, fields, reason):
    with pytest.raises(ReviewError, match=reason):
        new_review(FIGURE, "camp-note", action, reviewer, fields=fields)
