"""Implied exchange rate: an amount given with a bracketed dollar equivalent implies a rate;
flag it when that rate is more than 10 % away from the reference rate of the figure's year."""

from figures.checks.base import Flag, number, present
from figures.money import NoRateError, period_window, reference_year, usd_rate

TOLERANCE = 0.10


def implied_rate_flags(rows: list[dict], doc_year: int | None) -> dict[str, list[Flag]]:
    """Flags keyed by figure_id for money figures whose stated dollar value disagrees with the rate."""
    flags = {}
    for row in rows:
        flag = _check(row, doc_year)
        if flag:
            flags[row["figure_id"]] = [flag]
    return flags


def _check(row: dict, doc_year: int | None) -> Flag | None:
    if row.get("kind") != "money" or not present(row.get("usd_reported")):
        return None
    currency = str(row.get("unit") or "").upper()
    if currency in ("USD", "MCI", ""):
        return None
    period = str(row["period"]) if present(row.get("period")) else None
    year = reference_year(period_window(period, doc_year), doc_year)
    try:
        reference = usd_rate(currency, year)
    except NoRateError:
        return None
    pairs = [(row.get("value"), row.get("usd_reported"))]
    if present(row.get("high")) and present(row.get("usd_reported_high")):
        pairs.append((row["high"], row["usd_reported_high"]))
    for amount, dollars in pairs:
        if not (present(amount) and present(dollars)) or float(dollars) <= 0:
            continue
        implied = float(amount) / float(dollars)
        gap = implied / reference.value - 1
        if abs(gap) > TOLERANCE:
            return Flag(
                "implied_rate",
                f"{number(amount)} {currency} given as ${number(dollars)} implies {implied:,.1f} {currency} per USD; "
                f"the {year} reference rate is {reference.value:,.1f} ({reference.source}), {gap:+.0%} apart.",
            )
    return None
