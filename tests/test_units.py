"""Units written beside a number: currencies, durations, percent, ages, lengths and multipliers."""

from extract.duration_days import DURATION_DAYS
from extract.mentions import find_mentions
from extract.unit_registry import ureg
from extract.units import currency_before, unit_after


def first(text):
    m = find_mentions(text)[0]
    return text[m.start:m.end], m.value, m.unit, m.kind


def test_tenge_amount_has_iso_code():
    assert first("an administrative fine of 27,000 tenge today")[1:] == (27000, "KZT", "money")


def test_currency_symbol_before_the_number():
    assert currency_before("paid $130", 6) == (5, "USD")
    assert first("a bonus of €500 was paid")[1:3] == (500, "EUR")


def test_other_currencies_map_to_iso_codes():
    assert unit_after("5,000 rubles", 5).unit == "RUB"
    assert unit_after("200 US dollars", 3).unit == "USD"
    assert unit_after("100 som", 3).unit == "KGS"
    assert unit_after("100 manat", 3).unit == "AZN"


def test_durations_with_hyphen_plural_and_apostrophe():
    assert first("sentenced to 10-days administrative arrest")[1:] == (10, "day", "duration")
    assert first("a three-year ban on work")[:3] == ("three-year", 3, "year")
    assert first("a maximum penalty of 15 days’ imprisonment")[2] == "day"
    assert first("kept outdoors for three hours")[2] == "hour"


def test_compound_duration_is_summed_in_the_larger_unit():
    assert first("were given three years and six months in prison")[:3] == ("three years and six months", 3.5, "year")


def test_percent_and_multiplier_units():
    assert first("a 40 percent increase")[2:] == ("percent", "percent")
    assert first("a three-fold increase in cases")[:4] == ("three-fold", 3, "times", "ratio")
    assert first("equal to 1.5 times regular salary")[1:] == (1.5, "times", "ratio")


def test_times_without_comparison_counts_occurrences():
    assert first("she had been raped three times by an officer")[2] == "count"


def test_age_from_year_old_and_age_words():
    assert first("a 20-year-old girl was kidnapped")[1:] == (20, "year", "age")
    assert first("two boys (ages 13 and 15) died")[0] == "two"
    assert [m.kind for m in find_mentions("two boys (ages 13 and 15) died")] == ["count", "age", "age"]


def test_lengths():
    assert first("pharmacies within 1.2 miles of their homes")[2:] == ("mile", "length")
    assert first("a 30 kilometer zone")[2] == "km"


def test_fraction_becomes_percent():
    assert first("NGOs stated one-half the children")[1:3] == (50, "percent")
    assert first("one of five district courts lacked a chairperson")[:3] == ("one of five", 20, "percent")


def test_rupees_before_the_number_with_dollar_equivalent():
    text = "ordered her to furnish a bond of Rs 100,000 ($1,370)."
    m = find_mentions(text)[0]
    assert (text[m.start:m.end], m.value, m.unit, m.usd_reported) == ("Rs 100,000 ($1,370)", 100000, "INR", 1370)


def test_uzbek_soum_is_uzs_and_keeps_its_dollar_equivalent():
    text = "raised the minimum monthly wage by 10 percent to 634,880 soum ($67)."
    found = [(text[m.start:m.end], m.unit) for m in find_mentions(text)]
    assert found == [("10 percent", "percent"), ("634,880 soum ($67)", "UZS")]


def test_news_currencies_pounds_euros_naira():
    assert first("ordered her company to pay £1,200 in costs")[1:3] == (1200, "GBP")
    assert first("The European Commission fined the company €500 million for")[1:3] == (500_000_000, "EUR")
    assert first("ransoms of between 5 million and 50 million naira per victim")[2] == "NGN"


def test_age_after_a_name_between_commas():
    assert first("A local resident, Abubakar Sani, 45, said he counted the dead")[1:] == (45, "year", "age")


def test_age_limit_after_child_under():
    assert first("castration of men convicted of raping a child under 14.")[:3] == ("under 14", 14, "year")


def test_world_currency_names_map_to_iso_codes():
    assert unit_after("7 million riels", 9).unit == "KHR"
    assert unit_after("500,000 dong", 7).unit == "VND"
    assert unit_after("20,000 Philippine pesos", 6).unit == "PHP"
    assert unit_after("300 zlotys", 3).unit == "PLN"
    assert unit_after("50 reais", 2).unit == "BRL"
    assert currency_before("fined KHR 400,000", 10) == (6, "KHR")
    assert currency_before("paid Rp 5,000", 8) == (5, "IDR")
    assert currency_before("fined Tk 20,000", 9) == (6, "BDT")


def test_riel_amount_with_us_dollar_bracket_is_one_money_figure():
    text = "The blogger was fined 7 million riels (U.S. $1,750) for a post."
    mentions = find_mentions(text)
    assert len(mentions) == 1
    m = mentions[0]
    assert (text[m.start:m.end], m.value, m.unit, m.usd_reported) == ("7 million riels (U.S. $1,750)", 7_000_000,
                                                                        "KHR", 1750)


