"""A short phrase saying what a figure quantifies, written for a chart label: the counted noun phrase for a
count ("allegations of torture", "police officers arrested"), "<penalty> for <offence>" for a sentence or fine
("prison term for organizing a rally"; who received it is extract.who's), and what a payment or a period is ("monthly minimum wage",
"time to appeal a decision").
"""

import re

from extract.count_category import predicate_noun, predicate_people
from extract.language_data import rule
from extract.mentions import Mention
from extract.vocabulary import NUMBER_WORDS_TO_TEN

MAX_WORDS = 8
PENALTIES = {"prison_term": "prison term", "probation": "probation", "administrative_arrest": "administrative arrest",
             "ban": "ban", "compulsory_work": "compulsory work", "fine": "fine"}
LABELS = {"bribe": "bribe", "wage": "wage", "money_other": "amount", "detention": "detention",
          "legal_time_limit": "legal time limit", "duration_other": "duration", "percent": "share", "ratio": "ratio",
          "age": "age", "other": "distance"}

_STOP = rule("en", "subject", "subject.stopword").pattern
_OF_LINK = rule("en", "subject", "subject.of_link").pattern
_VERB_FIRST = rule("en", "subject", "subject.verb_first").pattern
_PARTICIPLE = rule("en", "subject", "subject.participle").pattern
_OFFENCE = rule("en", "subject", "subject.offence").pattern
_ARTICLE = rule("en", "subject", "subject.article").pattern
_LAST_FOR = rule("en", "subject", "subject.dangling_word").pattern
_FINITE = rule("en", "subject", "subject.finite_verb").pattern
_ACTED_ON = rule("en", "subject", "subject.acted_on").pattern
_CROWD_VERB = rule("en", "subject", "subject.crowd_verb").pattern
_MONEY_NOUNS = rule("en", "subject", "subject.money_noun").pattern
_TO_WHOM = rule("en", "subject", "subject.to_whom").pattern
_TIME_TO = rule("en", "subject", "subject.time_to").pattern
_HELD_FOR = rule("en", "subject", "subject.held_for").pattern
_PRETRIAL = rule("en", "subject", "subject.pretrial").pattern
_SHARE_OF = rule("en", "subject", "subject.share_of").pattern
_CHANGE = rule("en", "subject", "subject.change").pattern
_AGE_OF = rule("en", "subject", "subject.age_of").pattern


def _clean(phrase: str) -> str:
    """Trim a phrase to a short label: no dangling preposition or article, at most MAX_WORDS words."""
    words = phrase.replace("’s", "’s").split()[:MAX_WORDS]
    text = " ".join(words).strip(" ,;:-–—(")
    while True:
        trimmed = _LAST_FOR.sub("", text)
        if trimmed == text:
            return text
        text = trimmed


# A bracketed aside right after a count.
_LEADING_BRACKETS = re.compile(r"^\s*\([^()]*\)")
# "of 40", "out of the three hundred": the total a count is part of.
_OF_TOTAL = re.compile(r"^\s+(?:of|out\s+of)\s+(?:the\s+)?(?:[\d,.]+|[a-z]+-?[a-z]*)(?:\s+(?:million|thousand))?(?=\s)",
                       re.IGNORECASE)
# "of them", "of whom": a part of people named before.
_OF_PRONOUN = re.compile(r"^\s+of\s+(?:them|whom|which|these|those|us)\b", re.IGNORECASE)
# "of the", "of their" before the noun a count counts.
_OF_DETERMINER = re.compile(r"^\s+of\s+(?:(?:the|these|those|their|its|all)\s+)?(?=[A-Za-z])")
# A hyphen right after a count.
_LEADING_HYPHEN = re.compile(r"^-")
# A word or a mark.
_NOUN_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
# A word's first character.
_WORD_START = re.compile(r"[\w’'-]")


