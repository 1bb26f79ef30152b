"""The currency of a fine written as a bare number ("a fine of 40,000 or in default two years"): the currency of
the last sum its paragraph wrote before it, as a court record or news story names the currency once and then leaves
it out.
"""

from dataclasses import replace

from extract.language_data import rule
from extract.mentions import Mention

FINE_AMOUNT_BEFORE = rule("en", "money", "money.fine_amount_before").pattern
FINE_AMOUNT_AFTER = rule("en", "money", "money.fine_amount_after").pattern
BARE_AMOUNT_AFTER = rule("en", "money", "money.bare_amount_after").pattern


def fines_in_paragraph_currency(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a paragraph `text`, each bare number that is the amount of a fine ("fine of 40,000", "a two
    million court fine") made a sum in the currency of the last sum before it, when there is one."""
    out, currency = [], None
    for mention in mentions:
        if mention.kind == "money":
            currency = mention.unit
        elif currency and mention.unit == "count" and _fine_amount(text, mention):
            mention = replace(mention, unit=currency, kind="money")
        out.append(mention)
    return out


def _fine_amount(text: str, mention: Mention) -> bool:
    """Whether a count is the amount of a fine: named a fine's just before or after it, and counting nothing."""
    after = text[mention.end:mention.end + 30]
    return bool(FINE_AMOUNT_AFTER.match(after) or
                FINE_AMOUNT_BEFORE.search(text[max(0, mention.start - 40):mention.start]) and BARE_AMOUNT_AFTER.match(after))
