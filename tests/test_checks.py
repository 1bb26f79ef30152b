"""run_checks(): each cross-check fires where the numbers do not fit and stays silent where they do."""

import json
import re

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.checks import run_checks
from figures.checks.base import _occurrences
from figures.schema import COLUMNS


def rows_of(sentence, figures, paragraph=1, offset=1000, doc_id="doc"):
    """Rows for the figures of one sentence: (mention, value, fields) placed where the mention occurs."""
    rows, cursor = [], 0
    for mention, value, fields in figures:
        start = sentence.index(mention, cursor)
        cursor = start + 1
        row = dict.fromkeys(COLUMNS)
        row.update(
            figure_id=f"{doc_id}-{paragraph}-{start}", doc_id=doc_id, char_start=offset + start,
            char_end=offset + start + len(mention), mention=mention, sentence=sentence, paragraph=paragraph,
            value=float(value), qualifier="exact", unit="count", kind="count", category="population",
            statutory=False, subject="people",
        )
        row.update(fields)
        rows.append(row)
    return rows


def flags(rows, **kwargs):
    out = run_checks(pd.DataFrame(rows), **kwargs)
    return {row.mention: json.loads(row.checks) for row in out.itertuples()}


def codes(found, mention):
    return [flag["code"] for flag in found[mention]]


FINE = (
    "On April 30, the Kazybek Bi district court in Karaganda convicted Hasenov and sentenced him to three years "
    "of probation, 100 hours a year of compulsory labor, and an administrative fine of 41,670 tenge ($100)."
)


def fine_rows(year):
    money = {"unit": "KZT", "kind": "money", "category": "fine", "usd_reported": 100.0, "period": f"{year}-04-30"}
    return rows_of(FINE, [("41,670 tenge ($100)", 41670, money)])


def test_dollar_equivalent_far_from_the_years_rate_is_flagged_with_both_rates():
    found = flags(fine_rows(2014))
    [flag] = found["41,670 tenge ($100)"]
    assert flag["code"] == "implied_rate"
    assert "416.7" in flag["message"] and "179.2" in flag["message"]


def test_dollar_equivalent_close_to_the_years_rate_is_not_flagged():
    assert flags(fine_rows(2020))["41,670 tenge ($100)"] == []


def test_figures_without_flags_get_an_empty_json_list():
    out = run_checks(pd.DataFrame(fine_rows(2020)))
    assert out.checks.tolist() == ["[]"]


RETURNED = (
    "As of November, according to government statistics, {whole} foreign citizens had returned home from the "
    "country (including 30,801 Russian citizens), and the government had legalized the status of 146,970 "
    "foreign citizens (of whom 94,405 received temporary work permits, 1,966 received authorization for family "
    "reunion, 872 to study, 148 to receive medical care, and 6,501 for visa extensions)."
)


def returned_rows(whole):
    sentence = RETURNED.format(whole=whole)
    parts = ["30,801", "146,970", "94,405", "1,966", "872", "148", "6,501"]
    figures = [(whole, whole.replace(",", ""), {})] + [(p, p.replace(",", ""), {}) for p in parts]
    return rows_of(sentence, figures)


def test_part_larger_than_its_whole_is_flagged_on_both():
    found = flags(returned_rows("19,217"))
    assert codes(found, "19,217") == ["parts_exceed_whole"]
    assert codes(found, "30,801") == ["parts_exceed_whole"]
    assert found["19,217"][0]["related"] == [r["figure_id"] for r in returned_rows("19,217") if r["mention"] == "30,801"]


def test_parts_that_fit_their_wholes_are_not_flagged():
    found = flags(returned_rows("149,217"))
    assert all(found[m] == [] for m in found)


VICTIMS = (
    "Of 40 victims identified in 2019, 35 were victims of sexual exploitation, three were victims of labor "
    "exploitation, and the remaining {last} were victims of forced begging."
)


def victims_rows(last, value):
    sentence = VICTIMS.format(last=last)
    cat = {"category": "victims"}
    return rows_of(sentence, [("40", 40, cat), ("35", 35, cat), ("three", 3, cat), (last, value, cat)])


def test_complete_breakdown_that_does_not_sum_is_flagged():
    found = flags(victims_rows("one", 1))
    assert codes(found, "40") == ["parts_do_not_sum"]
    assert "add up to 39" in found["40"][0]["message"]


def test_complete_breakdown_that_sums_is_not_flagged():
    assert flags(victims_rows("two", 2))["40"] == []


def test_of_which_part_within_its_whole_is_not_flagged_and_one_above_it_is():
    sentence = "In 2019 the government reported 1,215 workplace injuries, of which {part} resulted in death."
    for part, expected in (("148", []), ("1,480", ["parts_exceed_whole"])):
        rows = rows_of(sentence.format(part=part), [
            ("1,215", 1215, {"category": "injuries"}),
            (part, float(part.replace(",", "")), {"category": "deaths"}),
        ])
        assert codes(flags(rows), "1,215") == expected


