"""The languages of a document: which paragraphs are read, which are furniture, which are skipped and said."""

from pathlib import Path

import pytest

from extract.cli import main
from extract.languages import document_language, language_of
from extract.loading import decode_bytes
from extract.pipeline import extract_text, unread_summary
from extract.reading import read_document

ENGLISH = "The ombudsman received 40 complaints about police conduct during the year under review."
RUSSIAN = "Уполномоченный по правам человека получил 40 жалоб на действия полиции за отчётный год."
LONG_RUSSIAN = ("В отчётный период в адрес уполномоченного поступило 1 250 обращений граждан, из них 310 жалоб "
                "касались действий сотрудников полиции, а ещё 96 — условий содержания в учреждениях.")
KAZAKH = ("Есепті кезеңде уәкілге азаматтардан 1 250 өтініш түсті, оның 310-ы полиция қызметкерлерінің "
          "әрекеттеріне қатысты шағымдар болды, ал тағы 96-сы мекемелердегі ұстау жағдайларына қатысты.")


@pytest.mark.parametrize("text,language", [
    (ENGLISH, "en"), (RUSSIAN, "ru"), (KAZAKH, "kk"), ("1 250 | 310", None),
    ("Аналитик Қанат Әбілов сказал, что данные неполные.", "ru"),
])
def test_a_paragraph_language_is_told_from_its_letters(text, language):
    assert language_of(text) == language


def test_a_document_language_is_that_of_most_of_its_text():
    assert document_language([RUSSIAN, LONG_RUSSIAN, ENGLISH]) == "ru"


def test_russian_paragraphs_beside_a_shorter_kazakh_one_make_a_russian_document():
    kazakh = "Биыл сотқа 12 шағым түсті және олардың көбі қабылданбады."
    assert document_language([RUSSIAN, LONG_RUSSIAN, kazakh]) == "ru"
    assert document_language([kazakh, kazakh, RUSSIAN]) == "kk"


def test_a_bilingual_report_yields_figures_in_both_languages():
    rows = extract_text("\n".join([ENGLISH, LONG_RUSSIAN, ENGLISH]), "bilingual", 2023)
    assert {r["language"] for r in rows} == {"en", "ru"}
    assert [r["value"] for r in rows if r["language"] == "ru"] == [1250, 310, 96]


def test_short_lines_in_another_language_at_the_start_and_end_are_furniture():
    text = "\n".join(["Перейти к содержанию 5", ENGLISH, ENGLISH, "Поделиться: 12", "Ещё 3 записи"])
    doc = read_document(text, "site", 2023)
    assert [p.is_furniture for p in doc.paragraphs] == [True, False, False, True, True]
    assert all(r["language"] == "en" for r in extract_text(text, "site", 2023))


def test_a_stray_short_line_in_another_language_among_the_documents_is_furniture():
    doc = read_document("\n".join([ENGLISH, "Подписаться на 2 канала", ENGLISH]), "stray", 2023)
    assert [p.is_furniture for p in doc.paragraphs] == [False, True, False]


def test_kazakh_paragraphs_are_skipped_and_counted():
    doc = read_document("\n".join([LONG_RUSSIAN, KAZAKH, KAZAKH, LONG_RUSSIAN]), "mixed", 2023)
    assert doc.unread == (("kk", 2),)
    assert unread_summary(doc) == "2 paragraphs in Kazakh were not read"
    assert not any(p.is_read for p in doc.paragraphs if p.language == "kk")


def test_the_command_summary_line_says_what_was_not_read(tmp_path, capsys):
    source = tmp_path / "mixed.txt"
    source.write_text("\n".join([LONG_RUSSIAN, KAZAKH, LONG_RUSSIAN]), encoding="utf-8")
    assert main([str(source), "--out", str(tmp_path / "out.csv")]) == 0
    assert "1 paragraph in Kazakh was not read" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_a_russian_file_in_a_legacy_encoding_is_decoded(encoding):
    text = "\n".join([RUSSIAN, "Штраф составил 40 МРП, а арест 10 суток."] * 3)
    assert decode_bytes(text.encode(encoding), Path(f"report.{encoding}.txt")) == text
