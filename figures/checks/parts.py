"""Parts and whole: recognise a count broken down in the same sentence and check that the parts fit.

Report style marks a breakdown in a few ways: "W ... (including P)", "W ..., of whom/of which P",
"W ..., P of whom ...", "Of W ..., P1 were ..., P2 were ...", "P of the W". The parts of a list
run in parallel ("35 were ..., three were ..., and two were ..."). Parts must never exceed the
whole; when the text says the breakdown is complete ("the remaining N", "consisting of"), they
must also add up to it.
"""

import re
from dataclasses import dataclass

from figures.checks.base import Flag, Located, is_count, number, sentences, shown
from figures.schema import group_of

INTRO = re.compile(
    r"(\(\s*)?\b(including|of (?:whom|which|them)|among (?:them|whom)|consisting of|comprising|"
    r"made up of|divided into|broken down into|namely)\b",
    re.IGNORECASE,
)
COMPLETE_INTROS = ("consisting of", "comprising", "made up of", "divided into", "broken down into", "namely")
POSTPOSED = re.compile(r"^\s+of\s+(?:whom|which|them)\b", re.IGNORECASE)
OF_WHOLE = re.compile(r"(?:^|;\s*)(?:Of|Out of)\s+(?:the\s+|a total of\s+)?$")
P_OF_W = re.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.IGNORECASE)
REMAINDER_BEFORE = re.compile(r"\b(?:the\s+)?(?:remaining|other)\s*$", re.IGNORECASE)
REST_WORDS = re.compile(r"\bthe (?:rest|remaining|others)\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[;)]")

MAX_GAP = 120  # characters between a whole and the words that introduce its parts
APPROXIMATE = 0.10

# Lower bound of a part and upper bound of a whole, by qualifier, as multiples of the stated value.
PART_LOW = {"up_to": 0.0, "less_than": 0.0, "approximate": 1 - APPROXIMATE}
WHOLE_HIGH = {"approximate": 1 + APPROXIMATE, "more_than": None, "at_least": None, "vague": None}


@dataclass(frozen=True)
class Breakdown:
    whole: Located
    parts: tuple[Located, ...]
    complete: bool  # the text says the parts are the whole breakdown
    open_rest: bool  # "the rest" without a number: complete, but one part is not counted


def parts_flags(rows: list[dict]) -> dict[str, list[Flag]]:
    """Flags keyed by figure_id for wholes and parts that do not fit together."""
    flags: dict[str, list[Flag]] = {}
    for sentence, located in sentences(rows):
        for breakdown in breakdowns(sentence, located):
            flag = _judge(breakdown)
            if flag is None:
                continue
            members = [breakdown.whole, *breakdown.parts]
            for member in members:
                related = tuple(other.id for other in members if other.id != member.id)
                flags.setdefault(member.id, []).append(Flag(flag.code, flag.message, related))
    return flags


def breakdowns(sentence: str, located: list[Located]) -> list[Breakdown]:
    """Every whole-and-parts structure in one sentence, among its count figures."""
    counts = [item for item in located if is_count(item.row)]
    found: dict[tuple, Breakdown] = {}
    for candidate in (*_introduced(sentence, counts), *_postposed(sentence, counts), *_of_whole(sentence, counts),
                      *_part_of_whole(sentence, counts)):
        whole, parts, complete = candidate
        parts = tuple(p for p in parts if _same_group(whole, p))
        if not parts:
            continue
        key = (whole.id, tuple(p.id for p in parts))
        scope = sentence[whole.end:_clause_end(sentence, parts[-1].end)]
        remainder = any(REMAINDER_BEFORE.search(sentence[max(0, p.start - 20):p.start]) for p in parts)
        open_rest = bool(REST_WORDS.search(scope)) and not remainder
        found.setdefault(key, Breakdown(whole, parts, complete or remainder or open_rest, open_rest))
    return list(found.values())


