"""Changes: a figure compared with an earlier one ('125 ..., compared to 84 throughout 2019',
'decreased from 6,223 in 2017 to 4,606') and stated changes ('a 40 percent increase from 2018').

Both periods are kept in the message and the compared figure in `related`, so a chart can show
the two; a stated change is checked against the two figures when the sentence gives them too.
"""

import re

from figures.checks.base import Flag, Located, is_count, number, present, sentences, shown
from figures.money import period_window
from figures.units import DAYS_PER_MONTH

CHANGE_VERB = (
    r"(?:increased|decreased|rose|fell|grew|dropped|declined|climbed|reduced|raised|cut|jumped|doubled|halved|"
    r"went (?:up|down))"
)
COMPARED = re.compile(
    r"\b(?:compared (?:to|with)|in comparison (?:to|with)|versus|vs\.|as against|up from|down from)\s+",
    re.IGNORECASE,
)
FROM_BEFORE = re.compile(CHANGE_VERB + r"\b[^;.]{0,60}\bfrom\s+$", re.IGNORECASE)
TO_BETWEEN = re.compile(r"^[^;]{0,60}?\bto\s+$", re.IGNORECASE)
RISE = r"increase|rise|growth|jump|hike|gain"
FALL = r"decrease|drop|decline|fall|reduction|cut|loss"
NOUN_AFTER = re.compile(rf"^[\s-]*(?:(?P<up>{RISE})|(?P<down>{FALL}))\b", re.IGNORECASE)
VERB_BEFORE = re.compile(
    r"\b(?:(?P<up>increased|rose|grew|climbed|jumped|went up)|(?P<down>decreased|fell|dropped|declined|"
    r"went down|was reduced|were reduced))\s+(?:by\s+)?$",
    re.IGNORECASE,
)
BASE_PERIOD = re.compile(
    r"\b(?:from|compared (?:to|with)|in comparison (?:to|with)|since|over|than(?: in)?|relative to|on)\s+"
    r"(?P<period>(?:the same period (?:in|of|last)\s+)?(?:\d{4}|the previous year|last year|a year earlier))",
    re.IGNORECASE,
)
MAX_GAP = 150
LIKE_FOR_LIKE = 0.1  # two periods whose lengths differ by more than this share are not compared like for like
TOLERANCE_POINTS = 1.0  # percentage points allowed for rounding in a stated change


def change_flags(rows: list[dict]) -> dict[str, list[Flag]]:
    """Flags keyed by figure_id for figures compared with another figure or stating a change."""
    flags: dict[str, list[Flag]] = {}
    for sentence, located in sentences(rows):
        pairs = list(_compared_pairs(sentence, located))
        for later, earlier, explicit in pairs:
            changed = explicit or _row_period(later.row) != _row_period(earlier.row)
            message = _pair_message(later.row, earlier.row, explicit)
            code = "change" if changed else "comparison"
            _add(flags, later, Flag(code, message, (earlier.id,)))
            _add(flags, earlier, Flag(code, message, (later.id,)))
        for stated in _stated_changes(sentence, located):
            for figure, flag in _stated_flags(sentence, located, stated, pairs):
                _add(flags, figure, flag)
    return flags


def _add(flags, figure: Located, flag: Flag) -> None:
    if flag not in flags.setdefault(figure.id, []):
        flags[figure.id].append(flag)


def _comparable(first: Located, second: Located) -> bool:
    keys = ("kind", "unit")
    return all(first.row.get(k) == second.row.get(k) for k in keys) and first.row.get("kind") in (
        "count", "money", "duration", "percent",
    )


def _compared_pairs(sentence: str, located: list[Located]):
    """(later, earlier, explicit change) for 'A ..., compared to B' and '... rose from B to A'."""
    for match in COMPARED.finditer(sentence):
        before = [f for f in located if f.end <= match.start() and _stated_direction(sentence, f) is None]
        after = [f for f in located if f.start >= match.end()]
        if not before or not after or after[0].start - match.end() > 3:
            continue
        later, earlier = before[-1], after[0]
        gap = sentence[later.end:match.start()]
        if len(gap) <= MAX_GAP and ";" not in gap and _comparable(later, earlier):
            yield later, earlier, match.group(0).lower().startswith(("up from", "down from"))
    for earlier, later in zip(located, located[1:]):
        if (
            FROM_BEFORE.search(sentence[max(0, earlier.start - 90):earlier.start])
            and TO_BETWEEN.match(sentence[earlier.end:later.start])
            and _comparable(later, earlier)
        ):
            yield later, earlier, True


def _stated_direction(sentence: str, figure: Located) -> str | None:
    """'up' or 'down' when a percent or multiplier figure states a change ('a 40 percent increase')."""
    if figure.row.get("kind") not in ("percent", "ratio"):
        return None
    match = NOUN_AFTER.match(sentence[figure.end:]) or VERB_BEFORE.search(sentence[max(0, figure.start - 40):figure.start])
    if not match:
        return None
    return "up" if match.group("up") else "down"


