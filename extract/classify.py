"""Give a figure its meaning from the words around it: category (GUIDELINES list) and whether it is
statutory (what a law prescribes) rather than what happened.

Rules are English keyword cues scored by distance to the mention; words after the mention weigh a bit
more than words before it ("three years' probation", "125 complaints").
"""

import re

from extract.mentions import Mention

WINDOW = 140


def _cues(pairs: list[tuple[str, str]]) -> list[tuple[str, re.Pattern]]:
    return [(name, re.compile(rf"\b(?:{pattern})", re.IGNORECASE)) for name, pattern in pairs]


MONEY_CUES = _cues([
    ("bribe", r"brib(?:e|es|ed|ery)\b|kickbacks?"),
    ("wage", r"wages?\b|salar(?:y|ies)|poverty\s+line|pensions?\b|minimum\s+subsistence|earn(?:s|ed|ings)?\b|paid\s+per|"
             r"(?:weekly|monthly|annual|average|hourly|daily|basic|minimum|take-home)\s+pay\b|pay\s+(?:was|is|rose|fell)\b"),
    ("fine", r"fine[sd]?\b|fining|penalt(?:y|ies)|penali[sz]e"),
])
DURATION_CUES = _cues([
    ("probation", r"probation|restrict(?:ed|ions?\s+(?:of|on))\s+(?:[\w’'-]+\s+){0,3}?(?:freedom|movement)|restricted\s+freedom|suspended\s+sentence|"
                  r"parole"),
    ("compulsory_work", r"compulsory\s+(?:work|labou?r)|correct(?:ion|ional|ive)\s+(?:work|labou?r)|community\s+service|"
                        r"public\s+works?|forced\s+labou?r\s+sentence|(?<=of\s)forced\s+labou?r"),
    ("ban", r"ban\b|bans\b|banned|barred|disqualif|stripped\s+of|prohibit\w*\s+from|deprived\s+of\s+the\s+right|suspension\b|"
            r"block(?:s|ed|ing)?\s+(?:access|websites?|sites?|accounts?|the)|blocked\s+for\b"),
    ("administrative_arrest", r"administrative\s+arrest"),
    ("prison_term", r"prisons?\b|imprison|(?:maximum\s+|minimum\s+)?penalty\s+(?:is|was|of)\b|deprivation\s+of\s+liberty|jail|incarcerat|penal\s+colony|behind\s+bars|life\s+sentence|sentence\b|"
                    r"sentences\b|sentenced"),
    ("detention", r"pre-?trial|detention|detain|custody|held\b|hold\b|arrest"),
    ("legal_time_limit", r"within|deadline|notice|in\s+advance|prior\s+to|before\b|"
                         r"valid|residen|leave\b|registration|register|exempt|experience|renewal|lasts|"
                         r"stay\b|workweek|overtime|consider|before\s+(?:the\s+)?elections?|initiate"),
])
COUNT_EVENT_CUES = _cues([
    ("deaths", r"died|dead\b|deaths?\b(?!\s+(?:sentences?|penalt|row))|(?<!of\sthose\s)(?<!of\sthe\s)killed|killings?|"
               r"murder(?:ed|s)?|fatalit|lost\s+their\s+lives|resulted\s+in\s+death|suicides?\b|bodies\b|death\s+toll|"
               r"execut(?:ed|ing|ions?\b)|shot\s+dead|hanged|assassinat(?:ed|ions?)|homicides\b|"
               r"death\s+sentences\s+(?:have\s+been\s+|had\s+been\s+|were\s+)?carried\s+out"),
    ("injuries", r"injur(?:ed|ies|y)|wounded|wounds\b|hospitali[sz]|intensive\s+care|beaten|hurt\b|"
                 r"(?:treated|taken)\s+(?:\w+\s+)?(?:in|to)\s+hospital"),
])
COUNT_NOUN_CUES = _cues([
    ("complaints", r"complaints?|appeals?\b|petitions?|grievances|allegations?\b"),
    ("convictions", r"convictions\b|sentences\b|verdicts\b|penalties\b"),
    ("victims", r"victims?\b"),
    ("criminal_cases", r"(?:criminal\s+)?cases?\b|investigations?|lawsuits?|litigations?|crimes?\b|instances|"
                       r"proceedings|probes?\b|inquir(?:y|ies)\b|enquir(?:y|ies)\b|charges\b|indictments?\b|"
                       r"prosecutions|rapes\b|assaults\b|offen[cs]es\b|robber(?:y|ies)|thefts\b"),
    ("detentions", r"detainees|arrestees"),
    ("inspections", r"inspections?|violations?|checks\b|audits?\b|raids?\b"),
    ("property", r"houses?\b|homes?\b|vehicles?|cars?\b|buildings?|apartments?|shops?\b|property"),
    ("organizations", r"NGOs?\b|organi[sz]ations?|part(?:y|ies)\b|unions?\b|shelters?|cent(?:er|re)s?\b|outlets?|"
                      r"compan(?:y|ies)|enterprises?|councils?\b|associations?|groups?\b|newspapers?|businesses|"
                      r"firms?\b|churches|mosques|media\s+outlets|channels?\b|websites?|sites?\b|facilities|"
                      r"institutions|schools|universities|hospitals|clinics|committees|commissions|colonies\b|prisons\b|jails\b|"
                      r"police\s+stations"),
    ("prisoners", r"prisoners?|inmates?|political\s+prisoners|imprisoned|incarcerated|POWs?\b"),
    ("count_other", r"countries|cities|towns|villages|regions|provinces|districts|states\b|territories|"
                    r"municipalities|departments\b|locations|sites\b|places\b|nations\b|jurisdictions|areas\b|incidents?\b|"
                    r"occasions\b|episodes\b|gatherings?\b|rall(?:y|ies)\b|demonstrations\b|marches\b|categories|types\b|kinds\b|grams?\b|kilograms?\b|kg\b|tons?\b|"
                    r"tonnes?\b|lit(?:er|re)s?\b|hectares?\b|degrees\b"),
])
# Reports become complaints when the sentence says someone received, registered or filed them.
_RECEIVED = re.compile(r"\b(?:receiv(?:ed|es)|register(?:ed|s)|filed|lodged|submitted|logged|record(?:ed|s))\b",
                       re.IGNORECASE)
