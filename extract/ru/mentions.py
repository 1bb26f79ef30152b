"""Figures as written in Russian: a number with its qualifier, range, unit and the equivalent restated beside
it ("не менее 40 МРП (138 400 тенге)"), with dates, years, article numbers and ordinals left out."""

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from extract.language_data import rule, rules, table
from extract.mentions import Mention
from extract.ru.lemmas import has_verb, lemma
from extract.ru.numbers import Number, find_numbers

# Units that make a figure a count of people or things when no unit word follows.
COUNT = ("count", "count")
# How far before a number its qualifier or article word may start.
LOOKBEHIND = 40


def _rule(name: str, rule_id: str) -> re.Pattern:
    return rule("ru", name, rule_id).pattern


@cache
def _unit_openers() -> tuple[tuple[re.Pattern, str, str], ...]:
    """(pattern, unit, kind) of each unit rule that reads the word opening a text, in file order (read once)."""
    return tuple((r.pattern, *r.decides.split()) for r in rules("ru", "units")
                 if r.decides and r.pattern.pattern.startswith("^"))


def _unit_after(after: str) -> tuple[str, str, int] | None:
    """(unit, kind, length) of the unit word that opens `after` (after a case ending: "15-ти суток")."""
    ending = _rule("numbers", "number.case_ending").match(after)
    skip = ending.end() if ending else 0
    rest = after[skip:]
    for pattern, unit, kind in _unit_openers():
        m = pattern.match(rest)
        if m:
            return unit, kind, skip + m.end()
    return None


# Four digits that may be a year.
_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_year(text: str, n: Number) -> bool:
    raw = text[n.start:n.end]
    return bool(_YEAR.fullmatch(raw))


# How far around a number a phone number that holds it is looked for.
PHONE_REACH = 20


def _in_phone(text: str, n: Number) -> bool:
    """Whether a number is part of a phone number ("8-7212-40-18-77", "+7 (727) 250-11-22")."""
    start = max(0, n.start - PHONE_REACH)
    if "-" not in text[start:n.end + PHONE_REACH]:
        return False
    return any(m.start() <= n.start and n.end <= m.end() for m in _rule("nonfigures", "nonfigure.phone_run").finditer(
        text, start, min(len(text), n.end + PHONE_REACH)))


# Digits opening with a zero: a code, not a count.
_LEADING_ZERO = re.compile(r"0\d+")


