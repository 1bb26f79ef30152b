"""A figures frame's rows as dicts, the way DataFrame.to_dict("records") gives them, built column by column:
to_dict boxes the cells of pyarrow-backed text columns one by one, which made it the slowest step of normalising
and cross-checking a document's figures."""

import numpy as np
import pandas as pd


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows of `frame` as column -> value dicts, equal to frame.to_dict("records"): Python scalars, and None
    for a missing value of an extension column (where to_dict gives None, not pd.NA)."""
    columns = frame.columns.tolist()
    values = [_native(column) for _, column in frame.items()]
    return [dict(zip(columns, row)) for row in zip(*values)] if columns else [{} for _ in range(len(frame))]


def _native(column: pd.Series) -> list:
    items = column.tolist()
    if column.dtype == np.dtype(object) or isinstance(column.dtype, pd.api.extensions.ExtensionDtype):
        return [None if v is pd.NA else v.item() if isinstance(v, np.generic) else v for v in items]
    return items
