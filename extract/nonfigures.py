"""Decide when a number token is not a figure: dates, years, references, identifiers, list markers, numbers in
names (stock indices, addresses, products), game scores, period phrases and "one" used as a pronoun or article.

Each rule returns a short reason so tests and debugging can say why a number was dropped. The English words are
rules of extract/lang/en/ (nonfigures.yaml, names.yaml, one.yaml) asked for by id; only patterns of digits and
symbols are built here.
"""

import re
from bisect import bisect_left

from extract.currencies import GLUED_LETTER_SYMBOL_BEFORE, sign_before
from extract.language_data import rule
from extract.numbers import Number
from extract.reach import sentence_reach
from extract.regex_literals import screened
from extract.units import unit_after


def _rule(rule_id: str) -> re.Pattern:
    """The pattern of a rule of extract/lang/en/nonfigures.yaml."""
    return rule("en", "nonfigures", rule_id).pattern


# A month before or after one or two digits makes them a day ("on Sept. 3", "JULY 12", "3rd of May").
_MONTH_BEFORE = _rule("nonfigure.month_before")
_MONTH_AFTER = _rule("nonfigure.month_after")
# "police station No 9": a number after "No" without its dot, inside a sentence.
_NO_BEFORE = _rule("nonfigure.no_before")
# "under s 6(c) of the Act": a section abbreviated to "s" before a numbered provision.
_SECTION_LETTER_BEFORE = _rule("nonfigure.section_letter_before")
# "Section 12(1), 14 or (3)", "addenda 2, 3 and 4": a reference word and the earlier items of its list before a
# number (extract/lang/en/names.yaml).
_REFERENCE_BEFORE = rule("en", "names", "nonfigure.reference_before").pattern
# "(Count 2)", "on counts 4 and 5": the count of an indictment named by its number.
_CHARGE_COUNT_BEFORE = rule("en", "names", "nonfigure.charge_count_before").pattern
_CHARGE_COUNT_AFTER = rule("en", "names", "nonfigure.charge_count_after").pattern
_CHARGE_COUNT_NAMED_BEFORE = rule("en", "names", "nonfigure.charge_count_named_before").pattern
# How far back a list of provisions is followed to its reference word: a long list of sections outruns the window
# of the other reasons.
_REFERENCE_LIST_REACH = 240
# A number grouped in thousands counts something even after a reference word ("monitors list 1,046 prisoners").
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
# A footnote marker: "[12]", or digits glued to the punctuation that ends a word or quotation ("freedoms.2",
# "misused.”13", "As of 1 May 2019,4 the ...") or to the bracket that closes a word ("agreements (DPAs)2 with").
_FOOTNOTE_BRACKET_BEFORE = re.compile(r"\[(?:\d{1,3}\s*[,–-]\s*)*$")
_FOOTNOTE_GLUED_BEFORE = re.compile(r"(?:[A-Za-z)\]%]|\b(?:1[89]|20)\d\d)[.,;:!?][”\"’)]?$|[A-Za-z][”\"’]$"
                                    r"|[A-Za-z]{2}\)$")
# "since February 2014.3 Terms ...", "between 2009 and 2012.7" ending a paragraph: a year that ends a sentence, its
# footnote mark glued to the full stop, reads as one decimal number.
_YEAR_FOOTNOTE = re.compile(r"(?:1[89]|20)\d\d\.\d{1,2}")
_YEAR_FOOTNOTE_AFTER = re.compile(r"\s+[A-Z]|\s*$")
# Period phrases (extract/lang/en/nonfigures.yaml): "the last two days", "over a five-week period", "during the next
# two weeks", "in the three months.", "the last five report years", "during eight months of 2020", "the three months
# to January" name the period figures cover; "expected to last two days" (the verb) gives a length of time.
_PERIOD_WORD_BEFORE = _rule("nonfigure.period_word_before")
_PERIOD_UNIT_AFTER = _rule("nonfigure.period_unit_after")
_SPAN_PERIOD = _rule("nonfigure.span_period_before")
_SPAN_PERIOD_AFTER = _rule("nonfigure.span_period_after")
_NEXT_PERIOD_BEFORE = _rule("nonfigure.next_period_before")
_THE_SPAN_ENDING = _rule("nonfigure.the_span_ending_before")
_SPAN_ENDS_SENTENCE_AFTER = _rule("nonfigure.span_ends_sentence_after")
_MONTHS_OF_YEAR_BEFORE = _rule("nonfigure.months_of_year_before")
_MONTHS_OF_YEAR_AFTER = _rule("nonfigure.months_of_year_after")
_PERIOD_TO_AFTER = _rule("nonfigure.period_to_after")
# "has spent the last 7 months in detention": time served, not the period a figure covers.
_SPENT_THE_LAST_BEFORE = rule("en", "durations", "duration.spent_the_last_before").pattern
# "with its last two months suspended": the suspended part of a term, not the period a figure covers.
_SUSPENDED_PART_AFTER = rule("en", "durations", "duration.suspended_part_after").pattern
# "has worked there for the past 17 years": how long a state lasted, not the period a figure covers.
_FOR_THE_PAST_BEFORE = rule("en", "durations", "duration.for_the_past_before").pattern
_RANK_BEFORE = rule("en", "names", "nonfigure.rank_before").pattern
_RANK_AFTER = rule("en", "names", "nonfigure.rank_after").pattern
_TOP_RANK_BEFORE = rule("en", "names", "nonfigure.top_rank_before").pattern
_WINDOW_OF_COUNT_BEFORE = rule("en", "durations", "duration.window_of_count_before").pattern
_WINDOW_OF_COUNT_AFTER = rule("en", "durations", "duration.window_of_count_after").pattern
# "166 prisoners for every 100,000 people": the base of a rate belongs to the rate's mention, not a figure of its own.
_RATE_BASE_BEFORE = _rule("nonfigure.rate_base_before")
# "(214 and 96 of the Criminal Code)": bare numbers read "of the ... Code" are article numbers.
_OF_THE_CODE_AFTER = _rule("nonfigure.of_the_code_after")
# "the two sides", "the two countries": both of a pair already named.
_BOTH_SIDES_AFTER = _rule("nonfigure.both_sides_after")
_PHONE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}[ -]?(?:\(0\)[ -]?)?\d{1,4}(?:[ -]\d{2,4}){1,4}"
                    r"|\(?0\d{2,4}\)?[ -]\d{3,4}[ -]\d{3,4})(?![\w,]|\.\d)")
