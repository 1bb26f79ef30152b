"""Numbers in Russian text: digits with spaced thousands and a decimal comma, multiplier words (тыс., млн,
млрд), and spelled-out numbers in any case and gender, read through their lemmas."""

import re
from dataclasses import dataclass, replace

from extract.language_data import rule, table
from extract.ru.lemmas import lemmas_of

_WORD = re.compile(r"[А-Яа-яЁё]+")


@dataclass(frozen=True)
class Number:
    """A number as written: its span in the text, its value, and the unit a one-word form implies."""

    start: int
    end: int
    value: float
    unit: str | None = None   # "month" for "полгода", "KZT" for the old tenge sign "Т64 300"
    spelled: bool = False
    scale: float = 1.0        # the multiplier word it ends with: 1000 for "50 тыс.", 1 for "6 тысяч 412"


def _numeral_value(word: str) -> float | None:
    values = table("ru", "numbers", "numerals")
    for form in lemmas_of(word):
        if form in values:
            return float(values[form])
    return None


def _multiplier(word: str) -> float | None:
    values = table("ru", "numbers", "multipliers")
    for form in lemmas_of(word.rstrip(".")):
        if form in values:
            return float(values[form])
    return None


def _scaled(text: str, m: re.Match) -> tuple[float, float, int]:
    """The value of digits with the multiplier word after them, that multiplier (1 with none), and where they
    end."""
    value = float(re.sub(r"\s", "", m.group().lstrip("Т")).replace(",", "."))
    scale = rule("ru", "numbers", "number.multiplier").pattern.match(text[m.end():])
    if not scale:
        return value, 1.0, m.end()
    factor = _multiplier(scale.group(1)) or 1
    return round(value * factor, 6), factor, m.end() + scale.end()  # 64,1 млн: 64100000


def _digits(text: str, matches: list[re.Match]) -> Number:
    """A number in digits (the first of `matches`, the rest those after it); "1 млн 200 тыс.", "7 тысяч 356"
    and "318 млн 420 тыс. 517" are one number: each smaller part follows a multiplier word with only a space."""
    m = matches[0]
    unit = "KZT" if m.group().startswith("Т") else None
    value, factor, end = _scaled(text, m)
    for following in matches[1:]:
        if factor == 1 or text[end:following.start()].strip():
            break
        rest, rest_factor, rest_end = _scaled(text, following)
        if rest_factor >= factor or rest >= factor:
            break
        value, factor, end = value + rest, rest_factor, rest_end
    return Number(m.start(), end, value, unit, scale=factor)


def _spelled(text: str, words: list[re.Match]) -> list[Number]:
    """Runs of numeral words ("двадцать пять", "полутора тысяч") with their summed value (`words`: the text's)."""
    out = []
    run_start, run_end, total, part, last_scale = None, 0, 0.0, 0.0, 1.0
    for m in words:
        word = m.group()
        value = _numeral_value(word)
        scale = _multiplier(word) if run_start is not None else None
        joined = run_start is not None and not text[run_end:m.start()].strip()
        if value is not None and (run_start is None or joined):
            run_start = m.start() if run_start is None else run_start
            part += value
            run_end = m.end()
            continue
        if scale and joined:
            total += (part or 1) * scale
            part, run_end, last_scale = 0.0, m.end(), scale
            continue
        if run_start is not None:
            out.append(Number(run_start, run_end, total + part, spelled=True, scale=1.0 if part else last_scale))
            run_start, total, part, last_scale = None, 0.0, 0.0, 1.0
        if value is not None:
            run_start, part, run_end = m.start(), value, m.end()
    if run_start is not None:
        out.append(Number(run_start, run_end, total + part, spelled=True, scale=1.0 if part else last_scale))
    return out


def _table_words(words: list[re.Match], name: str) -> list[tuple[re.Match, str]]:
    """The `words` (a text's) listed in the numbers table `name`, each with its entry."""
    entries = table("ru", "numbers", name)
    return [(m, str(entries[m.group().lower()])) for m in words if m.group().lower() in entries]


def _unit_words(words: list[re.Match], name: str) -> list[Number]:
    """One-word amounts of a unit from the table `name`: halves ("полгода" -> 6 month), multiples ("вдвое" ->
    2 times)."""
    out = []
    for m, entry in _table_words(words, name):
        value, unit = entry.split()
        out.append(Number(m.start(), m.end(), float(value), unit, spelled=True))
    return out


