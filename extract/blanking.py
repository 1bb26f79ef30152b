"""Text blanked out where a cue must not be found, every offset kept: a match becomes as many spaces as it is
long, so what is sought in the rest still lies where it stood."""

import re


def blank(match: re.Match) -> str:
    """Spaces as long as `match` (a replacement for re.sub)."""
    return " " * len(match.group(0))