# Written statements and applications someone receives are complaints ("received 44 torture statements").
_SUBMISSIONS = re.compile(r"\b(?:reports|statements|applications|messages|requests|appeals)\b", re.IGNORECASE)
# A count followed by what a crowd does names people even when the noun is left out ("thousands took to the
# streets").
_CROWD_ACTION = re.compile(r"^\s+(?:(?:more|again|also|reportedly)\s+)?(?:took\s+to\s+the\s+streets|took\s+part|"
                           r"protested|rallied|marched|gathered|demonstrated|joined|attended|participated|signed|"
                           r"turned\s+out|came\s+out|assembled)\b", re.IGNORECASE)
COUNT_VERB_CUES = _cues([
    ("convictions", r"convict(?:ed|ing)|conviction\s+of|sentenced|found\s+guilty|guilty\b|held\s+(?:criminally\s+)?liable|"
                    r"punished|reprimand|jailed|(?:jail|prison)\s+terms?\s+to|"
                    r"fined\b|acquitted|(?:received|given|handed)\s+(?:[\w-]+\s+){0,2}(?:fines?|sentences?|prison\s+terms?|penalties)|"
                    r"(?:received|given|got)\s+(?:[\w-]+\s+){1,3}in\s+(?:jail|prison)|"
                    r"sentences?\s+(?:\w+\s+){0,3}against"),
    ("prisoners", r"(?:were|was|are|is|being)\s+held\s+in\s+(?:\d[\d,]*\s+)?(?:prisons?|facilities|detention|custody|"
                  r"penal|colonies|jails?|camps?)|(?:were|was|are|is|remain(?:ed)?)\s+in\s+(?:custody|prison)\b|"
                  r"under\s+(?:a\s+|the\s+)?(?:sentences?\s+of\s+death|death\s+sentences?)|prisons?\s+held\b|behind\s+bars|serving\s+(?:prison\s+)?sentences|"
                  r"on\s+death\s+rows?"),
    ("detentions", r"detained|detaining|detention|arrested|arresting|apprehended|arrests?\b|detains?\b"),
    ("criminal_cases", r"prosecuted|prosecuting|indicted"),
])
OFFICIALS = re.compile(r"\b(?:judges?|officials?|officers?|police(?:men|man)?|civil\s+servants?|prosecutors?|"
                       r"governors?|investigators?|guards?|servicemen|employees\s+of\s+the)\b", re.IGNORECASE)
SANCTIONED = re.compile(r"\b(?:dismissed|disciplined|charged|prosecuted|arrested|fired|removed|under\s+investigation|"
                        r"investigated|held\s+(?:criminally\s+)?liable|suspended(?!\s+sentences?)|reprimanded|"
                        r"cases\s+submitted|fined)",
                        re.IGNORECASE)
POPULATION = re.compile(
    r"\b(?:members?|refugees?|migrants?|citizens?|workers?|inhabitants?|residents?|seats?|candidates?|senators?|"
    r"jurors?|judges?|persons?|people|individuals?|children|orphans?|population|employees?|asylum|inspectors?|"
    r"deputies|staff|voters?|students?|families|nationals?|foreigners?|stateless|"
    r"workforce|labou?r\s+force|self-employed|economically\s+active|ethnic|protesters?|participants?|"
    r"demonstrators?|users?|subscribers?|journalists?|activists?|lawyers?|doctors?|teachers?|soldiers?|troops|"
    r"immigrants?|emigrants?|returnees|pupils|patients|households?|minors|juveniles|followers|reservists|"
    r"conscripts|recruits|volunteers|respondents|passengers|viewers|readers|pilgrims|tourists|visitors|pensioners|"
    r"settlers|civilians|fighters|militants|residents|villagers|worshippers|believers|women|girls|boys|editors|reporters|bloggers|writers)\b"
    r"|(?-i:^[A-Z][a-z]+(?:ians|eans|ans|ese|is|ks)$)", re.IGNORECASE)