_CLOCK_AFTER = _rule("nonfigure.clock_after")
# "at 1430 hrs": four digits before "hrs" tell the time; "held for 10 hrs" is a length of time.
_MILITARY_CLOCK = re.compile(r"[0-2]\d[0-5]\d")
_HRS_AFTER = _rule("nonfigure.hrs_after")
_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d[/.][01]?\d[/.](?:19|20)?\d\d\b"
                       r"|\b[0-3]?\d-[0-3]?\d-(?:19|20)\d\d\b")
# The days of a date range or list ("between 21 and 25 September", "June 3-5"), and a day set off from its month by
# a comma ("detained on May, 29.").
_DAY_RANGE_AFTER = _rule("nonfigure.day_range_after")
_DAY_RANGE_BEFORE = _rule("nonfigure.day_range_before")
_DATE_END_AFTER = _rule("nonfigure.date_end_after")
_MONTH_COMMA_BEFORE = _rule("nonfigure.month_comma_before")
_DAY_CLOSES_DATE_AFTER = _rule("nonfigure.day_closes_date_after")
_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)(?<=\S\s)([A-Z][a-z]+|[A-Z]{2,})\s$")
_NAME_AFTER = rule("en", "names", "nonfigure.name_after").pattern
# A name that opens a sentence is told from a count by the reporting verb after it ("Monitor 24 found ...").
_OPENING_NAME_BEFORE = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\s$")
_REPORTING_AFTER = rule("en", "names", "nonfigure.reporting_after").pattern
_NOT_NAMES = rule("en", "names", "nonfigure.not_names").pattern
_SENTENCE_OPENING = rule("en", "one", "nonfigure.sentence_opening_before").pattern


# "postcode 050010", "case 04": digits with a leading zero and no unit are a code; "sentenced for 07 years", written in
# the two-digit style of some court registries, is a term.
_LEADING_ZERO = re.compile(r"0\d+")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _is_year(token: str) -> bool:
    """Whether four digits read as a year (1800-2099)."""
    return bool(_YEAR.fullmatch(token))


_YEAR_LIKE_COUNT_BEFORE = rule("en", "names", "nonfigure.year_like_count_before").pattern
_YEAR_LIKE_COUNT_AFTER = rule("en", "names", "nonfigure.year_like_count_after").pattern
_YEAR_LIKE_RANGE_BEFORE = rule("en", "names", "nonfigure.year_like_range_before").pattern
_YEAR_LIKE_PEOPLE_AFTER = rule("en", "names", "nonfigure.year_like_people_after").pattern
_YEAR_LIKE_PEOPLE_BEFORE = rule("en", "names", "nonfigure.year_like_people_before").pattern
_YEAR_LIKE_RANGE_AFTER = rule("en", "names", "nonfigure.year_like_range_after").pattern


def _counts_though_year_like(before: str, after: str) -> bool:
    """Whether four digits that could be a year count the plural noun after them, as a verb, qualifier or colon
    before them says ("resolved 2046 complaints", "March 3: 1988 detainees"), or open a change to a number grouped in
    thousands ("from 1904 to 2,210"), or count people a verb after them tells of ("said 1874 people were held")."""
    return bool(_YEAR_LIKE_COUNT_AFTER.match(after) and _YEAR_LIKE_COUNT_BEFORE.search(before) or
                _YEAR_LIKE_RANGE_AFTER.match(after) and _YEAR_LIKE_RANGE_BEFORE.search(before) or
                _YEAR_LIKE_PEOPLE_AFTER.match(after) and not _YEAR_LIKE_PEOPLE_BEFORE.search(before))


_GLUED_NUMBER = re.compile(r"\d[./]$")
# "77 percent (212/275)": the count a share was taken of, in brackets after it; its numerator counts.
_SHARE_BEFORE = _rule("nonfigure.share_before")
_SHARE_BASE_AFTER = re.compile(r"/\d[\d,]*\)")
_GLUED_NUMBER_AFTER = re.compile(r"[./]\d")


def bare_reason(text: str, start: int, end: int, has_unit: bool) -> str | None:
    """Why the digits at text[start:end], read without the words around them, are not a figure: a code, a year,
    or a part of numbers glued by dots or slashes (5.5.5, 12/7)."""
    token = text[start:end]
    if (_GLUED_NUMBER.search(text, max(0, start - 2), start) or _GLUED_NUMBER_AFTER.match(text, end)) and \
            not (_SHARE_BEFORE.search(text, max(0, start - 16), start) and _SHARE_BASE_AFTER.match(text, end)):
        return "identifier (numbers glued by dots or slashes)"
    if _LEADING_ZERO.fullmatch(token) and not has_unit:
        return "code with a leading zero (postcode, registration number)"
    if not has_unit and _YEAR.fullmatch(token) and not _counts_though_year_like(text[max(0, start - 40):start],
                                                                               text[end:end + 40]):
        return "year"
    return None


# "the" right before a number.
_THE_BEFORE = _rule("nonfigure.the_before")
# An opening quote right before a number: a title or name it opens.
_QUOTE_BEFORE = re.compile(r"[\"“«]$")
# A number word of quarters ("three-quarters").
_QUARTERS = _rule("nonfigure.quarters")


