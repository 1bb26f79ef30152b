"""Properties of reading Russian numbers, over generated amounts: however thousands are spaced and whichever
unit follows, the value and unit come back; and no text makes the Russian recogniser fail."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_text

SPACES = [" ", "\u00a0", "\u202f", "\u2009"]
UNITS = {"тенге": "KZT", "МРП": "MCI", "сомов": "KGS", "евро": "EUR", "суток": "day", "лет": "year"}


def _spaced(value: int, space: str) -> str:
    return f"{value:,}".replace(",", space)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1000, max_value=9_999_999), st.sampled_from(SPACES), st.sampled_from(sorted(UNITS)))
def test_spaced_thousands_with_any_space_read_back_as_the_amount(value, space, unit):
    rows = extract_text(f"Суд назначил ему {_spaced(value, space)} {unit}.", "p", 2023)
    assert [(r["value"], r["unit"]) for r in rows] == [(value, UNITS[unit])]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=9))
def test_a_decimal_comma_with_a_multiplier_reads_back(whole, tenth):
    rows = extract_text(f"Сумма составила {whole},{tenth} млн тенге.", "p", 2023)
    assert rows[0]["value"] == round((whole + tenth / 10) * 1_000_000)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="0123456789 ,.-–()$%№ МРПтенгесутокотдлмеяцвзх\u00a0", max_size=80))
def test_any_russian_looking_text_gives_figures_inside_it(text):
    for row in extract_text("Штраф " + text, "p", 2023):
        assert 0 <= row["char_start"] < row["char_end"] <= len(text) + 6
