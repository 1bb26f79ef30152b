"""The project's pint registry (units defined in extract/units_definitions.txt) and the length of each
duration unit in days read from it, so the extractor and figures.units count a month alike."""

from pathlib import Path

import pint

DEFINITIONS = Path(__file__).with_name("units_definitions.txt")

ureg = pint.UnitRegistry(str(DEFINITIONS), cache_folder=None)

# Days per duration unit the extractor writes (a year is 365.25 days, a month a twelfth of it).
DURATION_DAYS = {unit: float(ureg.Quantity(1, unit).to("day").magnitude)
                 for unit in ("year", "month", "week", "day", "hour")}
