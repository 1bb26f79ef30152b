"""The project's pint registry (units defined in extract/units_definitions.txt), which figures.units converts
with; the extractor counts days per duration unit as the same file defines them (extract/duration_days.py)."""

from pathlib import Path

import pint

DEFINITIONS = Path(__file__).with_name("units_definitions.txt")

ureg = pint.UnitRegistry(str(DEFINITIONS), cache_folder=None)
