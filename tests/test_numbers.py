"""Number tokens: digits with separators, decimals, scale words, spelled-out numbers and fractions."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.numbers import _TOKEN_START, FRACTIONS, MULTIPLIER_WORDS, ONES, SCALES, TENS, TOKEN, VAGUE, find_numbers


def tokens(text):
    return [(text[n.start:n.end], n.value, n.form) for n in find_numbers(text)]


def test_thousands_with_comma_and_space_is_one_number():
    assert tokens("a fine of approximately 54, 000 tenge ($130)")[0] == ("54, 000", 54000, "digits")


def test_comma_space_after_a_month_day_is_not_joined():
    assert [t[0] for t in tokens("On June 5, 300 protesters gathered")] == ["5", "300"]


def test_thousands_separator_and_decimal():
    assert tokens("the government recorded 2,140 corruption crimes")[0][1] == 2140
    assert tokens("45.4 percent worked with high levels of noise")[0][1] == 45.4


def test_decimal_with_million_scale():
    assert tokens("approximately 1.2 million tenge")[0][:2] == ("1.2 million", 1_200_000)
    assert tokens("fines of up to 12.63 million tenge")[0][1] == 12_630_000


def test_spelled_out_numbers_and_compounds():
    assert tokens("sentenced to seven years")[0][1] == 7
    assert tokens("twenty-five members")[0][1] == 25
    assert tokens("one hundred and fifty people")[0][1] == 150
    assert tokens("a nine-million-person workforce")[0][:2] == ("nine-million", 9_000_000)


def test_halves_are_added_to_the_whole_number():
    assert tokens("sentenced to two-and-a-half years' probation")[0][:2] == ("two-and-a-half", 2.5)
    assert tokens("sentenced him to five and one-half years")[0][:2] == ("five and one-half", 5.5)


def test_fractions_are_shares_of_one():
    third = tokens("up to one-third of workers")[0]
    assert third[0] == "one-third" and abs(third[1] - 1 / 3) < 1e-9 and third[2] == "fraction"
    assert tokens("One quarter of working age individuals")[0][1] == 0.25


def test_ordinal_third_is_not_a_fraction():
    assert tokens("a third party filed the suit") == []


def test_vague_amounts_take_conventional_floors():
    assert tokens("dozens of rioters were arrested")[0][1:] == (24, "vague")
    assert tokens("hundreds of protesters")[0][1] == 200
    assert tokens("Thousands of Dungans fled")[0][1] == 2000


def test_glued_fold_multiplier_number_is_found():
    assert tokens("a threefold increase")[0][:2] == ("three", 3)
    assert tokens("decreased twice compared with 2018")[0][1:] == (2, "multiplier")


def test_scale_letters_glued_to_digits_are_millions_and_billions():
    assert tokens("reported revenue of $2.5bn in FY2022")[0][:2] == ("2.5bn", 2_500_000_000)
    assert tokens("The airline carried 168.6m passengers")[0][:2] == ("168.6m", 168_600_000)


def test_a_metre_compound_is_not_a_million():
    assert tokens("a 30m-high wall")[0][:2] == ("30", 30)


def test_lakh_and_crore_are_indian_scale_words():
    assert tokens("announced compensation of Rs 5 lakh for each")[0][:2] == ("5 lakh", 500_000)
    assert tokens("a budget of 2 crore rupees")[0][1] == 20_000_000


def test_vulgar_fraction_after_a_whole_number_adds_to_it():
    assert tokens("she is serving a 6 1/2-year term")[0] == ("6 1/2", 6.5, "mixed")
    assert tokens("the court gave her 3½ years")[0][:2] == ("3½", 3.5)


def test_a_before_a_scale_word_or_dozen_is_a_number():
    assert tokens("more than a thousand people marched")[0][:2] == ("a thousand", 1000)
    assert tokens("a dozen reporters were held")[0][:2] == ("a dozen", 12)
    assert tokens("three dozen homes burned")[0][:2] == ("three dozen", 36)
    assert tokens("half a dozen lawyers")[0][:2] == ("half a dozen", 6)


def test_bare_half_of_a_group_is_a_fraction_but_not_the_first_half_of_a_period():
    assert tokens("half of the detainees were women")[0] == ("half", 0.5, "fraction")
    assert tokens("in the second half of the year") == []


def test_change_verbs_that_multiply_are_multipliers():
    assert tokens("the caseload roughly tripled")[0] == ("tripled", 3, "multiplier")


def test_non_breaking_and_thin_spaces_separate_thousands():
    assert tokens("some 48\u00a0300 people fled")[0][1] == 48300
    assert tokens("fined 7\u202f250 tenge")[0][1] == 7250
    assert tokens("a budget of 3\u2009400,5 euros")[0][1] == 3400.5


def test_dots_separate_thousands_only_when_there_are_two_or_more_groups():
    assert tokens("a total of 2.345.000 votes")[0][1] == 2345000
    assert tokens("1.25 grams were found")[0][1] == 1.25


def test_scaled_parts_written_largest_first_are_one_number():
    assert tokens("damages of 2 million 350 thousand lira") == [("2 million 350 thousand", 2_350_000, "digits")]


def test_triple_that_number_is_a_multiplier_but_a_double_murder_is_not():
    assert tokens("and nearly triple that number fled") == [("triple", 3, "multiplier")]
    assert tokens("a double murder in the suburb") == []


def test_several_thousand_is_a_vague_count():
    assert tokens("deployed several thousand soldiers") == [("several thousand", 2000, "vague")]


# TOKEN as it reads with a lookahead that lets every word start be tried: the reference the faster one must equal.
_EVERY_WORD_START = re.compile(TOKEN.pattern.replace(_TOKEN_START, r"(?=[\d.]|\b\w)", 1), TOKEN.flags)
_PIECES = [*ONES, *TENS, *SCALES, *FRACTIONS, *VAGUE, *MULTIPLIER_WORDS, "a", "A", "an", "and", "of", "the", "dozen",
           "Ten", "TWENTY", "ſeven", "fold", "first", "number", "that", "1", "2.5", ".5", "10", "½", "1/2", "$", "x"]


def _scan(pattern: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    found, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        found.append((m.start(), m.end(), m.lastgroup))
        pos = m.end()
    return found


@given(st.lists(st.tuples(st.sampled_from([" ", "-", "", ", "]), st.sampled_from(_PIECES)), max_size=12))
@settings(max_examples=400, deadline=None)
def test_tokens_are_tried_only_where_a_number_word_can_start_and_none_is_lost(pieces):
    text = "".join(gap + word for gap, word in pieces)
    assert _scan(TOKEN, text) == _scan(_EVERY_WORD_START, text)
