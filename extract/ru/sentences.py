"""Sentence boundaries of Russian text from razdel, which knows Russian abbreviations ("ст.", "тыс.", "г.")."""

from razdel import sentenize


def split_sentences_ru(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of one Russian paragraph."""
    return [(s.start, s.stop) for s in sentenize(text) if s.stop > s.start]
