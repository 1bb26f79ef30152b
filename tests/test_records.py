"""figures.records gives a frame's rows exactly as DataFrame.to_dict("records") does, on the column types the
figures table uses."""

import math
from functools import cache

import numpy as np
import pandas as pd
import pytest

from figures.records import records
from figures.documents import figures_for


def _same(a, b) -> bool:
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return type(a) is type(b) and a == b


@cache
def _frames():
    text = ("In March 2020 the court fined two activists 50 MCI each (about $120). "
            "Police detained 14 people; three were sentenced to 15 days of administrative arrest.")
    table, _ = figures_for(text, "doc", 2020)
    return {
        "figures table": table,
        "missing values of every kind": pd.DataFrame({
            "text": pd.array(["a", None, "c"], dtype="string"),
            "arrow_text": pd.Series(["x", None, "z"], dtype="str"),
            "floats": pd.array([1.5, None, 3.0], dtype="Float64"),
            "ints": pd.array([1, None, 3], dtype="Int64"),
            "plain": [1.0, float("nan"), 2.5],
            "counts": [1, 2, 3],
            "flags": [True, False, True],
            "objects": [np.float64(2.5), None, "word"],
        }),
        "no rows": pd.DataFrame({"a": pd.Series([], dtype="str"), "b": pd.Series([], dtype="float64")}),
        "no columns": pd.DataFrame(index=range(2)),
    }


@pytest.mark.parametrize("name", list(_frames()))
def test_rows_equal_to_dict_records(name):
    frame = _frames()[name]
    assert name != "figures table" or len(frame) > 3 and frame.isna().any().any()
    expected, got = frame.to_dict("records"), records(frame)
    assert len(got) == len(expected)
    for want, row in zip(expected, got):
        assert list(row) == list(want)
        assert all(_same(want[k], row[k]) for k in want), (want, row)
