"""The pipeline's provenance: stable ids, the sentence, paragraph, section, theme and page of every figure."""

from extract.pipeline import extract_text

REPORT = """Section 1. Respect for the Integrity of the Person

C. TORTURE AND OTHER CRUEL, INHUMAN, OR DEGRADING TREATMENT OR PUNISHMENT

The ombudsman received 40 complaints of torture during the year. Police denied every one.

Section 7. Worker Rights

E. ACCEPTABLE CONDITIONS OF WORK

The labor inspectorate recorded 1,215 workplace injuries, of which 148 resulted in death.
"""


def test_figure_ids_are_stable_across_runs_and_unique():
    first = extract_text(REPORT, "freedonia-2021", 2021)
    second = extract_text(REPORT, "freedonia-2021", 2021)
    assert [r["figure_id"] for r in first] == [r["figure_id"] for r in second]
    assert len({r["figure_id"] for r in first}) == len(first) == 3


def test_same_text_under_another_document_id_gets_other_ids():
    ids_a = {r["figure_id"] for r in extract_text(REPORT, "a", 2021)}
    ids_b = {r["figure_id"] for r in extract_text(REPORT, "b", 2021)}
    assert not ids_a & ids_b


def test_every_row_carries_its_sentence_section_and_theme():
    rows = {r["mention"]: r for r in extract_text(REPORT, "d", 2021)}
    complaints = rows["40"]
    assert complaints["sentence"] == "The ombudsman received 40 complaints of torture during the year."
    assert complaints["section"] == ("Section 1. Respect for the Integrity of the Person > "
                                     "C. TORTURE AND OTHER CRUEL, INHUMAN, OR DEGRADING TREATMENT OR PUNISHMENT")
    assert complaints["theme"] == "Torture & prisons"
    assert complaints["paragraph"] == 2
    assert rows["148"]["theme"] == "Labor"


def test_mention_is_the_exact_span_of_the_text():
    for row in extract_text(REPORT, "d", 2021):
        assert REPORT[row["char_start"]:row["char_end"]] == row["mention"]


def test_page_comes_from_page_start_offsets():
    second_page = REPORT.index("Section 7.")
    rows = {r["mention"]: r for r in extract_text(REPORT, "d", 2021, pages=[0, second_page])}
    assert rows["40"]["page"] == 1
    assert rows["148"]["page"] == 2
    assert all(r["page"] is None for r in extract_text(REPORT, "d", 2021))
