"""The scoring helpers the accuracy tests and the benchmarks share: category confusion, per-rule precision,
and the report section written into BENCHMARKS.md without touching the others."""

from benchmarks.meaning_report import with_section
from extract.evaluation import category_rule_precision, confusion, rule_precision

GOLD_FINE = {"category": "fine", "statutory": False}
GOLD_TERM = {"category": "prison_term", "statutory": True}
MATCHED = [
    (GOLD_FINE, {"category": "fine", "statutory": False, "rules": "money.cue.fine statutory.event.passive_penalty"}),
    (GOLD_FINE, {"category": "bribe", "statutory": "true", "rules": "money.cue.bribe statutory.law.punishable"}),
    (GOLD_TERM, {"category": "prison_term", "statutory": True, "rules": "duration.cue.prison_term statutory.law.punishable"}),
]


def test_confusion_counts_each_gold_category_against_what_came_out():
    assert confusion(MATCHED) == {("fine", "fine"): 1, ("fine", "bribe"): 1, ("prison_term", "prison_term"): 1}


def test_rule_precision_scores_the_category_rule_and_the_statutory_rule_apart():
    assert rule_precision(MATCHED) == {"money.cue.fine": [1, 1], "statutory.event.passive_penalty": [1, 1],
                                       "money.cue.bribe": [0, 1], "statutory.law.punishable": [1, 2],
                                       "duration.cue.prison_term": [1, 1]}


def test_rows_without_two_rule_ids_are_not_scored():
    assert rule_precision([(GOLD_FINE, {"category": "fine", "statutory": False, "rules": ""})]) == {}


def test_the_report_section_replaces_only_its_own_section():
    page = "# Benchmarks\n\nspeed table\n\n## Meaning\n\nold\n\n## Later\n\nkept\n"
    assert with_section(page, "## Meaning", "## Meaning\n\nnew\n") == \
        "# Benchmarks\n\nspeed table\n\n## Meaning\n\nnew\n\n## Later\n\nkept\n"
    assert with_section("# Benchmarks\n", "## Meaning", "## Meaning\n\nnew\n") == "# Benchmarks\n\n## Meaning\n\nnew\n"


def test_category_rule_precision_scores_only_the_rule_that_decided_the_category():
    shared = [(GOLD_FINE, {"category": "fine", "statutory": True, "rules": "logic.shared logic.shared"})]
    assert category_rule_precision(shared) == {"logic.shared": [1, 1]}
    assert rule_precision(shared) == {"logic.shared": [1, 2]}
