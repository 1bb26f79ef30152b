"""A decision about a figure's meaning and the id of the language rule that made it, so that every category
and statutory flag can be traced to a rule of extract/lang/<language>/ (or to a named fallback)."""

from typing import NamedTuple


class Decision(NamedTuple):
    """What was decided (a category, or True/False for statutory) and the rule id that decided it."""

    value: str | bool
    rule: str