def _half_multipliers(words: list[re.Match]) -> list[Number]:
    """Half a multiplier said in one word ("полмиллиона" -> 500 000), scaled like "0,5 млн"."""
    return [Number(m.start(), m.end(), float(scale) / 2, spelled=True, scale=float(scale))
            for m, scale in _table_words(words, "half_multipliers")]


def _years_adjectives(words: list[re.Match]) -> list[Number]:
    """The numeral that opens a one-word adjective of years ("трёх" of "трёхлетний"), so its "-летний" reads
    as after digits."""
    years = rule("ru", "numbers", "number.years_adjective").pattern
    out = []
    for m in words:
        stem = years.match(m.group())
        value = _numeral_value(stem.group(1)) if stem else None
        if value is not None:
            out.append(Number(m.start(), m.start() + stem.end(1), value, spelled=True))
    return out


def _bare_units(text: str) -> list[Number]:
    """A penalty of one unit said by the unit word alone ("к году лишения свободы" -> 1 year)."""
    values = table("ru", "numbers", "bare_units")
    out = []
    for m in rule("ru", "numbers", "number.bare_unit").pattern.finditer(text):
        group = next(g for g in range(1, m.re.groups + 1) if m.group(g))
        value, unit = values[m.group(group).lower()].split()
        out.append(Number(m.start(group), m.end(group), float(value), unit, spelled=True))
    return out


# How far before (or after) a fraction noun the words that make it no share may reach.
SHARE_LOOKBEHIND = 30


def _fractions(text: str, words: list[re.Match]) -> list[Number]:
    """Shares said by a fraction noun, in percent ("половина" 50, "две трети" 66.6667: the numeral right before one
    multiplies it); not a half of a period ("во второй половине года", "четверть века") nor "с половиной", and not a
    word that may be an ordinal ("третью неделю")."""
    shares = table("ru", "numbers", "fractions")
    not_share = rule("ru", "numbers", "number.not_a_share").pattern
    of_time = rule("ru", "numbers", "number.not_a_share_of_time").pattern
    out, previous = [], None
    for m in words:
        forms = lemmas_of(m.group())
        if len(forms) == 1 and forms[0] in shares and (
                not not_share.search(text[max(0, m.start() - SHARE_LOOKBEHIND):m.start()])) and (
                not of_time.match(text[m.end():m.end() + SHARE_LOOKBEHIND])):
            joined = previous is not None and not text[previous.end():m.start()].strip()
            numerator = _numeral_value(previous.group()) if joined else None
            out.append(Number(previous.start() if numerator else m.start(), m.end(),
                              round((numerator or 1) * 100 / float(shares[forms[0]]), 4), "percent", spelled=True))
        previous = m
    return out


def _and_a_half(text: str, n: Number) -> Number:
    """A number with "с половиной" after it ("пяти с половиной годам") is that number and a half, times the
    multiplier word after that ("7 с половиной тысяч" is 7 500)."""
    half = rule("ru", "numbers", "number.and_a_half").pattern.match(text[n.end:])
    if half:
        return replace(n, end=n.end + half.end(), value=n.value + 0.5)
    scaled = rule("ru", "numbers", "number.and_a_half_scaled").pattern.match(text[n.end:]) if n.scale == 1 else None
    factor = _multiplier(scaled.group(1)) if scaled else None
    return replace(n, end=n.end + scaled.end(), value=(n.value + 0.5) * factor, scale=factor) if factor else n


def find_numbers(text: str) -> list[Number]:
    """Every number of a Russian text, in order; digits win over words that overlap them."""
    matches = list(rule("ru", "numbers", "number.digits").pattern.finditer(text))
    found: list[Number] = []
    for k, m in enumerate(matches):
        if not found or m.start() >= found[-1].end:
            found.append(_digits(text, matches[k:k + 4]))
    taken = [(n.start, n.end) for n in found]
    words = list(_WORD.finditer(text))  # read once for every word test below
    for n in (_fractions(text, words) + _spelled(text, words) + _unit_words(words, "half_words") +
              _unit_words(words, "times_words") + _half_multipliers(words) + _bare_units(text) +
              _years_adjectives(words)):
        if not any(s < n.end and n.start < e for s, e in taken):
            found.append(n)
            taken.append((n.start, n.end))
    return sorted((_and_a_half(text, n) for n in found), key=lambda n: n.start)