def reason_not_figure(text: str, number: Number, numbers: list[Number], has_unit: bool) -> str | None:
    """Why the number token at `number` in `text` is not a figure, or None if it may be one."""
    token = text[number.start:number.end]
    before = text[max(0, number.start - 60):number.start]
    after = text[number.end:number.end + 40]
    if number.form == "digits":
        bracketed = _bracketed_count(text, number, before)
        reason = provision_reason(text, number.start, number.end) or \
            _digit_reason(token, before, after, has_unit, bracketed) or _written_around(text, number, before,
                                                                                             after, has_unit)
        if reason:
            return reason
    if not has_unit and _RANK_BEFORE.search(before) and _RANK_AFTER.match(after):
        return "place in a ranking (ranked nine out of 170)"
    if not has_unit and _TOP_RANK_BEFORE.search(before):
        return "places at the top of a ranking (the top three causes)"
    reason = _named_or_timed(token, before, after)
    if reason:
        return reason
    if number.value >= 100 and re.fullmatch(r"10*", f"{number.value:.0f}") and _RATE_BASE_BEFORE.search(before):
        return "base of a rate (166 prisoners for every 100,000 people)"
    if _PERIOD_TO_AFTER.match(after) and _THE_BEFORE.search(before):
        return "period phrase (the three months to January)"
    if _PERIOD_UNIT_AFTER.match(after) and _PERIOD_WORD_BEFORE.search(before) and not (
            _SPENT_THE_LAST_BEFORE.search(before) or _FOR_THE_PAST_BEFORE.search(before) or
            _SUSPENDED_PART_AFTER.match(after)):
        return "period phrase"
    if _WINDOW_OF_COUNT_AFTER.match(after) and \
            _WINDOW_OF_COUNT_BEFORE.search(text, max(0, number.start - 140), number.start):
        return "period phrase (the window a count covers: 14 raids in one day)"
    if _PERIOD_UNIT_AFTER.match(after) and _NEXT_PERIOD_BEFORE.search(before) or (
            _THE_SPAN_ENDING.search(before) and _SPAN_ENDS_SENTENCE_AFTER.match(after)):
        return "period phrase (during the next two weeks, in the three months)"
    if _SPAN_PERIOD.search(before) and _SPAN_PERIOD_AFTER.match(after):
        return "period phrase (over a five-week period)"
    if _MONTHS_OF_YEAR_AFTER.match(after) and _MONTHS_OF_YEAR_BEFORE.search(before):
        return "period phrase (during eight months of 2020)"
    if token.lower() == "two" and _THE_BEFORE.search(before) and _BOTH_SIDES_AFTER.match(after):
        return "'the two sides/countries' means both of a pair already named, not a count"
    if not has_unit and _NO_NOUN_AFTER.match(after) and _ANAPHORIC_BEFORE.search(before):
        return "'one of the two' refers back to people already counted"
    if number.form == "words" and not has_unit:
        reason = _written_name_reason(token, before, after)
        if reason:
            return reason
    if token.lower() == "one" and not has_unit:
        return _one_reason(text, number, numbers, before, after)
    return None


def _named_or_timed(token: str, before: str, after: str) -> str | None:
    """Why a number in digits or words names, times or dates something rather than counting it: an idiom, a number
    to call, a quoted title, a clock time in words, a span named as the period of the figures, a frequency."""
    def says(rule_id: str, where: str) -> bool:
        return bool(rule("en", "names", rule_id).pattern.search(where))
    if any(m.start() < len(before) + len(token) and len(before) < m.end()
           for m in rule("en", "names", "nonfigure.idiom").pattern.finditer(before + token + after[:24])):
        return "idiom (one by one, at one point, number one)"
    if says("nonfigure.phone_word", before) and says("nonfigure.phone_end", after):
        return "number to call (the hotline – 112 –)"
    if _QUOTE_BEFORE.search(before) and says("nonfigure.quoted_name", after):
        return "number in a quoted title or name"
    if says("nonfigure.vague_word_in_name", before + token):
        return "vague word capitalised inside a name (the March of the Millions)"
    if says("nonfigure.clock_words", after):
        return "clock time in words"
    if says("nonfigure.time_ago", after):
        return "time back from the telling (15 months ago)"
    if says("nonfigure.frequency_adjective", after):
        return "frequency adjective (six-monthly)"
    if _THE_BEFORE.search(before) and says("nonfigure.span_since", after):
        return "period phrase (the 40 weeks since ...)"
    if _QUARTERS.search(token) and _PERIOD_WORD_BEFORE.search(before) and says("nonfigure.period_of_year_after", after):
        return "period phrase (the first three quarters of 2019)"
    return None


# "the Harbor Seven were freed": a capitalised number word after a capitalised word names a group; a title-case
# headline ("Police Kill Seven Protesters") keeps its count, as a capitalised word follows there.
_GROUP_NAME_AFTER = re.compile(r"^(?:\s+[a-z]|\s*[,;:)’'\"”]|\.(?:\s|$)|\s*$)")
# "under section two of the act": a number word after a reference word is the reference's number, unless it picks
# some out of a group ("of them").
_REFERENCE_WORD_BEFORE = _rule("nonfigure.reference_word_before")
_REFERENCE_WORD_GROUP_AFTER = _rule("nonfigure.reference_word_group_after")


def _written_name_reason(token: str, before: str, after: str) -> str | None:
    """Why a number written in words is part of a name or reference ("the Harbor Seven", "section two")."""
    if _REFERENCE_WORD_BEFORE.search(before) and not _REFERENCE_WORD_GROUP_AFTER.match(after):
        return "article, section or other reference number written in words"
    if _CHARGE_COUNT_NAMED_BEFORE.search(before) or \
            _CHARGE_COUNT_BEFORE.search(before) and _CHARGE_COUNT_AFTER.match(after):
        return "number of a count of an indictment written in words (guilty on count two)"
    name = _NAME_BEFORE.search(before)
    if token[0].isupper() and name and not _NOT_NAMES.match(name.group(1)) and (
            _GROUP_NAME_AFTER.match(after) or _NAME_GOES_ON.match(after) and not _title_case(before, after)):
        return "capitalised number word naming a group (the Harbor Seven)"
    if token[0].isupper() and rule("en", "names", "nonfigure.name_of_number_before").pattern.search(before):
        return "capitalised number word ending a name after 'of' (the Group of Seven)"
    return None


