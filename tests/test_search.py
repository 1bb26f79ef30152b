"""The Explorer's text search finds Russian words in any inflected form, on figures extracted from Russian
sentences written for the tests; a word matches at the start of a word, so "журналист" also finds
"журналистка"."""

import pytest

from figures.documents import figures_for
from figures.queries import filter_figures

TEXT = "\n".join([
    "Суд назначил редактору газеты штраф в размере 80 МРП.",
    "Сумма штрафов за год превысила 4,5 млн тенге.",
    "Полиция задержала 26 журналистов во время акции.",
    "Против журналистки возбуждено 2 уголовных дела о клевете.",
    "Блогера приговорили к 3 годам лишения свободы.",
])


@pytest.fixture(scope="module")
def figures():
    return figures_for(TEXT, "search", 2023)[0]


@pytest.mark.parametrize("query,values", [
    ("штраф", [80, 4_500_000]),
    ("штрафа", [80, 4_500_000]),
    ("Штрафов", [80, 4_500_000]),
    ("журналист", [26, 2]),
    ("журналистов", [26, 2]),
    ("уголовное дело", [2]),
    ("лишение свободы", [3]),
    ("26", [26]),
    ("арест", []),
])
def test_a_russian_word_finds_its_figures_in_any_inflected_form(figures, query, values):
    assert list(filter_figures(figures, text=query)["value"]) == values
