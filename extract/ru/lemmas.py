"""Russian words as lemmas (pymorphy3), so cue rules written once match every case, number and gender."""

import re
from functools import cache, lru_cache

import pymorphy3

_TOKEN = re.compile(r"\d+(?:[ \u00a0\u202f\u2009]\d{3})*(?:,\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*|#|[^\s\w]")


# A lower-case Cyrillic letter: a word pymorphy3 reads.
_CYRILLIC = re.compile(r"[а-яё]")


@cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def _parses(word: str) -> tuple:
    """pymorphy3's readings of a lower-case word, best first: read once for every question asked of the word (the
    recent words only: readings are large, and a corpus's vocabulary is not bounded)."""
    return tuple(_analyzer().parse(word))


@cache
def lemma(word: str) -> str:
    """The dictionary form of a word, lower-case ("штрафом" -> "штраф"); other scripts and marks as they are."""
    word = word.lower()
    if not _CYRILLIC.search(word):
        return word
    return _parses(word)[0].normal_form


@cache
def lemmas_of(word: str) -> tuple[str, ...]:
    """Every dictionary form a word may have ("сорока" is the numeral "сорок" and the bird "сорока")."""
    return tuple(dict.fromkeys(p.normal_form for p in _parses(word.lower())))


def lemma_text(text: str) -> str:
    """A text as its lemmas joined by spaces; numbers read "N", a figure marked "#" stays "#"."""
    return " ".join("N" if tok[0].isdigit() else lemma(tok) for tok in _TOKEN.findall(text))


_VERB_TAGS = frozenset({"INFN", "VERB", "PRTS", "GRND"})


@cache
def _is_verb(word: str) -> bool:
    return bool(_CYRILLIC.search(word)) and _parses(word)[0].tag.POS in _VERB_TAGS


def has_verb(text: str) -> bool:
    """Whether a text holds a verb, short participle or gerund (a full participle is read as an adjective):
    counts with none between them ("в Озёрске (41 человек),
    Лесном (38 человек)") share the verb of the first."""
    return any(_is_verb(tok.lower()) for tok in _TOKEN.findall(text))


_FINITE_TAGS = frozenset({"VERB", "PRTS"})


@cache
def _is_finite(word: str) -> bool:
    return bool(_CYRILLIC.search(word)) and _parses(word)[0].tag.POS in _FINITE_TAGS


def finite_verbs(text: str) -> frozenset[str]:
    """The lemmas of a text's verbs in a person and short participles: its predicates ("предстанут" -> "предстать")."""
    return frozenset(lemma(tok) for tok in _TOKEN.findall(text) if _is_finite(tok.lower()))


def has_finite_verb(text: str) -> bool:
    """Whether a text holds a verb in a person or a short participle ("арестовали", "арестован"), not only an
    infinitive ("и арестовать на 20 суток" leans on the verb before it)."""
    return any(_is_finite(tok.lower()) for tok in _TOKEN.findall(text))


@cache
def _is_unreal(word: str) -> bool:
    """Whether a word is a verb in the third person future ("составит", "будут"; not "напомним") or a generic
    present passive ("налагается")."""
    if not _CYRILLIC.search(word):
        return False
    tag = _parses(word)[0].tag
    return tag.POS == "VERB" and "3per" in tag and ("futr" in tag or ("pres" in tag and word.endswith(("ся", "сь"))))


def has_unreal_verb(text: str, spared: frozenset[str] = frozenset()) -> bool:
    """Whether a text holds a verb in the future or a generic present passive, other than those whose lemma is
    `spared`: a penalty said so ("размер штрафа составит", "налагается штраф") is what a rule sets, not what
    happened; a report's own verb ("как сообщается") says nothing of the penalty."""
    return any(_is_unreal(tok.lower()) and lemma(tok) not in spared for tok in _TOKEN.findall(text))


@cache
def _is_plural_future(word: str) -> bool:
    """Whether a word is a verb in the third person plural future ("оштрафуют")."""
    if not _CYRILLIC.search(word):
        return False
    tag = _parses(word)[0].tag
    return tag.POS == "VERB" and {"3per", "plur", "futr"} in tag


def has_plural_future(text: str, verbs: frozenset[str]) -> bool:
    """Whether a text holds one of the `verbs` (lemmas) in the third person plural future: the indefinite person a
    rule is told in ("водителей оштрафуют на 15 МРП": whoever does so will be fined)."""
    return any(_is_plural_future(tok.lower()) and lemma(tok) in verbs for tok in _TOKEN.findall(text))


# A full participle, and an adverbial one (a gerund): each opens an aside, not a predicate.
_PARTICIPLE_TAGS = frozenset({"PRTF", "GRND"})


@cache
def _is_participle(word: str) -> bool:
    return bool(_CYRILLIC.search(word)) and _parses(word)[0].tag.POS in _PARTICIPLE_TAGS


def opens_with_participle(text: str) -> bool:
    """Whether a text's first word is a full or an adverbial participle ("пострадавший при взрыве", "отбывающих
    наказание", "уплатив штраф")."""
    first = next((tok for tok in _TOKEN.findall(text) if tok[0].isalpha()), None)
    return first is not None and _is_participle(first.lower())


_MODIFIER_TAGS = frozenset({"ADJF", "PRTF"})
_JOINS = frozenset({"и", "или"})
# How many adjectives or participles may stand between a figure and the noun it counts.
MODIFIERS_MAX = 4


def _forms(word: str, tags: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The (case, number) pairs a word may have as one of `tags`."""
    return frozenset((p.tag.case, p.tag.number) for p in _parses(word) if p.tag.POS in tags)


def counted_noun_text(text: str) -> str | None:
    """The lemma text of a figure's words (the figure marked "#") with the adjectives and participles right after
    the figure left out, when a noun follows them that agrees with them all in the case and number the first
    reads best: "140 достроенных жилых домов" reads "# дом", so a noun rule reads the noun counted; "шестерых
    заключённых исправительной колонии" and "пяти осуждённых колонии" keep the participle, which counts people.
    None when no such words stand there."""
    tokens = _TOKEN.findall(text)
    if "#" not in tokens:
        return None
    at = tokens.index("#") + 1
    modifiers, i = [], at
    while i < len(tokens) and len(modifiers) < MODIFIERS_MAX:
        word = tokens[i].lower()
        if word in _JOINS and modifiers:
            i += 1
            continue
        forms = _forms(word, _MODIFIER_TAGS) if _CYRILLIC.search(word) else frozenset()
        best = _parses(word)[0].tag if forms else None
        if best and best.POS in _MODIFIER_TAGS:
            modifiers.append(forms if modifiers else frozenset({(best.case, best.number)}))
            i += 1
            continue
        noun = _forms(word, frozenset({"NOUN"})) if _CYRILLIC.search(word) else frozenset()
        if not modifiers or not noun.intersection(*modifiers):
            return None
        return lemma_text(" ".join(tokens[:at] + tokens[i:]))
    return None
