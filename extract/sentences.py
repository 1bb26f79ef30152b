"""Sentence boundaries of English paragraphs by punctuation, without a language model or a tokenizer library.

A sentence ends after a full stop, question or exclamation mark that stands as a word piece of its own — not the
point of "U.S.", "5.3" or a listed abbreviation ("approx. $8,000", "Mr. Smith", extract/lang/en/sentences.yaml) —
and the next one starts at the first word after it that is not punctuation, as spaCy's rule-based sentencizer
splits (the splitter this replaces, and whose splits it keeps): quotes and brackets closing the sentence stay with it.
Each paragraph is scanned once, in time linear in its length.
"""

import re
import unicodedata
from functools import cache, lru_cache

from extract.language_data import mapping, words

# Characters that end a sentence when they stand alone ("fined.", "Why?", "No!", and other scripts' stops).
FINAL = ".!?؟۔।॥。！？．｡‼‽⁇⁈⁉"
# Punctuation split off the start or end of a word ("(five", "five),", "“Five”").
_BRACKETS = "…,:;!?¿؟¡()[]{}<>_#*&。？！，、；：～·।،۔؛٪"
_QUOTES = "'\"”“`‘´’‚,„»«「」『』（）〔〕【】《》〈〉⟦⟧"
_PREFIX_ONLY = "§%=—–"
_SUFFIX_ONLY = "—–"
# A full stop is split off a word after these (and after a digit or lower-case letter): "5.", "60%.", "(ten).".
_BEFORE_STOP = set(_BRACKETS + _QUOTES + "%²-+(?:)")
# Words of 40 characters or more (links, runs of symbols) are read as plain words ended by their last character.
LONG_WORD = 40
_CHUNKS_WITH_FINAL = re.compile(rf"(?<!\S)\S*[{re.escape(FINAL)}]\S*")
_CHUNK = re.compile(r"\S+")
_URL = re.compile(r"(?:[\w+.-]{2,}://)?(?:\S+@)?(?:[^\W_](?:[\w-]{0,62}[^\W_])?\.)+[a-zà-ÿа-я]{2,63}(?::\d{2,5})?"
                  r"(?:[/?#]\S*)?")
_INFIX = re.compile(r"\.\.+|…|(?<=[0-9])[+\-*^](?=[0-9-])|(?<=[^\W\d_]),(?=[^\W\d_])"
                    r"|(?<=[^\W_])(?:---|--|——|[-–—~])(?=[^\W\d_])|(?<=[^\W_])[:<>=/](?=[^\W\d_])|(?<=\S)\.(?=\S)")


@cache
def _kept_whole() -> frozenset[str]:
    """Words whose full stop stays inside them: the listed abbreviations in their written forms, and the currency
    signs written with one before an amount ("Rs. 5,000", "Kshs. 20,000"; extract/lang/en/money.yaml)."""
    forms = set(words("en", "sentences", "as_written"))
    forms |= {sign for sign in mapping("en", "money", "signs_before") if sign.endswith(".")}
    for word in words("en", "sentences", "before_numbers"):
        forms |= {word, word.capitalize(), word.upper()}
    forms |= {f"{hour}{word}" for hour in range(1, 13) for word in words("en", "sentences", "after_hour")}
    forms |= set(words("en", "sentences", "clitics"))
    return frozenset(forms)


def _is_punct(piece: str) -> bool:
    return all(unicodedata.category(ch).startswith("P") for ch in piece)


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch) == "So"


def _prefix(word: str, a: int, b: int) -> int:
    """Length of the punctuation that opens word[a:b], else 0."""
    ch = word[a]
    if ch == "." and b - a > 1 and word[a + 1] == ".":
        end = a + 2
        while end < b and word[end] == ".":
            end += 1
        return end - a
    if ch in _BRACKETS or ch in _QUOTES or ch in _PREFIX_ONLY or _is_symbol(ch) or unicodedata.category(ch) == "Sc":
        return 1
    if ch == "+" and not (b - a > 1 and word[a + 1].isdigit()):
        return 1
    return 0


def _suffix(word: str, a: int, b: int) -> int:
    """Length of the punctuation that closes word[a:b], else 0; a full stop only after a digit, a lower-case
    letter, a sign or a bracket, or after two capitals ("EU.")."""
    ch = word[b - 1]
    if ch == "." and b - a > 1 and word[b - 2] == ".":
        start = b - 2
        while start > a and word[start - 1] == ".":
            start -= 1
        return b - start
    if b - a > 2 and word[b - 2] in "'’" and ch in "sS":
        return 2
    if ch in _BRACKETS or ch in _QUOTES or ch in _SUFFIX_ONLY or _is_symbol(ch):
        return 1
    if b - a > 1 and word[b - 2].isdigit() and (ch == "+" or unicodedata.category(ch) == "Sc"):
        return 1
    if ch == "." and b - a > 1:
        before = word[b - 2]
        if before.isdigit() or before.islower() or before in _BEFORE_STOP:
            return 1
        if b - a > 2 and before.isupper() and word[b - 3].isupper():
            return 1
        if b - a > 2 and word[b - 3] == "°" and before in "FfCcKk":
            return 1
    return 0


