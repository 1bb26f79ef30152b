"""The meaning of a Russian figure: its category and whether a law prescribes it, from cue rules matched on
the lemmas around the figure (extract/lang/ru/categories.yaml, statutory.yaml). The figure reads "#"."""

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache

from extract.category_groups import CATCH_ALL_OF_KIND, CATEGORY_OF_KIND, PENALTIES
from extract.cue_list import RuleList
from extract.language_data import Rule, rule, rules
from extract.language_data import words as word_list
from extract.regex_literals import fold, may_match
from extract.ru.lemmas import has_finite_verb, has_plural_future, has_unreal_verb, has_verb, opens_with_participle

MARK = "#"
# The group of cue rules read for each kind.
PREFIXES = {"money": "money.", "duration": "duration.", "count": "count."}
# Noun rules that hold only where a cue of their group is said ("noun.property.seized" needs a "seized." cue,
# "noun.criminal_cases.filed" a "filed." one, "noun.criminal_cases.opened" an "opened." one).
CONDITIONS = ("seized", "held", "hotline", "filed", "opened")
# Noun rules that hold except where a cue of a group is said at the figure ("noun.property.objects" fails where a
# "not_property." cue says people ride in the vehicles counted or checked them; "noun.institutions" and
# "noun.organizations" where an "inspected." one says inspectors checked or visited them).
EXCEPTIONS = {"objects": "not_property.", "institutions": "inspected.", "organizations": "inspected."}
# Officials convicted, detained or charged are officials sanctioned.
OFFICIALS_SANCTIONED = ("convictions", "detentions", "criminal_cases")
# The id category_rule_ru names where officials counted turn a conviction, detention or case into this category.
OFFICIALS_LOGIC = "logic.ru.officials"
# Categories that count things, not people.
THINGS = ("criminal_cases", "organizations", "inspections", "property")
# The fallback read only where no other fallback is said: "человек" says no more than that people are counted,
# "число заключённых составило 900 человек" counts prisoners.
LAST_RESORT = "population"
# How many words after a unit noun ("случаев задержаний участников") may name what it counts.
COMPLEMENT_WORDS = 2
# Where a clause begins in the lemma text.
_CLAUSE_BREAK = re.compile(r"[,;]|\s[–—]\s")
# Where a clause begins when a dash joins a label to its figure ("количество проступков – 9 318 случаев").
_COMMA = re.compile(r"[,;]")
# What sets a penalty beside its offence in a schedule ("Продажа алкоголя детям — штраф 10 тысяч").
_DASH = re.compile(r"\s[–—]\s")
# Where the words after a figure stop speaking of it: a clause break, or an alternative penalty ("ограничение
# свободы на срок от 2 до 5 лет или лишение свободы").
_AFTER_BREAK = re.compile(r"[,;]|\s[–—]\s|\s(?:или|либо)\s")
# A dash right after a figure, before what it counts ("1 450 – хулиганство"): its label, read as its words.
_DASH_AFTER = re.compile(r"\s[–—]\s")
# Words between two counts that end with "и" ("12 погибли и 19 получили ранения"): the later count starts anew.
_PREVIOUS_PREDICATE = re.compile(r"\sи\s*$")


def _nearest(candidates: Sequence[Rule], lemmas: str) -> Rule | None:
    """The rule whose match lies nearest the figure's mark; earlier rules win ties (a rule whose required words the
    text lacks is not scanned: a group's rules are screened in one pass)."""
    pos = lemmas.find(MARK)
    best, best_distance = None, None
    for r, may in zip(candidates, _possible(candidates, lemmas)):
        if not may:
            continue
        for m in r.pattern.finditer(lemmas):
            distance = min(abs(m.start() - pos), abs(m.end() - pos))
            if best_distance is None or distance < best_distance:
                best, best_distance = r, distance
    return best


def _in_clause_first(candidates: Sequence[Rule], lemmas: str) -> Rule | None:
    """The nearest rule within the figure's own clause, else within the whole text: "Более 100 человек
    задержаны, 12 человек привлечены к ответственности" has the 12 convicted, not detained (a clause that is the
    whole text is scanned once)."""
    start = _clause_start(lemmas, _CLAUSE_BREAK)
    return _nearest(candidates, lemmas[start:]) or (_nearest(candidates, lemmas) if start else None)


