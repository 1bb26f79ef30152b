"""Sentence boundaries from spaCy's rule-based sentencizer (no model download needed).

Abbreviations that reports write before numbers ("approx. $8,000", "Art. 5", "No. 12") are kept whole,
so the period inside them does not end a sentence.
"""

from functools import lru_cache

import spacy
from spacy.symbols import ORTH

ABBREVIATIONS = (
    "approx.", "est.", "ca.", "cf.", "incl.", "excl.", "avg.", "min.", "max.", "appr.",
    "art.", "arts.", "sec.", "secs.", "para.", "paras.", "ch.", "chap.", "cl.", "subpara.",
    "no.", "nos.", "vol.", "p.", "pp.", "fig.", "ref.", "res.", "reg.", "dec.", "doc.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
    "mln.", "bln.", "thous.", "yrs.", "mos.", "hrs.", "km.", "sq.",
)


@lru_cache(maxsize=1)
def _nlp():
    nlp = spacy.blank("en")
    for abbreviation in ABBREVIATIONS:
        for form in {abbreviation, abbreviation.capitalize(), abbreviation.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
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
