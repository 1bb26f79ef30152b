"""English lemmas by the suffix rules of extract/lang/en/features.yaml ("prisoners" -> "prisoner"): one place for
the meaning model's features and the rules that compare words whatever their number (extract.period)."""

from functools import lru_cache

from extract.language_data import words

_LANGUAGE = "en"


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """A word's lemma by the language's suffix rules ("prisoners" -> "prisoner", "detained" -> "detain"); cached, as
    the same words recur in every sentence."""
    word = word.lower().replace("’", "'")
    if word in words(_LANGUAGE, "features", "lemma_keep"):
        return word
    for pair in words(_LANGUAGE, "features", "lemma_suffixes"):
        suffix, replacement = pair.split(">")
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[:-len(suffix)] + replacement
    return word