def _at_predicate(candidates: list[Rule], lemmas: str, verbs: frozenset[str]) -> Rule | None:
    """The nearest rule within the figure's clause (to a full stop a sentence splitter missed: "было 12 тысяч.Всего
    получено ...") whose match holds one of its predicates `verbs`: what the verb
    of a count says of it speaks before a noun nearer it ("двенадцать участников пикета против приговора блогеру
    завтра предстанут перед судом" are charged, not convicted)."""
    if not verbs:
        return None
    pos = lemmas.find(MARK)
    start = _clause_start(lemmas, _CLAUSE_BREAK)
    stop = lemmas.find(" . ", pos)
    clause = lemmas[start:stop if stop >= 0 else len(lemmas)]
    if verbs.isdisjoint(clause.split()):
        return None
    return _nearest([r for r, may in zip(candidates, _possible(candidates, clause)) if may and any(
        verbs.intersection(m.group().split()) for m in r.pattern.finditer(clause))], clause)


def _possible(candidates: Sequence[Rule], text: str) -> Sequence[bool]:
    """For each rule, whether it may match the text (may_match): a RuleList's rules screened in one pass."""
    folded = fold(text)
    screen = getattr(candidates, "screen", None)
    return screen.possible(text, folded) if screen else [may_match(r.pattern, text, folded) for r in candidates]


def _names_counted(found: Rule, lemmas: str) -> bool:
    """Whether a rule matches the word right after the figure's mark, the word the figure counts ("8 # погибший")."""
    return _spans(found.pattern, lemmas, lemmas.find(MARK) + 2)


def _spans(pattern: re.Pattern, text: str, pos: int) -> bool:
    """Whether a match of `pattern` in `text` spans `pos`; the matches come in order, so none after one starting past
    `pos` is sought."""
    for m in pattern.finditer(text):
        if m.start() > pos:
            return False
        if pos < m.end():
            return True
    return False


def _said_after(candidates: Sequence[Rule], lemmas: str) -> Rule | None:
    """The first rule that matches the words right after the figure's mark: what a term is said with names its kind
    before a cue said before it ("от 9 лет колонии до # условно" is suspended)."""
    return next((r for r in candidates if _names_counted(r, lemmas)), None)


def _in_clause(candidates: Sequence[Rule], lemmas: str, breaks: re.Pattern) -> Rule | None:
    """The nearest rule after the last of `breaks` before the figure's mark."""
    return _nearest(candidates, lemmas[_clause_start(lemmas, breaks):])


def _clause_start(lemmas: str, breaks: re.Pattern) -> int:
    """Where the figure's clause starts: after the last of `breaks` before its mark, else at 0."""
    return max((m.end() for m in breaks.finditer(lemmas, 0, lemmas.find(MARK))), default=0)


@cache
def _group(prefix: str, fallback: bool) -> RuleList:
    """The category rules of a group, its fallbacks or the others (read once: every figure asks)."""
    return RuleList(r for r in _starting("categories", prefix) if r.id.endswith(".fallback") == fallback)


@cache
def _starting(name: str, prefix: str) -> RuleList:
    """The rules of a data file whose ids start with `prefix`, in file order (read once: every figure asks)."""
    return RuleList(r for r in rules("ru", name) if r.id.startswith(prefix))


def counted_in_units(lemmas: str) -> tuple[bool, str | None]:
    """Whether a count counts in a noun that names no kind of thing ("случаев", "фактов", "раз"), and the
    category the noun after that one names ("14 237 случаев задержаний" counts detentions), if any; with none
    named there, what its clause names says ("количество правонарушений уменьшилось до 157 тысяч случаев", "ему
    вменяют 7 эпизодов", in category_rule_ru)."""
    in_units, found = _unit_complement(lemmas)
    return in_units, found.decides if found else None


def _unit_complement(lemmas: str) -> tuple[bool, Rule | None]:
    """counted_in_units with the rule that names the category, not only the category it decides."""
    after = lemmas[lemmas.find(MARK) + 1:]
    unit = rule("ru", "categories", "unit_noun").pattern.match(after)
    if not unit:
        return False, None
    complement = " ".join(re.split(r"[^\w\s-]", after[unit.end():])[0].split()[:COMPLEMENT_WORDS])
    if not complement:
        return True, None
    named = f"{MARK} {complement}"
    return True, _noun_named(named) or _nearest(_group("count.", False), named)


def _noun_named(lemmas: str) -> Rule | None:
    """The noun rule the words right after the figure's mark match: what a count counts ("12 дел")."""
    after = lemmas[lemmas.find(MARK) + 1:]
    for r in _group("noun.", False):
        condition = r.id.rsplit(".", 1)[1]
        if r.pattern.match(after) and (condition not in CONDITIONS or said(f"{condition}.", lemmas)) and not (
                condition in EXCEPTIONS and _at_mark(EXCEPTIONS[condition], lemmas)):
            return r
    return None


