"""Sentence boundaries of Russian text from razdel, which knows Russian abbreviations ("ст.", "тыс.", "г.")."""

from razdel import sentenize


def split_sentences_ru(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of one Russian paragraph; a bracket left open joins the pieces
    razdel cut inside it ("дел (2019 г. — 614; 2020 г. — 587)" is one sentence)."""
    out: list[tuple[int, int]] = []
    for s in sentenize(text):
        if s.stop <= s.start:
            continue
        if out and text[out[-1][0]:out[-1][1]].count("(") > text[out[-1][0]:out[-1][1]].count(")"):
            out[-1] = (out[-1][0], s.stop)
        else:
            out.append((s.start, s.stop))
    return out
