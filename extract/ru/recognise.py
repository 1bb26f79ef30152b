"""From one Russian paragraph to figure records, with the same fields as the English recogniser
(extract.recognise): mentions, then each figure's category, statutory flag, period, attribution, subject."""

import re
from itertools import islice, takewhile

from extract.category_groups import CATCH_ALLS, CATCH_ALL_OF_KIND, PENALTIES
from extract.count_category import GROUP_SIZE_FLOOR
from extract.language_data import mapping, rule
from extract.record import figure_record
from extract.ru.attribution import attribution_ru
from extract.ru.lemmas import counted_noun_text, finite_verbs, has_verb, lemma_text
from extract.ru.lists import list_leads
from extract.ru.meaning import (MARK, category_rule_ru, clause_of, clause_start, counted_in_units, cued,
                                is_listed, is_official, is_part_of, list_named, names_members, part_words, refers_back, said,
                                statutory_rule_ru, window, without_participle_clauses)
from extract.ru.mentions import find_mentions_ru
from extract.ru.period import change_baseline_ru, figure_period_ru
from extract.ru.subject import subject_ru


def _sentence_of(paragraph, start: int) -> tuple[int, int]:
    """Paragraph-relative bounds of the sentence holding paragraph-relative offset `start`."""
    for sentence in paragraph.sentences:
        s, e = sentence.start - paragraph.start, sentence.end - paragraph.start
        if s <= start < e:
            return s, e
    return 0, len(paragraph.text)


# A part of a count of these keeps its category over these cues of its own: officials convicted or detained
# stay officials sanctioned, the convicted sent to prison ("отправились за решётку", "в колонию") stay convicted.
PART_KEEPS = {"officials_sanctioned": ("convictions", "detentions"), "convictions": ("detentions", "prisoners")}
# Custody in days imposed for a term is an administrative arrest ("заключён под стражу на 5 суток", "задержан
# на 15 суток"), not time held ("содержались более 30 суток") nor custody before trial ("под домашний арест на 25
# суток").
ARREST_UNIT = "day"
# An arrest for months or hours is custody: an administrative arrest is counted in days ("арестован на 2 месяца").
CUSTODY_UNITS = ("month", "year", "hour")
# People a court arrests for days ("арестованы на 10 суток") are sentenced: a count read as one of these is a
# count of convictions when its clause says so.
ARRESTED = ("detentions",) + CATCH_ALLS
# Kinds of figure that state a change or a part of another figure, not a thing counted.
SHARES = ("percent", "ratio")
# The unit of a count: figures in it are listed with commas only when they name a unit ("3, 5 и 10 суток").
COUNT = "count"
# Kinds of figure whose words after them speak of them ("4 года колонии", "5 тысяч штрафа"), up to a clause break.
PENALTY_KINDS = ("duration", "money")
# Where such a figure's own words end.
_CLAUSE_END = re.compile(r"[,;]")
# The kind of a length of time: one with no cue in a verbless sentence is of the penalty named before it.
DURATION = "duration"
# The kind of a multiple ("в 3 раза", "50 базовых величин").
RATIO = "ratio"
# Where a unit word may open in a mention ("50 базовых", "15-кратном").
_WORD_GAP = re.compile(r"[\s-]")
# The kind of a physical quantity: its unit may say what it measures (land in hectares is property).
MEASURE = "measure"
# The key of a list lead's entry that says its items are what a law prescribes ("За это предусмотрены:"), whatever
# their kind (list_leads_ru).
PRESCRIBED = "prescribed"
# Money in a paragraph's list of penalties, after a fine, is a fine.
LISTED_MONEY = "fine"
# The rule id of a figure that takes the category and statutory flag of the one after it (_share_with_next).
SHARED_WITH_NEXT = "logic.ru.shared_with_next"
# Money handed over in a story about a bribe.
BRIBE = "bribe"