def _measure_named(lemmas: str) -> Rule | None:
    """The rule the words of a measure before the figure in its clause name, read as if they followed the figure
    ("количество аварий выросло на #" counts events, "число раненых — на #" the injured)."""
    before = lemmas[:lemmas.find(MARK)]
    clause = before[max((m.end() for m in _COMMA.finditer(before)), default=0):]
    measure = rule("ru", "categories", "counted.measure_before").pattern.search(clause)
    if not measure:
        return None
    named = f"{MARK} {measure.group(1)}"
    return _noun_named(named) or _nearest(_group("count.", False), named)


def category_rule_ru(kind: str, lemmas: str, headed: str | None = None,
                     verbs: frozenset[str] = frozenset()) -> tuple[str, bool, str]:
    """The category of a figure of `kind` in the lemma text `lemmas` (the figure marked "#"), and whether a
    cue of its own decided it (False for a fallback or the default); `headed` is that text with the adjectives and
    participles before the noun the figure counts left out (lemmas.counted_noun_text), read by the noun rules
    when `lemmas` matches none; a cue that holds one of the predicates `verbs` of the figure's clause decides over a
    nearer one, unless the nearer one names what the figure counts ("тела 8 погибших"). The third value is the id
    of what decided, as an English row's `rules` names it: the deciding rule of categories.yaml, "kind.<kind>" for
    a kind of one category, "fallback.<category>" where no rule matched, or a "logic.ru." id where officials or
    people counted override the rule's category."""
    if kind in CATEGORY_OF_KIND:
        return CATEGORY_OF_KIND[kind], True, f"kind.{kind}"
    prefix = PREFIXES[kind]
    if kind == "count":
        in_units, unit_named = _unit_complement(lemmas)
        noun = _noun_named(lemmas) or (_noun_named(headed) if headed else None)
        cue = _in_clause(_group(prefix, False), lemmas, _COMMA) if in_units and not unit_named and (
            rule("ru", "categories", "counted.named_before").pattern.search(lemmas[:lemmas.find(MARK)])) else None
        measure = None if in_units or noun else _measure_named(lemmas)
        named = next((r for r in (unit_named, cue, noun, measure) if r and r.decides), None)
        if named:
            if named.decides in OFFICIALS_SANCTIONED and is_official(lemmas):
                return "officials_sanctioned", True, OFFICIALS_LOGIC
            return named.decides, True, named.id
    cues = _group(prefix, False)
    found = (_said_after(cues, lemmas) if kind == "duration" else None) or _in_clause_first(cues, lemmas)
    if found is None or not _names_counted(found, lemmas):
        found = _at_predicate(cues, lemmas, verbs) or found
    strong = found is not None
    fallbacks = _group(prefix, True)
    found = found or _in_clause_first([r for r in fallbacks if r.decides != LAST_RESORT], lemmas) or (
        _in_clause_first([r for r in fallbacks if r.decides == LAST_RESORT], lemmas))
    decided = found.decides if found else CATCH_ALL_OF_KIND[kind]
    if decided in OFFICIALS_SANCTIONED and is_official(lemmas):
        return "officials_sanctioned", strong, OFFICIALS_LOGIC
    if decided in THINGS and _at_mark("people.", lemmas) and not _people_counted(decided, lemmas):
        return "population", False, "logic.ru.people_counted"
    return decided, strong, found.id if found else f"fallback.{decided}"


def _people_counted(category: str, lemmas: str) -> bool:
    """Whether a cue of `category` that may count people ("дело в отношении", "фигурант": an id ending in
    ".people") is said: a count of people read as cases stays cases when one is, wherever the nearest cue is
    ("фигурантами дела о растрате стали 19 человек")."""
    return any(r.pattern.search(lemmas) for r in rules("ru", "categories")
               if r.id.endswith(".people") and r.decides == category)


def cued(kind: str, lemmas: str) -> bool:
    """Whether any cue of a figure of `kind`, even a fallback, is said in the lemma text, a bare noun of people
    ("человек") aside."""
    return any(r.pattern.search(lemmas) for r in _screened(_starting("categories", PREFIXES.get(kind, "-")), lemmas)
               if r.decides != LAST_RESORT)


def said(prefix: str, lemmas: str) -> bool:
    """Whether a rule of the group `prefix` matches anywhere in the lemma text."""
    return any(r.pattern.search(lemmas) for r in _screened(_starting("categories", prefix), lemmas))


def _screened(group: RuleList, lemmas: str) -> list[Rule]:
    """The rules of a group that may match the lemma text: those whose required words it lacks are not scanned."""
    return [r for r, may in zip(group, _possible(group, lemmas)) if may]