STATUTORY_CUES = re.compile(
    r"\b(?:punishable|by\s+law|under\s+the\s+law|in\s+accordance\s+with\s+the\s+law|laws?\s+(?:also\s+)?(?:provides?|prescribes?|allows?|permits?|"
    r"requires?|stipulates?|sets?|limits?|prohibits?|gives?|mandates?)|legislation|legal\s+(?:minimum|maximum|"
    r"requirement|stipulation|age)|constitution\b|amendments?|provides\s+for|prescribes?|(?:code|rules?|regulations?|act|decree|statute)\s+(?:also\s+)?(?:requires?|provides?|prescribes?|stipulates?|sets?|mandates?|allows?|permits?|limits?)|"
    r"stipulates?|(?:is|are)\s+required|subject\s+to|defined\s+as|defines?\b|must\b|shall\b|(?-i:may)\s+(?!have\b)\w+|can\s+be|entitled|mandates?|quota|threshold|maximum|minimum|penalties\s+(?:for|of|up)|"
    r"penalizes?|carry\s+fines|leads?\s+to\s+a\s+fine|result\s+in\s+fines|recommends?|is\s+granted|are\s+granted|"
    r"eligible|allows?|permits?|limits?\b|sets\s+the|exempt|(?<!his\s)(?<!her\s)(?<!the\s)(?<!their\s)(?<!a\s)faces?\b(?!\s+(?:up|down)\b|-)|"
    r"potential\s+(?:\w+\s+)?(?:sentences?|penalt|punishments?|prison|terms?|fines?)|(?-i:Articles?)\b|articles?\s+\d|"
    r"penalty\s+(?:under|for|is)\b)",
    re.IGNORECASE)
EVENT_CUES = re.compile(
    r"\b(?:was|were)\s+(?:sentenced|convicted|fined|detained|arrested|killed|injured|released|imprisoned|dismissed|"
    r"punished|given)|\b(?:was|were|had\s+been|has\s+been)\s+\w+ed\b|\bthere\s+(?:were|was)\b|"
    r"\bsentenced\s+(?!to\s+(?:up\s+to|a\s+maximum))|\bconvicted\s+(?:him|her|them|[A-Z]|\w+\s+[A-Z])|\bimposed\s+on|\breceived\b|"
    r"\breported\b|\bcourt\s+(?:sentenced|convicted|imposed|authorized|found|placed)|\bfound\s+guilty|\bon\s+(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\s+\d|\bin\s+(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b|\bproposed|\bdiscovered|"
    r"\brecorded|\bidentified|\bduring\s+the\s+year|\bannually\b|\bheld\s+\w+\s+in|"
    r"\b(?:had|have|has)\s+(?!been\b)\w+ed\b|\b(?:counted|documented|opened|filed)\b|"
    r"(?<!\bbe\s)\bheld\s+(?:[\w’'-]+\s+){0,3}for\b|\b(?:estimated|said|found)\s+that\b|\b(?:took|spent)\b|"
    r"\bpaid\s+(?:about|some|nearly|approximately|over|more|a\s+total|\$|USD|the\s+equivalent)|"
    r"\bordered\s+(?:\w+\s+){0,2}to\s+pay\b|"
    r"\b(?:government|authorities|police|courts?|prosecutors?|officials)\s+(?:also\s+)?(?:investigated|prosecuted|"
    r"convicted|identified|initiated|opened|registered|arrested|detained|secured|charged|sentenced)\b",
    re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"\b(?:raised|increased|decreased|rose|fell|grew|dropped|declined|cut|reduced)\b[^.;]*$",
                            re.IGNORECASE)
GENERIC_LAW_SUBJECT = re.compile(
    r"^(?:The\s+law|By\s+law|Under\s+the\s+law|According\s+to\s+the\s+law|The\s+(?:new\s+)?(?:code|constitution|"
    r"legislation|amendments?)|Legislation)\b", re.IGNORECASE)