def _category(kind: str, words: str, lemmas: str, wide: tuple[str, str], previous: dict[str, str],
              in_paragraph: dict[str, str], between: str, lead: dict[str, tuple[str, bool]], sentence: str, earlier: str,
              fine_before: bool, clause: str) -> tuple[str, str]:
    """A figure's category and the id of what decided it (category_rule_ru's, or a "logic.ru." id naming the step
    below that gave it), from its `words` and their `lemmas` (a count's noun read past the adjectives and
    participles before it: "140 достроенных жилых домов" are property). A part of the count before it ("из них 3
    ранены") keeps that count's category unless a cue after the part says otherwise (or, with the count in a sentence
    before, a cue anywhere in its own: "А под следствием из них только десять"), and a figure said as "эта цифра" keeps it always (with no count
    before it, it counts the measure the paragraph's text before its sentence, `earlier`, names last: "сократилось
    число осуждённых в колониях. В 2011 году эта цифра составляла 45 тысяч человек"); with no cue of its own, a
    figure listed with the one before
    it ("2 полицейских и 8 участников", or with no verb in `between`, the text since that figure, where a
    participle is no verb: "в Озёрске (41 человек), Лесном (38 человек)", "12 человек — по статье о запрещённой
    организации, 6 человек — по статье ..."),
    officials after officials, or an amount whose cue is left unsaid ("а её оператор — на 5 суток") shares the
    category of the figure of its kind before it in the sentence; an item of a list counts what its `lead` (the
    category and statutory flag of each kind its leading line gives) counts ("из них:" above "— 273 водителя
    ..."); the first figure of its kind in a `sentence` with no verb continues the paragraph's last one of that
    kind ("Полиция задержала 30 человек. Ещё 12 — в Шымкенте."); a count in "случаев" naming nothing after
    it, with no verb since the figure before it, counts what that one counts ("зарегистрировано 2 случая, в 2017 —
    4 случая"), and one recorded with none in its sentence what its paragraph named before it ("… стало
    преступлением. В 2016 году зарегистрировано два случая"); a term with no cue in a sentence with no verb is of
    the penalty the paragraph names before it ("Суды вынесли пять тюремных приговоров. Среди осуждённых — блогер
    Иванов (три года)"); an amount of money with no cue (not even a weak one) or verb of its own in a paragraph whose last amount was a fine is a fine too (a list of penalties: "— 2
    тысячи сомов (физлица)"),
    and so is money to be paid there ("сумма к уплате составила ...") or after a sentence of the paragraph that
    names a fine, `fine_before` ("Вступила в силу норма, предусматривающая штраф. ... граждане должны будут
    заплатить 15 тысяч сомов").
    Else a cue in `wide` decides: for a count the clauses after it to the next figure ("14 человек, отбывающих
    наказание, признаны потерпевшими"), for an amount its whole clause, past the figure before it ("подверг
    аресту 14 участников на сроки от 3 до 15 суток"); read first without the participle clauses set off by commas
    (`wide` holds that text, then the whole), so the predicate speaks before an aside ("Один рабочий, пострадавший
    при обрушении, скончался"). A count still undecided that shares the verb of an amount before it in its sentence,
    with no verb between them nor after it, reads its whole `clause` ("оштрафовал на 15 тысяч рублей каждого из 23 участников":
    convictions), where the clause's predicate decides over a nearer cue ("приговорил к 3 годам колонии 14 человек")."""
    whole = previous.get(kind) or in_paragraph.get(kind)
    if refers_back(lemmas):
        named, strong, named_by = (whole, True, "logic.ru.refers_back") if whole else category_rule_ru(
            kind, lemma_text(f"{earlier} {MARK}"))
        if strong:
            return named, named_by
    if whole and is_part_of(lemmas):
        if counted_in_units(lemmas) == (True, None):
            return whole, "logic.ru.part_of_previous"
        found, strong, found_by = category_rule_ru(kind, part_words(lemmas) if kind in previous else lemmas)
        return (found, found_by) if strong and found not in PART_KEEPS.get(whole, ()) else (
            whole, "logic.ru.part_of_previous")
    if kind in previous and not has_verb(between) and counted_in_units(lemmas) == (True, None):
        return previous[kind], "logic.ru.units_as_previous"
    if kind == COUNT and earlier and counted_in_units(lemmas) == (True, None) and (
            rule("ru", "categories", "counted.recorded").pattern.search(lemmas)):
        named, strong, named_by = category_rule_ru(kind, lemma_text(f"{earlier} {MARK}"))
        if strong:
            return named, named_by
    found, strong, found_by = category_rule_ru(kind, lemmas, counted_noun_text(words) if kind == COUNT else None,
                                               finite_verbs(words))
    if strong:
        return found, found_by
    listed_as = list_named(lemmas, lemma_text(earlier)) if kind == COUNT else None
    if listed_as:
        return listed_as, "logic.ru.list_named"
    if kind in lead and kind not in previous:
        return lead[kind][0], "logic.ru.list_lead"
    if kind in previous and (found == CATCH_ALL_OF_KIND.get(kind) or is_listed(lemmas) or not has_verb(between) or (
            previous[kind] == "officials_sanctioned" and is_official(lemmas))):
        return previous[kind], "logic.ru.as_previous"
    if kind not in previous and kind in in_paragraph and not cued(kind, lemmas) and not has_verb(sentence):
        return in_paragraph[kind], "logic.ru.as_paragraph"
    if kind == DURATION and kind not in previous and earlier and not cued(kind, lemmas) and not has_verb(sentence):
        named, strong, named_by = category_rule_ru(kind, lemma_text(f"{earlier} {MARK}"))
        if strong:
            return named, named_by
    wider, strong, wider_by = category_rule_ru(kind, wide[0])
    if not strong:
        wider, strong, wider_by = category_rule_ru(kind, wide[1])
    if not strong and kind == COUNT and previous and not has_verb(between) and not has_verb(words[words.find(MARK):]):
        wider, strong, wider_by = category_rule_ru(kind, lemma_text(clause), verbs=finite_verbs(clause))
    listed = in_paragraph.get(kind) == LISTED_MONEY
    if not strong and kind == "money" and ((listed or fine_before) and said("paid.", lemmas) or listed and (
            not said("money.", lemmas) and not has_verb(lemmas[:lemmas.find(MARK)]))):
        return LISTED_MONEY, "logic.ru.listed_fine"
    return (wider, wider_by) if strong else (found, found_by)