def _stated_changes(sentence: str, located: list[Located]) -> list[tuple[Located, str]]:
    return [(f, d) for f in located for d in [_stated_direction(sentence, f)] if d]


def _stated_flags(sentence, located, stated, pairs):
    figure, direction = stated
    clause = sentence[figure.end:].split(";", 1)[0]
    base_match = BASE_PERIOD.search(clause)
    base_period = base_match.group("period") if base_match else None
    size = _describe_change(figure.row, direction)
    since = f" on {base_period}" if base_period else ""
    pair = next(((later, earlier) for later, earlier, _ in pairs), None)
    if pair:
        later, earlier = pair
        actual = _actual_change(figure.row, later.row, earlier.row)
        expected = _stated_amount(figure.row, direction)
        if actual is not None and expected is not None and abs(actual - expected) > TOLERANCE_POINTS + 0.05 * abs(expected):
            message = (
                f"The text states {size}{since}, but {shown(earlier.row)} to {shown(later.row)} "
                f"is a change of {actual:+.0f}%."
            )
            return [(f, Flag("change_inconsistent", message, _others(f, (figure, later, earlier))))
                    for f in (figure, later, earlier)]
        return []
    base = _base_count(sentence, located, figure)
    if base is None:
        message = f"The text states {size}{since}; the earlier figure is not given."
        return [(figure, Flag("change", message))]
    earlier_value = _implied_earlier(float(base.row["value"]), figure.row, direction)
    when = f"in {base_period}" if base_period else "before"
    implied = f": that implies about {number(round(earlier_value))} {when}" if earlier_value is not None else ""
    message = f"{shown(base.row)} is stated to be {size}{since}{implied}."
    return [(figure, Flag("change", message, (base.id,))), (base, Flag("change", message, (figure.id,)))]


def _others(figure, members):
    return tuple(m.id for m in members if m.id != figure.id)


def _base_count(sentence: str, located: list[Located], figure: Located) -> Located | None:
    before = [f for f in located if f.end <= figure.start and is_count(f.row)]
    if not before:
        return None
    gap = sentence[before[-1].end:figure.start]
    return before[-1] if len(gap) <= MAX_GAP and ";" not in gap else None


def _describe_change(row: dict, direction: str) -> str:
    word = "increase" if direction == "up" else "decrease"
    if row.get("kind") == "percent":
        return f"a {number(float(row['value']))}% {word}"
    return f"a {number(float(row['value']))}-fold {word}"


def _stated_amount(row: dict, direction: str) -> float | None:
    """The stated change as a signed percentage."""
    value = float(row["value"])
    if row.get("kind") == "percent":
        return value if direction == "up" else -value
    if value <= 0:
        return None
    return (value - 1) * 100 if direction == "up" else (1 / value - 1) * 100


def _actual_change(stated: dict, later: dict, earlier: dict) -> float | None:
    if not (present(later.get("value")) and present(earlier.get("value"))) or float(earlier["value"]) == 0:
        return None
    return (float(later["value"]) / float(earlier["value"]) - 1) * 100


def _implied_earlier(current: float, row: dict, direction: str) -> float | None:
    change = _stated_amount(row, direction)
    if change is None or change <= -100:
        return None
    return current / (1 + change / 100)


def _pair_message(later: dict, earlier: dict, explicit: bool) -> str:
    """'From A (2017) to B (2020): -1,617, -26%' for a change; 'B against A' for a comparison."""
    periods = (_row_period(earlier), _row_period(later))

    def label(row, period):
        return f"{shown(row)} ({period})" if period and periods[0] != periods[1] else shown(row)

    later_value, earlier_value = float(later["value"]), float(earlier["value"])
    difference = later_value - earlier_value
    relative = f", {difference / earlier_value:+.0%}" if earlier_value else ""
    sign = "+" if difference >= 0 else "-"
    shared = f" ({periods[0]})" if periods[0] and periods[0] == periods[1] else ""
    first, second = label(earlier, periods[0]), label(later, periods[1])
    pair = f"From {first} to {second}" if explicit else f"{second} against {first}"
    return f"{pair}{shared}: {sign}{number(abs(difference))}{relative}.{_unequal_periods(*periods)}"


def _unequal_periods(earlier: str, later: str) -> str:
    """' The periods differ in length (12 months against 10 months).' when two known periods do, else ''."""
    windows = [period_window(p, None) if p else None for p in (earlier, later)]
    if None in windows:
        return ""
    days = [(last - first).days + 1 for first, last in windows]
    if abs(days[0] - days[1]) <= LIKE_FOR_LIKE * max(days):
        return ""
    lengths = [f"{round(d / DAYS_PER_MONTH)} months" if d >= 28 else f"{d} day" + ("" if d == 1 else "s") for d in days]
    return f" The periods differ in length ({lengths[0]} against {lengths[1]}): not like for like."


def _row_period(row: dict) -> str:
    return str(row["period"]) if present(row.get("period")) else ""
