"""The dashboard's questions of the figures table, on rows hand-made from real report sentences.

make_figures() is shared with test_charts.py and test_export.py.
"""

import json

import pandas as pd
import pytest

from figures import queries
from figures.schema import COLUMNS

SECTION_1C = ("Section 1. Respect for the Integrity of the Person, Including Freedom from: > "
              "C. TORTURE AND OTHER CRUEL, INHUMAN, OR DEGRADING TREATMENT OR PUNISHMENT")
SECTION_2A = "Section 2. Respect for Civil Liberties, Including: > A. FREEDOM OF EXPRESSION, INCLUDING FOR THE PRESS"

SENTENCES = [
    "During the first 10 months of the year, her office received 125 complaints about torture and cruel "
    "treatment, compared to 84 throughout 2019.",
    "On April 1, Yerbolat Askarov, director of the operations unit of a prison in Shakhtinsk near Karaganda, was "
    "sentenced to two-and-a-half years’ probation for torturing prisoners in addition to a three-year ban on work "
    "in penitentiary institutions.",
    "The court also imposed on Ilyashev a five-year ban on public activity, 100 hours per year of compulsory work "
    "during his probation, and a fine of approximately 54, 000 tenge ($130).",
    "The law prohibits insulting the first president, the sitting president, or their families, with penalties "
    "up to five years’ imprisonment, and penalizes “intentionally spreading false information” with fines of up "
    "to 12.63 million tenge ($32,800) and imprisonment for up to five years.",
    "On April 30, the Kazybek Bi district court in Karaganda convicted Hasenov and sentenced him to three years of "
    "probation, 100 hours a year of compulsory labor, and an administrative fine of 41,670 tenge ($100).",
    "The court sentenced Deputy Director for Behavioral Correction Arman Shabdenov and Deputy Director for "
    "Operations Jexenov to seven years in jail, and the others received sentences ranging from five to six years "
    "in jail.",
]
DOC_TEXT = "\n".join(SENTENCES)
DOC_ID = "doc2020"


def make_row(sentence: int, mention: str, occurrence: int = 1, **fields) -> dict:
    """One figures-table row for `mention` in SENTENCES[sentence], offsets into DOC_TEXT."""
    start = sum(len(s) + 1 for s in SENTENCES[:sentence])
    at = -1
    for _ in range(occurrence):
        at = SENTENCES[sentence].index(mention, at + 1)
    row = {c: None for c in COLUMNS}
    row.update(
        figure_id=f"f{sentence}-{at}", doc_id=DOC_ID, char_start=start + at, char_end=start + at + len(mention),
        mention=mention, sentence=SENTENCES[sentence], paragraph=sentence, section=SECTION_1C,
        theme="Torture & prisons", qualifier="exact", statutory=False, checks="[]",
        doc_title="2020 Country Reports on Human Rights Practices: Kazakhstan", doc_publisher="US Department of State",
        doc_country="Kazakhstan", doc_year=2020,
    )
    row.update(fields)
    return row


def make_figures() -> pd.DataFrame:
    """A small figures table: complaints for two periods, fines imposed and statutory, sentences, casualties."""
    rows = [
        make_row(0, "125", value=125, unit="count", kind="count", category="complaints",
                 period="2020-01..2020-10", subject="complaints of torture received by the ombudsman",
                 attribution="Ombudsman"),
        make_row(0, "84", value=84, unit="count", kind="count", category="complaints", period="2019",
                 subject="complaints of torture received by the ombudsman", attribution="Ombudsman"),
        make_row(1, "two-and-a-half years", value=2.5, unit="year", kind="duration", category="probation",
                 value_base=913.125, unit_base="day", period="2020-04-01",
                 subject="probation for prison operations director Yerbolat Askarov"),
        make_row(1, "three-year", value=3, unit="year", kind="duration", category="ban", period="2020-04-01",
                 subject="ban on work in penitentiary institutions for Yerbolat Askarov"),
        make_row(2, "approximately 54, 000 tenge ($130)", value=54000, unit="KZT", kind="money", category="fine",
                 qualifier="approximate", usd_reported=130, value_base=130.5, unit_base="USD", value_kzt=54000,
                 period="2020-06-22", subject="fine imposed on Alnur Ilyashev", section=SECTION_2A,
                 theme="Expression & media",
                 checks=json.dumps([{"code": "usd_mismatch", "message": "Reported $130 differs from 130.5 at "
                                     "the year's rate", "related": []}])),
        make_row(3, "up to 12.63 million tenge ($32,800)", value=12630000, unit="KZT", kind="money",
                 category="fine", qualifier="up_to", statutory=True, usd_reported=32800, value_kzt=12630000,
                 subject="maximum fine for intentionally spreading false information", section=SECTION_2A,
                 theme="Expression & media"),
        make_row(3, "five years", occurrence=2, value=5, unit="year", kind="duration", category="prison_term",
                 qualifier="up_to", statutory=True, subject="maximum prison term for spreading false information",
                 section=SECTION_2A, theme="Expression & media"),
        make_row(4, "41,670 tenge ($100)", value=41670, unit="KZT", kind="money", category="fine", usd_reported=100,
                 value_kzt=41670, period="2020-04-30", subject="administrative fine imposed on Arman Hasenov",
                 section=SECTION_2A, theme="Expression & media"),
        make_row(4, "100 hours", value=100, unit="hour", kind="duration", category="compulsory_work",
                 subject="=HYPERLINK(\"http://example.org\") compulsory labour for Hasenov", section=SECTION_2A,
                 theme="Expression & media"),
        make_row(5, "seven years", value=7, unit="year", kind="duration", category="prison_term",
                 subject="prison term of deputy prison directors Shabdenov and Jexenov"),
        make_row(5, "five to six years", value=5, low=5, high=6, unit="year", kind="duration", qualifier="range",
                 category="prison_term", subject="prison terms of the other prison officers"),
    ]
    casualties = make_row(1, "Askarov", value=3, unit="count", kind="count", category="deaths",
                          subject="men who died after alleged poisoning in a detention facility")
    casualties_injured = make_row(1, "Shakhtinsk", value=200, unit="count", kind="count", category="injuries",
                                  qualifier="more_than", subject="prisoners beaten by National Guard soldiers")
    return pd.DataFrame(rows + [casualties, casualties_injured])