def _overridden(decided: tuple[str, str], category: str, rule_id: str) -> tuple[str, str]:
    """A (category, rule id) after a logic step of figures_in_paragraph_ru read `category`: as it was where the step
    kept the category, else the step's category named by the step's id `rule_id`, so a row tells which step
    overrode the rules."""
    return decided if category == decided[0] else (category, rule_id)


def figures_in_paragraph_ru(paragraph, year: int | None, carried: str | None = None,
                            lead: dict[str, tuple[str, bool]] | None = None, about_bribe: bool = False) -> list[dict]:
    """Every figure stated in a Russian paragraph, in text order, with absolute document offsets; `carried` is
    the period of figures that state none in their paragraph (a news story's date, see lede_periods_ru), `lead`
    the category and statutory flag of each kind the line leading the list the paragraph is an item of gives
    (list_leads_ru); `about_bribe`, whether the story is about a bribe (about_bribe_ru)."""
    text = paragraph.text
    mentions = find_mentions_ru(text)
    out = []
    previous: dict[str, str] = {}  # category of the last figure of each kind in the sentence
    in_paragraph: dict[str, str] = {}  # ... and in the paragraph
    previous_sentence = -1
    before: tuple[str, bool] | None = None  # category and statutory flag of the figure before in the sentence
    # ... and of the last figure of each kind in the paragraph, or in the line leading the list it is an item of
    paragraph_before: dict[str, tuple[str, bool]] = dict(lead or {})
    fine_before, read_to = False, 0  # whether the text before the sentence names a fine, and how far it was read
    for index, mention in enumerate(mentions):
        s, e = _sentence_of(paragraph, mention.number_start)
        if s != previous_sentence:
            previous, previous_sentence, before = {}, s, None
            fine_before, read_to = fine_before or _names_fine(text[read_to:s]), s
        sentence = text[s:e]
        ms, me = max(mention.start - s, 0), min(mention.end - s, len(sentence))
        previous_end = _previous_end(mentions, index, s, text)
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        next_start = following.start - s if following and following.start < e else None
        bounds = (sentence, ms, me, min(previous_end, ms), next_start)
        words = window(*bounds)
        lemmas = lemma_text(words)
        later = ((m.start - s, m.end - s) for m in takewhile(lambda m: m.start < e, islice(mentions, index + 1, None)))
        clause = window(sentence, ms, me, clause_start(sentence, ms), next_start)
        wide = window(*bounds[:4], _past_parts(sentence, me, later), wide=True) if mention.kind == "count" else clause
        decided = _category(_read_as_kind(mention.kind, sentence[ms:me]), words, lemmas, _wide_lemmas(wide, words, lemmas), previous, in_paragraph,
                            sentence[min(previous_end, ms):ms], lead or {}, sentence, text[:s], fine_before, clause)
        decided = _overridden(decided, _custody_by_term(decided[0], mention.unit, sentence, ms, me, lemmas),
                              "logic.ru.custody_by_term")
        if mention.kind == "count" and decided[0] in ARRESTED and _arrested_as_penalty(sentence, ms, me, fine_before):
            decided = _overridden(decided, "convictions", "logic.ru.arrested_as_penalty")
        decided = _overridden(decided, _few_people(decided[0], mention, lemmas), "logic.ru.few_people")
        if mention.kind == COUNT and rule("ru", "categories", "rate.per_capita").pattern.search(sentence[:ms]):
            decided = _overridden(decided, RATIO, "rate.per_capita")
        sized = mention.kind == COUNT and rule("ru", "categories", "size.adjective").pattern.search(sentence[ms:me])
        if sized:
            decided = _overridden(decided, rule("ru", "categories", "size.adjective").decides, "size.adjective")
        if mention.kind == MEASURE:
            decided = _overridden(decided, mapping("ru", "categories", "category_of_measure_unit").get(
                mention.unit, decided[0]), "logic.ru.measure_unit")
        if about_bribe and _handed_over(decided[0], mention.kind, lemmas):
            decided = _overridden(decided, BRIBE, "logic.ru.bribe_handed_over")
        category, category_rule = decided
        if not sized:  # a place's size, no count the figures after it continue
            previous[mention.kind] = in_paragraph[mention.kind] = category
        listed = paragraph_before.get(mention.kind)
        if (before is None or before[0] not in PENALTIES) and listed and listed[0] == category:
            before = listed  # a list of penalties: prescribed as the first, past a figure of what it is for
        elif before is None and category in PENALTIES and PRESCRIBED in paragraph_before:
            before = (category, True)  # an item of a list whose lead prescribes ("предусмотрены:")
        earlier = lemma_text(sentence[:ms]) if mention.qualifier == "up_to" else ""
        prescribed, statutory_rule = statutory_rule_ru(category, mention.qualifier, lemmas, before, words, earlier)
        before = paragraph_before[mention.kind] = (category, prescribed)
        period = figure_period_ru(sentence, ms, me, year, text, s + ms, carried,
                                  category in PENALTIES or category == "convictions")
        if period is None and not prescribed and year is not None:
            period = str(year)
        period = change_baseline_ru(period, sentence, ms, me)
        out.append(figure_record(mention, paragraph, category=category, statutory=prescribed,
                                 period=None if prescribed else period, attribution=attribution_ru(sentence),
                                 subject=subject_ru(sentence, ms, me, mention.unit),
                                 rules=f"{category_rule} {statutory_rule}"))
    return _thresholds(paragraph, mentions, _share_with_next(text, mentions, out))


