"""figures_in_paragraph: records with absolute offsets, one per figure, in text order."""

from extract.reading import read_document
from extract.recognise import FIELDS, figures_in_paragraph

TEXT = ("Heading\n"
        "On June 22, the court sentenced him to three years of probation and a fine of approximately "
        "54, 000 tenge ($130). The law provides for fines from 84,000 tenge to 272,000 tenge ($200 to $650).\n")


def records():
    doc = read_document(TEXT, "t", 2020)
    paragraph = [p for p in doc.paragraphs if "sentenced" in p.text][0]
    return figures_in_paragraph(paragraph, 2020)


def test_records_have_exactly_the_agreed_keys_and_absolute_offsets():
    for r in records():
        assert set(r) == set(FIELDS)
        assert TEXT[r["char_start"]:r["char_end"]] == r["mention"]


def test_tenge_amount_with_dollar_equivalent_is_one_figure():
    fine = [r for r in records() if r["unit"] == "KZT"][0]
    assert fine["mention"] == "approximately 54, 000 tenge ($130)"
    assert (fine["value"], fine["qualifier"], fine["usd_reported"]) == (54000, "approximate", 130)
    assert not any(r["unit"] == "USD" for r in records())


def test_bracketed_dollar_range_gives_low_and_high_usd():
    fine = [r for r in records() if r["qualifier"] == "range"][0]
    assert fine["mention"] == "from 84,000 tenge to 272,000 tenge ($200 to $650)"
    assert (fine["low"], fine["high"], fine["usd_reported"], fine["usd_reported_high"]) == (84000, 272000, 200, 650)
    assert fine["statutory"] is True


def test_figures_come_in_text_order_with_period_from_the_sentence_date():
    got = records()
    assert [r["char_start"] for r in got] == sorted(r["char_start"] for r in got)
    assert got[0]["period"] == "2020-06-22" and got[0]["category"] == "probation"


def test_ranges_with_words_hyphen_and_between():
    doc = read_document("Intro\nOthers received five to six years in jail, 30-50 percent more pay, "
                        "and youth are those between the ages of 14 and 29.\n", "t", 2020)
    got = figures_in_paragraph(doc.paragraphs[-1], 2020)
    assert [(r["mention"], r["low"], r["high"]) for r in got] == [
        ("five to six years", 5, 6), ("30-50 percent", 30, 50), ("between the ages of 14 and 29", 14, 29)]


def test_pair_of_durations_shares_the_unit():
    doc = read_document("Intro\nTwo men were convicted and sentenced to 7 and 8 years in prison.\n", "t", 2020)
    got = figures_in_paragraph(doc.paragraphs[-1], 2020)
    assert [(r["mention"], r["unit"], r["category"]) for r in got] == [
        ("Two", "count", "convictions"), ("7", "year", "prison_term"), ("8 years", "year", "prison_term")]


def test_qualifiers_are_part_of_the_mention():
    doc = read_document("Intro\nMore than 200 prisoners were beaten, at least 43 persons were detained, "
                        "and fewer than 1 percent of cases reached court.\n", "t", 2020)
    got = figures_in_paragraph(doc.paragraphs[-1], 2020)
    assert [(r["mention"], r["qualifier"]) for r in got] == [
        ("More than 200", "more_than"), ("at least 43", "at_least"), ("fewer than 1 percent", "less_than")]


def test_attribution_names_the_source():
    doc = read_document("Intro\nAccording to the UN Population Fund, approximately 3,000 early marriages occurred annually.\n",
                        "t", 2020)
    got = figures_in_paragraph(doc.paragraphs[-1], 2020)[0]
    assert got["attribution"] == "UN Population Fund" and got["period"] == "annual"


def _paragraph_records(text, year):
    doc = read_document(text, "t", year)
    return [r for p in doc.paragraphs if not p.is_heading for r in figures_in_paragraph(p, year)]


def test_day_first_dates_and_spans_give_the_period():
    text = ("Security forces killed at least 79 people during protests between 25 October 2021 and 30 April 2022, "
            "Amnesty International said. On 17 January alone, seven protesters were killed.\n")
    periods = [r["period"] for r in _paragraph_records(text, 2022)]
    assert periods == ["2021-10-25..2022-04-30", "2022-01-17"]


def test_half_of_the_year_is_a_window():
    text = "The army said its troops arrested 1,200 suspects in the first half of the year.\n"
    assert _paragraph_records(text, 2021)[0]["period"] == "2021-01..2021-06"


def test_year_of_a_named_event_gives_the_period():
    text = "The ILO estimated that 102,000 people were forced to work in the 2019 harvest, down from 170,000 in 2018.\n"
    assert [r["period"] for r in _paragraph_records(text, 2019)] == ["2019", "2018"]


def test_attribution_drops_leading_time_phrases_and_report_words():
    cases = {"Through June the Antitorture Coalition reported 45 complaints of torture.": "Antitorture Coalition",
             "As of September, the Interior Ministry said 300 people were detained.": "Interior Ministry",
             "According to the 2019 report of the Supreme Judicial Council, 83 judges were disciplined.":
                 "Supreme Judicial Council",
             "Police said that 14 people were injured.": "police"}
    for text, who in cases.items():
        got = _paragraph_records("Intro\n" + text + "\n", 2020)[0]
        assert got["attribution"] == who, text


def _periods(text, year=2022):
    return {r["mention"]: r["period"] for r in _paragraph_records("Intro\n" + text + "\n", year)}


def test_day_range_gives_a_window_period():
    assert _periods("Between 21 and 25 September 2022 police detained 300 protesters.")["300"] == \
        "2022-09-21..2022-09-25"
    assert _periods("On June 3-5, police detained 40 people.")["40"] == "2022-06-03..2022-06-05"


def test_window_of_the_year_takes_the_year_the_sentence_opens_with():
    assert _periods("In 2019 the office reported 136 complaints in the first six months of the year.")["136"] == \
        "2019-01..2019-06"


def test_date_of_a_compared_figure_and_baseline_year_do_not_leak():
    got = _periods("The office received 54 allegations, compared to 84 in 2019.")
    assert got["54"] == "2022" and got["84"] == "2019"
    assert _periods("Disciplinary cases rose to 83, a 40 percent increase from 2018.")["40 percent"] == "2022"


def test_rate_per_year_belongs_to_its_own_figure_only():
    got = _periods("The court imposed 100 hours per year of compulsory work and a fine of 50,000 tenge on May 3.")
    assert got["100 hours"] == "annual" and got["50,000 tenge"] == "2022-05-03"


def test_month_naming_an_event_is_not_the_period():
    got = _periods("On April 24, a local court convicted two participants of the February riots.")
    assert got["two"] == "2022-04-24"


def test_year_of_a_compared_figure_is_not_carried_to_the_next_sentence():
    text = "Police opened 58 cases of abuse, compared with 39 cases in 2019. Prosecutors charged 11 officers.\n"
    doc = read_document(text, "t", 2021)
    rows = figures_in_paragraph(doc.paragraphs[0], 2021)
    assert [(r["mention"], r["period"]) for r in rows] == [("58", "2021"), ("39", "2019"), ("11", "2021")]
