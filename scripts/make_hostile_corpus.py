"""Write the hostile corpus in tests/data/hostile/: files that once stopped or crashed ingestion, and whether
each can be read (expected.jsonl). Run: .venv/bin/python scripts/make_hostile_corpus.py"""

import json
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "tests" / "data" / "hostile"


def inflating_pdf(text: str) -> bytes:
    """A one-page PDF whose compressed content stream inflates to `text` shown as one line."""
    stream = zlib.compress(f"BT /F1 10 Tf 20 800 Td ({text}) Tj ET".encode("latin-1"), 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def files() -> dict[str, tuple[bytes, bool]]:
    """name -> (content, whether ingestion can read it)."""
    report = "The inspectors fined 4 bakeries in Westbrook and closed 2 more for 30 days.\n"
    return {
        "empty.txt": (b"", False),
        "blank-lines.txt": (b"\n \n\t\n" * 50, False),
        "binary.txt": (bytes(range(256)) * 40, False),
        "nul-bytes.txt": (b"\x00" * 4000, False),
        "corrupt.pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", False),
        "script-only.html": (b"<html><head><script>var n = 5;</script></head><body></body></html>", False),
        "cp1251.txt": (("Суд оштрафовал 3 журналистов на 150 000 тенге; 12 человек задержаны.\n" * 20)
                       .encode("cp1251"), True),
        "digits-line.txt": (("Total " + "1234567890" * 10_000 + "\n").encode(), True),
        "bidi.txt": (("\u202bThe court fined \u202e5\u202c activists \u200f80,000 tenge\u200e.\u202c\n" * 30).encode(),
                     True),
        "zero-width.txt": (("Police held 4\u200b2\u200b7 people" + "\u200b" * 3000 + " for 3 days.\n").encode(),
                           True),
        "dense-numbers.txt": (("Figures: " + "5% (6 7-8 \"9\" " * 300 + "\n" + report).encode(), True),
        "crlf-only.txt": (report.replace("\n", "\r").encode() * 5, True),
        "inflating.pdf": (inflating_pdf("The commission met again and again " * 17_000 + "and fined 6 firms"), True),
    }


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    expected = []
    for name, (content, readable) in files().items():
        (HERE / name).write_bytes(content)
        expected.append(json.dumps({"file": name, "readable": readable}))
    (HERE / "expected.jsonl").write_text("\n".join(expected) + "\n", encoding="utf-8")
    print(f"wrote {len(expected)} files to {HERE}")


if __name__ == "__main__":
    main()