def _thresholds(paragraph, mentions: list, records: list[dict]) -> list[dict]:
    """A physical quantity said in a sentence with a penalty a rule prescribes after it is the threshold the rule
    sets ("превышение скорости на 20–40 км/ч – штраф 10 МРП"): prescribed too, of no period."""
    out = list(records)
    for i, m in enumerate(mentions):
        if m.kind != MEASURE or out[i]["statutory"]:
            continue
        sentence = _sentence_of(paragraph, m.number_start)
        if any(_sentence_of(paragraph, n.number_start) == sentence and r["statutory"] and r["category"] in PENALTIES
               for n, r in zip(mentions[i + 1:], out[i + 1:])):
            out[i] = out[i] | {"statutory": True, "period": None,
                               "rules": f"{out[i]['rules'].split()[0]} logic.ru.threshold"}
    return out


def _read_as_kind(kind: str, mention: str) -> str:
    """The kind whose cues a figure's meaning is read with: a multiple of a base amount the law sets ("50 базовых
    величин", "125 расчётных показателей"), said in the `mention`'s unit words, is so many times that amount, yet an
    amount of money all the same."""
    unit = rule("ru", "units", "unit.index_multiple").pattern
    if kind == RATIO and any(unit.match(mention[gap.start():]) for gap in _WORD_GAP.finditer(mention)):
        return "money"
    return kind


def _wide_lemmas(wide: str, words: str, lemmas: str) -> tuple[str, str]:
    """The lemmas of a figure's `wide` text without its participle clauses, then whole (_category's `wide`), each
    text lemmatised once: most wide texts hold no such clause, and many are the figure's `words` (lemmatised as
    `lemmas`)."""
    whole = lemmas if wide == words else lemma_text(wide)
    narrow = without_participle_clauses(wide)
    return whole if narrow == wide else lemma_text(narrow), whole


