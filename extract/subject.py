"""A short phrase saying what a figure quantifies, written for a chart label: the counted noun phrase for a
count ("allegations of torture", "police officers arrested"), "<penalty> for <who>" for a sentence or fine
("prison term for activist Ann Lee"), and what a payment or a period is ("monthly minimum wage",
"time to appeal a decision").
"""

import re

from extract.count_category import predicate_noun, predicate_people
from extract.mentions import Mention
from extract.vocabulary import NUMBER_WORDS_TO_TEN, NUMBER_WORDS_TWO_TO_TEN

MAX_WORDS = 8
PENALTIES = {"prison_term": "prison term", "probation": "probation", "administrative_arrest": "administrative arrest",
             "ban": "ban", "compulsory_work": "compulsory work", "fine": "fine"}
LABELS = {"bribe": "bribe", "wage": "wage", "money_other": "amount", "detention": "detention",
          "legal_time_limit": "legal time limit", "duration_other": "duration", "percent": "share", "ratio": "ratio",
          "age": "age", "other": "distance"}

_STOP = re.compile(r"^(?:was|were|is|are|had|has|have|who|which|that|whom|in|on|at|by|from|during|after|before|since|"
                   r"because|while|when|to|and|or|but|as|with|for|than|compared|including|throughout|each|per|it|they|"
                   r"he|she|would|will|could|may|might|must|can|did|do|does|respectively|also|reportedly|still|being|"
                   r"over|under|between|among|within|without|across|through|until|if|where|whose|this|these|those|"
                   r"a|an|the|not|only|all|both|again|about|its|their|his|her)$", re.IGNORECASE)
_OF_LINK = re.compile(r"^(?:of|about|into|against|on|for)$", re.IGNORECASE)
_VERB_FIRST = re.compile(r"^(?:took|died|resulted|remained|required|fled|left|received|reported|lost|went|came|"
                         r"joined|attended|gathered|protested|marched|rallied|signed|stayed|returned|became|had|have|"
                         r"has|were|was|are|is|remain|continue[sd]?|needed|suffered|faced|said|\w+ed)$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"^\s*,?\s*(?:who\s+|that\s+)?(?:were|was|had\s+been|have\s+been|has\s+been|are|is)\s+"
                         r"(?:(?:also|reportedly|later|subsequently|allegedly|still|then)\s+)?"
                         r"(?P<verb>[a-z]+ed|held|killed|beaten|taken|hurt|shot|given|found|seen|sent|put|kept|"
                         r"brought|driven|thrown|made|known|born)\b", re.IGNORECASE)
_NAME = r"(?:[A-Z][a-zà-ÿ’'-]+(?:\s+(?:[A-Z][a-zà-ÿ’'-]+|al-\w+|bin|de|van|von|ibn)){1,3})"
_ROLE = (r"(?:(?i:former|opposition|civic|civil|land|rights|human\s+rights|independent|local|prominent|well-known|"
         r"young|elderly|pro-democracy|political|environmental|labou?r|religious|student|youth)\s+)*"
         r"(?:activist|journalist|blogger|lawyer|attorney|judge|poet|artist|politician|leader|official|officer|"
         r"director|chair(?:man|woman|person)?|head|member|pastor|imam|priest|student|teacher|doctor|writer|editor|"
         r"reporter|businessman|businesswoman|woman|man|resident|defender|protester|demonstrator|worker|farmer|"
         r"governor|mayor|deputy|candidate|believer|citizen|singer|rapper|musician|scholar|researcher|professor|"
         r"trader|driver|user|critic|dissident|monk|nun|son|daughter|wife|husband|brother|sister|mother|father|"
         r"men|women|people|persons|individuals)(?:e?s)?")
_COUNT_WORD = rf"(?i:{NUMBER_WORDS_TWO_TO_TEN}|\d+)"
_WHO = rf"(?:(?:the|a|an)\s+)?(?:{_COUNT_WORD}\s+)?(?:{_ROLE}\s+{_NAME}|{_NAME}|{_ROLE})"
_WHO_AFTER_VERB = re.compile(rf"\b(?:sentenced|fined|convicted|handed|gave|ordered|jailed|imprisoned|punished|"
                             rf"banned|barred|placed)\s+(?P<who>{_WHO})\b")
_WHO_BEFORE_VERB = re.compile(
    rf"(?P<who>{_WHO})(?:,[^,;]{{0,80}},)?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+"
    rf"(?:(?:also|later|subsequently|each|then)\s+)?(?:sentenced|fined|convicted|jailed|given|ordered|handed|placed|"
    rf"imprisoned|punished|banned|barred|detained|arrested|held)|received|got|faced|faces|served|serves|paid|spent|remained)\b")
