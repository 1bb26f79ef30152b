"""Lists in Russian text: which line leads the list a paragraph is an item of (extract/lang/ru/lists.yaml), so
that an item's count with no cue of its own counts what the lead counts ("из них:" above "— 273 водителя ...")."""

from extract.language_data import rule


def lead_index_ru(lines: list[str], index: int) -> int | None:
    """The index of the line that leads the list whose item is line `index`, or None when the line is no item
    or its list has no lead."""
    item, lead = rule("ru", "lists", "list.item").pattern, rule("ru", "lists", "list.lead").pattern
    if not item.search(lines[index]):
        return None
    i = index - 1
    while i >= 0 and item.search(lines[i]) and not lead.search(lines[i]):
        i -= 1
    return i if i >= 0 and lead.search(lines[i]) else None