def _nearest(cues: list[tuple[str, re.Pattern]], sentence: str, start: int, end: int,
             window: int = WINDOW) -> tuple[str | None, float]:
    best, best_distance = None, float("inf")
    lo, hi = max(0, start - window), min(len(sentence), end + window)
    for name, pattern in cues:
        for m in pattern.finditer(sentence, lo, hi):
            if m.start() >= end:
                distance = (m.start() - end) * 0.8
            elif m.end() <= start:
                distance = (start - m.end()) * 1.0 + 2
            else:
                continue
            if distance < best_distance:
                best, best_distance = name, distance
    return best, best_distance


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around the mention: stops at semicolons, dashes and ', and'/', while'/', but'."""
    left = 0
    for m in re.finditer(r";|–|—|:\s|,\s+(?:and|while|but|whereas|or|with)\s|\(|\)|\s(?:and|but)\s+that\s",
                         sentence[:start]):
        left = m.end()
    right = len(sentence)
    m = re.search(r";|–|—|,\s+(?:and|while|but|whereas|or|where|with)\s|\(|\)|,\s+\d|\s(?:and|but)\s+that\s",
                  sentence[end:])
    if m:
        right = end + m.start()
    return left, right


# Nouns naming things rather than people: they decide the category even beside "killed" or "arrested".
_THING_CATEGORIES = ("criminal_cases", "complaints", "inspections", "property", "organizations", "count_other")
PEOPLE_CATEGORY_VERBS = _cues([
    ("victims", r"subjected\s+to|victims\s+of|were\s+(?:raped|abused|trafficked|exploited|leaked)|"
                r"(?<=\s)(?:were|have\s+been|had\s+been)\s+(?:kidnapped|abducted|taken\s+hostage|enslaved)\b|"
                r"violat\w*\s+(?:the\s+)?(?:\w+\s+)?rights|(?:have|has|had)\s+not\s+been\s+(?:seen|heard\s+from|found)|"
                r"(?:were|was|are|remain(?:ed)?)\s+missing\b|(?:forcibly\s+)?disappeared\b|whereabouts"),
])
_PREVIOUS_SENTENCING = _cues([(name, pattern) for name, pattern in
                              (("probation", DURATION_CUES[0][1].pattern), ("compulsory_work", DURATION_CUES[1][1].pattern),
                               ("ban", DURATION_CUES[2][1].pattern), ("prison_term", DURATION_CUES[4][1].pattern),
                               ("detention", DURATION_CUES[5][1].pattern))])
_ATTACHED = re.compile(r"^[’'\s]*(?:(?:per|a|each)\s+\w+\s+)?(?:maximum\s+|minimum\s+)?(?:(?:term|sentence|period)\s+of\s+)?"
                       r"(?:of\s+|in\s+)?(?:the\s+|an?\s+)?", re.IGNORECASE)
_LIMIT_AFTER = re.compile(r"^[\s-]*(?:time\s+)?(?:limit|deadline)\b", re.IGNORECASE)
_GAP_AFTER = re.compile(r"^\s+(?:after|later|ago|earlier)\b", re.IGNORECASE)
ADMINISTRATIVE_OFFENCE = re.compile(
    r"\b(?:picket(?:s|ing|ed)?|(?:unsanctioned|unauthori[sz]ed|unpermitted|illegal|unlawful|unregistered)\s+"
    r"(?:rall(?:y|ies)|protests?|assembl(?:y|ies)|gatherings?|demonstrations?|meetings?|marches|events?|pickets?)|"
    r"petty\s+hooliganism|hooliganism|disobe(?:y|yed|ying|dience)\s+(?:to\s+)?(?:the\s+)?(?:police|lawful)|"
    r"resist(?:ing|ed)?\s+(?:the\s+)?police|administrative\s+(?:offen[cs]es?|code|charges?|detention|violations?)|"
    r"violat(?:ing|ed|ion\s+of)\s+(?:the\s+)?(?:rules|procedure|order)\s+(?:of|for|on)\s+(?:holding\s+)?"
    r"(?:peaceful\s+)?(?:assembl|rall|protest|meeting))", re.IGNORECASE)
_PENALTY_FOR = re.compile(r"^\W*(?:\w+\s+){0,2}for\s+(?:\w+\s+){0,2}(?:picket|unsanctioned|unauthori[sz]ed|illegal|"
                          r"unlawful|petty|hooliganism|disobe|resist|violat)", re.IGNORECASE)
_JAILED = re.compile(r"\b(?:jail(?:ed)?|sentenced|sentences?|arrest(?:ed)?|locked\s+up)\b", re.IGNORECASE)
_HELD_FOR = re.compile(r"\b(?:held|hold|holding|kept|keep|detained|detain)\s+(?:[\w’'-]+\s+){0,3}for\s+$",
                       re.IGNORECASE)
_PRETRIAL_BEFORE = re.compile(r"\b(?:pre-?trial|remand)\s+(?:detention|imprisonment|custody|arrest|confinement)\s+"
                              r"(?:\w+\s+){0,2}(?:for\s+|of\s+)?(?:up\s+to\s+|another\s+|a\s+further\s+)?$", re.IGNORECASE)
# What a prosecutor asks the court for is a prison term ("the prosecutor asked for 11 years").
_DEMANDED_BEFORE = re.compile(r"\bprosecut\w*\b[^.;]{0,40}\b(?:asked|asking|sought|seeking|requested|requesting|"
                              r"demanded|demanding)\s+(?:for\s+)?(?:a\s+)?$", re.IGNORECASE)
_SERVED_BEFORE = re.compile(r"\bserv(?:ed|ing|es)\s+(?:only\s+|just\s+|about\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# "the eight-month period from January to August" names a span of time, not a legal period.
_SPAN_OF_TIME = re.compile(r"^[\s-]*period\s+(?:from|between|covering|since|under\s+review)\b", re.IGNORECASE)
# "received 44 complaints in four months": the span over which something was counted, not a deadline.
_COUNTED_OVER = re.compile(r"\b(?:receiv(?:ed|es)|register(?:ed|s)|record(?:ed|s)|reported|documented|counted|"
                           r"identified)\b[^.;]*\b\d[\d,]*\s+[^.;]*\b(?:in|within|over|during)\s+(?:the\s+)?"
                           r"(?:first\s+|last\s+|past\s+)?$", re.IGNORECASE)
# How long something has lasted ("a case that has been ongoing for 24 years") is not a penalty.
_ONGOING_FOR = re.compile(r"\b(?:ongoing|pending|continu\w+|lasted|lasting|running|dragged\s+on)\s+(?:for\s+)?"
                          r"(?:(?:nearly|almost|about|over|more\s+than)\s+)?$", re.IGNORECASE)
_SERVED = re.compile(r"\b(?:given|receiv\w*|serv\w*|sentenced|awarded|got|handed)\b", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:has|have|had|gives?\s+\S+(?:\s+\S+)?)\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^\s+(?:in\s+which\s+)?to\b", re.IGNORECASE)
_STOPWORDS = re.compile(r"^(?:was|were|is|are|had|has|have|who|which|that|whom|in|on|at|by|from|during|after|before|"
                        r"since|because|while|when|to|and|or|but|as|with|for|of|throughout|each|per|a|an|the|it|"
                        r"about|against|over|under|into|among|between|like|such|including|through|across|within|"
                        r"without|than|whose|where|if|so|not|also|then|respectively|"
                        r"they|he|she|received|reported|did|do|died|could|would|will|may|must|can)$", re.IGNORECASE)
ELIDED_OF = re.compile(r"^\s+(?:of|to|and|or|,)\s+(?:the\s+)?(?:[\d,.]+|(?:one|two|three|four|five|six|seven|eight|nine|"
                       r"ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|hundreds?|thousands?|dozens?))"
                       r"(?:\s+(?:million|thousand|billion))?\s+",
                       re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+(?:who|that|which|was|were|is|are|has|have|"
                        r"had|decreased|increased|rose|fell|grew|dropped|reached|stood|totaled|\w+ed)\b", re.IGNORECASE)


def category(mention: Mention, sentence: str, start: int, end: int, before: str = "", inherited_noun: str = "") -> str:
    """The GUIDELINES category of a mention at [start, end) in its sentence; `before` is the paragraph text
    preceding the sentence, used when the sentence itself names no penalty ("were given four years")."""
    if mention.kind == "age":
        return "age"
    if mention.kind == "percent":
        return "percent"
    if mention.kind == "ratio":
        return "ratio"
    if mention.kind == "length":
        return "other"
    if mention.kind == "money":
        name, _ = _nearest(MONEY_CUES, sentence, start, end)
        return name or "money_other"
    if mention.kind == "duration":
        return _duration_category(mention, sentence, start, end, before)
    return count_category(sentence, start, end, inherited_noun)


def _attached(cues: list[tuple[str, re.Pattern]], text: str) -> str | None:
    """The cue written right after a duration ("years' probation", "hours a year of compulsory labor")."""
    rest = text[_ATTACHED.match(text).end():]
    adjective = re.match(r"^\w+\s+", rest)
    for candidate in (rest, rest[adjective.end():] if adjective else None):
        if candidate is None:
            continue
        for name, pattern in cues:
            if pattern.match(candidate):
                return name
    return None


def _duration_category(mention: Mention, sentence: str, start: int, end: int, before: str) -> str:
    """Category of a duration; a jail term of days for an administrative offence is administrative arrest."""
    name = _duration_kind(mention, sentence, start, end, before)
    if name in ("prison_term", "detention") and mention.unit in ("day", "hour") and mention.value <= 90 and \
            ADMINISTRATIVE_OFFENCE.search(sentence) and (name == "prison_term" or _JAILED.search(sentence) or
                                                         _PENALTY_FOR.match(sentence[end:])):
        return "administrative_arrest"
    return name


def _duration_kind(mention: Mention, sentence: str, start: int, end: int, before: str) -> str:
    right = sentence[end:end + 60]
    words = sentence[start:end].lower()
    if re.match(r"^\W{0,3}(?:of\s+)?(?:administrative\s+)?(?:imprisonment|incarceration|prison|jail)", right,
                re.IGNORECASE) and re.search(r"administrative\s+(?:offen[cs]e|arrest)", sentence, re.IGNORECASE) and \
            "day" in words:
        return "administrative_arrest"
    if _COUNTED_OVER.search(sentence[:start] + (" within " if words.startswith("within") else "")) and \
            not STATUTORY_CUES.search(sentence) or _ONGOING_FOR.search(sentence[max(0, start - 50):start]):
        return "duration_other"
    if words.startswith("within") or (_DEADLINE.search(sentence[:start]) and _TO_AFTER.match(right)):
        return "legal_time_limit"
    if re.search(r"\bevery\s+$", sentence[:start], re.IGNORECASE) or _LIMIT_AFTER.match(right):
        return "legal_time_limit"
    if _GAP_AFTER.match(right):
        return "duration_other"
    if _HELD_FOR.search(sentence[max(0, start - 50):start]) or _PRETRIAL_BEFORE.search(sentence[max(0, start - 60):start]):
        return "detention"
    if _DEMANDED_BEFORE.search(sentence[:start]):
        return "prison_term"
    if _SPAN_OF_TIME.match(right):
        return "duration_other"
    served = _attached([c for c in DURATION_CUES if c[0] != "legal_time_limit"], right)
    if served is None and _SERVED_BEFORE.search(sentence[max(0, start - 30):start]):
        return "prison_term"
    attached = served or \
        (_attached([c for c in DURATION_CUES if c[0] == "legal_time_limit"], right) if re.match(
            r"^\W*(?:term|period)\b", right, re.IGNORECASE) is None else "legal_time_limit")
    if attached:
        return attached
    name, distance = _nearest(DURATION_CUES, sentence, start, end)
    if name is not None and distance <= 90:
        return name
    if not _SERVED.search(sentence):
        return "duration_other"
    earlier, _ = _nearest(_PREVIOUS_SENTENCING, before[-300:], len(before[-300:]), len(before[-300:]), 300)
    return earlier or "duration_other"


def _without_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


def _noun_phrase(clause: str, end: int) -> tuple[str, int]:
    """The words naming what a count counts, right after it (skipping "of 49" in "17 of 49 senators")."""
    rest = clause[end:]
    skip = ELIDED_OF.match(rest)
    offset = 0
    partitive = re.match(r"^\s+of\s+(?:the|these|those|their|its|all)?\s*(?=[a-z])", rest)
    if skip and not re.match(r"^\s+of\s+(?:whom|which|them|these|those)\b", rest, re.IGNORECASE):
        offset = skip.end() - 1
    elif partitive and not re.match(r"^\s+of\s+(?:whom|which|them|us|it|this|that)\b", rest):
        offset = partitive.end() - 1
    words = []
    for m in re.finditer(r"[\w’'-]+|[^\w\s]", rest[offset:]):
        token = m.group(0)
        if not re.match(r"[\w’'-]", token) or _STOPWORDS.match(token) or len(words) >= 5:
            break
        words.append(token)
    return " ".join(words), offset


def _word_category(noun: str) -> str | None:
    """Category named by the words of a noun phrase, the last (head) word first."""
    for word in reversed(noun.replace(" -", " ").lstrip("-").split()):
        for name, pattern in COUNT_NOUN_CUES:
            if pattern.fullmatch(word) or pattern.match(word) and len(word) > 3:
                return name
        if POPULATION.fullmatch(word):
            return "population"
    return None


def count_noun(sentence: str, start: int, end: int) -> str:
    """The noun phrase a count at [start, end) counts, or "" when it is left out ("compared to 84 in 2019")."""
    sentence = _without_brackets(sentence[:start]) + sentence[start:end] + _without_brackets(sentence[end:])
    lo, hi = _clause(sentence, start, end)
    clause = sentence[lo:hi]
    noun, _ = _noun_phrase(clause, end - lo)
    if not noun:
        left = _NUMBER_OF.search(clause[:start - lo])
        noun = left.group(1) if left else ""
    return noun


# A participle between a count and its noun describes the people, it does not say what happened to them
# ("one detained protester died").
_PARTICIPLE_ADJECTIVE = re.compile(r"^(\s+(?:detained|arrested|jailed|imprisoned|convicted|injured|wounded))\s+(?=\w)(?!"
                                   r"(?:in|at|on|by|for|during|after|and|or|with|from|since)\b)", re.IGNORECASE)


# People a researcher interviewed or surveyed are sources, whatever happened to others in the sentence.
_CONSULTED_BEFORE = re.compile(r"\b(?:interview\w*|survey\w*|spoke\s+(?:with|to)|met\s+(?:with\s+)?|consulted|questioned|"
                               r"polled)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# A flattened table row or label line names what its numbers count before them ("Complaints | 120 | 340").
_ROW_LABEL = re.compile(r"^\s*([A-Za-z][\w’' -]{0,40}?)\s*(?:\||\t|:)\s*(?:[\d.,]+\s*(?:\||\t)\s*)*$")


def _own_cue(clause: str, start: int, end: int) -> bool:
    """Whether a count that opens a conjoined clause has its own event or verb after it ("... died and
    thousands were arrested")."""
    return bool(_nearest(COUNT_EVENT_CUES, clause, start, end, 80)[0] or _nearest(COUNT_VERB_CUES, clause, start, end, 100)[0])


# A count followed only by a time ("5,113 complaints in 2016 and 6,417 last year") counts the noun before it.
_TIME_ONLY = re.compile(r"(?:last|this|next|previous|the\s+previous|the\s+following|a|one)\s+(?:year|month|week|day)"
                        r"(?:\s+(?:earlier|before|later))?", re.IGNORECASE)


# A capacity is a number of places, not of people held ("designed for 10,000 inmates", "capacity of 65,168").
_CAPACITY_BEFORE = re.compile(r"\b(?:capacity\s+(?:\w+\s+){0,3}?(?:of|is|was|were)\s+(?:supposed\s+to\s+be\s+)?|"
                              r"(?:designed|built|intended|meant)\s+(?:to\s+(?:hold|house|accommodate)|for)\s+"
                              r"(?:just\s+|only\s+)?)$", re.IGNORECASE)


# The verb of a count's own clause wins over a participle describing its noun ("five suspects convicted of the
# attack were executed").
_KILLED_PREDICATE = re.compile(r"^[^,;]{0,80}?\b(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?"
                               r"(?:executed|killed|shot\s+dead|murdered|assassinated|hanged)\b", re.IGNORECASE)


def count_category(sentence: str, start: int, end: int, inherited_noun: str = "") -> str:
    """Category of a count from the noun it counts and the verbs of its clause; a count whose noun is left
    out ("seven of whom", "compared to 84") takes the noun of the count before it."""
    sentence = _without_brackets(sentence[:start]) + sentence[start:end] + _without_brackets(sentence[end:])
    lo, hi = _clause(sentence, start, end)
    clause = sentence[lo:hi]
    s, e = start - lo, end - lo
    label = _ROW_LABEL.match(sentence[:start])
    if label and re.fullmatch(r"[\s\d.,|]*", sentence[end:]):
        noun = label.group(1)
    else:
        noun = count_noun(sentence, start, end) or inherited_noun
        if _TIME_ONLY.fullmatch(noun) and inherited_noun:
            noun = inherited_noun
    if _CAPACITY_BEFORE.search(clause[:s]):
        return "count_other"
    if _KILLED_PREDICATE.match(clause[e:]):
        return "deaths"
    if re.match(r"^\s+of\s+(?:whom|which|them|these|those)\b", clause[e:], re.IGNORECASE):
        clause, s, e = clause[s:], 0, e - s
    named = _word_category(noun)
    if named is None and _CROWD_ACTION.match(clause[e:]):
        return "population"
    if _SUBMISSIONS.search(noun) and named in (None, "complaints"):
        if _RECEIVED.search(clause):
            return "complaints"
        if named is None:
            return "count_other"
    if named == "criminal_cases" and re.search(r"\bcomplaints?\b", noun, re.IGNORECASE):
        return "complaints"
    if named is None and re.match(r"^\w+ed\b", noun) and inherited_noun:
        noun = inherited_noun
        named = _word_category(noun)
    if named in _THING_CATEGORIES:
        return named
    conjunction = re.search(r"\s(?:and|but|while)\s+$", clause[:s])
    if conjunction and _own_cue(clause[conjunction.end():], s - conjunction.end(), e - conjunction.end()):
        clause, s, e = clause[conjunction.end():], s - conjunction.end(), e - conjunction.end()
    adjective = _PARTICIPLE_ADJECTIVE.match(clause[e:])
    if adjective:
        clause = clause[:e] + " " * adjective.end(1) + clause[e + adjective.end(1):]
    if named in (None, "population") and _held_people(noun, clause, e, sentence):
        return "prisoners"
    if _CONSULTED_BEFORE.search(clause[:s]):
        return named or "population"
    event, event_distance = _nearest(COUNT_EVENT_CUES, clause, s, e, 80)
    verb, verb_distance = _verb_cue(clause, s, e, near_only=named == "population")
    if event and OFFICIALS.search(noun) and _nearest([("sanctioned", SANCTIONED)], clause, s, e, 80)[1] < event_distance:
        return "officials_sanctioned"
    if event and (event_distance < 70 or any(p.search(noun) for _, p in COUNT_EVENT_CUES)) and (
            verb is None or verb_distance > event_distance):
        return event
    if OFFICIALS.search(noun) and SANCTIONED.search(clause) and not re.search(
            r"\bconvicted|\bsentenced", clause, re.IGNORECASE):
        return "officials_sanctioned"
    if named and named != "population":
        return named
    victim, _ = _nearest(PEOPLE_CATEGORY_VERBS, clause, s, e, 80)
    if victim:
        return victim
    if verb:
        if re.search(r"\bimprisoned|\bin\s+prison", clause, re.IGNORECASE) and verb == "detentions":
            return "prisoners"
        return verb
    return named or "count_other"


# People counted as the occupants of a prison or cell are prisoners ("the inmate population totaled 900 persons",
# "the colony housed 800 persons", "14 people in isolation cells").
_PEOPLE_HEAD = re.compile(r"\b(?:persons|people|individuals|men|women|inmates|detainees)\b", re.IGNORECASE)
_OCCUPANCY = re.compile(r"\b(?:(?:inmate|prison|prisoner|detainee)\s+population|accommodated|housed|housing|holding|"
                        r"held)\b", re.IGNORECASE)
_FACILITY = re.compile(r"\b(?:prisons?|colon(?:y|ies)|penal|jails?|detention|remand|correctional|isolators?|cells?|"
                       r"penitentiar\w*)\b",
                       re.IGNORECASE)
_IN_FACILITY_AFTER = re.compile(r"^\s+(?:were\s+|are\s+|being\s+)?(?:held\s+)?in\s+(?:the\s+|a\s+)?"
                                r"(?:[\w-]+\s+){0,2}(?:cells?|prisons?|jails?|colon(?:y|ies)|detention|custody)\b",
                                re.IGNORECASE)


def _held_people(noun: str, clause: str, end: int, sentence: str) -> bool:
    """Whether a count of people counts those held in a prison, colony or cell."""
    if not _PEOPLE_HEAD.search(noun):
        return False
    after = clause[end:]
    head = re.match(r"^\s+(?:[\w-]+\s+){0,2}?(?:persons|people|individuals|men|women|inmates|detainees)", after,
                    re.IGNORECASE)
    if head and _IN_FACILITY_AFTER.match(after[head.end():]):
        return True
    occupancy = _OCCUPANCY.search(clause[:end])
    return bool(occupancy and (occupancy.group(0).lower().endswith("population") or _FACILITY.search(sentence)))


def _verb_cue(clause: str, start: int, end: int, near_only: bool) -> tuple[str | None, float]:
    """The nearest sentencing or detention verb; with `near_only` (the count already names people), a verb
    before the count counts only when close ("police detained 30", not "fined X for a picket of 12 people")."""
    verb, distance = _nearest(COUNT_VERB_CUES, clause, start, end, 100)
    if verb is None or not near_only:
        return verb, distance
    before, before_distance = _nearest(COUNT_VERB_CUES, clause[:start] + " " * (len(clause) - start), start, end, 100)
    if before == verb and before_distance == distance and distance > 42:
        return None, float("inf")
    return verb, distance


def statutory(mention: Mention, sentence: str, start: int, end: int) -> bool:
    """True when the sentence states what a law or rule prescribes around this mention; a semicolon ends the
    reach of a cue, as it joins independent statements."""
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", end)
    sentence, start, end = sentence[left:right if right >= 0 else len(sentence)], start - left, end - left
    # People who "face" a penalty are counted, not prescribed: the cue speaks to the penalty only.
    cued = re.sub(r"\bfac(?:e|es|ing)\b", lambda m: " " * len(m.group(0)), sentence, flags=re.IGNORECASE) \
        if mention.kind == "count" else sentence
    law, law_distance = _nearest([("law", STATUTORY_CUES)], cued, start, end, 160)
    event, event_distance = _nearest([("event", EVENT_CUES)], sentence, start, end, 160)
    deadline = _DEADLINE.search(sentence[:start]) if mention.kind == "duration" else None
    if deadline and _TO_AFTER.match(sentence[end:]):
        # "he had 20 days to surrender" tells one person's deadline; only a rule named nearby makes it a law's.
        if deadline.group(0).lower().startswith("had") and (law is None or law_distance > 60):
            return False
        return not event or event_distance > 40
    if re.search(r"\bdid\s+(?:not\s+)?$", sentence[max(0, start - 12):start]):
        return False
    if re.search(r"\b(?:minimum|maximum|not\s+exceed)\b", sentence[start:end], re.IGNORECASE):
        return True
    if mention.kind == "duration" and _LIMIT_AFTER.match(sentence[end:]):
        return True
    if mention.kind == "percent" and _CHANGE_BEFORE.search(sentence[max(0, start - 60):start]):
        return False
    if GENERIC_LAW_SUBJECT.match(sentence.strip()) and not event:
        return True
    if mention.kind in ("duration", "money") and mention.qualifier in ("up_to", "at_least") and (
            not event or (law and law_distance <= event_distance)):
        return True
    if law is None:
        return False
    if event is None:
        return mention.kind != "count" or law_distance < 60
    return law_distance <= event_distance