def list_named(lemmas: str, earlier: str) -> str | None:
    """The category of what a list counts, for a count its words say is in a list or counts names ("В список
    включены 117 человек", "142 фамилии"): the first "list_of." rule the paragraph's text before it (`earlier`,
    lemmas) or its own words match ("список политзаключённых": prisoners), else None."""
    if not said("in_list.", lemmas):
        return None
    text = f"{earlier} {lemmas}"
    return next((r.decides for r in _starting("categories", "list_of.") if r.pattern.search(text)), None)


def is_official(lemmas: str) -> bool:
    """Whether the figure counts officials ("4 сотрудника полиции")."""
    return _at_mark("officials.", lemmas)


def statutory_rule_ru(category: str, qualifier: str, lemmas: str, previous: tuple[str, bool] | None = None,
                      words: str = "", earlier: str = "") -> tuple[bool, str]:
    """Whether the figure states what a law prescribes: a time limit always; otherwise the nearest cue decides;
    with none an upper bound on a penalty ("до 7 лет") is prescribed unless a court's verb earlier in its sentence
    (`earlier`, the lemma text before the figure) says it happened ("суд назначил троим из 9 блогеров до пяти лет"),
    and after a penalty before it in the sentence it is as that one ("Наказание: от 5 до 12 суток ареста, штрафы до
    15 тыс." happened, "могут назначить штраф от 5 до 15 тысяч или работы до 60 часов" is prescribed),
    and so is the first penalty of a sentence
    set after a dash with no verb (a schedule: "Продажа алкоголя детям — штраф 10 тысяч"), unless people named
    before the dash get it ("Иван Петров — 10 суток ареста"); else a penalty, or a
    figure of the category of the one before it in its sentence (`previous`: its category and flag), is as that
    one: a law's list of penalties ("предусматривает штраф ..., общественные работы ... либо арест ...")
    prescribes them all. A penalty whose verb in `words` (the text `lemmas` is read from) is in the future or
    a generic present passive, or said in the conditional, is prescribed, over a cue of what an amount came to
    but not over a court's verb ("в следующем году штраф составит ...", "должен был бы получить 8 лет") unless
    that verb is in the indefinite plural future ("водителей оштрафуют на 15 МРП"), and so
    is a penalty said after a prescribed one with no finite verb of its own ("могут оштрафовать на ... и даже
    арестовать на 12 суток"); a penalty set after its offence with no verb is a schedule ("За нарушение штраф
    от 5 МРП").
    The second value names what decided, as an English row's `rules` does: the id of a rule of
    statutory.yaml, "logic.ru.<step>" for a step of the logic above ("time_limit", "unreal_verb",
    "plural_future", "after_prescribed", "up_to", "schedule", "as_previous"), "fallback.reported" where nothing
    did."""
    if category == "legal_time_limit":
        return True, "logic.ru.time_limit"
    found = _nearest(_starting("statutory", "statutory."), lemmas)
    if category in PENALTIES and (found is None or found.id == "statutory.happened.amount"):
        if has_unreal_verb(words, _reporting_verbs()):
            return True, "logic.ru.unreal_verb"
        if rule("ru", "statutory", "mood.conditional").pattern.search(lemmas):
            return True, "mood.conditional"
    if category in PENALTIES and found and found.id == "statutory.happened" and has_plural_future(
            words, _imposing_verbs()):
        return True, "logic.ru.plural_future"
    if found and found.decides == "false" and previous and previous[1] and category in PENALTIES and (
            not has_finite_verb(words[:words.find(MARK)])):
        return True, "logic.ru.after_prescribed"
    if found:
        return found.decides == "true", found.id
    if qualifier == "up_to" and category in PENALTIES:
        if previous and previous[0] in PENALTIES:
            return previous[1], "logic.ru.as_previous"
        happened = rule("ru", "statutory", "statutory.happened").pattern.search(earlier)
        return (False, "statutory.happened") if happened else (True, "logic.ru.up_to")
    before = lemmas[:lemmas.find(MARK)]
    if previous is None and category in PENALTIES and not has_verb(lemmas) and not (
            rule("ru", "statutory", "schedule.named_people").pattern.search(words[:words.find(MARK)])) and (
            _DASH.search(before) or rule("ru", "statutory", "schedule.for_offence").pattern.search(before)):
        return True, "logic.ru.schedule"
    if previous is not None and previous[1] and (category in PENALTIES or category == previous[0]):
        return True, "logic.ru.as_previous"
    return False, "fallback.reported"


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    """Verbs that report a text ("сообщается", "отмечается"): in the generic present, yet no rule's."""
    return frozenset(word_list("ru", "statutory", "reporting_verbs"))


