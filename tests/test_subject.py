"""Subjects read as short chart labels: what is counted, paid or served, and what a penalty punishes."""

import pytest

from extract.reading import read_document
from extract.recognise import figures_in_paragraph


def subjects(text, year=2022):
    doc = read_document("Heading\n" + text + "\n", "t", year)
    return [(r["mention"], r["subject"]) for p in doc.paragraphs if not p.is_heading
            for r in figures_in_paragraph(p, year)]


def subject(text, mention):
    return dict(subjects(text))[mention]


@pytest.mark.parametrize("text, mention, expected", [
    ("The ombudsman received 54 allegations of torture during the year.", "54", "allegations of torture"),
    ("The office received 54 allegations of torture, compared to 84 in 2019.", "84", "allegations of torture"),
    ("Of the 300 complaints, 52 of the allegations were dismissed.", "52", "allegations dismissed"),
    ("Police detained 120 students during the protest.", "120", "students detained"),
    ("Two law enforcement officers were killed and 14 were injured.", "Two", "law enforcement officers killed"),
    ("Two law enforcement officers were killed and 14 were injured.", "14", "law enforcement officers injured"),
    ("Thousands took to the streets after the election.", "Thousands", "people who took to the streets"),
    ("A city court sentenced activist Ann Marlow to five years in prison for organizing a rally.", "five years",
     "prison term for organizing a rally"),
    ("Former judge Ann Lee was sentenced to four years in prison.", "four years", "prison term"),
    ("Two bloggers were fined 7 million riels (U.S. $1,750) each for insulting a public official.",
     "7 million riels (U.S. $1,750)", "fine for insulting a public official"),
    ("The court fined him 200,000 tenge ($480) for picketing.", "200,000 tenge ($480)", "fine for picketing"),
    ("She received a 15-day sentence for picketing outside the mayor’s office.", "15-day",
     "administrative arrest for picketing outside the mayor’s office"),
    ("The law provides for fines of up to 500,000 tenge for insulting a public official.", "up to 500,000 tenge",
     "fine for insulting a public official"),
    ("The court ordered the ministry to pay compensation of 50,000 euros to the victim’s family.", "50,000 euros",
     "compensation to victim’s family"),
    ("The monthly minimum wage was 42,500 tenge ($106).", "42,500 tenge ($106)", "monthly minimum wage"),
    ("Journalist Tom Berg spent 14 months in pretrial detention before his trial.", "14 months",
     "pretrial detention"),
    ("Detainees have 15 days to appeal a decision of the court.", "15 days", "time to appeal a decision"),
    ("Investigators opened 87 probes into alleged torture by guards.", "87", "probes into alleged torture"),
    ("Surveys showed that 40 percent of teachers supported the reform.", "40 percent", "share of teachers"),
    ("The court also imposed a three-year ban on journalism on the editor.", "three-year", "ban on journalism"),
])
def test_subject_is_a_clean_short_phrase(text, mention, expected):
    assert subject(text, mention) == expected


def test_subject_never_ends_on_a_preposition_or_is_only_a_kind_word():
    text = ("Prison authorities filed seven lawsuits against her. The court sentenced him to seven years in prison "
            "for leading a criminal group, and 12 others received prison terms. Three men died in custody.")
    for _, got in subjects(text):
        assert got.split()[-1].lower() not in ("for", "of", "to", "on", "in", "against", "the", "a")
        assert got not in ("amount", "duration", "count")
        assert len(got.split()) <= 8


def test_count_without_a_noun_takes_the_noun_its_clause_says_it_is():
    text = "Officials identified 31 victims; of these, 19 were forced labor victims and 12 were adult women."
    assert subject(text, "19") == "forced labor victims"


def test_people_named_after_were_are_the_subject_of_a_nounless_count():
    assert subject("Officers held 35 people overnight. Among them, 9 were students.", "9") == "students"
