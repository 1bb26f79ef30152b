"""The project's pint registry and the conversion of one figure to comparable base units.

Durations go to days, lengths to kilometres, money to US dollars at the reference
rate of the figure's year through the "fx" context; tenge never become dollars
without it. Physical measures go to one base unit per dimension (MEASURE_BASES);
temperatures keep the scale they were written in. Counts, shares and ages keep
their own unit.
"""

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from datetime import date as Date

import pint

from extract.unit_registry import DEFINITIONS, ureg  # the registry the extractor also reads
from figures.money import NoRateError, mci_for_window, mci_kzt, period_window, reference_year, usd_rate

__all__ = ["ureg", "Q_", "NoRateError", "usd_rate", "to_base", "duration_text", "BASE_UNITS", "MEASURE_BASES"]

# Pickled quantities (Streamlit's cache, multiprocessing) come back attached to this registry.
pint.set_application_registry(ureg)
Q_ = ureg.Quantity
# Days in a month as the registry defines it (a twelfth of a 365.25-day year), for month counts shown from day spans.
DAYS_PER_MONTH = float(ureg.Quantity(1, "month").to("day").magnitude)

BASE_UNITS = {"duration": "day", "length": "km", "money": "USD"}
# The base unit of a measure, by the first of these with its dimension.
MEASURE_BASES = ("kg", "m", "m²", "l", "km/h", "W", "kWh", "B", "bit/s", "Hz", "Pa", "V", "mAh", "dB", "ppm", "km/l",
                 "g/km", "kg/ha")
FX_CONTEXT = "fx"
# pint enables a context on the shared registry for the length of a conversion, its parameters (the year) with it:
# threads of one worker converting at once must take turns, or one converts at the other's year.
_CONTEXT_TURN = threading.Lock()


def _fx_year(year: int | None, date: Date | None) -> int | None:
    return date.year if date is not None else year


def _mci_rate(year, date, until, purpose):
    """The MCI for a window, a day, or (without either) the year's value in force longest."""
    if date is not None and until is not None:
        return mci_for_window(date, until, purpose)
    if date is not None:
        return mci_kzt(date, purpose)
    if year is None:
        raise NoRateError("no MCI value: the figure has no year")
    return mci_for_window(Date(year, 1, 1), Date(year, 12, 31), purpose)


def _build_fx_context() -> pint.Context:
    """Currency <-> USD at the annual reference rate, MCI <-> KZT at the MCI in force."""
    context = pint.Context(FX_CONTEXT, defaults={"year": None, "date": None, "until": None, "purpose": "fines"})

    def to_usd(code):
        def transform(registry, value, year=None, date=None, until=None, purpose="fines"):
            rate = usd_rate(code, _fx_year(year, date)).value
            return value / rate * registry.USD / registry.Unit(code)

        return transform

    def from_usd(code):
        def transform(registry, value, year=None, date=None, until=None, purpose="fines"):
            rate = usd_rate(code, _fx_year(year, date)).value
            return value * rate * registry.Unit(code) / registry.USD

        return transform

    def mci_to_kzt(registry, value, year=None, date=None, until=None, purpose="fines"):
        return value * _mci_rate(year, date, until, purpose).value * registry.KZT / registry.MCI

    def kzt_to_mci(registry, value, year=None, date=None, until=None, purpose="fines"):
        return value / _mci_rate(year, date, until, purpose).value * registry.MCI / registry.KZT

    for code in _registry_currencies():
        if code == "USD":
            continue
        dimension = f"[currency_{code}]"
        context.add_transformation(dimension, "[currency_USD]", to_usd(code))
        context.add_transformation("[currency_USD]", dimension, from_usd(code))
    context.add_transformation("[mci]", "[currency_KZT]", mci_to_kzt)
    context.add_transformation("[currency_KZT]", "[mci]", kzt_to_mci)
    return context


def _registry_currencies() -> list[str]:
    """ISO codes defined in units_definitions.txt (each is its own [currency_XXX] dimension)."""
    pattern = re.compile(r"^([A-Z]{3}) = \[currency_\1\]", re.MULTILINE)
    return pattern.findall(DEFINITIONS.read_text(encoding="utf-8"))


ureg.add_context(_build_fx_context())


def pint_unit(unit: str) -> str:
    """The registry's name for a unit as the extractor writes it (ISO codes, year, km, ...)."""
    text = unit.strip()
    return text.upper() if len(text) == 3 and text.isalpha() and text.upper() in ureg else text


@dataclass(frozen=True)
class Normalized:
    """A figure in base units, with the rate and source used for money."""

    value_base: float | None
    unit_base: str | None
    value_kzt: float | None = None
    fx_rate_used: float | None = None
    fx_source: str | None = None
    duration_text: str | None = None


