"""Who the sentence credits with a figure: "According to X", "X reported/stated/estimated that", kept to a
short name ("Through June the Antitorture Coalition reported" -> "Antitorture Coalition")."""

from functools import lru_cache

from extract.language_data import rule
from extract.regex_literals import screened

_ACCORDING = rule("en", "attribution", "attribution.according_to").pattern
_VERB = rule("en", "attribution", "attribution.verb").pattern
_LEADING = rule("en", "attribution", "attribution.leading").pattern
_REPORT_OF = rule("en", "attribution", "attribution.report_of").pattern
_SURVEY_TAIL = rule("en", "attribution", "attribution.survey_tail").pattern
_COMMON = rule("en", "attribution", "attribution.common_noun").pattern
_NOT_SOURCES = rule("en", "attribution", "attribution.not_a_source").pattern
MAX_WORDS = 8


def _short(who: str) -> str | None:
    """A source name cut to its core (no leading time phrase or "report of"), or None when it names no source."""
    who = _LEADING.sub("", who.strip()).strip()
    who = _REPORT_OF.sub("", who)
    who = _SURVEY_TAIL.sub(r"\1", who).strip()
    words = who.split()
    if _COMMON.match(who) and (len(words) == 1 or words[1][:1].islower()):
        who = who[0].lower() + who[1:]
    if not who or _NOT_SOURCES.match(who) or len(who.split()) > MAX_WORDS:
        return None
    return who


@lru_cache(maxsize=256)
def attribution_of(sentence: str) -> str | None:
    """The source the sentence names for its figures, or None when the report speaks in its own voice (cached: a
    sentence is asked once for each of its figures)."""
    m = _ACCORDING.search(sentence)
    if m:
        who = _short(m.group("who"))
        if who:
            return who
    m = _VERB.search(sentence) if screened(_VERB, sentence) else None
    return _short(m.group("who")) if m else None
