"""Fines set in Kazakhstan's monthly calculation index are money in MCI, converted at the index of their year."""

import pandas as pd

from extract.pipeline import extract_text
from figures.normalize import normalize

TEXT = ("The court fined the activist 30 MCI for picketing. "
        "The code sets fines of up to 200 monthly calculation indices for organizers.\n")


def test_fine_in_mci_is_money_in_mci():
    rows = extract_text(TEXT, "d", 2021)
    assert [(r["value"], r["unit"], r["kind"], r["category"]) for r in rows] == [
        (30, "MCI", "money", "fine"), (200, "MCI", "money", "fine")]
    assert [r["statutory"] for r in rows] == [False, True]


def test_fine_in_mci_gets_tenge_at_the_index_of_its_year_and_dollars_through_tenge():
    table = normalize(pd.DataFrame(extract_text(TEXT, "d", 2021)), 2021)
    first = table.iloc[0]
    kzt_per_mci = first["value_kzt"] / 30
    later = normalize(pd.DataFrame(extract_text(TEXT, "d", 2019)), 2019).iloc[0]
    assert later["value_kzt"] / 30 < kzt_per_mci
    assert first["unit_base"] == "USD"
    assert abs(first["value_base"] - 30 / first["fx_rate_used"]) < 0.01  # rate: MCI per US dollar
    assert "MCI" in first["fx_source"]
