"""From a file's bytes to document text, refusing what is not a readable text.

Every refusal is a DocumentError whose message is one line naming the file and the problem.
"""

import os
from pathlib import Path

from charset_normalizer import from_bytes

MAX_BYTES = int(os.environ.get("REPORTED_FIGURES_MAX_BYTES", 50 * 1024 * 1024))

# Encodings a legacy report may plausibly come in; anything else is refused rather than guessed.
KNOWN_LEGACY_ENCODINGS = ("cp1251", "koi8_r", "cp1252", "latin_1", "iso8859_5", "mac_cyrillic", "cp866", "utf_16")


class DocumentError(Exception):
    """A document that cannot be read, with a one-line reason."""

    def __init__(self, name, reason: str):
        self.name = str(name)
        self.reason = reason
        super().__init__(f"{self.name}: {reason}")


def normalize_newlines(text: str) -> str:
    """Turn CRLF into LF: document offsets are defined on this form."""
    return text.replace("\r\n", "\n")


def decode_bytes(data: bytes, name) -> str:
    """Decode a text document: UTF-8, or a legacy encoding that can be told with confidence.

    A UTF-8 byte order mark is kept as the text's first character: figure offsets index the file's text
    exactly as decoded, so tools that read the same file agree on every offset."""
    if not data.strip():
        raise DocumentError(name, "the file is empty")
    if len(data) > MAX_BYTES:
        raise DocumentError(name, f"the file is {len(data) / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return normalize_newlines(data.decode("utf-16"))
    if b"\x00" in data[:8192]:
        raise DocumentError(name, "the file is binary, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    if _control_share(text) > 0.01:
        raise DocumentError(name, "the file is binary, not text")
    return normalize_newlines(text)


def _decode_legacy(data: bytes, name) -> str:
    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else None
    if encoding not in KNOWN_LEGACY_ENCODINGS:
        raise DocumentError(name, "the file is not UTF-8 and its encoding cannot be told with confidence")
    return str(best)


def _control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(len(sample), 1)


def read_text_file(path) -> str:
    """Read a plain-text document from disk, with one-line errors for missing, unreadable or non-text files."""
    p = Path(path)
    if not p.exists():
        raise DocumentError(path, "no such file")
    if p.is_dir():
        raise DocumentError(path, "is a folder, not a file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise DocumentError(path, f"the file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from None
    return decode_bytes(data, path)
