"""Bad input is refused with one line naming the file and the problem; readable legacy text is decoded."""

import pytest

from extract.loading import DocumentError, decode_bytes, read_text_file

RUSSIAN = ("Правозащитники сообщили, что в течение года полиция задержала более ста участников "
           "мирных собраний, а суды назначили им штрафы и административные аресты сроком до пятнадцати суток. ") * 5


def test_utf8_text_with_crlf_is_read_with_unix_newlines(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("Police detained 53 protesters.\r\nCourts fined two.\r\n".encode())
    assert read_text_file(path) == "Police detained 53 protesters.\nCourts fined two.\n"


def test_utf8_byte_order_mark_is_kept_so_offsets_match_the_file():
    assert decode_bytes("\ufeffThree were killed.".encode("utf-8"), "a.txt") == "\ufeffThree were killed."


def test_cp1251_russian_text_is_decoded():
    assert decode_bytes(RUSSIAN.encode("cp1251"), "ru.txt") == RUSSIAN


def test_empty_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(DocumentError) as err:
        read_text_file(path)
    assert str(err.value) == f"{path}: the file is empty"


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentError, match="binary"):
        read_text_file(path)


def test_missing_path_is_refused():
    with pytest.raises(DocumentError, match="no such file"):
        read_text_file("/nonexistent/report.txt")


def test_undecidable_encoding_is_refused_not_guessed():
    noise = bytes([0x80 + (i * 37) % 120 for i in range(3000)])
    with pytest.raises(DocumentError, match="not UTF-8"):
        decode_bytes(b"Report " + noise, "odd.txt")


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("extract.loading.MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("Seven were detained. " * 100)
    with pytest.raises(DocumentError, match="over the"):
        read_text_file(path)


def test_error_message_is_one_line(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(DocumentError) as err:
        read_text_file(path)
    assert "\n" not in str(err.value)
