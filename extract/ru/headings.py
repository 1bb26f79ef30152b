"""Headings of Russian text: numbered parts ("Раздел 2."), all-capital lines, and short lines that open with a
capital and do not end like a sentence ("Нападения на журналистов"), unless they state a figure ("Ей грозит до восьми
лет лишения свободы")."""

from extract.language_data import rule
from extract.heading_ranks import RANK_SUB, RANK_TOP
from extract.ru.mentions import find_mentions_ru

MAX_HEADING_WORDS = 10


def heading_rank_ru(line: str) -> int | None:
    """The rank of a whole-line Russian heading, or None when the line is body text."""
    s = line.strip().lstrip("\ufeff")
    if len(s) > 200:
        return None
    letters = [ch for ch in s if ch.isalpha()]
    if not letters:
        return None
    if rule("ru", "headings", "heading.numbered").pattern.match(s):
        return RANK_TOP
    if rule("ru", "headings", "heading.sentence_end").pattern.search(s) or (
            rule("ru", "headings", "heading.ends_in_number").pattern.search(s)) or (
            rule("ru", "headings", "heading.has_figure").pattern.search(s)):
        return None
    if len(letters) > 2 and "".join(letters).isupper():
        return RANK_SUB
    if len(s.split()) <= MAX_HEADING_WORDS and (letters[0].isupper() and s[0] == letters[0] or s[0].isdigit()) and \
            not find_mentions_ru(s):
        return RANK_SUB
    return None
