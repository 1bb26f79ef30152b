"""Numbers that are not figures: dates, years, references, identifiers, list markers, period phrases,
and "one" as a pronoun or article."""

from extract.mentions import find_mentions


def found(text):
    return [text[m.start:m.end] for m in find_mentions(text)]


def test_dates_and_years_are_not_figures():
    assert found("On October 17, in 2019, and again in March 2019 and on January 10, 2021, nothing happened.") == []


def test_year_ranges_are_not_figures():
    assert found("discrepancies in their 2017-18 foreign grants reports and the 2021-23 plan") == []


def test_article_and_section_numbers_are_not_figures():
    assert found("under Article 174 of the criminal code (see section 3 and 7.a.)") == []
    assert found("Articles 174 and 274 of the code") == []


def test_names_with_digits_are_not_figures():
    assert found("prisoners in RU-170/3 during COVID-19 wrote to 101TV.kz about Strategy 2050") == []


def test_list_markers_are_not_figures():
    text = "violations: 1) workers were unpaid; 2) permits were wrong; and 3) some left. It is a three-step procedure: (1) the investigator"
    assert found(text) == ["three"]


def test_period_phrases_are_not_figures():
    assert found("During the first 10 months of the year, her office received 125 complaints") == ["125"]
    assert found("close to the number dismissed during the previous 10 years") == []


def test_next_years_of_a_ban_is_a_duration():
    assert found("he remained banned from any public activity for the next seven years") == ["seven years"]


def test_one_as_pronoun_or_article_is_not_a_figure():
    assert found("but no one was held responsible") == []
    assert found("one of the founders left") == []
    assert found("services at one-stop express windows") == []
    assert found("from one country on the territory of the other") == []
    assert found("One change reduced the independence of members") == []


def test_one_that_counts_is_a_figure():
    assert found("detained four suspects, including one former police officer") == ["four", "one"]
    assert found("sentenced activist Zakirova to one year of imprisonment for harm to another person") == ["one year"]


def test_numerator_of_a_rate_is_not_a_figure():
    assert found("260 labor inspectors, or one inspector per every 23,000 workers") == ["260", "23,000"]


def test_the_two_sides_of_a_dispute_is_not_a_count():
    assert found("Police often encouraged the two parties to reconcile.") == []


def test_lowercase_may_after_a_number_is_not_a_month():
    assert found("children ages 14 through 16 may perform light work") == ["ages 14 through 16"]


def test_phone_numbers_are_not_figures():
    assert found("For more information call +44 20 7413 5566 or email press@amnesty.org.") == []
    assert found("Call 0800 123 4567 for details.") == []


def test_clock_times_are_not_figures():
    assert found("spoke to the families by phone between 10:30 a.m. and 4 p.m. on 12 May.") == []


def test_day_first_and_numeric_dates_are_not_figures():
    assert found("G7 leaders met in Hiroshima on 19-21 May; the report was published on 2023-05-20.") == []


def test_names_and_model_numbers_are_not_figures():
    assert found("take delivery of 150 Boeing 737 MAX jets, and flights from Terminal 2 would depart") == ["150"]


def test_the_months_to_a_month_is_a_period_not_a_duration():
    assert found("Unemployment rose to 3.7 per cent in the three months to January.") == ["3.7 per cent"]


def test_one_in_n_after_that_is_a_share():
    assert found("NGOs estimated that one in five marriages began with an abduction.") == ["one in five"]


def test_day_ranges_and_lists_before_or_after_a_month_are_dates():
    for text in ("Protests took place between 21 and 25 September 2022 in the capital.",
                 "Talks ran 21-25 September.", "The trial lasted from 3 to 5 May.",
                 "Hearings were held on 3 and 4 June.", "Raids took place June 3-5.",
                 "Raids took place between June 3 and 5.", "Sessions were held on 3, 4 and 5 June."):
        assert found(text) == [], text


def test_counts_right_after_a_date_range_are_still_figures():
    assert found("On 21-22 March 2021, 300 protesters were detained.") == ["300"]
    assert found("On June 3, 40 people were detained.") == ["40"]


def test_footnote_markers_are_not_figures():
    assert found("the guards opened fire[3] and killed 12 people.[4]") == ["12"]
    assert found("Officials denied the claim.7 Later, 40 people were released.") == ["40"]
    assert found("the ministry called it “a provocation.”12 Police held 9 men.") == ["9"]


