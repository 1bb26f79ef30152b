"""What a whole document is about, from its opening: a document that opens on a body taking complaints from the
public (an ombudsman, a police complaints authority) counts complaints when it speaks of bare "cases"."""

from extract.language_data import rule

_COMPLAINT_BODY = rule("en", "counts", "count.complaint_body_topic").pattern
# How much of a document's opening (its title and first paragraphs) says what it is about.
OPENING_CHARS = 1500


def document_topic(texts: list[str]) -> str:
    """"complaints" when the opening of a document (its paragraphs' `texts`) names a body taking complaints,
    else ""."""
    opening = "\n".join(texts)[:OPENING_CHARS]
    return "complaints" if _COMPLAINT_BODY.search(opening) else ""
