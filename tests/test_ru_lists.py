"""Which line leads the Russian list each item line belongs to."""

import pytest

from extract.ru.lists import list_leads

CASES = [
    ("items under a lead ending with a colon",
     ["Составлено 90 протоколов, из них:", "— 12 за скорость;", "— 7 за парковку."], {1: 0, 2: 0}),
    ("label and figure lines, the last with a full stop", ["Задержаны в городах:", "Омск – 9;", "Тверь – 3."],
     {1: 0, 2: 0}),
    ("a sentence ends the list",
     ["Из них:", "— 12 за скорость;", "Полиция задержала 40 человек на акции в центре города.", "— 7 за парковку."],
     {1: 0}),
    ("no lead, no list", ["Составлено 90 протоколов.", "— 12 за скорость;"], {}),
    ("a paragraph opening with a part of the count before it",
     ["Полиция задержала 90 человек.", "Из них больше всего в Омске – 41, в Твери – 7.", "Суд оштрафовал 5 человек."],
     {1: 0}),
    ("a part said at the document's start leads nothing", ["Из них 12 в Омске."], {}),
]


@pytest.mark.parametrize("lines, leads", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_item_line_maps_to_the_line_leading_its_list(lines, leads):
    assert list_leads(lines) == leads