def _introduced(sentence, counts):
    """W ... (including P1, P2) / W ..., of whom P1 ..., P2 ... / W consisting of P1 and P2."""
    for match in INTRO.finditer(sentence):
        whole = _last_before(counts, match.start(), sentence)
        after = [c for c in counts if c.start >= match.end()]
        if whole is None or not after or len(sentence[match.end():after[0].start].split()) > 2:
            continue
        complete = match.group(2).lower() in COMPLETE_INTROS
        if match.group(1):
            close = sentence.find(")", match.end())
            close = len(sentence) if close < 0 else close
            yield whole, [c for c in after if c.end <= close], complete
        else:
            yield whole, _parallel(sentence, after), complete


def _postposed(sentence, counts):
    """W ..., P of whom ...: one part named after the whole."""
    for part in counts:
        if POSTPOSED.match(sentence[part.end:]):
            whole = _last_before(counts, part.start, sentence)
            if whole is not None:
                yield whole, [part], False


def _of_whole(sentence, counts):
    """Of W ..., P1 were ..., P2 were ...: a clause opened by its whole."""
    for whole in counts:
        if not OF_WHOLE.search(sentence[:whole.start]):
            continue
        comma = sentence.find(",", whole.end)
        if comma < 0:
            continue
        after = [c for c in counts if c.start > comma and c.start < _clause_end(sentence, comma)]
        if after:
            yield whole, _parallel(sentence, after), False


def _part_of_whole(sentence, counts):
    """P of (the) W: 'three of the 23 members'."""
    for part, whole in zip(counts, counts[1:]):
        if P_OF_W.match(sentence[part.end:whole.start]):
            yield whole, [part], False


def _last_before(counts, position, sentence) -> Located | None:
    before = [c for c in counts if c.end <= position]
    if not before:
        return None
    whole = before[-1]
    gap = sentence[whole.end:position]
    if len(gap) > MAX_GAP or ";" in gap:
        return None
    return whole


def _parallel(sentence, after: list[Located]) -> list[Located]:
    """The first part and the ones that follow it in the same pattern ('35 were ..., three were ...')."""
    first = after[0]
    head = _head(sentence, first)
    parts = [first]
    end = _clause_end(sentence, first.end)
    for item in after[1:]:
        if item.start >= end or _head(sentence, item) != head or CLAUSE_END.search(sentence[parts[-1].end:item.start]):
            break
        parts.append(item)
    return parts


def _head(sentence: str, item: Located) -> str:
    match = re.match(r"\W*([A-Za-z]+)", sentence[item.end:])
    word = match.group(1).lower() if match else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _clause_end(sentence: str, position: int) -> int:
    match = CLAUSE_END.search(sentence, position)
    return match.start() if match else len(sentence)


def _same_group(whole: Located, part: Located) -> bool:
    return group_of(str(whole.row.get("category"))) == group_of(str(part.row.get("category")))


def _judge(breakdown: Breakdown) -> Flag | None:
    whole = breakdown.whole.row
    parts = [p.row for p in breakdown.parts]
    listed = " + ".join(shown(p) for p in parts)
    low_sum = sum(float(p["value"]) * PART_LOW.get(p.get("qualifier"), 1.0) for p in parts)
    high_factor = WHOLE_HIGH.get(whole.get("qualifier"), 1.0)
    whole_high = float(whole["high"]) if whole.get("qualifier") == "range" else float(whole["value"])
    if high_factor is not None and low_sum > whole_high * high_factor + 1e-9:
        total = sum(float(p["value"]) for p in parts)
        return Flag(
            "parts_exceed_whole",
            f"The parts {listed} add up to {number(total)}, more than the whole {shown(whole)}.",
        )
    exact = all(r.get("qualifier") == "exact" for r in (whole, *parts))
    if breakdown.complete and not breakdown.open_rest and exact:
        total = sum(float(p["value"]) for p in parts)
        if total != float(whole["value"]):
            return Flag(
                "parts_do_not_sum",
                f"The text gives {listed} as the full breakdown of {shown(whole)}, but they add up to {number(total)}.",
            )
    return None