# "one of the two received ...": the group was counted earlier; the number here only points back to it.
_ANAPHORIC_BEFORE = _rule("nonfigure.anaphoric_before")
_NO_NOUN_AFTER = _rule("nonfigure.no_noun_after")


# "Antioquia (24), Cauca (22) and Valle (19).": a bracketed number after a name, closing a list item, is a count.
_BRACKETED_COUNT = _rule("nonfigure.bracketed_count")


# "Region B (1,946) recorded", "in 2024 (137) as against", "which (15) were": a number in brackets right after a word
# or a year restates a count for it, unless the word is a reference word or the brackets number a list.
_WORD_BRACKET_BEFORE = _rule("nonfigure.word_bracket_before")


def _bracketed_count(text: str, number: Number, before: str) -> bool:
    """Whether the digits at `number`, in brackets after a word, count something rather than mark a list item
    ("(1) ... (2) ...") or a provision ("paragraph (3)")."""
    if not _WORD_BRACKET_BEFORE.search(before) or _REFERENCE_BEFORE.search(before.rstrip()[:-1]):
        return False
    if not text.startswith(")", number.end) or number.value != int(number.value):
        return False
    n = int(number.value)
    return (f"({n + 1})" not in text[number.end:number.end + 600]
            and f"({n - 1})" not in text[max(0, number.start - 600):number.start])


# An opening bracket right before a number, after a provision's own number or not: "9(1)", "(4)".
_SUB_NUMBER_BEFORE = re.compile(r"(?:\d+[A-Za-z]?)?\(\s*$")
# A closing bracket right after a number.
_CLOSING_BRACKET_AFTER = re.compile(r"\s*\)")


def provision_reason(text: str, start: int, end: int) -> str | None:
    """Why the digits at text[start:end] number a provision in a list after a reference word ("section 12(1), 14 or
    (3)") rather than count anything; asked also of packed runs, where a long list of sections looks like a table."""
    before = text[max(0, start - _REFERENCE_LIST_REACH):start]
    if not _THOUSANDS.fullmatch(text[start:end]) and _REFERENCE_BEFORE.search(before):
        return "article, section or other reference number"
    bracket = _SUB_NUMBER_BEFORE.search(before)
    if bracket and _CLOSING_BRACKET_AFTER.match(text[end:end + 2]) and _REFERENCE_BEFORE.search(before[:bracket.start()]):
        return "sub-provision number after a reference (Section 9(1) and (4))"
    if screened(_CHARGE_COUNT_NAMED_BEFORE, before) and _CHARGE_COUNT_NAMED_BEFORE.search(before) or \
            screened(_CHARGE_COUNT_BEFORE, before) and _CHARGE_COUNT_BEFORE.search(before) and \
            _CHARGE_COUNT_AFTER.match(text[end:end + 80]):
        return "number of a count of an indictment (guilty on count 3)"
    return None


# A paragraph's own opening, after an opening quote ("“2. The order ...") or its bracketed paragraph number ("[3] 3.1
# ..."): where a heading or list number stands.
_PARAGRAPH_START = re.compile(r"\s*[\"“‘]?\s*(?:\[\d{1,3}\]\s*)?")
_PARAGRAPH_NUMBER_AFTER = rule("en", "names", "nonfigure.paragraph_number_after").pattern
_SPACED_FOOTNOTE_BEFORE = rule("en", "names", "nonfigure.spaced_footnote_before").pattern
# "2.1", "3.4.2": a number with two or more dotted parts and no unit numbers a section, it measures nothing.
_DOTTED_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+")


# "2.The Office ...", "as follows: \"41.Offences relating to ...\"", "27.(1) A person ...": a paragraph's number glued by
# its dot to the first word or bracket, at the start of a paragraph or a quoted provision; "27.(1": the bracketed
# sub-number after it.
_NUMBERED_PARAGRAPH_BEFORE = re.compile(r"^\s*$|(?:[:;]\s*|-\s*)?[\"“‘]\s*$")
_NUMBERED_PARAGRAPH_AFTER = re.compile(r"\.(?:[A-Z][a-z]|\()")
_SUB_MARKER_BEFORE = re.compile(r"\s*\d{1,3}\.\s*\(")


_LAW_REPORTER_AFTER = rule("en", "names", "nonfigure.law_reporter_after").pattern
# "40 refugees-31 men and 9 women-were ...": a hyphen typed for a dash before a count.
_DASH_COUNT_BEFORE = rule("en", "names", "nonfigure.dash_count_before").pattern
_DASH_COUNT_AFTER = rule("en", "names", "nonfigure.dash_count_after").pattern
_LAW_REPORTER_BEFORE = rule("en", "names", "nonfigure.law_reporter_before").pattern


# "under 318(2) Criminal Procedure Act": digits glued to a bracketed sub-number number a provision.
_GLUED_SUB_PROVISION_AFTER = re.compile(r"\((?:\d{1,3}|[a-z]{1,3})\)")


# "fined him Le2,000,000": a short capitalised abbreviation glued to an amount grouped in thousands is a currency's
# sign, even one not listed; codes and models glue letters to short numbers ("G20", "F-16", "RU-170/3"), and one in
# brackets is an equivalent another rule reads with its amount ("Z$60 000 (R150)").
_UNKNOWN_SIGN_BEFORE = re.compile(r"(?<![\w.(-])[A-Z][A-Za-z]{0,3}$")
_AMOUNT_CONTEXT_BEFORE = rule("en", "names", "nonfigure.amount_context_before").pattern