_WHO_IMPOSED_ON = re.compile(rf"\bimposed\s+on\s+(?P<who>{_WHO})\b|\bon\s+(?P<who2>{_NAME})\s+an?\b")
_NOT_WHO = re.compile(r"\b(?:Court|Office|Ministry|Prosecutor|Committee|Council|Agency|Service|Department|Police|"
                      r"Government|Parliament|Tribunal|Bureau|Commission|The|In|On|During|By|According)\b")
_OFFENCE = re.compile(r"\bfor\s+(?!(?:(?:a|an|the)\s+)?(?:up\s+to|more\s+than|less\s+than|over|at\s+least|about|nearly|"
                      rf"some|approximately|almost|another|additional|further)?\s*(?:\d|{NUMBER_WORDS_TO_TEN}|"
                      r"a\s+period|a\s+term|period|term|example|instance|the\s+next|"
                      r"the\s+following|the\s+past|the\s+last|the\s+first|years?|months?|days?|life)\b)"
                      r"(?:(?:his|her|their|its)\s+(?:role|part|participation)\s+in\s+)?"
                      r"(?P<off>[a-z][\w’'-]*(?:\s+(?!and\b|in\b|under\b|after\b|while\b|at\b|on\b|during\b|but\b|"
                      r"was\b|were\b|is\b|are\b|which\b|that\b|who\b|when\b|because\b)"
                      r"[\w’'-]+){0,5})", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LAST_FOR = re.compile(r"\s+(?:for|of|to|on|in|a|an|the|and|or|by|with|at|from|its|his|her|their|against|into|"
                       r"about|was|were|is|are|likely)$", re.IGNORECASE)
# Finite verbs that end a counted noun phrase ("foreign citizens received asylum", "parents lost custody").
_FINITE = re.compile(r"^(?:said|says|made|lost|took|became|remained|fled|left|went|saw|gave|got|knew|began|rotate|"
                     r"rotates|supported|experienced|received|reported|faced|suffered|continued|needed|wanted|"
                     r"likely|still|never|often|usually|already|annually|each|every)$", re.IGNORECASE)
_ACTED_ON = re.compile(r"\b(?P<verb>detained|arrested|killed|injured|wounded|convicted|sentenced|fined|released|"
                       r"deported|abducted|expelled|evicted|dismissed|fired|charged|prosecuted|tortured|executed)\s+"
                       r"(?:(?:at\s+least|more\s+than|about|some|nearly|over|approximately|almost|an\s+estimated)\s+)?$",
                       re.IGNORECASE)
_CROWD_VERB = re.compile(r"^(?:took|fled|died|protested|marched|rallied|gathered|joined|attended|signed|left|went|came|"
                         r"remained|lost|required|resulted|stayed|returned|turned|assembled|demonstrated)$",
                         re.IGNORECASE)
_MONEY_NOUNS = re.compile(
    r"\b(?P<noun>(?:(?:monthly|annual|average|national|minimum|basic|daily|weekly|hourly|pension|state|"
    r"one-time|lump-sum)\s+){0,3}(?:wages?|salar(?:y|ies)|pensions?|poverty\s+line|subsistence\s+minimum|"
    r"compensation|damages|bail|bond|budget|grants?|funding|funds|debts?|loans?|costs?|prices?|fees?|"
    r"ransom|benefits?|allowances?|payments?|bribes?|taxes|tax|investments?|aid|assistance|revenues?|income|"
    r"reward|bounty|donations?|spending|award))\b", re.IGNORECASE)
_TO_WHOM = re.compile(rf"^\s*(?:to|for)\s+(?P<whom>{_WHO}|(?:the\s+)?(?:victims?|famil(?:y|ies)|relatives|"
                      rf"workers|employees)(?:[’']s\s+(?:family|families|relatives|parents|widow|children|heirs))?"
                      rf"(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+)?)?)")
_TIME_TO = re.compile(r"^\W*(?:(?:\w+\s+)?(?:in|within)\s+which\s+|(?:needed|given|allowed|required|granted)\s+)?"
                      r"to\s+(?!the\b|a\b|an\b|\d)(?P<verb>[a-z]+(?:\s+(?!and\b|or\b|"
                      r"within\b|after\b|before\b|if\b)[\w’'-]+){0,4})", re.IGNORECASE)
_HELD_FOR = re.compile(r"\b(?P<verb>(?:held|kept|detained|hold|keep|detain|spent|spend|spending|lasted|worked|"
                       r"waited|stayed|remained|served)\b(?:\s+[\w’'-]+){0,3}?)\s+(?:for|in)\s+(?:up\s+to\s+|about\s+|"
                       r"more\s+than\s+|over\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_PRETRIAL = re.compile(r"\bpre-?trial\b", re.IGNORECASE)
_SHARE_OF = re.compile(r"^\s*(?:of|among)\s+(?:the\s+|all\s+)?(?P<what>[a-z][\w’'-]*(?:\s+(?:of\s+)?[\w’'-]+){0,4})",
                       re.IGNORECASE)
_CHANGE = re.compile(r"^\s*(?P<what>(?:increase|decrease|rise|drop|fall|decline|reduction|growth|cut|jump)"
                     r"(?:\s+in\s+(?:the\s+(?:number|share|rate)\s+of\s+)?[\w’'-]+(?:\s+(?!compared|from|since|"
                     r"over|on|in|to)[\w’'-]+)?)?)", re.IGNORECASE)
_AGE_OF = re.compile(r"(?P<who>(?:[a-z]+\s+)?(?:girl|boy|woman|man|child|student|victim|activist|journalist|"
                     r"son|daughter|resident|bride|worker|teenager|prisoner|detainee|suspect))\b", re.IGNORECASE)


def _clean(phrase: str) -> str:
    """Trim a phrase to a short label: no dangling preposition or article, at most MAX_WORDS words."""
    words = phrase.replace("’s", "’s").split()[:MAX_WORDS]
    text = " ".join(words).strip(" ,;:-–—(")
    while True:
        trimmed = _LAST_FOR.sub("", text)
        if trimmed == text:
            return text
        text = trimmed


def _noun_after(sentence: str, end: int) -> str:
    """The counted noun phrase right after a count: modifiers, head noun and one "of"/"about" complement."""
    rest = sentence[end:]
    rest = re.sub(r"^\s*\([^()]*\)", "", rest)
    skip = re.match(r"^\s+(?:of|out\s+of)\s+(?:the\s+)?(?:[\d,.]+|[a-z]+-?[a-z]*)(?:\s+(?:million|thousand))?(?=\s)",
                    rest, re.IGNORECASE)
    if skip and re.search(rf"\d|\b(?:{NUMBER_WORDS_TO_TEN}|twenty|thirty|forty|fifty|hundred|dozen)", skip.group(0),
                          re.IGNORECASE):
        rest = rest[skip.end():]
    else:
        if re.match(r"^\s+of\s+(?:them|whom|which|these|those|us)\b", rest, re.IGNORECASE):
            return ""
        rest = re.sub(r"^\s+of\s+(?:(?:the|these|those|their|its|all)\s+)?(?=[A-Za-z])", " ", rest)
    rest = re.sub(r"^-", " ", rest)
    words, linked = [], False
    for m in re.finditer(r"[\w’'-]+|[^\w\s]", rest):
        token = m.group(0)
        if not re.match(r"[\w’'-]", token) or len(words) >= MAX_WORDS:
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


def _who(sentence: str, start: int, end: int) -> str | None:
    """The person or group a penalty is imposed on, nearest the mention."""
    best, best_distance = None, float("inf")
    for pattern in (_WHO_AFTER_VERB, _WHO_BEFORE_VERB, _WHO_IMPOSED_ON):
        for m in pattern.finditer(sentence):
            group = "who" if m.group("who") else "who2"
            if m.group(group) is None:
                continue
            who = _ARTICLE.sub("", m.group(group))
            if re.match(rf"(?:{_COUNT_WORD}|{_ROLE})\b", who.lower()):
                who = who[0].lower() + who[1:]
            if _NOT_WHO.search(who) or m.start(group) < end and start < m.end(group):
                continue
            distance = start - m.end(group) if m.end(group) <= start else (m.start(group) - end) * 1.2
            if distance < best_distance:
                best, best_distance = who, distance
    return best


def _offence(sentence: str, start: int, end: int) -> str | None:
    """What the penalty punishes: the first "for ..." after the mention, else one before it."""
    for m in list(_OFFENCE.finditer(sentence, end)) + list(_OFFENCE.finditer(sentence[:start])):
        offence = _clean(m.group("off"))
        if offence and not re.match(r"^(?:the\s+)?(?:first|second|year|period|term|time|up|years?|months?|days?)\b",
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
    """"<penalty> for <who>", else "<penalty> for <offence>", else the penalty word."""
    label = _penalty_label(category, sentence, end)
    who = _who(sentence, start, end)
    if who:
        return _clean(f"{label} for {who}") if len(label.split()) + len(who.split()) < MAX_WORDS + 1 else label
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
        label = "pretrial detention" if _PRETRIAL.search(sentence) else "detention"
        who = _who(sentence, start, end)
        return _clean(f"{label} of {who}") if who else label
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
