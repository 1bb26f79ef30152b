"""Decide when a number token is not a figure: dates, years, references, identifiers, list markers,
period phrases and "one" used as a pronoun or article.

Each rule returns a short reason so tests and debugging can say why a number was dropped.
"""

import re

from extract.numbers import MONTHS, Number

_MONTH = rf"(?:{MONTHS})"
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s+$")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b")
_REFERENCE_WORDS = (
    r"articles?|arts?\.|sections?|parts?|paragraphs?|para\.|chapters?|clauses?|items?|subparagraphs?|"
    r"points?|annex(?:es)?|appendix|pages?|pp?\.|no\.|nos\.|numbers?|resolutions?|decrees?|orders?|"
    r"protocols?|amendments?|rules?|codes?|titles?|volumes?|vol\.|rooms?|cells?|blocks?|buildings?|"
    r"apartments?|apt\.|tiers?|grades?|phases?|stages?|rounds?|levels?|class|categor(?:y|ies)|"
    r"group|list|district|route|highway|flight|#"
)
_REFERENCE_BEFORE = re.compile(
    rf"\b(?:{_REFERENCE_WORDS})\s*(?:\d+[\w.()]*\s*(?:,\s*|\s+and\s+|\s+or\s+|\s*[-–]\s*))*$", re.IGNORECASE)
_PERIOD_WORD_BEFORE = re.compile(
    r"\b(?:first|last|past|previous|preceding|initial|final|recent)\s+$", re.IGNORECASE)
_PERIOD_UNIT_AFTER = re.compile(r"^[\s-]+(?:calendar\s+)?(?:years?|months?|weeks?|days?|quarters?|decades?)\b",
                                re.IGNORECASE)
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:no|any|every|each|the|this|that|which|someone|anyone|such)\s+$",
                                 re.IGNORECASE)
_ONE_PRONOUN_AFTER = re.compile(
    r"^(?:['’]s\b|\s+of\s+(?:the|them|us|its|his|her|their|these|those|our|my|your|whom|which)\b"
    r"|\s+another\b|\s+by\s+one\b|\s+(?:who|which|that)\b|-(?!(?:year|month|week|day|hour|minute|half|third"
    r"|quarter|fifth|tenth)s?\b)[a-z])",
    re.IGNORECASE)
_RATE_NUMERATOR_AFTER = re.compile(r"^\s+[\w-]+(?:\s+[\w-]+)?\s+(?:per|for\s+every|for\s+each)\b", re.IGNORECASE)
_BOTH_SIDES_AFTER = re.compile(r"^\s+(?:sides|parties)\b(?!\s+(?:were|have|had)\s+(?:registered|elected|founded))",
                               re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?;:]\s+|\b(?:for example|for instance|however|also),\s+)$",
                               re.IGNORECASE)


def _is_year(token: str) -> bool:
    return bool(re.fullmatch(r"(1[89]\d\d|20\d\d)", token))


def reason_not_figure(text: str, number: Number, numbers: list[Number], has_unit: bool) -> str | None:
    """Why the number token at `number` in `text` is not a figure, or None if it may be one."""
    token = text[number.start:number.end]
    before = text[max(0, number.start - 60):number.start]
    after = text[number.end:number.end + 40]
    if number.form == "digits":
        reason = _digit_reason(token, before, after, has_unit)
        if reason:
            return reason
    if _PERIOD_WORD_BEFORE.search(before) and _PERIOD_UNIT_AFTER.match(after):
        return "period phrase"
    if token.lower() == "two" and re.search(r"\bthe\s+$", before, re.IGNORECASE) and _BOTH_SIDES_AFTER.match(after):
        return "'the two sides/parties' means both sides, not a count"
    if token.lower() == "one" and not has_unit:
        return _one_reason(text, number, numbers, before, after)
    return None


def _digit_reason(token: str, before: str, after: str, has_unit: bool) -> str | None:
    if re.search(r"[A-Za-z][-/]?$", before) or re.search(r"[/\\]$", before):
        return "identifier (letters or slash before the digits)"
    if re.match(r"[A-Za-z]", after) or re.match(r"/\d|\.[A-Za-z]\b|\.\d", after):
        return "identifier (letters or slash after the digits)"
    if re.search(r"\b(?:1[89]|20)\d\d\s?[-–/]\s?$", before) and len(token) in (2, 4):
        return "part of a year range"
    if _is_year(token) and not has_unit:
        return "year"
    if re.match(r"^\s?[-–]\s?(?:1[89]|20)\d\d\b", after) and _is_year(token):
        return "year range"
    if _MONTH_BEFORE.search(before) and len(token) <= 2:
        return "day of a date"
    if _MONTH_AFTER.match(after) and len(token) <= 2:
        return "day of a date"
    if _REFERENCE_BEFORE.search(before):
        return "article, section or other reference number"
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
        return "list marker"
    if re.search(r"(?:^|[;:,.]\s*|[;,]\s*(?:and|or)\s+)$", before) and re.match(r"\)", after) and not has_unit:
        return "list marker"
    if re.fullmatch(r"\s*", before) and re.match(r"\.(?:\s|$)", after):
        return "heading or list number"
    return None


def _one_reason(text: str, number: Number, numbers: list[Number], before: str, after: str) -> str | None:
    if _ONE_PRONOUN_BEFORE.search(before):
        return "pronoun (no one, the one)"
    if _RATE_NUMERATOR_AFTER.match(after):
        return "numerator of a rate (one inspector per 1,000 workers)"
    if _ONE_PRONOUN_AFTER.match(after):
        return "pronoun or part of a compound word"
    sentence_end = re.search(r"[.!?](?:\s|$)", text[number.end:])
    rest = text[number.end:number.end + sentence_end.start()] if sentence_end else text[number.end:]
    if re.search(r"\b(?:the other|another)\b", rest, re.IGNORECASE):
        return "determiner contrasted with 'the other'"
    if _SENTENCE_OPENING.search(before):
        sentence_start = max((m.end() for m in re.finditer(r"[.!?]\s+", text[:number.start])), default=0)
        sentence_end_abs = number.end + (sentence_end.end() if sentence_end else len(rest))
        others = [n for n in numbers if sentence_start <= n.start < sentence_end_abs and n is not number]
        if not others:
            return "article 'one' opening a sentence"
    return None
