"""Read the qualifier words around a number: "approximately", "more than", "at least", "up to", "fewer than",
and the trailing "or more" / "maximum" forms.
"""

import re
from functools import lru_cache

from extract.regex_literals import screened

_BEFORE = [
    ("approximate", r"approximately|about|around|nearly|almost|roughly|some|an\s+estimated|estimated|"
                    r"on\s+average|an\s+average\s+of|close\s+to|circa|approx\."),
    ("more_than", r"more\s+than|over|above|in\s+excess\s+of|exceeding|upwards\s+of|greater\s+than|"
                  r"longer\s+than|older\s+than"),
    ("at_least", r"at\s+least(?:\s+at\s+an?)?|a\s+minimum\s+of|minimum\s+of|no\s+less\s+than|not\s+less\s+than|"
                 r"no\s+fewer\s+than|not\s+fewer\s+than|no\s+younger\s+than|not\s+younger\s+than"),
    ("up_to", r"up\s+to|a\s+maximum\s+of|maximum\s+of|no\s+more\s+than|not\s+more\s+than|not\s+exceed(?:ing)?|"
              r"not\s+to\s+exceed|within|no\s+longer\s+than|not\s+longer\s+than|as\s+many\s+as|as\s+much\s+as|"
              r"no\s+older\s+than|limited\s+to|capped\s+at"),
    ("less_than", r"fewer\s+than|less\s+than|under|below|younger\s+than(?:\s+(?:the\s+)?age(?:\s+of)?)?|"
                  r"shorter\s+than"),
]
_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _BEFORE) + r")\s+$", re.IGNORECASE)
_AFTER_AT_LEAST = re.compile(r"^\s+or\s+(?:more|longer|older|above|greater)\b", re.IGNORECASE)
_AFTER_UP_TO = re.compile(r"^\s+or\s+(?:less|fewer|younger|shorter)\b", re.IGNORECASE)
_MAXIMUM_AFTER = re.compile(r"^\s+maximum\b", re.IGNORECASE)
_MINIMUM_AFTER = re.compile(r"^\s+minimum\b", re.IGNORECASE)


# After a noun of dispute or trial, "over" means "about", not "more than" ("a case over three deaths").
_OVER_AS_ABOUT = re.compile(r"\b(?:cases?|trials?|disputes?|lawsuits?|suits?|rows?|clash(?:es)?|outrage|anger|"
                            r"concerns?|fears?|investigations?|probes?|inquir(?:y|ies)|protests?|charges?)\s+over\s+$",
                            re.IGNORECASE)


@lru_cache(maxsize=1024)
def qualifier_before(text: str, pos: int) -> tuple[int, str] | None:
    """(start, qualifier) of qualifier words ending right before pos, or None (cached: a mention's start is read
    for its qualifier and for a factor before it)."""
    before = text[max(0, pos - 40):pos]
    m = _BEFORE_RE.search(before) if screened(_BEFORE_RE, before) else None
    if not m or m.lastgroup == "more_than" and _OVER_AS_ABOUT.search(text[max(0, pos - 40):pos]):
        return None
    return pos - (len(m.group(0))), m.lastgroup


def or_more_after(text: str, pos: int) -> tuple[int, str] | None:
    """(end, qualifier) for "or more" / "or less" written right after a number ("five or more years")."""
    rest = text[pos:pos + 20]
    m = _AFTER_AT_LEAST.match(rest)
    if m:
        return pos + m.end(), "at_least"
    m = _AFTER_UP_TO.match(rest)
    if m:
        return pos + m.end(), "up_to"
    return None


def limit_after_unit(text: str, pos: int) -> tuple[int, str] | None:
    """(end, qualifier) for "maximum"/"minimum" written after a unit ("the five-year maximum term")."""
    rest = text[pos:pos + 12]
    m = _MAXIMUM_AFTER.match(rest)
    if m:
        return pos + m.end(), "up_to"
    m = _MINIMUM_AFTER.match(rest)
    if m:
        return pos + m.end(), "at_least"
    return None