def _names_or_times(text: str, n: Number, before: str, after: str) -> bool:
    """Whether a number is a code with a leading zero, a name in quotes, a house number, a time of day or an idiom
    ("на все сто"), or a number word written in capitals as an abbreviation ("СТО"); phone numbers are _in_phone's."""
    if not n.spelled and _LEADING_ZERO.fullmatch(text[n.start:n.end]) and not _unit_after(after):
        return True
    if _rule("nonfigures", "nonfigure.quoted_alone").match(text, max(0, n.start - 1)):
        return True
    if not n.spelled and any(m.end() == n.end + 1 for m in _rule("nonfigures", "nonfigure.quoted_name_end").finditer(
            text, max(0, n.start - 64), min(len(text), n.end + 1))):
        return True
    if not n.spelled and _rule("nonfigures", "nonfigure.street_number").search(before):
        return True
    if _rule("nonfigures", "nonfigure.clock_minutes").search(before) and _rule("nonfigures",
                                                                              "nonfigure.minutes_after").match(after):
        return True
    clock = "час" in after[:6] and _rule("nonfigures", "nonfigure.clock_event").match(text, _sentence_start(text, n.start))
    if clock and clock.start("hour") == n.start:
        return True
    if n.spelled and _rule("nonfigures", "nonfigure.one_others").match(text, n.start):
        return True
    if n.spelled and _rule("nonfigures", "nonfigure.two_states").match(text, n.start):
        return True
    word = text[n.start:n.end]
    lo = max(0, n.start - 12)
    idiom = any(m.start() < n.end and n.start < m.end()
                for m in _rule("nonfigures", "nonfigure.idiom").finditer(text, lo, min(len(text), n.end + 16)))
    return n.spelled and (idiom or len(word) > 2 and word.isupper() and
                          not text[max(0, n.start - 30):n.end + 30].isupper())


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts: the end mark of the sentence before it, or 0 (rules that
    open a sentence match "^" or an end mark there)."""
    ends = [m.start() for m in re.finditer(r"[.!?]\s+", text[max(0, at - 200):at])]
    return max(0, at - 200) + ends[-1] if ends else 0


def _not_a_figure(text: str, n: Number, previous_article: int | None) -> tuple[bool, bool]:
    """(skip, is_article): whether a number is a date, year, article number, ordinal or name, not a figure;
    `previous_article` is where the article number before it ends, if the number before it was one."""
    before, after = text[max(0, n.start - LOOKBEHIND):n.start], text[n.end:]
    if _names_or_times(text, n, before, after):
        return True, False
    if not n.spelled:
        if _rule("units", "unit.age_after").match(after):
            return False, False
        if (_rule("nonfigures", "nonfigure.ordinal").match(after) or _rule("nonfigures", "nonfigure.glued").match(after)
                or _rule("nonfigures", "nonfigure.code_suffix").match(after)
                or _rule("nonfigures", "nonfigure.numbered_body").match(after)
                or _rule("nonfigures", "nonfigure.glued_before").search(before)):
            return True, False
        if _rule("nonfigures", "nonfigure.article_before").search(before) or (
                previous_article is not None and
                _rule("nonfigures", "nonfigure.article_chain").match(text[previous_article:n.start])):
            return True, True
        if _rule("nonfigures", "nonfigure.code_after").match(after):
            return True, True
        if _rule("nonfigures", "nonfigure.phone_before").search(before) or _in_phone(text, n):
            return True, False
        if not _unit_after(after) and _rule("nonfigures", "nonfigure.clock_dotted").search(text, max(0, n.start - 12),
                                                                                        n.end):
            return True, False
        if _rule("nonfigures", "nonfigure.clock_hours").match(text, max(0, n.start - 3)):
            return True, False
        if _in_opening_marker(text, n) or _is_inline_marker(text, n):
            return True, False
        if _is_year(text, n) and not _unit_after(after) and not (
                _rule("nonfigures", "nonfigure.people_after_year").match(after) or
                _rule("nonfigures", "nonfigure.amount_word_before_year").search(before)):
            return True, False
        if (_is_year(text, n) or _rule("nonfigures", "nonfigure.year_span_end").search(before)) and (
                _rule("nonfigures", "nonfigure.year_word").match(after)):
            return True, False
    if _rule("nonfigures", "nonfigure.date").match(after) or _starts_overnight(text, n):
        return True, False
    if _rule("nonfigures", "nonfigure.period_phrase").search(before) and (
            _rule("nonfigures", "nonfigure.period_phrase_after").match(after)):
        return True, False
    if _rule("nonfigures", "nonfigure.months_of_year_after").match(after):
        return True, False
    if _rule("nonfigures", "nonfigure.span_before").search(before) and _rule("nonfigures", "nonfigure.span_after").match(after):
        return True, False
    span = _rule("nonfigures", "nonfigure.span_after_za").search(before)
    if span and (n.unit == "month" or _rule("nonfigures", "nonfigure.span_unit_after").match(after)) and not (
            _rule("nonfigures", "nonfigure.notice_before").search(before[:span.start()]) or
            _rule("nonfigures", "nonfigure.span_before_event_after").match(after)):
        return True, False
    if _rule("nonfigures", "nonfigure.period_phrase").search(before) and (
            _rule("nonfigures", "nonfigure.last_period_after").match(after) or (
                _rule("nonfigures", "nonfigure.last_period_before").search(before) and
                _rule("nonfigures", "nonfigure.period_unit_after").match(after))):
        return True, False
    if _rule("nonfigures", "nonfigure.article_after_singular").match(after) and n.value != 1:
        return True, True
    if n.spelled and _rule("nonfigures", "nonfigure.article_before").search(before) and (
            _rule("nonfigures", "nonfigure.article_after_spelled").match(after)):
        return True, True
    if _rule("nonfigures", "nonfigure.clock_before").search(before) and (
            _rule("nonfigures", "nonfigure.clock_after").match(after)):
        return True, False
    if n.spelled and n.value == 1 and n.unit is None and (_rule("numbers", "number.one_not_counting").match(after) or
                                       _rule("numbers", "number.one_alone").match(text, max(0, n.start - 3)) or
                                       _rule("numbers", "number.one_more_named").match(text, max(0, n.start - 5)) or
                                       _rule("numbers", "number.one_more_oblique").search(text, max(0, n.start - 6), n.end) or
                                       _rule("numbers", "number.one_negated").search(before) or
                                       _rule("numbers", "number.one_per_unit").search(before) or (
                                           _rule("nonfigures", "nonfigure.period_phrase").search(before) and
                                           _rule("nonfigures", "nonfigure.period_unit_after").match(after))):
        return True, False
    return False, False


def _in_opening_marker(text: str, n: Number) -> bool:
    """Whether `n` lies inside the list marker that opens the paragraph ("3) ", "«4-1. ")."""
    lead = len(text) - len(text.lstrip(' \t\n"«“'))
    marker = _rule("nonfigures", "nonfigure.list_marker").match(text[lead:])
    return bool(marker) and lead <= n.start and n.end <= lead + marker.end()


def _starts_overnight(text: str, n: Number) -> bool:
    """Whether `n` is the first day of a night named by two days ("в ночь с 17 на 18 мая")."""
    night = _rule("nonfigures", "nonfigure.date_overnight").match(text, max(0, n.start - 2))
    return bool(night) and night.start("day") == n.start


def _is_inline_marker(text: str, n: Number) -> bool:
    """Whether `n` numbers a part of a statute quoted inside a paragraph ("гласит: 1. Торговля ...")."""
    if not text.startswith(".", n.end):
        return False
    return any(m.start("item") == n.start for m in _rule("nonfigures", "nonfigure.list_marker_inline").finditer(
        text, max(0, n.start - 3), min(len(text), n.end + 4)))


def _qualifier(before: str) -> tuple[str | None, int]:
    """The qualifier that ends `before` and where it starts (relative to the end), else (None, 0)."""
    for r in rules("ru", "qualifiers"):
        if r.decides and (m := r.pattern.search(before)):
            return r.decides, len(before) - m.start()
    return None, 0


# A dash alone between two numbers.
_DASH_BETWEEN = re.compile(r"\s*[–—−-]\s*")


def _range_end(text: str, n: Number, nxt: Number | None) -> bool:
    """Whether `nxt` ends a range that `n` opens: "от 5 до 7 лет", "5–7 лет", "3 или 4 года", and with the unit
    said twice after "от": "от одного года до трёх лет"; two numbers joined by "или" whose first is the larger
    restate one figure in two units ("из них 150 или 37,5%"), no range."""
    if nxt is None:
        return False
    between = text[n.end:nxt.start]
    has_from = _rule("qualifiers", "qualifier.range_from").search(text[max(0, n.start - 10):n.start])
    unit = _unit_after(between)
    if has_from and unit and _rule("qualifiers", "qualifier.range").fullmatch(between[unit[2]:]):
        second = _unit_after(text[nxt.end:])
        return bool(second and second[0] == unit[0])
    joined = _rule("qualifiers", "qualifier.range").fullmatch(between) or _DASH_BETWEEN.fullmatch(between)
    if not joined:
        return False
    return bool(has_from or _DASH_BETWEEN.fullmatch(between) or (
        "или" in between and not _restated(text, n, nxt)))


def _restated(text: str, n: Number, nxt: Number) -> bool:
    """Whether `nxt` restates `n` in another unit: joined by "или", the first the larger ("из них 150 или 37,5%",
    "на 96, или 19,3%"), so neither a range nor a unit shared."""
    return "или" in text[n.end:nxt.start] and _shared_scale(n, nxt) > nxt.value


def _shared_scale(low: Number, high: Number) -> float:
    """The value of a range's low end that leaves its multiplier word to the high end ("от 20 до 40 тыс." is 20
    to 40 thousand; "от 500 до 2 тыс." is 500 to 2000)."""
    if low.scale == 1 and high.scale > 1 and low.value * high.scale <= high.value:
        return low.value * high.scale
    return low.value


# How many numbers a list whose last names the unit of all may run to ("на 3, 5, 5, 10 и 15 суток").
LIST_REACH = 12


def _listed_unit(text: str, numbers: list[Number], i: int) -> tuple[str, str] | None:
    """(unit, kind) a bare number takes from the last of the numbers listed after it with commas and "и", or one
    size per payer ("в размере 30, на должностных лиц - в размере 90 МРП"), that names a unit other than a count
    ("на 3, 5, 5 и 10 суток", "по 2, 4 и 6 тыс. сомов")."""
    for j in range(i, min(i + LIST_REACH, len(numbers) - 1)):
        between = text[numbers[j].end:numbers[j + 1].start]
        if _restated(text, numbers[j], numbers[j + 1]) or not (_rule("units", "unit.listed_with_next").match(between)
                or _rule("units", "unit.listed_in_size_slots").match(between)):
            return None
        unit, kind, _ = _unit_of(text, numbers[j + 1], numbers[j + 1].end)
        if unit != "count":
            return unit, kind
    return None


def _scaled_like(n: Number, nxt: Number) -> float:
    """The value of a bare number that leaves its multiplier word to the number after it, which shares its unit
    ("с 12 до 8 тысяч рублей", "9 и 11 тыс."): scaled when that brings it within ten times the other's value,
    as it is when it already stands there ("с 500 до 2 тыс.")."""
    if n.scale == 1 and nxt.scale > 1 and nxt.value / 10 <= n.value * nxt.scale <= nxt.value * 10:
        return n.value * nxt.scale
    return n.value


# The kind of a figure whose one word implies its unit ("Т64 300", "вдвое", "две трети", "полтонны"); any other
# is a duration ("полгода").
WORD_UNIT_KINDS = {"KZT": "money", "times": "ratio", "percent": "percent", "t": "measure", "kg": "measure"}


def _unit_of(text: str, n: Number, end: int) -> tuple[str, str, int]:
    """(unit, kind, end) of a figure whose first number is `n` and whose last number ends at `end`."""
    before = text[max(0, n.start - LOOKBEHIND):n.start]
    after = text[end:]
    found = _unit_after(after)
    if n.unit:
        kind = WORD_UNIT_KINDS.get(n.unit, "duration")
        return n.unit, kind, end + (found[2] if found and found[0] == n.unit else 0)
    if _rule("units", "unit.dollar_before").search(before):
        return "USD", "money", end
    if found and found[0] == "times" and not _rule("units", "unit.times_before").search(before) and not (
            _rule("units", "unit.index_multiple").match(after)):
        return "count", "count", end
    if found and found[1] == "age":
        term = _rule("units", "unit.term_after_age").match(after[found[2]:])
        return found[0], "duration" if term else "age", end + found[2]
    if found and found[0] == "year" and _rule("units", "unit.age_before").search(before):
        return "year", "age", end + found[2]
    if found:
        return found[0], found[1], end + found[2]
    return "count", "count", end


# The kinds of amount whose unit a bare number after them may leave unsaid.
ELIDED_KINDS = ("money", "duration")
# How far after an amount said with its unit one may leave it unsaid.
ELIDED_REACH = 120


def _elided_unit(text: str, amount: Mention, start: int, end: int, dashed: bool) -> tuple[str, str] | None:
    """(unit, kind) of a bare number at `start`..`end` (one that ends with a multiplier word, a range, or one a
    dash stands after for its unit) that leaves the unit of `amount`, the last amount of money or time before
    it, unsaid ("от 20 до 40 тыс. рублей для граждан, от 80 до 150 тыс. для должностных лиц", "от 400 000 до
    700 000 – для юрлиц", "9 лет для отца, 6 — для сына"): no verb between them, unless a dash after it stands
    for the verb too (`dashed`: "512 тысяч рублей приходится на Казань, 217 тысяч — на Самару"), and no noun
    after it ("оштрафованы на 3 тыс. рублей, 15 — арестованы" counts)."""
    between = text[amount.end:start]
    if len(between) > ELIDED_REACH or (has_verb(between) and not dashed) or not _nothing_counted_after(text, end):
        return None
    return amount.unit, amount.kind


# What never restates an amount: a count, or a share of the whole ("97 (7%)" are two figures).
SHARES_AND_COUNTS = ("count", "percent")


def _equivalent(text: str, end: int, numbers: list[Number], j: int) -> tuple[float | None, float | None, int, int]:
    """Amounts restated right after a figure ("(138 400 тенге, или около $310)"): (usd, usd_high, new end,
    numbers used). Only a bracket holds more than one; an unclosed bracket restates nothing."""
    m = _rule("numbers", "number.equivalent").match(text[end:])
    if not m:
        return None, None, end, 0
    bracket = "(" in m.group()
    pos, last_end, used = end + m.end(), end, 0
    usd = usd_high = None
    while j + used < len(numbers):
        n = numbers[j + used]
        if text[pos:n.start].strip() not in ("", "$"):
            break
        size = 2 if _range_end(text, n, numbers[j + used + 1] if j + used + 1 < len(numbers) else None) else 1
        last = numbers[j + used + size - 1]
        unit, kind, unit_end = _unit_of(text, n, last.end)
        if kind in SHARES_AND_COUNTS:
            break
        if unit == "USD" and usd is None:
            usd, usd_high = n.value, (last.value if size == 2 else None)
        used, last_end = used + size, unit_end
        more = _rule("numbers", "number.equivalent_more").match(text[unit_end:]) if bracket else None
        if not more:
            break
        pos = unit_end + more.end()
    close = re.match(r"\s*\)", text[last_end:]) if bracket else None
    if not used or (bracket and not close):
        return None, None, end, 0
    return usd, usd_high, last_end + (close.end() if close else 0), used


def _months_after(text: str, end: int, nxt: Number | None) -> tuple[float, int] | None:
    """The months of a compound duration after its years ("5 лет и 6 месяцев"): (months, new end)."""
    if nxt is None or not _rule("numbers", "number.compound").fullmatch(text[end:nxt.start]):
        return None
    found = _unit_after(text[nxt.end:])
    return (nxt.value, nxt.end + found[2]) if found and found[0] == "month" else None


def _compound_high(text: str, end: int, following: list[Number]) -> tuple[float, int, int] | None:
    """The high end of a range of compound durations ("от двух лет и десяти месяцев до трёх лет и трёх месяцев")
    after its low end, which ends at `end`: (years, where it ends, numbers used), from the numbers `following`."""
    if not following or not _rule("qualifiers", "qualifier.range").fullmatch(text[end:following[0].start]):
        return None
    years = following[0]
    unit = _unit_after(text[years.end:])
    if not unit or unit[0] != "year":
        return None
    high_end = years.end + unit[2]
    months = _months_after(text, high_end, following[1] if len(following) > 1 else None)
    if months:
        return years.value + months[0] / 12, months[1], 2
    return years.value, high_end, 1


def find_mentions_ru(text: str) -> list[Mention]:
    """Every figure of a Russian paragraph, in text order."""
    numbers = find_numbers(text)
    out: list[Mention] = []
    slots: list[int] = []  # bare amounts said where money is ("штраф в размере 25 тыс."), by their index in out
    amount: Mention | None = None  # the last amount of money or time
    i, previous_article = 0, None
    while i < len(numbers):
        n = numbers[i]
        skip, is_article = _not_a_figure(text, n, previous_article)
        previous_article = n.end if is_article else None
        if skip:
            i += 1
            continue
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        low, high, last = n.value, None, n
        before = text[max(0, n.start - LOOKBEHIND):n.start]
        bare = _rule("numbers", "number.bare_low").search(before)
        start = n.start
        if _range_end(text, n, nxt) and not _not_a_figure(text, nxt, None)[0]:
            high, last, i = nxt.value, nxt, i + 1
            low = _shared_scale(n, nxt)
            qualifier = "range"
            frm = _rule("qualifiers", "qualifier.range_from").search(before)
            start = n.start - (len(before) - frm.start()) if frm else n.start
        elif bare:
            value, _ = table("ru", "numbers", "bare_units")[bare.group(1).lower()].split()
            low, high, qualifier = float(value), n.value, "range"
            start = n.start - (len(before) - bare.start())
        else:
            qualifier, back = _qualifier(before)
            start = n.start - back if qualifier and qualifier != "exact" else n.start
            qualifier = qualifier or "exact"
        more = _rule("qualifiers", "qualifier.and_more_after").match(text[last.end:]) if qualifier == "exact" else None
        qualifier = "at_least" if more else qualifier
        unit, kind, end = _unit_of(text, n, last.end + (more.end() if more else 0))
        if unit == "count" and nxt is not None and qualifier != "range" and not _restated(text, n, nxt) and (
                _rule("units", "unit.shared_with_next").match(text[n.end:nxt.start])):
            unit, kind, _ = _unit_of(text, nxt, nxt.end)
            low = _scaled_like(n, nxt)
        elif unit == "count" and qualifier != "range" and (listed := _listed_unit(text, numbers, i)):
            unit, kind = listed
        right_after = amount is not None and amount is out[-1]
        if unit == "count" and amount and (
                (last.scale > 1 and amount.kind == "money") or qualifier == "range" or (
                    right_after and _rule("units", "unit.ellipsis_dash").match(text[end:])) or (
                    right_after and _rule("units", "unit.each_after_and").search(before)) or (
                    amount.kind == "duration" and _rule("units", "unit.suspended_after").match(text[end:]))) and (
                elided := _elided_unit(text, amount, n.start, end,
                                       right_after and bool(_rule("units", "unit.dash_after").match(text[end:])))):
            unit, kind = elided
        if unit == "count" and last.scale > 1 and _in_money_slot(text, n.start, end):
            slots.append(len(out))
        if _rule("units", "unit.dollar_before").search(before):
            start = min(start, text.rfind("$", 0, n.start))
        months = _months_after(text, end, numbers[i + 1] if i + 1 < len(numbers) else None) if unit == "year" else None
        if months:
            low, end, i = low + months[0] / 12, months[1], i + 1
            upper = _compound_high(text, end, numbers[i + 1:i + 3]) if qualifier != "range" and (
                _rule("qualifiers", "qualifier.range_from").search(before)) else None
            if upper:
                high, end, used = upper
                i, qualifier = i + used, "range"
                start = n.start - (len(before) - _rule("qualifiers", "qualifier.range_from").search(before).start())
        usd, usd_high, end, used = _equivalent(text, end, numbers, i + 1)
        i += 1 + used
        out.append(Mention(start, end, n.start if not bare else start, low, low if qualifier == "range" else None,
                           high, qualifier, unit, kind, usd, usd_high))
        amount = out[-1] if kind in ELIDED_KINDS else amount
    return sorted(_in_nearest_currency(out, slots) + _vague(text, numbers) + _lone_multipliers(text, numbers),
                  key=lambda m: m.start)


def _in_money_slot(text: str, start: int, end: int) -> bool:
    """Whether a bare amount with a multiplier word stands where money is said, with no noun after it: after a
    fine's or a sum's words ("штраф в размере 25 тыс.", "сумма может возрасти до 450 млн") or before a fine in
    the singular ("по 15 тыс. штрафа"; "15 тыс. штрафов" counts fines)."""
    return bool(_rule("units", "unit.money_slot_before").search(text[max(0, start - LOOKBEHIND):start]) and (
        _nothing_counted_after(text, end)) or _rule("units", "unit.money_slot_after").match(text[end:]))


def _nothing_counted_after(text: str, end: int) -> bool:
    """Whether no noun a number could count follows it at `end`: a break, a preposition, or the next sentence
    after the point of its multiplier word ("... на 15 тыс. Суд ...")."""
    return bool(_rule("units", "unit.elided_after").match(text[end:]) or (
        text[end - 1:end] == "." and _rule("units", "unit.next_sentence").match(text[end:])))


def _in_nearest_currency(mentions: list[Mention], slots: list[int]) -> list[Mention]:
    """The bare amounts at `slots` in the currency of the amount nearest them in the paragraph, before or after
    ("Каждому присудили по 15 тыс. штрафа. ... три штрафа по 15 тысяч рублей"); with none, still counts."""
    out = list(mentions)
    amounts = [m for m in mentions if m.kind == "money"]
    starts = [m.start for m in amounts]
    for k in slots:
        at = bisect_left(starts, out[k].start)
        near = amounts[max(0, at - 1):at + 1]
        if near:
            nearest = min(near, key=lambda m: min(abs(m.start - out[k].end), abs(out[k].start - m.end)))
            out[k] = replace(out[k], unit=nearest.unit, kind="money")
    return out


def _lone_multipliers(text: str, numbers: list[Number]) -> list[Mention]:
    """An amount of money said by its multiplier word alone ("почти миллион рублей", "штраф в тысячу тенге"):
    one thousand, million or billion; before anything but a currency the word is left to other readings."""
    out = []
    for m in _rule("numbers", "number.lone_multiplier").finditer(text):
        if any(n.start <= m.start() < n.end for n in numbers):
            continue
        found = _unit_after(text[m.end():])
        if not found or found[1] != "money":
            continue
        qualifier, back = _qualifier(text[max(0, m.start() - LOOKBEHIND):m.start()])
        start = m.start() - back if qualifier and qualifier != "exact" else m.start()
        value = float(table("ru", "numbers", "multipliers")[lemma(m.group())])
        out.append(Mention(start, m.end() + found[2], m.start(), value, None, None, qualifier or "exact", found[0],
                           "money"))
    return out


def _vague(text: str, numbers: list[Number]) -> list[Mention]:
    """'десятки', 'сотни', 'тысячи' with no number before them: a vague amount at its conventional floor; one
    'сотня', 'полусотня' or 'десяток' is about a hundred, fifty or ten, and so is 'сотни' after a qualifier
    ("более сотни"), which the figure then holds ("около полусотни")."""
    out = []
    for rule_id, name, qualifier in (("number.vague", "vague", "vague"), ("number.about_one", "about_one", "approximate")):
        floors = table("ru", "numbers", name)
        for m in _rule("numbers", rule_id).finditer(text):
            if any(n.start <= m.start(1) < n.end for n in numbers):
                continue
            floor = floors.get(lemma(m.group(1)))
            before = text[max(0, m.start() - LOOKBEHIND):m.start()]
            start, kind_of = m.start(), qualifier
            if _rule("numbers", "number.one_after_qualifier").search(before):
                floor = table("ru", "numbers", "about_one").get(lemma(m.group(1)), floor)
                said, back = _qualifier(before)
                kind_of, start = (said, m.start() - back) if said else (qualifier, m.start())
            if floor:
                unit, kind, end = "count", "count", m.end()
                found = _unit_after(text[m.end():])
                if found and found[1] == "money":
                    unit, kind, end = found[0], "money", m.end() + found[2]
                out.append(Mention(start, end, m.start(1), float(floor), None, None, kind_of, unit, kind))
    return out
