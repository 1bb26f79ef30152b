"""normalize(): base values, tenge, the rate used and duration text on a figures table."""

import pandas as pd
import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.normalize import normalize
from figures.schema import COLUMNS, EXTRACTED_COLUMNS
from figures.units import Q_, to_base

SENTENCE = (
    "The court also imposed on Ilyashev a five-year ban on public activity, 100 hours per year of compulsory "
    "work during his probation, and a fine of approximately 54, 000 tenge ($130)."
)


def figure(mention, value, unit, kind, category, period="2020-06-22", **fields):
    start = SENTENCE.find(mention) if mention in SENTENCE else 0
    row = dict.fromkeys(COLUMNS)
    row.update(
        figure_id=f"f{start}", doc_id="doc", char_start=start, char_end=start + len(mention), mention=mention,
        sentence=SENTENCE, paragraph=99, value=value, qualifier="exact", unit=unit, kind=kind,
        category=category, statutory=False, period=period, subject="penalty",
    )
    row.update(fields)
    return row


def table():
    return pd.DataFrame(
        [
            figure("five-year", 5.0, "year", "duration", "ban"),
            figure("100 hours", 100.0, "hour", "duration", "compulsory_work"),
            figure("approximately 54, 000 tenge ($130)", 54000.0, "KZT", "money", "fine", usd_reported=130.0,
                   qualifier="approximate"),
        ]
    )


def test_every_money_figure_gets_dollars_tenge_and_the_rate_used():
    out = normalize(table(), 2020)
    fine = out[out.kind == "money"].iloc[0]
    assert fine.value_base == pytest.approx(54000 / 413.0)
    assert fine.unit_base == "USD"
    assert fine.value_kzt == 54000
    assert fine.fx_rate_used == pytest.approx(413.0)
    assert "2020 average" in fine.fx_source


def test_every_duration_gets_days_and_a_readable_form():
    out = normalize(table(), 2020).set_index("mention")
    assert out.loc["five-year", "value_base"] == pytest.approx(1826.25)
    assert out.loc["five-year", "duration_text"] == "5 years"
    assert out.loc["100 hours", "unit_base"] == "day"


def test_original_value_unit_and_mention_are_never_overwritten():
    before = table()
    out = normalize(before, 2020)
    extracted = list(EXTRACTED_COLUMNS)
    pd.testing.assert_frame_equal(out[extracted], before[extracted])
    assert list(out.columns[: len(extracted)]) == extracted
    assert set(COLUMNS) <= set(out.columns)


def test_money_without_a_period_uses_the_documents_year():
    row = figure("approximately 54, 000 tenge ($130)", 54000.0, "KZT", "money", "fine", period=None)
    out = normalize(pd.DataFrame([row]), 2019)
    assert out.iloc[0].fx_rate_used == pytest.approx(382.7)


def test_money_with_no_rate_is_left_unconverted_with_the_reason():
    row = figure("approximately 54, 000 tenge ($130)", 54000.0, "RUB", "money", "fine", period="2024")
    out = normalize(pd.DataFrame([row]), 2024).iloc[0]
    assert pd.isna(out.value_base) and pd.isna(out.value_kzt)
    assert out.fx_source == "not converted: no rate for RUB in 2024"


def test_mci_fine_in_the_table_uses_the_mci_in_force_on_its_date():
    rows = [
        figure("fine", 10.0, "MCI", "money", "fine", period="2020-03-20", figure_id="march"),
        figure("fine", 10.0, "MCI", "money", "fine", period="2020-05-20", figure_id="may"),
    ]
    out = normalize(pd.DataFrame(rows), 2020).set_index("figure_id")
    assert out.loc["march", "value_kzt"] == 26510
    assert out.loc["may", "value_kzt"] == 27780
    assert "2,778 KZT" in out.loc["may", "fx_source"]


def test_counts_and_percentages_keep_their_unit():
    rows = [
        figure("53", 53.0, "count", "count", "detentions"),
        figure("40 percent", 40.0, "percent", "percent", "percent"),
    ]
    out = normalize(pd.DataFrame(rows), 2020)
    assert list(out.unit_base) == ["count", "percent"]
    assert list(out.value_base) == [53.0, 40.0]
    assert out.value_kzt.isna().all()


@given(st.sampled_from(["year", "month", "week", "day", "hour", "minute"]), st.floats(0, 1e6, allow_nan=False))
@settings(max_examples=300, deadline=None)
def test_a_duration_in_days_is_exactly_what_pint_converts(unit, value):
    assert to_base(value, unit, kind="duration").value_base == Q_(value, unit).to("day").magnitude


@given(st.sampled_from(["km", "mile", "m", "ft"]), st.floats(0, 1e6, allow_nan=False))
@settings(max_examples=200, deadline=None)
def test_a_length_in_km_is_exactly_what_pint_converts(unit, value):
    assert to_base(value, unit, kind="length").value_base == Q_(value, unit).to("km").magnitude


def test_an_unknown_unit_is_refused_for_every_kind():
    for kind in ("count", "duration", "length", "measure", None):
        with pytest.raises(pint.UndefinedUnitError):
            to_base(3.0, "florps", kind=kind)


def test_threads_converting_money_at_once_each_convert_at_their_own_year():
    """pint enables the rate context on the shared registry during a conversion: threads of one Dask worker must
    not convert at each other's year."""
    from concurrent.futures import ThreadPoolExecutor

    cases = [(80.0, "MCI", str(year), year) for year in (2016, 2019, 2021)] * 40
    alone = [to_base(value, unit, period, year).value_base for value, unit, period, year in cases]
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = list(pool.map(lambda case: to_base(*case).value_base, cases))
    assert together == alone