@lru_cache(maxsize=1)
def _imposing_verbs() -> frozenset[str]:
    """Verbs that impose a penalty ("оштрафовать", "арестовать")."""
    return frozenset(word_list("ru", "statutory", "imposing_verbs"))


def _at_mark(prefix: str, lemmas: str) -> bool:
    """Whether a rule of the group `prefix` matches across the figure's mark."""
    pos = lemmas.find(MARK)
    return any(_spans(r.pattern, lemmas, pos) for r in _screened(_starting("categories", prefix), lemmas))


def names_members(lemmas: str) -> bool:
    """Whether the figure's words count people by the group they belong to ("3 депутата", "12 жителей", "статус
    беженца получили 12 человек")."""
    return said("members.", lemmas)


def is_part_of(lemmas: str) -> bool:
    """Whether the figure counts a part of the count before it ("в том числе трое журналистов")."""
    return _at_mark("part_of.", lemmas)


def part_words(lemmas: str) -> str:
    """The words that speak of a part of the count before it: from the words that make it a part to the end, so a
    verb between them and the figure is its own ("Из них осудили # человек": convicted), else from the mark."""
    pos = lemmas.find(MARK)
    starts = [m.start() for r in _starting("categories", "part_of.") for m in r.pattern.finditer(lemmas)
              if m.start() <= pos < m.end()]
    return lemmas[min(starts, default=pos):]


def refers_back(lemmas: str) -> bool:
    """Whether the figure restates the count before it ("эта цифра составила 48 тысяч")."""
    return _at_mark("refers_back.", lemmas)


def is_listed(lemmas: str) -> bool:
    """Whether the figure is listed with 'и' after the count before it ("2 полицейских и 8 участников")."""
    return _at_mark("listed.", lemmas)


def clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position `at` of a sentence begins."""
    ends = _clause_break_ends(sentence)
    i = bisect_right(ends, at)
    return ends[i - 1] if i else 0


@lru_cache(maxsize=64)
def _clause_break_ends(sentence: str) -> tuple[int, ...]:
    """Where each clause break of a sentence ends, in order: found once per sentence, not once per figure."""
    return tuple(m.end() for m in _CLAUSE_BREAK.finditer(sentence))


def clause_of(sentence: str, start: int, end: int) -> str:
    """The clause of a sentence that holds its span `start`..`end`."""
    after = _CLAUSE_BREAK.search(sentence, end)
    return sentence[clause_start(sentence, start):after.start() if after else len(sentence)]


# A run of white space.
_SPACES = re.compile(r"\s+")


def window(sentence: str, start: int, end: int, previous_end: int, next_start: int | None,
           *, wide: bool = False) -> str:
    """The part of a sentence that speaks of one figure: from the figure before it to the end of this figure's
    clause (or the figure after it), the figure itself replaced by the mark; `wide` reads on past the clause to
    the figure after it, for a cue said in a clause of its own ("14 человек, отбывающих наказание, признаны
    потерпевшими"). A verb joined by "и" right before the figure after it is that figure's ("убили в посёлке
    17 человек и ранили 63"), and a count with a verb of its own after "и" is read without the verb of
    the count before it ("12 погибли и 19 получили ранения": the 19 are injured); a dash right after the figure
    opens its label, read to the next break ("97 – разбой, 1 450 – хулиганство")."""
    if wide:
        after = sentence[end:next_start]
    else:
        after, *broken = _AFTER_BREAK.split(sentence[end:next_start])
        if broken and not after.strip() and _DASH_AFTER.match(sentence, end):
            after = f" — {broken[0]}"
        head, joined, tail = after.rpartition(" и ")
        if next_start is not None and not broken and joined and has_verb(tail):
            after = head
    before = sentence[previous_end:start]
    if _PREVIOUS_PREDICATE.search(before) and has_verb(before) and has_verb(after):
        before = ""
    return _SPACES.sub(" ", f"{before} {MARK} {after}")


def without_participle_clauses(words: str) -> str:
    """A figure's words with the clauses set off by commas that open with a full or an adverbial participle left
    out, the figure's own asides: what the predicate says of a count, not what a participle says of its noun ("Один
    # рабочий, пострадавший при обрушении, скончался" -> "Один # рабочий, скончался") nor how it came about
    ("задержанные покинули отдел, уплатив штраф")."""
    parts = words.split(",")
    return ",".join([parts[0]] + [p for p in parts[1:] if MARK in p or not opens_with_participle(p)])
