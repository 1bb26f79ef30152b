"""What a whole document is about, from its opening: a document that opens on a body taking complaints from the
public (an ombudsman, a police complaints authority), or speaks of complaints again and again there, counts
complaints; one that speaks of fines again and again there tells of fines."""

from extract.language_data import rule

_COMPLAINT_BODY = rule("en", "counts", "count.complaint_body_topic").pattern
_COMPLAINT_WORD = rule("en", "counts", "count.complaint_word_topic").pattern
_FINE_WORD = rule("en", "money", "money.fine_topic").pattern
# How much of a document's opening (its title and first paragraphs) says what it is about.
OPENING_CHARS = 1500
# How many complaint words an opening holds when the document is about complaints, whatever body takes them.
COMPLAINT_WORDS_OPENING = 3
# How many fine words an opening holds when the document tells of fines.
FINE_WORDS_OPENING = 3


def document_topic(texts: list[str]) -> str:
    """"complaints" when the opening of a document (its paragraphs' `texts`) names a body taking complaints or
    speaks of complaints COMPLAINT_WORDS_OPENING times, else "fines" when it speaks of fines FINE_WORDS_OPENING
    times, else ""."""
    opening = "\n".join(texts)[:OPENING_CHARS]
    if _COMPLAINT_BODY.search(opening) or len(_COMPLAINT_WORD.findall(opening)) >= COMPLAINT_WORDS_OPENING:
        return "complaints"
    return "fines" if len(_FINE_WORD.findall(opening)) >= FINE_WORDS_OPENING else ""