def test_numbers_with_a_leading_zero_are_codes():
    assert found("Kirkeveien, 0160 Oslo") == []


def test_registration_numbers_after_nr_are_not_figures():
    assert found("Foundation, Reg. nr.: 981 204 377") == []


def test_every_item_of_an_article_list_is_a_reference():
    assert found("(Articles 2, 7, 12-14, and 19-21 of the Covenant)") == []
    assert found("charged under articles 158 (“Insult”) and 244 (“Threats”) of the code") == []


def test_page_numbers_after_dot_leaders_are_not_figures():
    assert found("CONTENTS Summary ...... 2 Detention ....... 14 Annex…7") == []


def test_clock_times_glued_to_am_pm_are_not_figures():
    assert found("Witnesses said soldiers fired between 7:30pm and 10:15pm on Monday, killing 9 people.") == ["9"]


def test_law_numbers_with_a_dash_are_identifiers():
    assert found("Law 215-08 on migration sets penalties of two to five years in prison.") == ["two to five years"]


def test_a_named_body_before_a_reporting_verb_is_a_name_not_a_count():
    assert found("Over the year, Monitor 24 found 63 cases of unlawful searches.") == ["63"]


def test_number_inside_a_web_domain_is_not_a_figure():
    assert found("The director told the 365.kz news site that 12 people complained.") == ["12"]


def test_in_one_case_introduces_an_example_not_a_count():
    assert found("In one such incident, guards beat a detainee with batons.") == []


def test_one_of_the_two_points_back_to_people_already_counted():
    assert found("Two guards were tried for abuse; one of the two received a suspended sentence.") == ["Two"]


def test_bracketed_count_after_a_place_name_is_a_figure():
    assert found("Most killings were in the provinces of Norte (31), Sur (12) and Este (7).") == ["31", "12", "7"]
    assert found("The law requires (1) a permit and (2) a fee.") == []


def test_capitalised_number_word_naming_a_group_is_not_a_figure():
    assert found("Supporters of the Harbor Seven gathered outside the courthouse on Monday.") == []
    assert found("The Maple Three were released on bail.") == []


def test_one_setting_a_scene_at_a_sentence_opening_is_an_article():
    assert found("At one rally, officers fired tear gas into the crowd.") == []
    assert found("In one village, soldiers burned the market.") == []


def test_section_number_written_in_words_is_a_reference():
    assert found("The clerk admitted an offence under section two of the anti-corruption act.") == []


def test_letter_currency_symbol_glued_to_the_number_is_money():
    assert found("Online insults can be fined up to Rp1 billion (about US$70,000).") == \
        ["up to Rp1 billion (about US$70,000)"]


def test_months_of_a_named_year_are_a_period_not_a_figure():
    assert found("During nine months of 2021, police received about 90,000 calls.") == ["about 90,000"]


def test_base_of_a_rate_is_part_of_the_rate_not_a_figure():
    text = "The country jails 212 inmates for every 100,000 residents, far above the regional average."
    assert found(text) == ["212 inmates for every 100,000 residents"]


def test_base_after_a_numerator_of_one_stays_the_figure():
    assert "1,000" in found("The district had one labor inspector per 1,000 workers.")


def test_last_parts_of_a_dotted_article_number_are_not_figures():
    assert found("She was charged under Articles 179.2.4 and 311.1.3 of the penal code last spring.") == []


def test_bare_numbers_read_of_the_code_are_article_numbers():
    assert found("Prosecutors opened a case (articles 221 and 145 of the Criminal Code).") == []


def test_last_as_a_verb_keeps_the_duration_but_the_last_days_are_a_period():
    assert found("The talks were expected to last four days.") == ["four days"]
    assert found("Police detained 40 people in the last four days.") == ["40"]


def test_amendment_marker_glued_to_a_statute_insertion_is_not_a_figure():
    assert found("if the offence is punishable with 4[rigorous imprisonment], or with a fine") == []


def test_school_class_numbers_are_names():
    assert found("the teacher abused a JSS 2 pupil and two Grade 4 children") == ["two"]


def test_one_opening_a_sentence_before_a_quoted_source_counts_nothing():
    assert found("One lawyer noted that as many as 30% of inmates were on remand.") == ["as many as 30%"]
    assert found("One officer told reporters that 12 men were held.") == ["12"]


def test_one_that_died_beside_another_is_counted():
    assert found("Of them, two died in custody, one died in hospital and another died at home.") == \
        ["two", "one"]
    assert found("One man held a sign and another shouted.") == []
