"""Lists in Russian text: which line leads the list each item line belongs to (extract/lang/ru/lists.yaml), so
that an item's count with no cue of its own counts what the lead counts ("из них:" above "— 273 водителя ...")."""

from extract.language_data import rule


def list_leads(lines: list[str]) -> dict[int, int]:
    """The index of the line leading the list, by the index of each item line under one (items follow their
    lead with no other line between), and of each line that opens with a part of the count before it ("Из них
    ...": led by the line before it); one pass, so a long list costs no more than its lines."""
    item, lead = rule("ru", "lists", "list.item").pattern, rule("ru", "lists", "list.lead").pattern
    continues = rule("ru", "lists", "list.continues").pattern
    out, current = {}, None
    for index, line in enumerate(lines):
        is_item = bool(item.search(line))
        if is_item and current is not None:
            out[index] = current
        elif index and continues.match(line):
            out[index] = index - 1
        if lead.search(line):
            current = index
        elif not is_item:
            current = None
    return out