def _noun_after(sentence: str, end: int) -> str:
    """The counted noun phrase right after a count: modifiers, head noun and one "of"/"about" complement."""
    rest = sentence[end:]
    rest = _LEADING_BRACKETS.sub("", rest)
    skip = _OF_TOTAL.match(rest)
    if skip and re.search(rf"\d|\b(?:{NUMBER_WORDS_TO_TEN}|twenty|thirty|forty|fifty|hundred|dozen)", skip.group(0),
                          re.IGNORECASE):
        rest = rest[skip.end():]
    else:
        if _OF_PRONOUN.match(rest):
            return ""
        rest = _OF_DETERMINER.sub(" ", rest)
    rest = _LEADING_HYPHEN.sub(" ", rest)
    words, linked = [], False
    for m in _NOUN_TOKEN.finditer(rest):
        token = m.group(0)
        if not _WORD_START.match(token) or len(words) >= MAX_WORDS:
            break
        if _OF_LINK.match(token) and words and not linked and not _VERB_FIRST.match(words[0]):
            linked = True
            words.append(token)
            continue
        if linked and token.lower() in ("the", "a", "an") and words[-1].lower() in ("of", "about", "into", "on"):
            continue
        if _STOP.match(token) or words and _FINITE.match(token):
            break
        if words and not linked and re.fullmatch(r"[a-z]+ed", token) and not words[-1].endswith("ly") and not re.match(
                r"^\s*(?:[,.;:)]|$|(?:by|in|at|for|during|from|on|after|since|under|over|last|this|and|or|but|while|"
                r"who|as|when|because)\b)",
                rest[m.end():]):
            break
        if linked and token.lower() == "of" and len(words) >= 4:
            break
        words.append(token)
    phrase = _clean(" ".join(words))
    if phrase and not _VERB_FIRST.match(phrase.split()[0]):
        participle = _PARTICIPLE.match(rest[len(" ".join(words)) + (len(rest) - len(rest.lstrip())):])
        if participle and len(phrase.split()) < MAX_WORDS:
            phrase = f"{phrase} {participle.group('verb')}"
    return phrase


def _action_after(text: str, more_words: int) -> str:
    """The first word after a count and up to `more_words` more, stopping at a conjunction or preposition;
    empty when the count is followed by punctuation instead of a word ("($5bn) rose")."""
    action = re.match(r"^\s*(?:[\w’'-]+(?:\s+(?!and\b|but\b|in\b|on\b|at\b|after\b|when\b|because\b)"
                      rf"[\w’'-]+){{0,{more_words}}})", text)
    return action.group(0).strip() if action else ""


def count_subject(sentence: str, start: int, end: int, inherited: str = "") -> str:
    """What a count counts; a count whose noun is left out ("compared to 84 in 2019", "five were forwarded")
    borrows the noun of the count before it."""
    phrase = _noun_after(sentence, end)
    first = phrase.split()[0] if phrase else ""
    if phrase and not _VERB_FIRST.match(first):
        acted = _ACTED_ON.search(sentence[max(0, start - 30):start])
        if acted and len(phrase.split()) < MAX_WORDS and not re.search(r"[a-z]ed$", phrase):
            return f"{phrase} {acted.group('verb').lower()}"
        return phrase
    named = predicate_noun(sentence[end:]) or predicate_people(sentence[end:])
    if named:
        return _clean(named)
    verb = _PARTICIPLE.match(sentence[end:])
    if inherited and first and not verb and _CROWD_VERB.match(first):
        head = re.split(r"\s+(?:of|about|into|against|on|for)\s+|\s+[a-z]+ed$", inherited)[0]
        action = _action_after(sentence[end:], 2)
        if action:
            return _clean(f"{head} who {action}")
    if inherited:
        head = re.split(r"\s+(?:of|about|into|against|on|for)\s+|\s+[a-z]+ed$", inherited)[0] \
            if verb or first else inherited
        tail = verb.group("verb") if verb else (first if first and re.fullmatch(r"[a-z]+ed", first) else "")
        return _clean(f"{head} {tail}".strip())
    if first and not (_CROWD_VERB.match(first) or len(phrase.split()) == 1):
        return phrase
    action = _action_after(sentence[end:], 3) if first else ""
    if action:
        return _clean(f"people who {action}")
    return "count"


def _offence(sentence: str, start: int, end: int) -> str | None:
    """What the penalty punishes: the first "for ..." after the mention, else one before it."""
    for m in list(_OFFENCE.finditer(sentence, end)) + list(_OFFENCE.finditer(sentence[:start])):
        offence = _clean(m.group("off"))
        if offence and offence[0].islower() and not re.match(r"^(?:the\s+)?(?:first|second|year|period|term|time|up|years?|months?|days?)\b",
                                    offence, re.IGNORECASE):
            return offence
    return None


