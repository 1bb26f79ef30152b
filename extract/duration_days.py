"""Days per duration unit the extractor writes: a year is 365.25 days and a month a twelfth of it, as
extract/units_definitions.txt defines them for pint (tests/test_units.py checks that the two agree). Kept apart
from extract/unit_registry.py so that extraction does not import pint, which costs 0.4 s on every command."""

DURATION_DAYS = {"year": 365.25, "month": 365.25 / 12, "week": 7.0, "day": 1.0, "hour": 1 / 24}
