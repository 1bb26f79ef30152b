"""The dashboard theme of a paragraph, derived from its section path.

Headings are matched deepest first against keyword rules (English here, Russian in
extract/lang/ru/themes.yaml); run-in headings are consulted only when no section heading names a theme.
"""

import re

from extract.language_data import rules

# (theme, pattern over a heading); earlier rules win within one heading.
THEME_RULES = (
    ("Labor", r"\bWORKER|\bLABOU?R\b|\bEMPLOYMENT\b|\bCONDITIONS OF WORK|\bTRADE UNION"),
    ("Killings & disappearances", r"\bKILLING|\bDISAPPEAR|\bDEPRIVATION OF LIFE"),
    ("Torture & prisons", r"\bTORTURE|\bPRISON AND DETENTION|\bPRISONS?\b|\bDEGRADING"),
    ("Courts & trials", r"\bTRIAL|\bJUDICIA|\bCOURT|\bPOLITICAL PRISONERS|\bREPRISAL"),
    ("Arrest & detention", r"\bARREST|\bDETENTION|\bDETAINEE"),
    ("Privacy", r"\bPRIVACY|\bCORRESPONDENCE"),
    ("Internet", r"\bINTERNET|\bONLINE"),
    ("Expression & media", r"\bEXPRESSION|\bPRESS\b|\bMEDIA\b|\bACADEMIC|\bCENSORSHIP"),
    ("Assembly & association", r"\bASSEMBLY|\bASSOCIATION|\bPROTEST"),
    ("Religion", r"\bRELIGIO|\bBELIEF"),
    ("Movement & refugees", r"\bMOVEMENT|\bREFUGEE|\bDISPLACED|\bSTATELESS|\bASYLUM|\bMIGRA"),
    ("Elections", r"\bPOLITICAL PROCESS|\bELECTION|\bPOLITICAL PARTICIPATION"),
    ("Corruption", r"\bCORRUPTION|\bTRANSPARENCY"),
    ("Human rights bodies", r"\bNONGOVERNMENTAL|\bHUMAN RIGHTS BODIES|\bINTERNATIONAL BODIES|\bOMBUDS"),
    ("Trafficking", r"\bTRAFFICKING"),
    ("Women", r"\bWOMEN|\bGENDER[- ]BASED|\bDOMESTIC VIOLENCE|\bRAPE\b"),
    ("Children", r"\bCHILD"),
    ("Disabilities", r"\bDISABILIT"),
    ("LGBTI", r"\bSEXUAL ORIENTATION|\bGENDER IDENTITY|\bLGBT"),
    ("Minorities", r"\bMINORIT|\bANTI-?SEMITISM|\bETHNIC|\bINDIGENOUS|\bRACIAL"),
    ("Health", r"\bHIV\b|\bAIDS\b|\bHEALTH"),
)
_COMPILED = tuple((theme, re.compile(pattern)) for theme, pattern in THEME_RULES)
DEFAULT_THEME = "General"


def _theme_of_heading(heading: str) -> str | None:
    upper = heading.upper()
    for theme, pattern in _COMPILED:
        if pattern.search(upper):
            return theme
    for r in rules("ru", "themes"):
        if r.pattern.search(heading):
            return r.decides
    return None


def theme_for(section: tuple[str, ...], run_in: frozenset[str] = frozenset()) -> str:
    """The theme of a section path; `run_in` names the parts of the path that are run-in headings."""
    for heading in reversed([h for h in section if h not in run_in]):
        theme = _theme_of_heading(heading)
        if theme:
            return theme
    for heading in reversed([h for h in section if h in run_in]):
        theme = _theme_of_heading(heading)
        if theme:
            return theme
    return DEFAULT_THEME