def test_imposed_and_statutory_figures_are_filtered_apart():
    df = make_figures()
    imposed = queries.filter_figures(df, statutory="imposed")
    statutory = queries.filter_figures(df, statutory="statutory")
    assert set(statutory["mention"]) == {"up to 12.63 million tenge ($32,800)", "five years"}
    assert len(imposed) + len(statutory) == len(df)
    assert not imposed["statutory"].any()


def test_unknown_statutory_choice_is_refused():
    with pytest.raises(ValueError, match="statutory must be one of"):
        queries.filter_figures(make_figures(), statutory="maybe")


def test_text_search_covers_subject_and_sentence_ignoring_case():
    df = make_figures()
    assert set(queries.filter_figures(df, text="ILYASHEV")["mention"]) == {"approximately 54, 000 tenge ($130)"}
    by_sentence = queries.filter_figures(df, text="kazybek bi")
    assert len(by_sentence) == 2 and set(by_sentence["paragraph"]) == {4}


def test_theme_category_and_kind_filters_combine():
    df = make_figures()
    rows = queries.filter_figures(df, themes=["Expression & media"], kinds=["money"])
    assert set(rows["category"]) == {"fine"} and len(rows) == 3
    assert len(queries.filter_figures(df, categories=["complaints"], periods=["2019"])) == 1


def test_fine_keeps_dollar_amount_the_report_gives_and_says_so():
    fines = queries.fines_table(make_figures()).set_index("subject")
    row = fines.loc["fine imposed on Alnur Ilyashev"]
    assert row["amount_kzt"] == 54000 and row["amount_usd"] == 130 and row["usd_source"] == "as reported"


def test_fine_without_dollars_in_text_uses_the_converted_amount():
    df = make_figures()
    df.loc[df["subject"] == "fine imposed on Alnur Ilyashev", "usd_reported"] = None
    row = queries.fines_table(df).set_index("subject").loc["fine imposed on Alnur Ilyashev"]
    assert row["amount_usd"] == pytest.approx(130.5) and row["usd_source"] == "converted"


def test_sentence_lengths_share_one_axis_in_months_and_years():
    table = queries.sentences_table(make_figures()).set_index("mention")
    assert table.loc["two-and-a-half years", "months"] == pytest.approx(30)
    assert table.loc["100 hours", "months"] == pytest.approx(100 / 730.5)
    assert table.loc["five to six years", "years_high"] == pytest.approx(6)
    assert "125" not in table.index


def test_complaints_for_two_periods_stay_two_rows_with_readable_periods():
    table = queries.justice_table(make_figures(), ["complaints"])
    assert list(table["value"]) == [125, 84]
    assert list(table["period_label"]) == ["Jan–Oct 2020", "2019"]


@pytest.mark.parametrize("period, label", [
    ("2020-01..2020-10", "Jan–Oct 2020"), ("2020-07", "Jul 2020"), ("2020-07-15", "15 Jul 2020"),
    ("annual", "per year"), (None, "period not stated"), ("2019..2020", "2019 – 2020"),
])
def test_period_codes_read_as_a_reader_would_say_them(period, label):
    assert queries.period_label(period) == label


def test_section_path_shortens_to_report_citation():
    assert queries.section_short(SECTION_2A) == "2.a"
    assert queries.section_short("Executive Summary") == "Executive Summary"