def to_base(
    value: float,
    unit: str,
    period: str | None = None,
    doc_year: int | None = None,
    kind: str | None = None,
    purpose: str = "fines",
    high: float | None = None,
) -> Normalized:
    """Convert one figure to its base unit; money at the rate of its period, else the document's year.

    Raises NoRateError for money without a reference rate, pint.UndefinedUnitError for unknown units.
    """
    name = pint_unit(unit)
    kind = kind or _kind_of(_one(name))
    if kind == "money":
        return _money(Q_(value, name), period, doc_year, purpose)
    if kind == "duration":
        days = value * _factor(name, BASE_UNITS["duration"])
        return Normalized(days, BASE_UNITS["duration"], duration_text=duration_text(value, name, high))
    if kind == "length":
        return Normalized(value * _factor(name, BASE_UNITS["length"]), BASE_UNITS["length"])
    if kind == "measure":
        return _measure(Q_(value, name), name)
    _one(name)  # an unknown unit raises pint.UndefinedUnitError, as for every other kind
    return Normalized(float(value), name)


@lru_cache(maxsize=1024)
def _one(name: str):
    """One of a unit, as a quantity (pint.UndefinedUnitError for a unit the registry lacks); read once per unit,
    since building a quantity parses its unit and most figures share a few units."""
    return Q_(1.0, name)


@lru_cache(maxsize=1024)
def _factor(name: str, base: str) -> float:
    """How many `base` one `name` is: pint's multiplicative conversion factor, so `value * factor` is what
    Q_(value, name).to(base).magnitude computes."""
    return _one(name).to(base).magnitude


def _measure(quantity, name: str) -> Normalized:
    """A physical measure in the base unit of its dimension; one with no base here (a temperature) as written."""
    base = next((b for b in MEASURE_BASES if quantity.check(Q_(1, b).dimensionality)), None)
    if base is None:
        return Normalized(float(quantity.magnitude), name)
    return Normalized(float(f"{quantity.to(base).magnitude:.10g}"), base)


def _kind_of(quantity) -> str:
    if quantity.check("[time]"):
        return "duration"
    if quantity.check("[length]"):
        return "length"
    if any(str(dim).startswith("[currency_") or str(dim) == "[mci]" for dim in quantity.dimensionality):
        return "money"
    return "count" if quantity.dimensionless else "measure"


def _money(quantity, period, doc_year, purpose) -> Normalized:
    window = period_window(period, doc_year)
    year = reference_year(window, doc_year)
    day, until = _exact_window(window, period)
    params = {"year": year, "date": day, "until": until, "purpose": purpose}
    with _CONTEXT_TURN:
        usd = quantity.to(BASE_UNITS["money"], FX_CONTEXT, **params).magnitude
        kzt = quantity.to("KZT", FX_CONTEXT, **params).magnitude
    rate = quantity.magnitude / usd if usd else None
    source = _fx_source(str(quantity.units), year, day, until, purpose)
    return Normalized(float(usd), BASE_UNITS["money"], float(kzt), rate, source)


def _exact_window(window, period):
    """Start and end to pass to the MCI lookup when the period is finer than a year."""
    if window is None or not period or period == "annual":
        return None, None
    start, end = window
    if start == end:
        return start, None
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return None, None
    return start, end


def _fx_source(code: str, year, day, until, purpose) -> str:
    parts = [_mci_rate(year, day, until, purpose).source] if code == "MCI" else []
    currency = "KZT" if code in ("MCI", "USD") else code
    rate = usd_rate(currency, year)
    parts.append(f"{rate.value:g} {currency} per USD, {year} average ({rate.source})")
    return "; ".join(parts)


def duration_text(value: float, unit: str, high: float | None = None) -> str:
    """A duration as a reader says it: 3.5 year -> '3 years 6 months', 72 hour -> '3 days'."""
    text = _one_duration(value, unit)
    if high is None or high == value:
        return text
    upper = _one_duration(high, unit)
    low_number, _, low_unit = text.partition(" ")
    if " " not in low_unit and upper.split(" ", 1)[1].rstrip("s") == low_unit.rstrip("s"):
        return f"{low_number} to {upper}"
    return f"{text} to {upper}"


def _one_duration(value: float, unit: str) -> str:
    name = str(_one(unit).units)
    if name in ("year", "month"):
        months = value * (12 if name == "year" else 1)
        whole = int(months + 1e-9)
        days = round((months - whole) * _factor("month", "day"))
        return _join([(whole // 12, "year"), (whole % 12, "month"), (days, "day")])
    if name == "week":
        days = round(value * 7)
        return _join([(days // 7, "week"), (days % 7, "day")])
    hours = round(value * _factor(name, "hour"), 6)
    if name == "hour" and hours % 24:
        return _join([(hours, "hour")])
    whole_days = int(hours // 24)
    return _join([(whole_days, "day"), (round(hours - whole_days * 24), "hour")])


def _join(parts: list[tuple[float, str]]) -> str:
    words = [f"{_number(n)} {name}{'' if n == 1 else 's'}" for n, name in parts if n]
    return " ".join(words) or f"0 {parts[-1][1]}s"


def _number(n: float) -> str:
    return f"{n:g}" if n != int(n) else f"{int(n):,}"
