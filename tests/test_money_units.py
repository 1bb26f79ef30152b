"""The unit registry, the FX context and the MCI: conversions, missing rates, and round trips."""

import csv

import pandas as pd
import pint
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from figures.money import FX_TABLE, MCI_TABLE, NoRateError, mci_kzt, usd_rate
from figures.units import Q_, to_base, ureg


def test_tenge_amount_converts_to_dollars_at_the_annual_rate_of_its_year():
    result = to_base(41670, "KZT", "2020-04-30", 2020, "money")
    assert result.unit_base == "USD"
    assert result.value_base == pytest.approx(41670 / 413.0)
    assert result.value_kzt == 41670
    assert result.fx_rate_used == pytest.approx(413.0)
    assert "2020" in result.fx_source and "World Bank" in result.fx_source


def test_same_amount_in_another_year_uses_that_years_rate():
    assert Q_(41670, "KZT").to("USD", "fx", year=2019).magnitude == pytest.approx(41670 / 382.7)


def test_tenge_never_becomes_dollars_without_the_fx_context():
    with pytest.raises(pint.DimensionalityError):
        Q_(41670, "KZT").to("USD")


def test_year_with_no_rate_raises_a_clear_error():
    with pytest.raises(NoRateError, match="no rate for RUB in 2024"):
        usd_rate("RUB", 2024)
    with pytest.raises(NoRateError, match="no rate for KZT in 2009"):
        to_base(1000, "KZT", "2009", 2009, "money")


def test_currency_without_any_rate_is_refused_not_guessed():
    with pytest.raises(NoRateError, match="no rate for CNY in 2020"):
        to_base(1000, "CNY", "2020", 2020, "money")


def test_dollar_amount_gets_a_tenge_value_at_the_years_rate():
    result = to_base(130, "USD", "2020-06-22", 2020, "money")
    assert result.value_base == 130
    assert result.value_kzt == pytest.approx(130 * 413.0)


def test_euro_and_rouble_go_through_dollars():
    assert Q_(100, "EUR").to("KZT", "fx", year=2020).magnitude == pytest.approx(100 / 0.8755 * 413.0, rel=1e-3)
    assert Q_(7215, "RUB").to("USD", "fx", year=2020).magnitude == pytest.approx(100)


def test_mci_changes_value_on_1_april_2020():
    assert mci_kzt(pd.Timestamp("2020-03-31").date()).value == 2651
    assert mci_kzt(pd.Timestamp("2020-04-01").date()).value == 2778
    march = to_base(10, "MCI", "2020-03-15", 2020, "money")
    april = to_base(10, "MCI", "2020-04-15", 2020, "money")
    assert (march.value_kzt, april.value_kzt) == (26510, 27780)
    assert april.value_base == pytest.approx(27780 / 413.0)


def test_mci_for_a_whole_year_uses_the_value_in_force_for_most_of_it():
    assert to_base(10, "MCI", "2020", 2020, "money").value_kzt == 27780
    assert to_base(10, "MCI", "2020-01..2020-03", 2020, "money").value_kzt == 26510


def test_mci_in_2022_differs_for_fines_and_for_benefits():
    assert to_base(1, "MCI", "2022-06", 2022, "money", purpose="fines").value_kzt == 3063
    assert to_base(1, "MCI", "2022-06", 2022, "money", purpose="benefits").value_kzt == 3180


def test_mci_year_missing_from_the_table_raises():
    with pytest.raises(NoRateError, match="no MCI value"):
        to_base(5, "MCI", "2012", 2012, "money")


def test_mci_is_known_by_its_russian_and_kazakh_names():
    assert Q_(1, "МРП").units == ureg.MCI
    assert Q_(1, "АЕК").units == ureg.MCI


def test_every_reference_row_names_its_source():
    for table in (FX_TABLE, MCI_TABLE):
        with table.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert rows and all(row["source"].strip() for row in rows), table


def test_kzt_reference_rates_cover_2010_to_2024():
    assert [usd_rate("KZT", year).value for year in (2019, 2020, 2021, 2022, 2023)] == [
        382.7, 413.0, 425.9, 460.2, 456.2,
    ]
    for year in range(2010, 2025):
        assert usd_rate("KZT", year).value > 100


def test_durations_convert_to_days_and_read_as_years_and_months():
    result = to_base(3.5, "year", None, 2020, "duration")
    assert result.value_base == pytest.approx(3.5 * 365.25)
    assert result.duration_text == "3 years 6 months"
    assert to_base(72, "hour", kind="duration").duration_text == "3 days"
    assert to_base(100, "hour", kind="duration").duration_text == "100 hours"
    assert to_base(18, "month", kind="duration").duration_text == "1 year 6 months"
    assert to_base(5, "year", kind="duration", high=6).duration_text == "5 to 6 years"


def test_ten_day_arrest_and_two_year_sentence_compare_in_days():
    arrest = to_base(10, "day", kind="duration").value_base
    sentence = to_base(2, "year", kind="duration").value_base
    assert arrest == 10 and sentence == pytest.approx(730.5)


def test_miles_convert_to_kilometres():
    assert to_base(1.2, "mile", kind="length").value_base == pytest.approx(1.9312128)


def test_quantity_survives_a_round_trip_through_the_table():
    original = Q_(12_630_000, "KZT").to("USD", "fx", year=2020)
    result = to_base(12_630_000, "KZT", None, 2020, "money")
    table = pd.DataFrame({"value_base": [result.value_base], "unit_base": [result.unit_base]})
    back = Q_(table.loc[0, "value_base"], table.loc[0, "unit_base"])
    assert back == original


@st.cache_data
def _cached_fine(amount: float, year: int):
    return Q_(amount, "KZT").to("USD", "fx", year=year)


def test_quantity_survives_streamlit_cache_data():
    first = _cached_fine(54000, 2020)
    second = _cached_fine(54000, 2020)
    assert first is not second  # the second comes back unpickled from the cache
    assert second == first and second.to("USD").magnitude == pytest.approx(54000 / 413.0)
    assert second.to("KZT", "fx", year=2020).magnitude == pytest.approx(54000)


def _app_with_cached_quantity():
    import streamlit as st

    from figures.units import Q_

    @st.cache_data
    def sentence_in_days(years: float):
        return Q_(years, "year").to("day")

    first = sentence_in_days(3.5)
    second = sentence_in_days(3.5)
    st.write(f"{second.magnitude:.3f} {second.units}; same={second == first}")


def test_quantity_survives_streamlit_cache_in_a_running_app():
    app = AppTest.from_function(_app_with_cached_quantity)
    app.run(timeout=30)
    assert not app.exception
    assert app.markdown[0].value == "1278.375 day; same=True"