def _custody_by_term(category: str, unit: str, sentence: str, ms: int, me: int, lemmas: str) -> str:
    """A term's category as its unit and sentence correct it: days of custody after a term named before them, not
    before trial, are an administrative arrest, and so is a prison term in сутки; an administrative arrest in months,
    years or hours is custody; a term in сутки that no cue of its own names, in a sentence that arrests people, not
    before trial, is the arrest they got ("суд отправил под арест 12 человек (на срок от 3 до 10 суток)"), and so is
    one served or sent to a special detention centre ("отсидел 10 суток", "на 10 суток в спецприёмник")."""
    if category == "detention" and unit == ARREST_UNIT and (
            rule("ru", "categories", "custody.term_before").pattern.search(sentence[:ms])) and not (
            rule("ru", "categories", "custody.pretrial").pattern.search(lemmas)):
        return "administrative_arrest"
    if category == "administrative_arrest" and unit in CUSTODY_UNITS:
        return "detention"
    if category not in ("prison_term", "duration_other") or not rule(
            "ru", "categories", "arrest.term_in_days").pattern.search(sentence[ms:me]):
        return category
    if category == "prison_term":
        return "administrative_arrest"
    whole = lemma_text(sentence)
    arrested = (rule("ru", "categories", "duration.administrative_arrest").pattern.search(whole) or
                rule("ru", "categories", "arrest.served").pattern.search(whole)) and not (
        rule("ru", "categories", "custody.pretrial").pattern.search(whole))
    return "administrative_arrest" if arrested else category


def _arrested_as_penalty(sentence: str, ms: int, me: int, fine_before: bool) -> bool:
    """Whether the count at `ms`..`me` of a sentence counts people arrested as a penalty, so sentenced: a court
    arrests them for days ("арестованы на 10 суток"), or their own clause arrests them while the sentence passes fines
    or names the code of offences beside it ("По статье КоАП арестованы 47 человек, остальных оштрафовали"), or the
    paragraph before the sentence names a fine (`fine_before`: "Оштрафованы 120 человек. Ещё 97 арестованы")."""
    clause = lemma_text(clause_of(sentence, ms, me))
    if rule("ru", "categories", "count.convictions.arrested_for_days").pattern.search(clause):
        return True
    return bool(rule("ru", "categories", "arrest.in_clause").pattern.search(clause)) and (fine_before or bool(
        rule("ru", "categories", "count.convictions.arrest_as_penalty").pattern.search(lemma_text(sentence))))


def about_bribe_ru(paragraphs) -> bool:
    """Whether a document's Russian text tells of a bribe or of corruption (story.bribe): there, money handed over
    or taken from someone is the bribe, wherever its paragraph stands."""
    russian = [p for p in paragraphs if p.language == "ru" and p.is_read]
    if not russian:  # an English document: the Russian rules are not even compiled
        return False
    found = rule("ru", "categories", "story.bribe").pattern
    return any(found.search(p.text or "") for p in russian)


def _handed_over(category: str, kind: str, lemmas: str) -> bool:
    """Whether an amount no cue names (not even a weak one) is handed over or taken from someone (handed.bribe):
    "Всего он передал посреднику 400 тысяч рублей"."""
    return kind == "money" and category == CATCH_ALL_OF_KIND["money"] and not cued(kind, lemmas) and bool(
        rule("ru", "categories", "handed.bribe").pattern.search(lemmas))


def _few_people(category: str, mention, lemmas: str) -> str:
    """A count of people read as a group's size (population) that is too small to be one (GROUP_SIZE_FLOOR), counted
    exactly and by no group they belong to, is people a text names: count_other ("три оператора приехали",
    "жалоба 11 граждан"); a crowd's estimate ("около 40 человек") and members or residents stay a size."""
    if category == "population" and mention.value < GROUP_SIZE_FLOOR and mention.qualifier == "exact" and (
            not names_members(lemmas)):
        return "count_other"
    return category


def _names_fine(text: str) -> bool:
    """Whether a text names a fine ("штраф", "оштрафовать") or money paid for an offence ("сборы за нарушения")."""
    lemmas = lemma_text(text) if text else ""
    return any(rule("ru", "categories", rule_id).pattern.search(lemmas) for rule_id in ("money.fine", "money.fine_paid"))


