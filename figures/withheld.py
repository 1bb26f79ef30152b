"""The figures table's columns of personal data, which leave the newsroom without them: the API reads them as empty
(figures/api_plugins) and the dashboard's CSV downloads and the Parquet export leave them out, while the team's own
review export (`python -m extract reviews export`) keeps them. Which columns is data: the figures table's
`withheld_columns` in figures/api_metadata.yaml (reviewers' names)."""

from pathlib import Path

import pandas as pd
import yaml

_METADATA = Path(__file__).with_name("api_metadata.yaml")
WITHHELD = tuple(yaml.safe_load(_METADATA.read_text(encoding="utf-8"))["tables"]["figures"].get("withheld_columns", ()))


def without_withheld(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows without the withheld columns they hold (a new frame; the rows are left as they are)."""
    return rows.drop(columns=[name for name in WITHHELD if name in rows.columns])