def _penalty_label(category: str, sentence: str, end: int) -> str:
    """The penalty word for a category, with what a ban is on ("ban on leaving the country")."""
    label = PENALTIES[category]
    if category == "ban":
        on = re.match(r"^\W*(?:ban|prohibition)?\s*(?:on|from)\s+(?P<what>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})",
                      sentence[end:], re.IGNORECASE)
        if on:
            what = re.split(r"\s+(?:and|or|for|in|after|while|on|from|by|until)\b", on.group("what"))[0]
            return f"ban on {what}"
    return label


def penalty_subject(category: str, sentence: str, start: int, end: int) -> str:
    """"<penalty> for <offence>", else the penalty word (who it falls on is the `who` column, extract.who)."""
    label = _penalty_label(category, sentence, end)
    offence = _offence(sentence, start, end)
    return _clean(f"{label} for {offence}") if offence else label


def _money_subject(category: str, sentence: str, start: int, end: int) -> str:
    """The payment noun nearest an amount ("monthly minimum wage", "compensation to the victim")."""
    best, best_distance = None, float("inf")
    for m in _MONEY_NOUNS.finditer(sentence):
        if m.start() < end and start < m.end():
            continue
        distance = start - m.end() if m.end() <= start else (m.start() - end) * 0.8
        if distance < best_distance and distance < 90:
            best, best_distance = m, distance
    if best is None:
        return LABELS.get(category, "amount") if category != "money_other" else "amount"
    noun = best.group("noun").lower()
    whom = _TO_WHOM.match(sentence[best.end():]) or _TO_WHOM.match(sentence[end:])
    if whom and "compensation" in noun:
        return _clean(f"{noun} to {_ARTICLE.sub('', whom.group('whom'))}")
    return _clean(noun)


def _duration_subject(category: str, sentence: str, start: int, end: int) -> str:
    """What a period is: detention of whom, time to do what, or the period of what."""
    if category == "detention":
        return "pretrial detention" if _PRETRIAL.search(sentence) else "detention"
    time_to = _TIME_TO.match(sentence[end:])
    if time_to:
        return _clean(f"time to {time_to.group('verb')}")
    held = _HELD_FOR.search(sentence[max(0, start - 60):start])
    if held:
        return _clean(f"time {held.group('verb')}")
    tail = re.match(r"^\W*(?:of|on)\s+(?!the\b|a\b|an\b|early\b|late\b|mid)(?P<what>[a-z][\w’'-]*(?:\s+[\w’'-]+){0,4})",
                    sentence[end:], re.IGNORECASE)
    label = LABELS.get(category, category)
    if tail:
        what = _clean(re.split(r"\s+(?:and|or|but|while|which|that|for|after)\b", tail.group("what"))[0])
        return _clean(f"{label if category == 'legal_time_limit' else 'period'} of {what}")
    return label


def _percent_subject(sentence: str, end: int) -> str:
    """What a percentage is: a change ("increase in complaints") or a share of a group."""
    change = _CHANGE.match(sentence[end:])
    if change:
        return _clean(change.group("what"))
    share = _SHARE_OF.match(sentence[end:])
    if share:
        what = re.split(r"\s+(?:were|was|is|are|had|have|has|who|which|that|in|on|at|by|for|to|with|from|"
                        r"[a-z]+ed|said|made|say|says)\b", share.group("what"))[0]
        return _clean(f"share of {what}")
    return "share"


def subject_of(mention: Mention, sentence: str, start: int, end: int, category: str, inherited: str = "") -> str:
    """What the figure at [start, end) of sentence counts, pays or lasts, as a short chart label."""
    if mention.kind == "count":
        return count_subject(sentence, start, end, inherited)
    if category in PENALTIES:
        return penalty_subject(category, sentence, start, end)
    if mention.kind == "money":
        return _money_subject(category, sentence, start, end)
    if mention.kind == "duration":
        return _duration_subject(category, sentence, start, end)
    if mention.kind == "percent":
        return _percent_subject(sentence, end)
    if mention.kind == "age":
        who = _AGE_OF.search(sentence[end:end + 40]) or _AGE_OF.search(sentence[max(0, start - 40):start])
        return f"age of {who.group('who').lower()}" if who else "age"
    return LABELS.get(category, category)
