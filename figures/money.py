"""Reference rates for money: annual currency-per-USD averages and the Kazakh MCI in tenge.

Both tables live in data/reference/ with a source on every row; a year or date
the tables do not cover raises NoRateError rather than borrowing a neighbour.
"""

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
FX_TABLE = REFERENCE_DIR / "fx_usd_rates.csv"
MCI_TABLE = REFERENCE_DIR / "mci_kzt.csv"

# Which MCI a figure uses: penalties and taxes, or benefits and social payments.
MCI_PURPOSES = ("fines", "benefits")


class NoRateError(LookupError):
    """No reference value for this currency (or the MCI) and time."""


@dataclass(frozen=True)
class Rate:
    """A reference value with the text that says where it comes from."""

    value: float
    source: str


@dataclass(frozen=True)
class MciRow:
    valid_from: date
    valid_to: date
    purpose: str
    kzt: float
    source: str


@lru_cache(maxsize=1)
def _fx_rows() -> dict[tuple[str, int], Rate]:
    with FX_TABLE.open(encoding="utf-8", newline="") as handle:
        return {
            (row["currency"], int(row["year"])): Rate(float(row["per_usd"]), row["source"])
            for row in csv.DictReader(handle)
        }


@lru_cache(maxsize=1)
def _mci_rows() -> tuple[MciRow, ...]:
    with MCI_TABLE.open(encoding="utf-8", newline="") as handle:
        return tuple(
            MciRow(
                date.fromisoformat(row["valid_from"]),
                date.fromisoformat(row["valid_to"]),
                row["purpose"],
                float(row["kzt"]),
                row["source"],
            )
            for row in csv.DictReader(handle)
        )


def usd_rate(currency: str, year: int | None, date: date | None = None) -> Rate:
    """Units of `currency` per US dollar, annual average for `year` (or the year of `date`)."""
    code = currency.upper()
    if date is not None:
        year = date.year
    if code == "USD":
        return Rate(1.0, "US dollar: no conversion")
    if year is None:
        raise NoRateError(f"no rate for {code}: the figure has no year")
    rate = _fx_rows().get((code, int(year)))
    if rate is None:
        raise NoRateError(f"no rate for {code} in {year}")
    return rate


def mci_kzt(on: date, purpose: str = "fines") -> Rate:
    """Tenge value of one MCI in force on a day, for fines/taxes or for benefits."""
    if purpose not in MCI_PURPOSES:
        raise ValueError(f"MCI purpose must be one of {MCI_PURPOSES}, not {purpose!r}")
    for row in _mci_rows():
        if row.valid_from <= on <= row.valid_to and row.purpose in ("all", purpose):
            label = f"1 MCI = {row.kzt:,.0f} KZT from {row.valid_from.isoformat()} ({row.source})"
            return Rate(row.kzt, label)
    raise NoRateError(f"no MCI value for {on.isoformat()}")


def mci_for_window(start: date, end: date, purpose: str = "fines") -> Rate:
    """The MCI in force for the larger part of a window (a year, a month, a day)."""
    days: dict[Rate, int] = {}
    for row in _mci_rows():
        if row.purpose not in ("all", purpose):
            continue
        overlap = (min(end, row.valid_to) - max(start, row.valid_from)).days + 1
        if overlap > 0:
            rate = mci_kzt(max(start, row.valid_from), purpose)
            days[rate] = days.get(rate, 0) + overlap
    if not days:
        raise NoRateError(f"no MCI value for {start.isoformat()}..{end.isoformat()}")
    return max(days, key=days.get)


_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _bounds(text: str) -> tuple[date, date] | None:
    """First and last day of a year, month or day written 2020, 2020-07 or 2020-07-15; None for text that is
    no such period, an impossible date ("2020-02-31") included."""
    match = _DAY.match(text.strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            following = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), date.fromordinal(following.toordinal() - 1)
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def period_window(period: str | None, doc_year: int | None) -> tuple[date, date] | None:
    """First and last day a figure's period covers; the document's year when it has none.

    Periods are written 2020, 2020-07, 2020-07-15, 2020-01..2020-10 or `annual`.
    """
    if period and ".." in period:
        first, last = (_bounds(part) for part in period.split("..", 1))
        if first and last:
            return first[0], last[1]
    elif period and period != "annual":
        bounds = _bounds(period)
        if bounds:
            return bounds
    if doc_year is None:
        return None
    return date(doc_year, 1, 1), date(doc_year, 12, 31)


def reference_year(window: tuple[date, date] | None, doc_year: int | None) -> int | None:
    """The year whose annual rate applies: the window's, or the document's when it spans years."""
    if window is None:
        return doc_year
    start, end = window
    if start.year == end.year:
        return start.year
    if doc_year is not None and start.year <= doc_year <= end.year:
        return doc_year
    return end.year
