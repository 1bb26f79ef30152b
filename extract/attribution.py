"""Who the sentence credits with a figure: "According to X", "X reported/stated/estimated that"."""

import re

_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<who>[^,.;()]{2,80}?)(?:,|\.|;|\s+\(|$)", re.IGNORECASE)
_VERB = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*|NGOs|activists|police|observers|prosecutors|critics|media|officials|authorities|"
    r"(?:human\s+rights\s+)?(?:defenders|activists|organizations))(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|for|on|"
    r"NGOs|activists|defenders|rights|human|police|media|accounts|posts|sources|news|social))*)\s+"
    r"(?:also\s+|further\s+|separately\s+|reportedly\s+)?"
    r"(?:stated|reported|said|claimed|estimated|noted|told|alleged|asserted|indicated|showed|announced|recommends|"
    r"estimate|report|state|say|claim|forecasted|forecast)\b")
_LEADING = re.compile(r"^(?:(?:In|On|During|As\s+of|By)\s+[^,]*?\s+|The\s+|the\s+)+")
_NOT_SOURCES = re.compile(r"^(?:It|They|He|She|We|This|That|These|Those|There|Media)$")


def attribution_of(sentence: str) -> str | None:
    """The source the sentence names for its figures, or None when the report speaks in its own voice."""
    m = _ACCORDING.search(sentence)
    if m:
        return m.group("who").strip()
    m = _VERB.search(sentence)
    if m:
        who = _LEADING.sub("", m.group("who").strip()).strip()
        if who and not _NOT_SOURCES.match(who) and len(who.split()) <= 8:
            return who
    return None
