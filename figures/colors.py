"""The charts' colours and marker shapes, and the WCAG contrast ratio they are chosen by.

Every colour has at least 3:1 contrast against the white plot (WCAG's minimum for graphics); a bar's category is
also written beside it and each line gets its own marker shape (Vega-Lite's names), so colour is never the only cue.
"""

BACKGROUND = "#ffffff"
COLORS = ("#0072B2", "#D55E00", "#009E73", "#AA3377", "#996600", "#5E3C99", "#333333", "#117733")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "cross", "triangle-down", "triangle-right", "triangle-left")
MIN_CONTRAST = 3.0


def _luminance(color: str) -> float:
    """Relative luminance of an #rrggbb colour (WCAG 2)."""
    channels = [int(color.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
