"""A figure's confidence where no model reads it (Russian text): how often the rule that decided its category was
right on the project's own annotated documents, shrunk toward the rate of all rules where it decided few, so that a
reviewer can take the least certain readings first. The tallies are data (lang/<language>/rule_precision.yaml),
rebuilt by `python -m extract train --lang <language>` (extract.rule_tallies)."""

from functools import cache

from extract.language_data import data_files, table

TALLIES_FILE = "rule_precision"
# How many figures' worth of the rate of all rules a rule's own tally is shrunk toward.
PRIOR_WEIGHT = 2


@cache
def _tallies(language: str) -> tuple[dict[str, tuple[int, int]], float] | None:
    """(rule id -> (right, decided), the rate of all rules) of a language, or None when it keeps no tallies."""
    if TALLIES_FILE not in data_files(language):
        return None
    tallies = {rule_id: (int(right), int(decided))
               for rule_id, (right, decided) in table(language, TALLIES_FILE, "category_rules").items()}
    decided = sum(n for _, n in tallies.values())
    return tallies, (sum(r for r, _ in tallies.values()) / decided if decided else 0.5)


def rule_confidence(language: str, rules: str) -> float | None:
    """The confidence of a figure's category from the id of the rule that decided it (the first of `rules`), or None
    when the language keeps no tallies or no rule is named."""
    known = _tallies(language)
    rule_id = (rules or "").partition(" ")[0]
    if known is None or not rule_id:
        return None
    tallies, rate = known
    right, decided = tallies.get(rule_id, (0, 0))
    return round((right + PRIOR_WEIGHT * rate) / (decided + PRIOR_WEIGHT), 3)
