"""Sentence boundaries from spaCy's rule-based sentencizer (no model download needed).

Abbreviations that reports write before numbers ("approx. $8,000", "Art. 5", "No. 12") are kept whole,
so the period inside them does not end a sentence.
"""

import re
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


# spaCy's tokenizer takes time growing with the square of a word's length, and refuses texts over a million
# characters: a word longer than LONG_WORD is masked (same length, so offsets hold) and a paragraph is read in
# pieces of about PIECE characters cut after a full stop or at a space.
LONG_WORD = re.compile(r"\S{40,}")
PIECE = 50_000


def _masked(text: str) -> str:
    """The text with each very long word replaced by letters, its last character kept (a full stop ends it)."""
    return LONG_WORD.sub(lambda m: "x" * (len(m.group()) - 1) + m.group()[-1], text)


def _pieces(text: str) -> list[int]:
    """Offsets where the pieces of a paragraph start: near every PIECE characters, after a full stop and a space
    when there is one, else after a space."""
    starts = [0]
    while len(text) - starts[-1] > PIECE:
        lo, hi = starts[-1] + PIECE // 2, starts[-1] + PIECE
        stop = text.rfind(". ", lo, hi)
        cut = stop + 1 if stop > 0 else text.rfind(" ", lo, hi)
        starts.append(cut + 1 if cut > 0 else hi)
    return starts


def split_sentences(paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) offsets of its sentences, trailing spaces excluded."""
    offsets = [_pieces(p) for p in paragraphs]
    texts = (_masked(p[a:b]) for p, starts in zip(paragraphs, offsets) for a, b in zip(starts, starts[1:] + [len(p)]))
    docs = _nlp().pipe(texts, batch_size=256)
    out = []
    for starts in offsets:
        spans = []
        for base in starts:
            for sent in next(docs).sents:
                start = sent.start_char
                end = start + len(sent.text.rstrip())
                if end > start:
                    spans.append((base + start, base + end))
        out.append(spans)
    return out
