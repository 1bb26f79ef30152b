"""Which language a paragraph is in, told from its letters: Latin script is English, Cyrillic is Russian
unless it holds letters only Kazakh uses and Kazakh words rather than Russian ones (extract/lang/*/detect.yaml).
The extractor reads English and Russian; Kazakh is recognised so that what was skipped can be said."""

import re
import string
from collections import Counter
from functools import lru_cache

from extract.language_data import words

SUPPORTED = ("en", "ru")
# A share of Kazakh-only letters among Cyrillic ones above this marks Kazakh (a Kazakh name in Russian does not).
KAZAKH_SHARE = 0.03
KAZAKH_MIN_LETTERS = 2
# A paragraph shorter than this (in characters) in another language than the document's is furniture (a site's
# navigation or sharing line) unless it sits in a block of that language with a longer paragraph.
SHORT_LINE = 160


def _kazakh_letters() -> frozenset[str]:
    return frozenset(words("kk", "detect", "specific_letters"))


def _function_words(language: str) -> frozenset[str]:
    return frozenset(words(language, "detect", "function_words"))


_LETTER = r"[^\W\d_]"
_LATIN = re.compile(rf"(?=[\x00-\u024f]){_LETTER}")
_CYRILLIC = re.compile(rf"(?=[\u0400-\u04ff]){_LETTER}")
_ANY_LETTER = re.compile(_LETTER)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = string.ascii_letters.encode()


def _script_letters(text: str) -> tuple[int, int, int]:
    """(latin, cyrillic, other) letters of a text. Each is told by its own character alone, so the ASCII ones (all
    Latin, and letters exactly when in A-Z or a-z) are counted in bulk by deleting the letters from their bytes, and
    the other characters are counted, each distinct one told once by the regular expressions (_script_of): most of
    an English text is ASCII, a Russian one repeats a few dozen letters."""
    rest = "".join(_NON_ASCII.findall(text)) if not text.isascii() else ""
    ascii_part = text.encode("ascii", "ignore")
    latin, cyrillic, other = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS)), 0, 0
    for char, n in Counter(rest).items():
        is_latin, is_cyrillic, is_other = _script_of(char)
        latin, cyrillic, other = latin + is_latin * n, cyrillic + is_cyrillic * n, other + is_other * n
    return latin, cyrillic, other


@lru_cache(maxsize=4096)
def _script_of(char: str) -> tuple[int, int, int]:
    """(latin, cyrillic, other): 1 for the script a character is a letter of, as the expressions tell it, else 0."""
    latin, cyrillic = int(_LATIN.match(char) is not None), int(_CYRILLIC.match(char) is not None)
    return latin, cyrillic, int(_ANY_LETTER.match(char) is not None) - latin - cyrillic


@lru_cache(maxsize=4096)
def letter_counts(text: str) -> Counter:
    """Letters of a text by script: latin, cyrillic, kazakh (Kazakh-only letters, also counted as cyrillic), other;
    with Kazakh letters, also its frequent Kazakh and Russian words (kk_words, ru_words). Counted by regular
    expressions (a paragraph is read several times, so the counts are cached; callers must not change them)."""
    latin, cyrillic, other = _script_letters(text)
    counts = Counter(latin=latin, cyrillic=cyrillic, other=other)
    if cyrillic:
        counts["kazakh"] = sum(text.count(ch) for ch in _kazakh_letters())
    if counts["kazakh"]:
        tokens = re.findall(r"\w+", text.lower())
        counts["kk_words"] = sum(t in _function_words("kk") for t in tokens)
        counts["ru_words"] = sum(t in _function_words("ru") for t in tokens)
    return counts


def language_of_counts(counts: Counter) -> str | None:
    """The language of a text with these letter counts: en, ru, kk, other, or None for a text without letters."""
    latin, cyrillic, other = counts["latin"], counts["cyrillic"], counts["other"]
    if not latin + cyrillic + other:
        return None
    if latin >= cyrillic and latin >= other:
        return "en"
    if cyrillic >= other:
        kazakh = counts["kazakh"] > max(KAZAKH_MIN_LETTERS, KAZAKH_SHARE * cyrillic)
        return "kk" if kazakh and counts["kk_words"] >= counts["ru_words"] else "ru"
    return "other"


def language_of(text: str) -> str | None:
    """The language of one paragraph, or None when it has no letters (a table row of numbers)."""
    return language_of_counts(letter_counts(text))


def document_language(paragraphs: list[str]) -> str:
    """The language of most of a document's text: that of the paragraphs holding most letters (each paragraph
    told apart on its own, so Russian paragraphs beside Kazakh ones stay Russian); English without letters."""
    letters = Counter()
    for text in paragraphs:
        counts = letter_counts(text)
        language = language_of_counts(counts)
        if language:
            letters[language] += counts["latin"] + counts["cyrillic"] + counts["other"]
    return max(letters, key=letters.get) if letters else "en"


def furniture_flags(paragraphs: list[str], languages: list[str | None], main: str) -> list[bool]:
    """For each paragraph, whether it is furniture: in a language the extractor does not read, or short, in
    another language than the document's and not part of a block of that language holding a longer paragraph
    (so a site's lines at the start or end, or one stray line, stay out; a translated section comes in)."""
    flags = [lang is not None and lang not in SUPPORTED and lang != "kk" for lang in languages]
    block: list[int] = []
    for index in [i for i, lang in enumerate(languages) if lang is not None] + [None]:
        lang = languages[index] if index is not None else None
        if block and (index is None or lang != languages[block[0]]):
            if languages[block[0]] != main and all(len(paragraphs[i].strip()) < SHORT_LINE for i in block):
                for i in block:
                    flags[i] = True
            block = []
        if index is not None:
            block.append(index)
    return flags