def test_dollar_equivalent_brackets_in_other_styles():
    for text, usd in (("fined 5,000 baht (USD 150) on", 150), ("fined 5,000 baht (US$150) on", 150),
                      ("fined 2 million dong (about $86) on", 86), ("fined 300 kyats (approximately $130) on", 130)):
        mentions = find_mentions(text)
        assert len(mentions) == 1 and mentions[0].usd_reported == usd, text


def test_euro_bracket_belongs_to_the_amount_but_is_not_usd():
    text = "a fine of 1,000 zlotys (€230) was paid"
    mentions = find_mentions(text)
    assert len(mentions) == 1
    assert mentions[0].unit == "PLN" and mentions[0].usd_reported is None


def test_plural_tenges_is_money_with_its_dollar_equivalent():
    text = "each was ordered to pay 92,500 tenges ($210)"
    m = find_mentions(text)
    assert len(m) == 1 and m[0].unit == "KZT" and m[0].usd_reported == 210


def test_factor_of_is_a_multiplier():
    assert first("penalties grew by a factor of nearly 2.5 in a year")[2:] == ("times", "ratio")


def test_times_after_a_verb_of_events_is_a_count_not_a_multiplier():
    assert first("she was summoned four times over several months")[:3] == ("four", 4, "count")


def test_hour_and_a_half_is_one_and_a_half_hours():
    assert first("exercise did not exceed one hour and a half a day")[1:3] == (1.5, "hour")
    assert first("he spent a year and a half in custody")[1:3] == (1.5, "year")


def test_a_quarter_of_a_century_is_a_duration_in_years():
    assert first("the party ruled for more than a quarter of a century")[1:3] == (25, "year")


def test_a_rise_from_one_number_to_another_is_two_figures_not_a_range():
    text = "complaints rose from 40 to 95 in a year"
    assert [(text[m.start:m.end], m.qualifier) for m in find_mentions(text)] == [("40", "exact"), ("95", "exact")]


def test_qualifier_before_a_multiplier_verb():
    m = find_mentions("arrests nearly doubled")[0]
    assert (m.value, m.unit, m.qualifier) == (2, "times", "approximate")


def test_years_of_age_is_an_age():
    assert first("marriage of persons under 16 years of age is banned")[1:] == (16, "year", "age")


def test_scale_written_once_applies_to_both_ends_of_a_range():
    m = find_mentions("losses were put at $4-6 billion by the ministry")[0]
    assert (m.value, m.low, m.high, m.unit) == (4e9, 4e9, 6e9, "USD")


def test_range_from_months_to_years_is_in_years():
    m = find_mentions("terms ranged from 30 months to 12 years in prison")[0]
    assert (m.low, m.high, m.unit) == (2.5, 12, "year")


def test_range_between_months_and_years_keeps_the_unit_of_its_low_end():
    text = "she was given probation of between 14 months and three years"
    m = find_mentions(text)[0]
    assert (text[m.start:m.end], m.low, m.high, m.unit) == ("between 14 months and three years", 14, 36, "month")


def test_years_and_months_joined_by_a_comma_are_one_duration():
    text = "the 40 reporters face 312 years, 6 months in prison in total"
    assert [(text[m.start:m.end], m.value) for m in find_mentions(text)][1] == ("312 years, 6 months", 312.5)


def test_be_under_an_age_limit_is_an_age():
    text = "Two of those hanged were under 17 when the crime was committed."
    assert [(text[m.start:m.end], m.kind) for m in find_mentions(text)][1] == ("under 17", "age")


def test_over_after_a_case_means_about_not_more_than():
    text = "A second case over four deaths was still pending."
    m = find_mentions(text)[0]
    assert (text[m.start:m.end], m.qualifier) == ("four", "exact")


def test_tugrug_amount_with_dollar_equivalent_is_one_money_figure():
    text = "Judges awarded 5,120,300 tugrugs ($2,410) in damages."
    m = find_mentions(text)[0]
    assert (text[m.start:m.end], m.unit, m.kind, m.usd_reported) == ("5,120,300 tugrugs ($2,410)", "MNT", "money", 2410)


def test_n_times_after_a_verb_of_change_is_a_multiplier():
    m = find_mentions("Prison visits have increased nearly four times since then.")[0]
    assert (m.value, m.unit, m.kind, m.qualifier) == (4, "times", "ratio", "approximate")


def test_feet_are_a_measure_kept_in_feet():
    mention, value, unit, kind = first("officers kept the marchers at least 250 feet from the building")
    assert (mention, value, unit, kind) == ("at least 250 feet", 250, "ft", "measure")


def test_dollar_amount_with_bracketed_index_equivalent_is_one_figure():
    text = "Organisers of an unapproved picket risk a penalty of up to $210 (up to forty monthly calculation indices)."
    mentions = find_mentions(text)
    assert [(text[m.start:m.end], m.unit, m.usd_reported) for m in mentions] == [
        ("up to $210 (up to forty monthly calculation indices)", "USD", None)]


