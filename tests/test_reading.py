"""Paragraphs, section paths, sentences and offsets of a report."""

from extract.reading import heading_rank, read_document, run_in_heading
from extract.themes import theme_for

REPORT = """Нажмите "Enter" для перехода к содержанию

2021 Country Reports on Human Rights Practices: Freedonia

Executive Summary

The Republic of Freedonia is a presidential republic.

Section 1. Respect for the Integrity of the Person

C. TORTURE AND OTHER CRUEL, INHUMAN, OR DEGRADING TREATMENT OR PUNISHMENT

The law prohibits torture. Nevertheless, the ombudsman received 40 complaints.

PRISON AND DETENTION CENTER CONDITIONS

Physical Conditions: Prisons were overcrowded. Mr. Smith said so.

Conditions remained harsh in 12 facilities.

Section 7. Worker Rights

Поделись, чтобы люди узнали:
"""


def test_paragraphs_are_nonempty_lines_with_exact_offsets():
    doc = read_document(REPORT, "d")
    for p in doc.paragraphs:
        assert REPORT[p.start:p.end] == p.text
        assert p.text.strip()
    assert len(doc.paragraphs) == 12


def test_section_path_follows_numbered_lettered_and_capital_headings():
    doc = read_document(REPORT, "d")
    para = next(p for p in doc.paragraphs if p.text.startswith("The law prohibits"))
    assert para.section == ("Section 1. Respect for the Integrity of the Person",
                            "C. TORTURE AND OTHER CRUEL, INHUMAN, OR DEGRADING TREATMENT OR PUNISHMENT")


def test_run_in_heading_joins_the_path_and_carries_to_following_paragraphs():
    doc = read_document(REPORT, "d")
    para = next(p for p in doc.paragraphs if p.text.startswith("Conditions remained"))
    assert para.section[-2:] == ("PRISON AND DETENTION CENTER CONDITIONS", "Physical Conditions")
    assert para.run_in == "Physical Conditions"


def test_a_new_section_closes_deeper_headings():
    doc = read_document(REPORT, "d")
    heading = next(p for p in doc.paragraphs if p.text == "Section 7. Worker Rights")
    assert heading.is_heading and heading.section == ("Section 7. Worker Rights",)


def test_site_furniture_in_another_script_is_marked():
    doc = read_document(REPORT, "d")
    assert doc.paragraphs[0].is_furniture and doc.paragraphs[-1].is_furniture
    assert not any(p.is_furniture for p in doc.paragraphs[1:-1])


def test_sentences_split_without_breaking_on_abbreviations():
    doc = read_document(REPORT, "d")
    para = next(p for p in doc.paragraphs if p.text.startswith("Physical Conditions"))
    assert [s.text for s in para.sentences] == ["Physical Conditions: Prisons were overcrowded.", "Mr. Smith said so."]
    for s in para.sentences:
        assert REPORT[s.start:s.end] == s.text


def test_year_covered_is_read_from_the_title():
    assert read_document(REPORT, "d").year == 2021
    assert read_document(REPORT, "d", year=2019).year == 2019


def test_body_sentences_and_questions_are_not_headings():
    assert heading_rank("The government did not respond.") is None
    assert heading_rank("There were six registered political parties:") is None
    assert heading_rank("Section 3. Freedom to Participate in the Political Process") == 0


def test_run_in_heading_needs_title_case_words():
    assert run_in_heading("Pretrial Detention: The law allows 72 hours.") == "Pretrial Detention"
    assert run_in_heading("There were six registered political parties: A, B.") is None


def test_theme_comes_from_the_deepest_heading_that_names_one():
    assert theme_for(("Section 1. Respect", "C. TORTURE AND OTHER CRUEL TREATMENT",
                      "PRISON AND DETENTION CENTER CONDITIONS", "Physical Conditions"),
                     frozenset({"Physical Conditions"})) == "Torture & prisons"
    assert theme_for(("Section 7. Worker Rights", "C. PROHIBITION OF CHILD LABOR")) == "Labor"
    assert theme_for(("Section 6. Discrimination", "PERSONS WITH DISABILITIES", "Employment"),
                     frozenset({"Employment"})) == "Disabilities"
    assert theme_for(("Executive Summary",)) == "General"


def test_headings_marked_by_level_give_the_path_without_their_marks():
    text = ("# Annual Report 2022\n\n## Section 2. Civil Liberties\n\n### a. Freedom of Expression\n\n"
            "Authorities blocked 14 websites.\n\n## Section 3. Elections\n\nTurnout was 61 percent.\n")
    doc = read_document(text, "d")
    blocked = next(p for p in doc.paragraphs if p.text.startswith("Authorities"))
    turnout = next(p for p in doc.paragraphs if p.text.startswith("Turnout"))
    assert blocked.section == ("Annual Report 2022", "Section 2. Civil Liberties", "a. Freedom of Expression")
    assert turnout.section == ("Annual Report 2022", "Section 3. Elections")
    assert doc.year == 2022


def test_flattened_table_rows_are_data_not_headings():
    assert heading_rank("Detained | 1,234") is None
    assert heading_rank("Detained\t1,234") is None
    assert heading_rank("Northern Region: 9") is None
    assert heading_rank("Civic Space Index 2020") == 2
    doc = read_document("Section 2. Assembly\n\nArrests by Region\n\nCapital | 412\n\nNorth | 38\n", "d", 2021)
    rows = [p for p in doc.paragraphs if "|" in p.text]
    assert rows and not any(p.is_heading for p in rows)
    assert rows[0].section == ("Section 2. Assembly", "Arrests by Region")


def test_a_byte_order_mark_does_not_hide_the_first_heading():
    doc = read_document("\ufeffSection 1. Prisons\n\nGuards beat 12 inmates.\n", "d", 2021)
    assert doc.paragraphs[0].is_heading
    assert doc.paragraphs[1].section == ("Section 1. Prisons",)


def test_abbreviations_before_numbers_do_not_end_a_sentence():
    text = "A court fined him 3,000 dinars (approx. US$8,000) under Art. 5 of the code. He appealed.\n"
    para = read_document(text, "d", 2021).paragraphs[0]
    assert [s.text for s in para.sentences] == [
        "A court fined him 3,000 dinars (approx. US$8,000) under Art. 5 of the code.", "He appealed."]
