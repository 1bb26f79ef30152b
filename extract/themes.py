"""The dashboard theme of a paragraph, derived from its section path.

Headings are matched deepest first against keyword rules (English here, Russian in
extract/lang/ru/themes.yaml); run-in headings are consulted only when no section heading names a theme.
"""

from extract.language_data import rules

# (theme, pattern over an upper-cased heading), in the order of extract/lang/en/themes.yaml: earlier rules win
# within one heading.
THEME_RULES = tuple((r.decides, r.pattern) for r in rules("en", "themes"))
DEFAULT_THEME = "General"


def _theme_of_heading(heading: str) -> str | None:
    upper = heading.upper()
    for theme, pattern in THEME_RULES:
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
