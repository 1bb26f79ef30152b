"""Text blanked out where a cue must not be found, every offset kept: a match becomes as many spaces as it is
long, so what is sought in the rest still lies where it stood."""

import re

from extract.regex_literals import screened


def blank(match: re.Match) -> str:
    """Spaces as long as `match` (a replacement for re.sub)."""
    return " " * len(match.group(0))


def blanked(pattern: re.Pattern, text: str) -> str:
    """`text` with every match of `pattern` blanked out, as pattern.sub(blank, text); scanned only when the text holds
    the strings every match requires (regex_literals.screened), else returned as it is."""
    return pattern.sub(blank, text) if screened(pattern, text) else text