def _infix_pieces(word: str, a: int, b: int) -> list[tuple[int, int]]:
    """word[a:b] cut at inner punctuation: an ellipsis, "word.Word", hyphens and slashes between letters."""
    if _URL.fullmatch(word, a, b):
        return [(a, b)]
    pieces, start = [], a
    for m in _INFIX.finditer(word, a, b):
        if m.group() == "." and not _stop_between(word[m.start() - 1], word[m.end()]):
            continue
        if m.start() > start:
            pieces.append((start, m.start()))
        if m.end() > m.start():
            pieces.append((m.start(), m.end()))
        start = m.end()
    if start < b:
        pieces.append((start, b))
    return pieces if word.isascii() else [cut for a, b in pieces for cut in _symbols_cut(word, a, b)]


def _symbols_cut(word: str, a: int, b: int) -> list[tuple[int, int]]:
    """word[a:b] cut before and after each symbol in it ("5№p.m.")."""
    cuts = [i for i in range(a, b) if _is_symbol(word[i])]
    bounds = sorted({a, b, *cuts, *(i + 1 for i in cuts)})
    return list(zip(bounds, bounds[1:]))


def _stop_between(before: str, after: str) -> bool:
    """Whether a full stop between these letters splits a word ("fined.The")."""
    return (before.islower() or before in _QUOTES) and (after.isupper() or after in _QUOTES)


@lru_cache(maxsize=8192)
def word_pieces(word: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the pieces a word splits into: the punctuation it opens and closes with, peeled one at a
    time unless what is left is a listed abbreviation, and its middle cut at inner punctuation; a listed
    abbreviation is one piece wherever it stands (cached: most words of a text come back)."""
    kept = _kept_whole()
    if len(word) >= LONG_WORD:
        last = len(word) - 1
        return ((0, last), (last, len(word))) if word[last] in FINAL else ((0, len(word)),)
    if word in kept:
        return ((0, len(word)),)
    a, b = 0, len(word)
    front, back = [], []
    while a < b:
        if word[a:b] in kept:
            break
        size = b - a
        pre = _prefix(word, a, b)
        if pre and word[a + pre:b] in kept:
            front.append((a, a + pre))
            a += pre
            break
        suf = _suffix(word, a + pre, b)
        if suf and word[a:b - suf] in kept:
            back.append((b - suf, b))
            b -= suf
            break
        if pre and suf and pre + suf <= size:
            front.append((a, a + pre))
            back.append((b - suf, b))
            a, b = a + pre, b - suf
        elif pre:
            front.append((a, a + pre))
            a += pre
        elif suf:
            back.append((b - suf, b))
            b -= suf
        if b - a == size or word[a:b] in kept:
            break
    middle = [] if a >= b else [(a, b)] if word[a:b] in kept else _infix_pieces(word, a, b)
    return tuple(_abbreviations_joined(word, front + middle + back[::-1], kept))


def _abbreviations_joined(word: str, pieces: list[tuple[int, int]], kept: frozenset[str]) -> list[tuple[int, int]]:
    """The pieces with a listed word cut in two joined again ("X-Inc.", "end.Mr.", "’s—")."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if out and out[-1][1] == a and word[out[-1][0]:b] in kept:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of one paragraph, trailing spaces excluded."""
    starts = [0]
    pos = 0
    for m in _CHUNKS_WITH_FINAL.finditer(text):
        if m.start() < pos:
            continue
        pos = _next_start(text, m.start(), m.end(), starts)
    out = []
    for a, b in zip(starts, starts[1:] + [len(text)]):
        end = a + len(text[a:b].rstrip())
        if end > a:
            out.append((a, end))
    return out


def _next_start(text: str, start: int, end: int, starts: list[int]) -> int:
    """Walk the pieces of the word at [start, end) and the words after it while a sentence end waits for the word
    that opens the next sentence; record each sentence start; return where the walk stopped."""
    waiting = False
    while True:
        word = text[start:end]
        for a, b in word_pieces(word):
            piece = word[a:b]
            if waiting and not (len(word) < LONG_WORD and _is_punct(piece)):
                starts.append(start + a)
                waiting = False
            elif len(piece) == 1 and piece in FINAL:
                waiting = True
        if not waiting:
            return end
        gap = _CHUNK.search(text, end)
        space_end = gap.start() if gap else len(text)
        if space_end - end > 1 or space_end > end and text[end] != " ":
            starts.append(end + (text[end] == " "))
            return end
        if not gap:
            return end
        start, end = gap.start(), gap.end()


def split_sentences(paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) offsets of its sentences, trailing spaces excluded."""
    return [sentence_spans(paragraph) for paragraph in paragraphs]
