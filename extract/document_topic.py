"""What a whole document is about, from its opening: a document that opens on a body taking complaints from the
public (an ombudsman, a police complaints authority), or speaks of complaints again and again there, counts
complaints; one that speaks of fines again and again there tells of fines."""

from collections import Counter

from extract.cue_list import CueList
from extract.language_data import rule

# A body taking complaints, a complaint word and a fine word, found in one reading of the opening (screened, and each
# tried only where its matches can start).
_TOPIC_CUES = CueList((("body", rule("en", "counts", "count.complaint_body_topic").pattern),
                       ("complaint", rule("en", "counts", "count.complaint_word_topic").pattern),
                       ("fine", rule("en", "money", "money.fine_topic").pattern)))
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
    found = Counter(name for name, _, _ in _TOPIC_CUES.matches(opening, 0, len(opening)))
    if found["body"] or found["complaint"] >= COMPLAINT_WORDS_OPENING:
        return "complaints"
    return "fines" if found["fine"] >= FINE_WORDS_OPENING else ""