def test_dollar_amount_with_bracketed_local_currency_is_one_figure():
    text = "A day laborer in the sector earned $0.85 (45 dalasi) per shift."
    mentions = find_mentions(text)
    assert [(text[m.start:m.end], m.value, m.unit) for m in mentions] == [("$0.85 (45 dalasi)", 0.85, "USD")]


def test_bracketed_count_after_dollar_amount_stays_a_separate_figure():
    text = "He lent $300 (three of his neighbours helped) to the family."
    assert [text[m.start:m.end] for m in find_mentions(text)][0] == "$300"


def test_years_after_an_age_limit_are_an_age():
    text = "The reform abolished the upper age limit of 65 years for judges."
    assert first(text) == ("65 years", 65, "year", "age")


def test_number_between_commas_after_an_opening_surname_is_an_age():
    from extract.mentions import find_mentions
    text = "The court jailed the lawyer. Karimov, 52, was the only defendant to deny the charges."
    ages = [m for m in find_mentions(text) if m.kind == "age"]
    assert [text[m.start:m.end] for m in ages] == ["52"]


def test_dollar_sign_after_the_bracketed_number_is_the_usd_equivalent():
    m = find_mentions("A court fined the blogger 150,000 tenge (350$) for the post.")[0]
    assert (m.unit, m.value, m.usd_reported) == ("KZT", 150000, 350)


def test_one_and_half_months_is_one_and_a_half():
    assert first("He spent one and half months in a temporary holding facility.")[1:3] == (1.5, "month")


def test_two_bounds_joined_by_but_share_the_unit_after_the_second():
    found = find_mentions("The law provides for detention of no more than 30 but no less than 15 days.")
    assert [(m.value, m.unit, m.qualifier) for m in found] == [(30, "day", "up_to"), (15, "day", "at_least")]


def test_second_sentence_with_unit_left_out_takes_the_earlier_term_unit():
    found = find_mentions("The court sentenced Petrov to eight years in prison and sentenced Ivanova to six.")
    assert [(m.value, m.unit) for m in found] == [(8, "year"), (6, "year")]


def test_spaced_mln_scale_multiplies_a_currency_amount():
    m = find_mentions("As a result, the party leader was fined 12.5 mln rubles.")[0]
    assert (m.value, m.unit) == (12_500_000, "RUB")


def test_currency_word_hyphenated_to_the_number_is_money():
    m = find_mentions("A court ordered the reporter to pay a 580-dollar fine for the protest.")[0]
    assert (m.value, m.unit, m.kind) == (580, "USD", "money")


def test_br_before_a_number_is_belarusian_rubles():
    m = find_mentions("The judge fined the reporter Br 690 for the stream.")[0]
    assert (m.value, m.unit) == (690, "BYN")


def test_second_of_two_bracketed_equivalents_gives_the_usd_amount():
    m = find_mentions("His family must pay 124,000 Tajik somoni (approximately 11,350 EUR or 13,000 USD] in damages.")[0]
    assert (m.unit, m.usd_reported) == ("TJS", 13000)
    assert len(find_mentions("His family must pay 124,000 Tajik somoni (approximately 11,350 EUR or 13,000 USD].")) == 1


def test_list_of_bare_numbers_takes_the_unit_of_its_last_item():
    text = "The three co-defendants received terms of eight, six and four years."
    got = [(text[m.start:m.end], m.value, m.unit) for m in find_mentions(text)]
    assert got[1:] == [("eight", 8, "year"), ("six", 6, "year"), ("four years", 4, "year")]


def test_twice_after_a_repeated_action_counts_occurrences():
    assert first("The hearing was postponed twice.")[2:] == ("count", "count")
    assert first("Prices rose twice as fast as wages.")[2:] == ("times", "ratio")


def test_doubling_in_a_number_is_a_two_times_multiplier():
    assert first("Monitors noted a doubling in the number of raids.")[1:] == (2, "times", "ratio")


def test_limited_to_is_an_upper_bound():
    text = "Questioning of a witness is limited to 6 hours."
    m = find_mentions(text)[0]
    assert (text[m.start:m.end], m.qualifier) == ("limited to 6 hours", "up_to")


def test_unit_left_out_after_a_dash_is_the_term_given_earlier():
    text = "Six protesters got 12 days, another three – for 10."
    durations = [(text[m.start:m.end], m.value, m.unit) for m in find_mentions(text) if m.kind == "duration"]
    assert durations == [("12 days", 12, "day"), ("10", 10, "day")]


def test_money_range_with_a_dollar_bracket_at_each_end_is_one_figure():
    text = "Organizers face a fine of 30,000 rubles ($400) to 50,000 rubles ($670)."
    [m] = find_mentions(text)
    assert text[m.start:m.end] == "30,000 rubles ($400) to 50,000 rubles ($670)"
    assert (m.value, m.low, m.high, m.unit, m.qualifier) == (30000, 30000, 50000, "RUB", "range")
    assert (m.usd_reported, m.usd_reported_high) == (400, 670)


def test_days_per_duration_unit_agree_with_the_unit_definitions():
    assert DURATION_DAYS == {unit: float(ureg.Quantity(1, unit).to("day").magnitude) for unit in DURATION_DAYS}
