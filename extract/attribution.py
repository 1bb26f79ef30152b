"""Who the sentence credits with a figure: "According to X", "X reported/stated/estimated that", kept to a
short name ("Through June the Antitorture Coalition reported" -> "Antitorture Coalition")."""

import re

from extract.vocabulary import MONTH_WORDS

_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<who>[^,.;()]{2,80}?)(?:,|\.|;|\s+\(|$)", re.IGNORECASE)
_VERB = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*|NGOs|activists|organi[sz]ers|monitors|police|observers|prosecutors|critics|media|officials|authorities|"
    r"(?:human\s+rights\s+)?(?:defenders|activists|organizations))(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|for|on|"
    r"NGOs|activists|defenders|rights|human|police|media|accounts|posts|sources|news|social))*)\s+"
    r"(?:also\s+|further\s+|separately\s+|reportedly\s+|later\s+)?(?:ha(?:ve|s|d)\s+)?"
    r"(?:stated|reported|said|claimed|estimated|noted|told|alleged|asserted|indicated|showed|announced|recommends|"
    r"estimate|report|state|say|claim|forecasted|forecast|documented|counted|recorded|confirmed|tallied)\b")
_TIME = (rf"(?:the\s+)?(?:(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|first\s+half\s+of|second\s+half\s+of)"
         rf"[\s-]+)?(?:(?:{MONTH_WORDS})(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d|the\s+year|year['’]s\s+end|"
         rf"the\s+end\s+of\s+(?:the\s+year|(?:19|20)\d\d|(?:{MONTH_WORDS}))|the\s+(?:first|last|past)\s+\w+\s+months?)")
_LEADING = re.compile(
    rf"^(?:(?:(?:Through|Throughout|By|In|On|During|As\s+of|Since|Until|Over|From|At|For)\s+{_TIME}|Also|However|"
    rf"Separately|Meanwhile|Similarly|Additionally|Moreover|Later)\s*,?\s+|[Tt]he\s+|[Aa]n?\s+|(?:19|20)\d\d\s+)+")
_REPORT_OF = re.compile(r"^(?:(?:annual|latest|official|preliminary|recent)\s+)?(?:report|survey|study|data|statistics|"
                        r"figures|estimates?|findings|information|review|monitoring)\s+(?:of|by|from)\s+(?:the\s+)?",
                        re.IGNORECASE)
_SURVEY_TAIL = re.compile(r"\b(survey|study|poll|report|data|statistics)\s+(?:within|among|in|on|of|conducted)\b.*$",
                          re.IGNORECASE)
_COMMON = re.compile(r"^(?:Police|Prosecutors|Activists|Organi[sz]ers|Monitors|Observers|Prisoners|Authorities|Officials|Critics|Media|"
                     r"Journalists|Lawyers|Witnesses|Residents|Relatives|Doctors|Human|Local|Independent|Government|"
                     r"Social|Several|Some|Many|Civil|International|Rights|Opposition|Trade|Religious)\b")
_NOT_SOURCES = re.compile(r"^(?:It|They|He|She|We|This|That|These|Those|There|Media|Law|law|[Tt]he\s+law|The|A|An)$")
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


def attribution_of(sentence: str) -> str | None:
    """The source the sentence names for its figures, or None when the report speaks in its own voice."""
    m = _ACCORDING.search(sentence)
    if m:
        who = _short(m.group("who"))
        if who:
            return who
    m = _VERB.search(sentence)
    return _short(m.group("who")) if m else None