# The end of a footnote bracket after its marker ("[12]", "[3, 4]").
_BRACKETED_FOOTNOTE_AFTER = re.compile(r"\s*(?:\]|[,–-]\s*\d{1,3}\s*\])")
# What may follow a footnote marker glued to a word: a space, the end or a mark.
_FOOTNOTE_GLUED_AFTER = re.compile(r"(?:\s|$|[,;:.)\]])")
# A footnote marker glued to a full stop (".4").
_DOTTED_FOOTNOTE = re.compile(r"\.\d{1,3}")
# A letter, bracket or percent sign a sentence may end with.
_MARKED_END_BEFORE = re.compile(r"[A-Za-z)\]%]$")
# A capitalised word after a space.
_CAPITAL_WORD_AFTER = re.compile(r"\s+[A-Z]")
# A bracketed insertion of a statute right after a number.
_INSERTION_AFTER = re.compile(r"\[[A-Za-z]")
# The dot leaders of a table of contents.
_DOT_LEADERS_BEFORE = re.compile(r"(?:\.\s?){3,}\s*$|…\s*$")
# An apostrophe shortening a year.
_APOSTROPHE_BEFORE = re.compile(r"(?:^|[\s(])['’]$")
# What follows a year shortened after an apostrophe ("'66 Code", "the ’90s").
_SHORT_YEAR_AFTER = _rule("nonfigure.short_year_after")
# A code spaced from its number ("COVID -19").
_SPACED_CODE_BEFORE = re.compile(r"[A-Z]{2}\s[-–]$")
# A measure joined by a slash, or a range's "-to-".
_JOINED_MEASURE_BEFORE = re.compile(r"\d\s?[A-Za-z]{2,}/$|\d-to-$")
# A letter glued to the digits, or joined by a hyphen or slash.
_LETTER_BEFORE = re.compile(r"[A-Za-z][-/]?$")
# "sub-" before a number.
_SUB_BEFORE = _rule("nonfigure.sub_before")
# "minus-" before a number.
_MINUS_BEFORE = _rule("nonfigure.minus_before")
# A slash or backslash right before the digits.
_SLASH_BEFORE = re.compile(r"[/\\]$")
# A letter right after the digits.
_LETTER_AFTER = re.compile(r"[A-Za-z]")
# What a code or address goes on with after its digits.
_CODE_AFTER = re.compile(r"/\d|\.[A-Za-z]\b|\.[a-z]{2,6}\b|\.\d|[-–]0\d")
# A year and a dash or slash: the first year of a range.
_YEAR_RANGE_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s?[-–/]\s?$")
# A dash and a year: the last year of a range.
_YEAR_RANGE_AFTER = re.compile(r"^\s?[-–]\s?(?:1[89]|20)\d\d\b")
# The dotted parts of a reference number before its last.
_DOTTED_REFERENCE_BEFORE = re.compile(r"\d\.\d+\.$")
# An opening bracket right before a number.
_OPENING_BRACKET_BEFORE = re.compile(r"\(\s*$")
# Where a list marker may stand: the start, or after a mark or "and"/"or".
_LIST_OPENING_BEFORE = _rule("nonfigure.list_opening_before")
# A word or bracket after a space.
_WORD_OR_BRACKET_AFTER = re.compile(r"\s+[A-Za-z(]")


