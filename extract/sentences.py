"""Sentence boundaries from spaCy's rule-based sentencizer (no model download needed)."""

from functools import lru_cache

import spacy


@lru_cache(maxsize=1)
def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) offsets of its sentences, trailing spaces excluded."""
    out = []
    for doc in _nlp().pipe(paragraphs, batch_size=256):
        spans = []
        for sent in doc.sents:
            start = sent.start_char
            end = start + len(sent.text.rstrip())
            if end > start:
                spans.append((start, end))
        out.append(spans)
    return out
