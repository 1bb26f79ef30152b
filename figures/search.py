"""Text search that finds a Russian word in any inflected form ("штраф" finds "штрафа", "штрафов"): the query
and each Russian figure's subject, sentence and mention are compared as pymorphy3 lemmas."""

import re
from functools import lru_cache

import pandas as pd

from extract.ru.lemmas import lemma

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
CYRILLIC = re.compile(r"[а-яё]", re.I)


@lru_cache(maxsize=200_000)
def lemma_words(text: str) -> str:
    """A text as its words' lemmas, each after a space ("Сумма штрафов" -> " сумма штраф"); cached, as the same
    sentences are searched again and again (bounded, for a long-running dashboard)."""
    return "".join(f" {lemma(word)}" for word in _WORD.findall(text))


def lemma_matches(texts: pd.Series, query: str) -> pd.Series:
    """Whether each text holds the query's words in any inflected form, in order, each word matched at the start
    of a word ("журналист" finds "журналистов" and "журналистка"); all False for a query without Russian words."""
    wanted = lemma_words(query)
    if not CYRILLIC.search(wanted):
        return pd.Series(False, index=texts.index)
    return texts.map(lambda text: wanted in lemma_words(text))