def _digit_reason(token: str, before: str, after: str, has_unit: bool, bracketed: bool) -> str | None:
    """Why a digit token is not a figure, judged by the characters around it: footnotes, codes, years, days,
    references, list markers."""
    if _BRACKETED_FOOTNOTE_AFTER.match(after) and _FOOTNOTE_BRACKET_BEFORE.search(before):
        return "footnote marker in brackets"
    if len(token) <= 3 and _FOOTNOTE_GLUED_AFTER.match(after) and _FOOTNOTE_GLUED_BEFORE.search(before):
        return "footnote marker glued to the end of a sentence or quotation"
    if not has_unit and _YEAR_FOOTNOTE.fullmatch(token) and _YEAR_FOOTNOTE_AFTER.match(after):
        return "year ending a sentence with its footnote marker glued to the full stop (in 2014.3 Terms)"
    if _DOTTED_FOOTNOTE.fullmatch(token) and _MARKED_END_BEFORE.search(before) and _CAPITAL_WORD_AFTER.match(after):
        return "footnote marker glued to the full stop of a sentence (72%.4 Over ...)"
    if len(token) <= 2 and _INSERTION_AFTER.match(after):
        return "amendment marker glued to a bracketed insertion of a statute (4[rigorous imprisonment])"
    if not has_unit and _DOT_LEADERS_BEFORE.search(before):
        return "page number after the dot leaders of a table of contents"
    if len(token) == 2 and not has_unit and _APOSTROPHE_BEFORE.search(before) and \
            _SHORT_YEAR_AFTER.match(after):
        return "year shortened after an apostrophe ('66 Code, the ’90s)"
    if _LEADING_ZERO.fullmatch(token) and not has_unit:
        return "code with a leading zero (postcode, registration number)"
    if _SPACED_CODE_BEFORE.search(before) and not has_unit:
        return "identifier (a code spaced from its number: COVID -19)"
    # "51.4mpg/126g/km": two measures joined by a slash, each with its unit; "5-to-10-year": a range's high end.
    joined = has_unit and _JOINED_MEASURE_BEFORE.search(before)
    signed = GLUED_LETTER_SYMBOL_BEFORE.search(before) or sign_before(before, token + after)
    lettered = _LETTER_BEFORE.search(before) and not signed and not (
        _DASH_COUNT_BEFORE.search(before) and _DASH_COUNT_AFTER.match(after)) and not (
        has_unit and _SUB_BEFORE.search(before) or _MINUS_BEFORE.search(before) or
        _UNKNOWN_SIGN_BEFORE.search(before) and (_THOUSANDS.fullmatch(token) or len(token) >= 3 and
                                                  _AMOUNT_CONTEXT_BEFORE.search(before)))
    if not joined and (lettered or _SLASH_BEFORE.search(before)):
        return "identifier (letters or slash before the digits)"
    if _LETTER_AFTER.match(after) and not has_unit or _CODE_AFTER.match(after) \
            and not (_SHARE_BEFORE.search(before) and _SHARE_BASE_AFTER.match(after)):
        return "identifier (letters or slash after the digits)"
    if (len(token) == 2 or _is_year(token)) and _YEAR_RANGE_BEFORE.search(before):
        return "part of a year range"
    if _is_year(token) and not has_unit and not _counts_though_year_like(before, after):
        return "year"
    if _YEAR_RANGE_AFTER.match(after) and _is_year(token):
        return "year range"
    if len(token) <= 2 and _MONTH_BEFORE.search(before):
        return "day of a date"
    if len(token) <= 2 and _MONTH_AFTER.match(after):
        return "day of a date"
    if not has_unit and rule("en", "names", "nonfigure.named_by_number").pattern.search(before) or \
            rule("en", "names", "nonfigure.law_number_with_year").pattern.search(before[-12:] + token + after[:8]):
        return "number of a treaty, act or numbered place (ILO Convention 98, penal colony 7)"
    if _DOTTED_REFERENCE_BEFORE.search(before):
        return "last part of a dotted reference number (206.3.2)"
    if not has_unit and (_LAW_REPORTER_AFTER.match(after) or _LAW_REPORTER_BEFORE.search(before)):
        return "title, volume, section or page of a law citation (18 U.S.C. § 3664, 512 U.S. 218)"
    if not has_unit and _GLUED_SUB_PROVISION_AFTER.match(after):
        return "number of a provision glued to its bracketed sub-number (318(2) of the Act)"
    if not has_unit and _OF_THE_CODE_AFTER.match(after):
        return "article number read 'of the ... Code'"
    if _CLOSING_BRACKET_AFTER.match(after) and _OPENING_BRACKET_BEFORE.search(before) and not bracketed and \
            not _BRACKETED_COUNT.search(before + "|" + after):
        return "list marker"
    if not has_unit and after.startswith(")") and _LIST_OPENING_BEFORE.search(before):
        return "list marker"
    if _PARAGRAPH_START.fullmatch(before) and _PARAGRAPH_NUMBER_AFTER.match(after):
        return "heading, list or paragraph number"
    if not has_unit and _DOTTED_NUMBER.fullmatch(token) and _PARAGRAPH_START.fullmatch(before) and \
            _WORD_OR_BRACKET_AFTER.match(after):
        return "number of a section or sub-item opening its line (2.1 count 1 - theft, 30.1 Individuals)"
    if len(token) <= 3 and not has_unit and _SPACED_FOOTNOTE_BEFORE.search(before) and \
            _PARAGRAPH_NUMBER_AFTER.match(after):
        return "footnote marker set off by a space after a full stop (period. 5 Some of)"
    if _NUMBERED_PARAGRAPH_BEFORE.search(before) and _NUMBERED_PARAGRAPH_AFTER.match(after) or \
            _SUB_MARKER_BEFORE.fullmatch(before):
        return "number of a paragraph glued to its first word (2.The Office, \"41.Offences\")"
    if _NO_BEFORE.search(before):
        return "number after 'No' (station No 9)"
    if after.startswith("(") and _SECTION_LETTER_BEFORE.search(before):
        return "section number abbreviated 's 6(c)'"
    return None


# The hour and colon of a clock time.
_CLOCK_COLON_BEFORE = re.compile(r"\d:$")
# Digits that may be a day of the month.
_DAY_DIGITS = re.compile(r"\d{1,2}")
# A number and a dash: the first day of a range.
_RANGE_DASH_BEFORE = re.compile(r"\d[-–]$")
# Digits short enough to number a name ("Terminal 2", "Boeing 737").
_SHORT_DIGITS = re.compile(r"\d{1,4}")


def _written_around(text: str, number: Number, before: str, after: str, has_unit: bool) -> str | None:
    """Digits that belong to a phone number, clock time, numeric date, day range or a name ("Boeing 737",
    "the S&P 500")."""
    window_start = max(0, number.start - 24)
    for pattern, reason in ((_PHONE, "phone number"), (_ISO_DATE, "numeric date")):
        for m in pattern.finditer(text, window_start, min(len(text), number.end + 24)):
            if m.start() <= number.start and number.end <= m.end() and (pattern is _ISO_DATE or " " in m.group(0)
                                                                       or "-" in m.group(0)):
                return reason
    if _CLOCK_AFTER.match(after) or _CLOCK_COLON_BEFORE.search(before) or (
            _MILITARY_CLOCK.fullmatch(text[number.start:number.end]) and _HRS_AFTER.match(after)):
        return "clock time"
    if any(m.start() <= number.start and number.end <= m.end() for m in rule("en", "names", "nonfigure.code_run").pattern
           .finditer(text, window_start, min(len(text), number.end + 24))):
        return "code of digits joined by hyphens (ISBN 978-3-16-148410-0)"
    reason = _name_reason(text, number)
    if reason:
        return reason
    day = number.value <= 31 and not has_unit and _DAY_DIGITS.fullmatch(text[number.start:number.end])
    if day and _DAY_RANGE_AFTER.match(after):
        return "first day of a date range or list ('between 21 and 25 September')"
    if day and (_DATE_END_AFTER.match(after) or _RANGE_DASH_BEFORE.search(before)) and _DAY_RANGE_BEFORE.search(before):
        return "last day of a date range ('June 3-5', 'between June 3 and 5')"
    if day and _MONTH_COMMA_BEFORE.search(before) and _DAY_CLOSES_DATE_AFTER.match(after):
        return "day set off from its month by a comma ('on May, 29.')"
    token = text[number.start:number.end]
    if has_unit or not _SHORT_DIGITS.fullmatch(token):
        return None
    inner = _NAME_BEFORE.search(before)
    name = inner or _OPENING_NAME_BEFORE.search(before)
    if name and not _NOT_NAMES.match(name.group(1)) and ((_NAME_AFTER if inner else _REPORTING_AFTER).match(after) or
                                                          inner and _name_goes_on(text, number, after)) \
            and not _in_capitals(text, number):
        return "name or model number (Terminal 2, Boeing 737)"
    return None