def test_headline_fine_is_the_largest_imposed_not_the_statutory_maximum():
    heads = {h.group: h for h in queries.headlines(make_figures())}
    assert heads["fines"].largest == "54,000 tenge ($130)"
    assert heads["fines"].n_figures == 3 and heads["fines"].n_imposed == 2
    assert heads["sentences"].largest == "7 years"
    assert heads["casualties"].largest == "200"
    assert heads["complaints"].largest_subject == "complaints of torture received by the ombudsman"


def test_duration_formats_in_years_and_months():
    assert queries.format_duration(42) == "3 years 6 months"
    assert queries.format_duration(10 / 30.4375) == "10 days"


def test_each_cross_check_flag_is_one_row():
    flags = queries.check_flags(make_figures())
    assert list(flags["code"]) == ["usd_mismatch"]
    assert flags["mention"].iloc[0] == "approximately 54, 000 tenge ($130)"


def test_unreadable_checks_are_reported_not_hidden():
    assert queries.parse_checks("{not json")[0]["code"] == "unreadable_checks"
    assert queries.parse_checks("[]") == []


def test_subject_recurring_in_two_report_years_is_followed():
    first = make_figures()
    second = first.assign(doc_id="doc2021", doc_year=2021, figure_id=first["figure_id"] + "-21")
    second.loc[second["mention"] == "125", "subject"] = "Complaints of torture received by the Ombudsman, 2021"
    recurring = queries.across_years(pd.concat([first, second]))
    series = recurring[recurring["category"] == "complaints"]
    assert set(series["doc_year"]) == {2020, 2021}
    assert queries.across_years(first).empty


def test_documents_in_scope_by_country_and_year():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "country": ["Kazakhstan", "Kazakhstan", "Kyrgyzstan"],
                         "year": pd.array([2020, 2021, 2020], dtype="Int64")})
    assert list(queries.documents_in_scope(docs, countries=["Kazakhstan"], years=["2021"])["doc_id"]) == ["b"]
    assert len(queries.documents_in_scope(docs)) == 3


def test_sentence_parts_place_the_second_of_two_equal_mentions():
    df = make_figures()
    row = df[(df["mention"] == "five years") & df["statutory"]].iloc[0]
    before, figure, after = queries.sentence_parts(row, DOC_TEXT)
    assert figure == "five years" and after == "."
    assert before.endswith("imprisonment for up to ")


def test_selected_figure_fields_read_as_a_reader_writes_them():
    fine = make_figures().query("category == 'fine' and not statutory").iloc[0]
    fields = queries.figure_details(fine).set_index("field")["value"]
    assert fields["Value"] == "54,000" and fields["Amount in tenge"] == "54,000"
    assert fields["US dollars as the report gives them"] == "130"
    assert fields["What the law prescribes"].startswith("No")
    assert fields["Category"] == "Fine (fine)" and fields["Period"] == "22 Jun 2020 (2020-06-22)"
    assert "Low end" not in fields  # blank fields are left out
    assert queries.format_number(2.5) == "2.5" and queries.format_number(12630000.0) == "12,630,000"


@pytest.mark.parametrize("url, link", [
    ("https://www.state.gov/reports/2020-country-reports/", "https://www.state.gov/reports/2020-country-reports/"),
    ("HTTP://tirek.info/report", "HTTP://tirek.info/report"),
    ("javascript:alert(1)", None), ("data:text/html,<script>", None), ("file:///etc/passwd", None),
    ("http://", None), ("www.state.gov/report", None), (None, None),
])
def test_only_web_addresses_become_source_links(url, link):
    assert queries.web_link(url) == link


def test_cross_check_codes_have_readable_names():
    assert queries.check_label("contested") == "Sources disagree"
    assert queries.check_label("some_new_check") == "Some new check"


def test_grid_shows_codes_as_words_and_leaves_missing_cells_missing():
    figures = make_figures()
    shown = queries.readable_table(figures)
    ranged = shown[figures["qualifier"] == "range"].iloc[0]
    assert (ranged["category"], ranged["qualifier"], ranged["kind"]) == ("Prison term", "Range", "Duration")
    assert shown.loc[figures["period"] == "2020-01..2020-10", "period"].iloc[0] == "Jan–Oct 2020"
    assert shown.loc[figures["period"].isna(), "period"].isna().all()
    assert list(shown["figure_id"]) == list(figures["figure_id"]) and figures["category"].str.contains("_").any()
    assert queries.qualifier_label("up_to") == "Up to" and queries.qualifier_label("new_kind") == "New kind"


def test_headline_names_who_the_largest_fine_fell_on_when_the_text_says():
    df = make_figures()
    df.loc[df["mention"] == "approximately 54, 000 tenge ($130)", "who"] = "activist Rana Dole"
    fines = next(h for h in queries.headlines(df) if h.group == "fines")
    assert fines.largest_subject.startswith("activist Rana Dole · ")
    sentences = next(h for h in queries.headlines(make_figures()) if h.group == "sentences")
    assert " · " not in sentences.largest_subject