PROTEST = [
    ("Police stated that 53 protesters were detained, seven of whom were punished by administrative fines, one "
     "protester was given a reprimand, and the rest were released after receiving an explanation of the law.",
     "53", 53, "Police", "protesters detained at the rallies"),
    ("Activists claimed that hundreds of protesters were detained by police, with some placed in jail and fined "
     "the day of the protest and others arrested afterwards.",
     "hundreds", 200, "Activists", "protesters detained by police"),
]


def protest_rows(second_source="Activists", second_period=None):
    rows = []
    for index, (sentence, mention, value, source, subject) in enumerate(PROTEST):
        fields = {"category": "detentions", "attribution": second_source if index else source,
                  "subject": subject, "period": second_period if index else None}
        if mention == "hundreds":
            fields["qualifier"] = "vague"
        rows += rows_of(sentence, [(mention, value, fields)], paragraph=142, offset=5000 + 400 * index)
    return rows


def test_same_event_counted_differently_by_two_sources_is_contested():
    found = flags(protest_rows())
    assert codes(found, "53") == ["contested"] and codes(found, "hundreds") == ["contested"]
    message = found["53"][0]["message"]
    assert "Police" in message and "Activists" in message and "'hundreds' (200)" in message


def test_one_source_giving_two_counts_is_not_contested():
    found = flags(protest_rows(second_source="Police"))
    assert found["53"] == [] and found["hundreds"] == []


def test_counts_of_different_periods_are_not_contested():
    rows = protest_rows(second_period="2020-06")
    rows[0]["period"] = "2019"
    assert flags(rows)["53"] == []


COMPLAINTS = (
    "During the first 10 months of the year, her office received 125 complaints about torture and cruel "
    "treatment, compared to 84 throughout 2019."
)


def test_compared_figure_is_linked_and_both_periods_are_named():
    cat = {"category": "complaints", "attribution": "Ombudsman"}
    rows = rows_of(COMPLAINTS, [("125", 125, {**cat, "period": "2020-01..2020-10"}), ("84", 84, {**cat, "period": "2019"})])
    found = flags(rows)
    [flag] = found["125"]
    assert flag["code"] == "change" and flag["related"] == [rows[1]["figure_id"]]
    assert "2020-01..2020-10" in flag["message"] and "2019" in flag["message"] and "+49%" in flag["message"]


def test_a_comparison_of_periods_of_different_lengths_says_so_and_one_of_equal_lengths_does_not():
    sentence = "In the first nine months the commission registered 260 appeals, compared with 200 in 2021."
    cat = {"category": "complaints"}
    for later, note in (("2022-01..2022-09", "The periods differ in length (12 months against 9 months)"),
                        ("2022", None)):
        rows = rows_of(sentence, [("260", 260, {**cat, "period": later}), ("200", 200, {**cat, "period": "2021"})])
        [flag] = flags(rows)["260"]
        assert "+30%" in flag["message"]
        assert (note in flag["message"]) if note else ("differ in length" not in flag["message"])


def test_stated_percent_increase_keeps_the_base_period_and_implies_the_earlier_count():
    sentence = (
        "According to the 2019 report of the Supreme Judicial Council, an additional 83 judges were disciplined "
        "for violating the law and judicial ethics and for poor performance of official duties, a 40 percent "
        "increase from 2018."
    )
    rows = rows_of(sentence, [("83", 83, {"period": "2019"}),
                              ("40 percent", 40, {"unit": "percent", "kind": "percent", "category": "percent"})])
    found = flags(rows)
    [flag] = found["40 percent"]
    assert flag["code"] == "change" and flag["related"] == [rows[0]["figure_id"]]
    assert "2018" in flag["message"] and "about 59" in flag["message"]


def test_stated_change_that_contradicts_the_two_figures_is_flagged():
    sentence = (
        "According to the Committee for Protection of Children Rights, the number of orphans who lived in "
        "orphanages decreased from 6,223 in 2017 to 4,606 during the year, a 10 percent decrease."
    )
    rows = rows_of(sentence, [("6,223", 6223, {"period": "2017"}), ("4,606", 4606, {"period": "2020"}),
                              ("10 percent", 10, {"unit": "percent", "kind": "percent", "category": "percent"})])
    found = flags(rows)
    assert "change_inconsistent" in codes(found, "10 percent")
    assert "-26%" in found["10 percent"][0]["message"]


def test_sentence_without_comparison_has_no_change_flag():
    sentence = "In 2019 police investigated 102 criminal cases of human trafficking, and courts convicted eight traffickers."
    rows = rows_of(sentence, [("102", 102, {"category": "criminal_cases"}), ("eight", 8, {"category": "convictions"})])
    assert all(v == [] for v in flags(rows).values())


@given(st.text(alphabet="ab5.,", max_size=12), st.text(alphabet="ab5.,", max_size=40))
@settings(max_examples=300, deadline=None)
def test_mentions_are_found_where_a_literal_pattern_finds_them(mention, sentence):
    assert _occurrences(mention, sentence) == [m.start() for m in re.finditer(re.escape(mention), sentence)]