# "Bulletin 42 News Service reported": a capitalised word after the number carries the name on; in a table flattened
# to a line ("Farmers 130 Members of the Council 12 Teachers 45") the next label's count follows it.
_NAME_GOES_ON = rule("en", "names", "nonfigure.name_goes_on").pattern


def _name_goes_on(text: str, number: Number, after: str) -> bool:
    """Whether a capitalised word after a number carries on the name before it ("Bulletin 42 News Service"), in
    running text rather than a headline in title case ("Court Jails 12 Activists")."""
    return bool(_NAME_GOES_ON.match(after)) and not _title_case(text[max(0, number.start - 60):number.start],
                                                                 text[number.end:number.end + 60])


# The capitalised words, or digits, right before and right after a number: the run a name would be.
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+)*$")
_CAPITALISED_RUN_AFTER = re.compile(r"^(?:\s+[A-Z][\w’'-]*)*")


def _title_case(before: str, after: str) -> bool:
    """Whether the words beside the capitalised run around a number are capitalised too (short words aside), as
    in a headline ("Police Kill Seven Protesters in Northern Town"), where capitals tell nothing of a name."""
    outside = before[:_CAPITALISED_RUN_BEFORE.search(before).start()] + " " + after[_CAPITALISED_RUN_AFTER.match(after).end():]
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", outside) if len(w) > 3]
    return sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _in_capitals(text: str, number: Number) -> bool:
    """Whether the words around a number are all written in capitals ("THE CENTRE ISSUED 212 APPEALS"): there a
    capitalised word beside it tells nothing of a name."""
    around = text[max(0, number.start - 40):number.end + 40]
    return not any(ch.islower() for ch in around) and sum(ch.isupper() for ch in around) >= 12


def _name_reason(text: str, number: Number) -> str | None:
    """Digits that name something (extract/lang/en/names.yaml): a stock index, a house number, a camel-case
    product, a thing numbered by a capitalised noun, a game score."""
    if rule("en", "names", "nonfigure.index_name").pattern.search(text, max(0, number.start - 24), number.end):
        return "part of a stock index's name (the S&P 500)"
    if rule("en", "names", "nonfigure.street_number").pattern.match(text[number.end:number.end + 60]):
        return "house number of a street address"
    before = text[max(0, number.start - 24):number.start]
    if rule("en", "names", "nonfigure.camel_case_name").pattern.search(before):
        return "number of a product named in camel case (the iPhone 14)"
    if rule("en", "names", "nonfigure.numbered_name").pattern.search(before):
        return "number of a thing named by a capitalised noun (Game 7, Unit 3)"
    if rule("en", "names", "nonfigure.news_service_name").pattern.search(before) and \
            rule("en", "names", "nonfigure.news_service_after").pattern.match(text[number.end:number.end + 30]):
        return "part of a news service's name (Beacon 12 News Service)"
    if text.startswith(")", number.end) and rule("en", "names", "nonfigure.bracketed_name").pattern.search(before):
        return "a capitalised word and a number alone in brackets name an outlet (Forum 18)"
    if rule("en", "names", "nonfigure.web_address").pattern.search(text, max(0, number.start - 200), number.start):
        return "part of a web address"
    for m in rule("en", "names", "nonfigure.score").pattern.finditer(text, max(0, number.start - 4), number.end + 40):
        if m.start() <= number.start < m.end() and int(m.group("second")) <= int(m.group("first")) and \
                unit_after(text, m.end()) is None:
            return "game score (won 2-1)"
    return None


# "At one rally, officers ...": "one" plus a short noun phrase and a comma opening a sentence picks out a scene.
_SCENE_AFTER = re.compile(r"^(?:\s+[a-z][\w’'-]*){1,3},")


def _one_idiom(token: str, before: str, after: str) -> str | None:
    """Why "one" is a pronoun or an article in an idiom (extract/lang/en/one.yaml), or None."""
    if _ONE_OF_POSSESSIVE_AFTER.match(after):
        return "'one of Westland's best' describes one member, it counts nothing"
    if token == "one" and _ONE_NAMED_AFTER.match(after):
        return "'one Pavel Ostrov' means 'a certain': an article"
    if _ONE_OR_MORE_AFTER.match(after):
        return "'one or more' sets no number"
    if _ONE_AS_SOURCE_BEFORE.search(before) and _ONE_AS_SOURCE_AFTER.match(after):
        return "'as one witness put it' credits a source, it counts nothing"
    if _ONE_AIM_AFTER.match(after):
        return "'only one intention' singles out an aim, it counts nothing"
    if _ONE_CLAUSE_PRONOUN_BEFORE.search(before) and _ONE_CLAUSE_PRONOUN_AFTER.match(after):
        return "pronoun opening a clause ('where one was required')"
    if _ONE_GENERIC_SUBJECT_AFTER.match(after) and not _ONE_COUNTED_BEFORE.search(before):
        return "generic pronoun ('one can be sentenced')"
    if _ONE_GENERIC_OBJECT_BEFORE.search(before) and _ONE_GENERIC_OBJECT_AFTER.match(after):
        return "generic pronoun ('forbids one to post')"
    if _FOR_ONE_BEFORE.search(before) and _FOR_ONE_AFTER.match(after):
        return "'for one' means 'for example'"
    return None