def list_leads_ru(paragraphs, year: int | None) -> dict[int, dict[str, tuple[str, bool]]]:
    """The category and statutory flag the line leading a list gives its items, by the index of each Russian item
    paragraph: of each kind, the ones a cue after the lead's last figure gives a figure said at its end
    ("... вознаграждение устанавливается в размерах:", "Задержаны в разных городах:" above "Северный район – 7;"),
    else those of the lead's last figure of that kind ("составлено 900 протоколов, из них:"); a lead whose end
    prescribes ("За такие действия предусмотрены:") says so of the penalties its items name (key PRESCRIBED)."""
    if not any(p.language == "ru" for p in paragraphs):
        return {}
    lines = [p.text or "" for p in paragraphs]
    leads, out = {}, {}
    for index, at in list_leads(lines).items():
        if not paragraphs[index].is_read or paragraphs[index].language != "ru" or paragraphs[at].language != "ru":
            continue
        if at not in leads:
            lead = paragraphs[at]
            figures = figures_in_paragraph_ru(lead, year)
            words = f"{lead.text[figures[-1]['char_end'] - lead.start:] if figures else lead.text} {MARK}"
            rest = lemma_text(words)
            cued = {kind: (category, statutory_rule_ru(category, "exact", rest, words=words)[0])
                    for kind in CATCH_ALL_OF_KIND for category, strong, _ in [category_rule_ru(kind, rest)] if strong}
            prescribes = {PRESCRIBED: ("", True)} if statutory_rule_ru(PENALTIES[0], "exact", rest, words=words)[0] else {}
            leads[at] = {r["kind"]: (r["category"], r["statutory"]) for r in figures} | cued | prescribes
        out[index] = leads[at]
    return out


def _previous_end(mentions, index: int, s: int, text: str) -> int:
    """Where the last figure before mentions[index] in its sentence (which starts at `s`) ends, relative to `s`; 0
    when it is the sentence's first. A share is read past by a figure of another kind: the change it states belongs
    to the words before it ("число погибших снизилось на 8,5%, с 294 до 269" counts deaths). A count after a term
    or an amount starts after the clause break that ends that figure's own words ("трое получили по 4 года
    колонии, двое – условно": the two are no prisoners), or with none after the penalty it names ("к 3 годам
    колонии 14 человек", term.own_words). Mentions come in order of their start, so the search stops
    at the sentence's start."""
    start, kind = mentions[index].start, mentions[index].kind
    for m in reversed(mentions[max(0, index - 64):index]):
        if s <= m.end <= start and (m.kind not in SHARES or kind in SHARES):
            if kind != COUNT or m.kind not in PENALTY_KINDS:
                return m.end - s
            own_words = _CLAUSE_END.search(text, m.end, start) or rule(
                "ru", "categories", "term.own_words").pattern.match(text, m.end, start)
            return (own_words.end() if own_words else m.end) - s
        if m.end < s:
            break
    return 0


def _past_parts(sentence: str, end: int, later: list[tuple[int, int]]) -> int | None:
    """Where the next figure after one ending at `end` begins, passing over the figures that are parts of it
    and the figures listed with them ("Одиннадцать человек, включая двоих детей и 3 пенсионеров, в тяжёлом
    состоянии": the state after the parts is the count's)."""
    parts = 0
    for start, part_end in later:
        gap = lemma_text(f"{sentence[end:start]} {MARK}")
        if not (is_part_of(gap) or (parts and is_listed(gap))):
            return start
        parts, end = parts + 1, part_end
    return None


def _share_with_next(text: str, mentions: list, records: list[dict]) -> list[dict]:
    """A figure with no cue of its own listed right before another of its kind ("к 9 и 11 годам заключения", "на
    3, 5 и 10 суток ареста") takes that figure's category, statutory flag and period: the words after the last
    speak of all; but the count a change starts from ("с 496 до 400") keeps its own period (change_baseline_ru). Its
    rules name this step (logic.ru.shared_with_next) for both."""
    out = list(records)
    for i in range(len(out) - 2, -1, -1):
        m, n = mentions[i], mentions[i + 1]
        between = text[m.end:n.start]
        if m.kind == n.kind and out[i]["category"] == CATCH_ALL_OF_KIND.get(m.kind) and (
                rule("ru", "units", "unit.shared_with_next").pattern.match(between) or (
                    m.unit == n.unit != COUNT and rule("ru", "units", "unit.listed_with_next").pattern.match(between))):
            changed_from = rule("ru", "period", "period.change_to").pattern.match(text[m.end:])
            out[i] = out[i] | {"category": out[i + 1]["category"], "statutory": out[i + 1]["statutory"],
                               "period": out[i]["period"] if changed_from else out[i + 1]["period"],
                               "rules": f"{SHARED_WITH_NEXT} {SHARED_WITH_NEXT}"}
    return out