_ONE_OF_POSSESSIVE_AFTER = rule("en", "one", "nonfigure.one_of_possessive_after").pattern
_ONE_NAMED_AFTER = rule("en", "one", "nonfigure.one_named_after").pattern
_ONE_OR_MORE_AFTER = rule("en", "one", "nonfigure.one_or_more_after").pattern
_ONE_AIM_AFTER = rule("en", "one", "nonfigure.one_aim_after").pattern
_ONE_AS_SOURCE_BEFORE = rule("en", "one", "nonfigure.one_as_source_before").pattern
_ONE_AS_SOURCE_AFTER = rule("en", "one", "nonfigure.one_as_source_after").pattern
_ONE_CLAUSE_PRONOUN_BEFORE = rule("en", "one", "nonfigure.one_clause_pronoun_before").pattern
_ONE_CLAUSE_PRONOUN_AFTER = rule("en", "one", "nonfigure.one_clause_pronoun_after").pattern
_ONE_GENERIC_SUBJECT_AFTER = rule("en", "one", "nonfigure.one_generic_subject_after").pattern
_ONE_COUNTED_BEFORE = rule("en", "one", "nonfigure.one_counted_before").pattern
_ONE_GENERIC_OBJECT_BEFORE = rule("en", "one", "nonfigure.one_generic_object_before").pattern
_ONE_GENERIC_OBJECT_AFTER = rule("en", "one", "nonfigure.one_generic_object_after").pattern
_FOR_ONE_BEFORE = rule("en", "one", "nonfigure.for_one_before").pattern
_ONE_SOURCE_CLAUSE_BEFORE = rule("en", "one", "nonfigure.one_source_clause_before").pattern
_FOR_ONE_AFTER = rule("en", "one", "nonfigure.for_one_after").pattern
# Why "one" is an article, a pronoun or a marker, or counts after all (extract/lang/en/one.yaml).
_ONE_IN_N_AFTER = rule("en", "one", "nonfigure.one_in_n_after").pattern
_EXAMPLE_BEFORE = rule("en", "one", "nonfigure.one_example_before").pattern
_EXAMPLE_AFTER = rule("en", "one", "nonfigure.one_example_after").pattern
_SCENE_BEFORE = rule("en", "one", "nonfigure.one_scene_before").pattern
_ONE_SOURCE_AFTER = rule("en", "one", "nonfigure.one_source_after").pattern
_ONE_PRONOUN_BEFORE = rule("en", "one", "nonfigure.one_pronoun_before").pattern
_ONE_THAT_BEFORE = rule("en", "one", "nonfigure.one_that_before").pattern
_ONE_ADJECTIVE_BEFORE = rule("en", "one", "nonfigure.one_adjective_before").pattern
_ONE_NO_NOUN_AFTER = rule("en", "one", "nonfigure.one_no_noun_after").pattern
_RATE_NUMERATOR_AFTER = rule("en", "one", "nonfigure.rate_numerator_after").pattern
_ONE_PRONOUN_AFTER = rule("en", "one", "nonfigure.one_pronoun_after").pattern
_ONE_OF_WHOM_EVENT = rule("en", "one", "nonfigure.one_of_whom_event_after").pattern
_ONE_EVENT = rule("en", "one", "nonfigure.one_event_after").pattern
_ONE_NOUN_EVENT = rule("en", "one", "nonfigure.one_noun_event_after").pattern
_OTHER_IN_SENTENCE = rule("en", "one", "nonfigure.one_other_in_sentence").pattern


def _one_reason(text: str, number: Number, numbers: list[Number], before: str, after: str) -> str | None:
    """Why "one" is a pronoun, article or example marker rather than a count, or None."""
    if _ONE_IN_N_AFTER.match(after):
        return None
    if _EXAMPLE_BEFORE.search(before) and _EXAMPLE_AFTER.match(after):
        return "'in one case' introduces an example"
    if _SCENE_BEFORE.search(before) and _SCENE_AFTER.match(after):
        return "'At one rally,' sets a scene: 'one' is an article"
    if (_SENTENCE_OPENING.search(before) or _ONE_SOURCE_CLAUSE_BEFORE.search(before)) and \
            _ONE_SOURCE_AFTER.match(after):
        return "'One lawyer said' introduces a source"
    if _ONE_PRONOUN_BEFORE.search(before) and not (_ONE_THAT_BEFORE.search(before) and _ONE_NOUN_EVENT.match(after)):
        return "pronoun (no one, the one)"
    if _ONE_ADJECTIVE_BEFORE.search(before) and _ONE_NO_NOUN_AFTER.match(after):
        return "pronoun after an adjective (the current one)"
    if _RATE_NUMERATOR_AFTER.match(after):
        return "numerator of a rate (one inspector per 1,000 workers)"
    if _ONE_PRONOUN_AFTER.match(after) and not _ONE_OF_WHOM_EVENT.match(after):
        return "pronoun or part of a compound word"
    idiom = _one_idiom(text[number.start:number.end], before, after)
    if idiom:
        return idiom
    lo, hi = sentence_reach(len(text), number.start)
    sentence_end = re.search(r"[.!?](?:\s|$)", text[number.end:hi])
    rest = text[number.end:number.end + sentence_end.start()] if sentence_end else text[number.end:hi]
    if _OTHER_IN_SENTENCE.search(rest) and not _ONE_EVENT.match(after):
        return "determiner contrasted with 'the other'"
    if _SENTENCE_OPENING.search(before) and not _ONE_NOUN_EVENT.match(after):
        sentence_start = max((m.end() for m in re.finditer(r"[.!?]\s+", text[lo:number.start])), default=0) + lo
        sentence_end_abs = number.end + (sentence_end.end() if sentence_end else len(rest))
        k = bisect_left(numbers, sentence_start, key=lambda n: n.start)
        others = [n for n in numbers[k:k + 2] if n.start < sentence_end_abs and n is not number]
        if not others:
            return "article 'one' opening a sentence"
    return None
