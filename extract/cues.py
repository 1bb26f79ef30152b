"""English keyword cues that give a figure its meaning, as data in one place: the words that name a category
(fines, prison terms, deaths, complaints...), and the words that mark a statement of law or a reported event.

Each category list is (category, pattern) pairs; extract.proximity scores them by distance to a mention.
"""

import re

from extract.vocabulary import MONTH_WORDS


def cue_list(pairs: list[tuple[str, str]]) -> list[tuple[str, re.Pattern]]:
    """Compile (category, pattern) pairs into case-insensitive cues anchored at a word start."""
    return [(name, re.compile(rf"\b(?:{pattern})", re.IGNORECASE)) for name, pattern in pairs]


# Categories of money, durations and counts.
MONEY_CUES = cue_list([
    ("bribe", r"brib(?:e|es|ed|ery)\b|kickbacks?"),
    ("wage", r"wages?\b|salar(?:y|ies)|poverty\s+line|pensions?\b|minimum\s+subsistence|earn(?:s|ed|ings)?\b|paid\s+per|"
             r"(?:weekly|monthly|annual|average|hourly|daily|basic|minimum|take-home)\s+pay\b|pay\s+(?:was|is|rose|fell)\b"),
    ("fine", r"fine[sd]?\b|fining|penalt(?:y|ies)|penali[sz]e"),
    ("money_other", r"damages\b|compensation|restitution|reparations?\b"),
])
DURATION_CUES = cue_list([
    ("probation", r"probation|restrict(?:ed|ions?\s+(?:of|on))\s+(?:[\w’'-]+\s+){0,3}?(?:freedom|movement)|restricted\s+freedom|suspended\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentence|term)|"
                  r"parole"),
    ("compulsory_work", r"compulsory\s+(?:work|labou?r)|correct(?:ion|ional|ive)\s+(?:work|labou?r)|community\s+service|"
                        r"public\s+works?|forced\s+labou?r\s+sentence|(?<=of\s)forced\s+labou?r"),
    ("ban", r"ban\b|bans\b|(?:stay|keep)\s+away\s+from|banned|barred|disqualif|stripped\s+of|prohibit\w*\s+from|deprived\s+of\s+the\s+right|suspension\b|"
            r"block(?:s|ed|ing)?\s+(?:access|websites?|sites?|accounts?|the)|blocked\s+for\b"),
    ("administrative_arrest", r"administrative\s+arrest"),
    ("prison_term", r"prisons?\b|imprison|(?:maximum\s+|minimum\s+)?penalty\s+(?:is|was|of)\b|deprivation\s+of\s+liberty|jail|incarcerat|penal\s+colony|behind\s+bars|life\s+sentence|sentence\b|"
                    r"sentences\b|sentenced"),
    ("detention", r"pre-?trial|detention|detain|custody|held\b|hold\b|arrest"),
    ("legal_time_limit", r"terms?\s+(?:in|of)\s+office|(?:presidential|parliamentary)\s+terms?\b|within|deadline|notice|in\s+advance|prior\s+to|before\b|"
                         r"extension\s+of\s+the\s+(?:\w+\s+)?period|valid|residen|leave\b|registration|register|exempt|experience|renewal|lasts|"
                         r"stay\b|workweek|overtime|consider|before\s+(?:the\s+)?elections?|initiate"),
])
COUNT_EVENT_CUES = cue_list([
    ("deaths", r"died|dying|dead\b|(?:took|taken|taking|claimed|cost)\s+the\s+lives\s+of|deaths?\b(?!\s+(?:sentences?|penalt|row))|(?<!of\sthose\s)(?<!of\sthe\s)killed|killings?|"
               r"murder(?:ed|s)?|fatalit|lost\s+their\s+lives|resulted\s+in\s+death|suicides?\b|bodies\b|death\s+toll|"
               r"(?<!for\s)execut(?:ed|ing|ions?\b)|shot\s+dead|hanged|assassinat(?:ed|ions?)|homicides\b|"
               r"death\s+sentences\s+(?:have\s+been\s+|had\s+been\s+|were\s+)?carried\s+out"),
    ("injuries", r"injur(?:ed|ies|y|ing)|wounded|wounding|wounds\b|hospitali[sz]|intensive\s+care|beaten|hurt\b|tortur(?:ed|ing)\b|"
                 r"(?:treated|taken)\s+(?:\w+\s+)?(?:in|to)\s+hospital"),
])
COUNT_NOUN_CUES = cue_list([
    ("complaints", r"complaints?|appeals?\b|petitions?|grievances|allegations?\b"),
    ("convictions", r"convictions\b|sentences\b|verdicts\b|rulings\b|penalties\b"),
    ("victims", r"victims?\b|disappearances\b|bonded\b|slaves\b|enslaved\b|survivors\b"),
    ("criminal_cases", r"(?:criminal\s+)?cases?\b|investigations?|lawsuits?|litigations?|crimes?\b|instances|"
                       r"proceedings|probes?\b|inquir(?:y|ies)\b|enquir(?:y|ies)\b|charges\b|indictments?\b|"
                       r"prosecutions|rapes\b|assaults\b|offen[cs]es\b|robber(?:y|ies)|thefts\b|attacks\b|trials\b|rape\b|protocols\b"),
    ("detentions", r"detainees|arrestees|arrests\b"),
    ("inspections", r"inspections?|violations?|checks\b|audits?\b|raids?\b|prescriptions\b"),
    ("property", r"houses?\b|homes?\b|vehicles?|cars?\b|buildings?|apartments?|shops?\b|property"),
    ("organizations", r"NGOs?\b|coalition\s+partners\b|coalitions?\b|blocs?\b|organi[sz]ations?|part(?:y|ies)\b|unions?\b|shelters?|cent(?:er|re)s?\b|outlets?|"
                      r"compan(?:y|ies)|enterprises?|councils?\b|associations?|groups?\b|newspapers?|businesses|"
                      r"firms?\b|churches|mosques|media\s+outlets|channels?\b|websites?|sites?\b|facilities|"
                      r"institutions|schools|universities|hospitals|clinics|committees|commissions|colonies\b|prisons\b|jails\b|"
                      r"police\s+stations"),
    ("prisoners", r"prisoners?|inmates?|political\s+prisoners|imprisoned|incarcerated|POWs?\b|convicts\b"),
    ("count_other", r"countries|cities|towns|villages|regions|provinces|districts|states\b|territories|"
                    r"municipalities|departments\b|operations\b|locations|sites\b|places\b|nations\b|jurisdictions|areas\b|incidents?\b|"
                    r"occasions\b|episodes\b|gatherings?\b|rall(?:y|ies)\b|demonstrations\b|marches\b|protests\b|pickets\b|strikes\b|"
                    r"teeth\b|tooth\b|ribs?\b|fingers?\b|toes?\b|bones\b|stitches\b|vertebrae\b|categories|types\b|kinds\b|grams?\b|kilograms?\b|kg\b|tons?\b|"
                    r"tonnes?\b|lit(?:er|re)s?\b|hectares?\b|degrees\b"),
])
COUNT_VERB_CUES = cue_list([
    ("convictions", r"convict(?:ed|ing)|conviction\s+of|sentenced|found\s+guilty|guilty\b|held\s+(?:criminally\s+)?liable|"
                    r"punished|reprimand|jailed|(?:jail|prison)\s+terms?\s+to|"
                    r"\bgot\s+(?:(?:the\s+)?(?:terms?|sentences?|fines?)\b|[\w-]+\s+(?:days?|months?|years?)\b)|"
                    r"(?:will|would|to)\s+serve\s+(?:\w+\s+)?(?:prison|jail)\s+(?:time|terms?|sentences?)|"
                    r"fined\b|(?:received|given|handed)\s+(?:[\w-]+\s+){0,2}(?:fines?|sentences?|prison\s+terms?|penalties)|"
                    r"(?:received|given|got)\s+(?:[\w-]+\s+){1,3}in\s+(?:jail|prison)|"
                    r"sentences?\s+(?:\w+\s+){0,3}against"),
    ("prisoners", r"(?:were|was|are|is|being)\s+held\s+in\s+(?:\d[\d,]*\s+)?(?:prisons?|facilities|detention|custody|"
                  r"penal|colonies|jails?|camps?)|"
                  r"(?:were|was|are|is|remain(?:ed|s)?)\s+(?:still\s+|currently\s+)?in\s+(?:pre-?trial\s+|[A-Z]\w+\s+)?"
                  r"(?:custody|prisons?|detention)\b|(?:currently|still)\s+(?:being\s+)?(?:detained|held)|(?:are|is)\s+(?:currently\s+)?(?:detained|held)\s+(?:on|over)\s+(?:[\w-]+\s+){0,3}charges|"
                  r"(?:reported|believed|said|known)\s+to\s+be\s+(?:held\s+)?in\s+(?:detention|custody|prison|jail)|remanded\s+(?:to|in)\s+"
                  r"(?:prison|custody|jail)|(?:being|are|were|remain\w*)\s+held\s+(?:in\s+[A-Z]\w+\s+)?for\b|"
                  r"in\s+detention\s+at\s+(?:\w+\s+){0,3}(?:Prison|prison|jail|facility)|"
                  r"under\s+(?:a\s+|the\s+)?(?:sentences?\s+of\s+death|death\s+sentences?)|prisons?\s+held\b|behind\s+bars|serving\s+(?:prison\s+)?sentences|"
                  r"on\s+death\s+rows?"),
    ("detentions", r"detained|detaining|detention|arrested|arresting|apprehended|arrests?\b|detains?\b"),
    ("criminal_cases", r"prosecuted|prosecuting|indicted"),
])
PEOPLE_CATEGORY_VERBS = cue_list([
    ("victims", r"subjected\s+to|victims\s+of|(?:sexually\s+)?(?:exploit(?:ed|ing)|abus(?:ed|ing)|rap(?:ed|ing)|"
                r"traffick(?:ed|ing))(?=\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|over\s+)?\d)|were\s+(?:raped|abused|trafficked|exploited|leaked)|"
                r"(?<=\s)(?:were|have\s+been|had\s+been)\s+(?:kidnapped|abducted|taken\s+hostage|enslaved)\b|"
                r"violat\w*\s+(?:the\s+)?(?:\w+\s+)?rights|(?:have|has|had)\s+not\s+been\s+(?:seen|heard\s+from|found)|"
                r"(?:were|was|are|remain(?:ed)?)\s+missing\b|(?:forcibly\s+)?disappeared\b|whereabouts"),
])
# "624 facts were registered": in post-Soviet report English a registered or detected "fact" is a recorded offence.
RECORDED_FACTS = re.compile(r"\bfacts?\b(?:\s+of\s+[\w\s-]{1,40}?)?\s+(?:were|was|have\s+been|had\s+been)?\s*"
                            r"(?:registered|recorded|detected|revealed|established|identified|uncovered)\b|"
                            r"\b(?:registered|recorded|detected|revealed|established|identified|uncovered)\s+"
                            r"(?:\d[\d,]*\s+|\w+\s+){1,2}facts?\b", re.IGNORECASE)
# "They were paid 654 million tenge" after a sentence about wage arrears: the amount is the wages owed.
PAID_TO_PEOPLE_BEFORE = re.compile(r"\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:paid|repaid|compensated)\s+"
                                   r"(?:(?:more\s+than|over|about|nearly|almost|some|approximately|a\s+total\s+of)\s+)?$",
                                   re.IGNORECASE)
WAGE_DEBT = re.compile(r"\b(?:wage|salary|pay)\s+(?:arrears|debts?)|\bunpaid\s+(?:wages|salar(?:y|ies))|"
                       r"\barrears\s+(?:of|in)\s+(?:wages|salar(?:y|ies))", re.IGNORECASE)
# An arrest offered beside a fine as the penalty ("can be fined ... or arrested up to 2.5 months") is an
# administrative arrest.
ARREST_PENALTY_BEFORE = re.compile(r"\bfined?\b[^.;]*\b(?:or|and)\s+(?:be\s+)?(?:placed\s+under\s+)?arrest(?:ed)?\s+(?:for\s+)?"
                                   r"(?:(?:up\s+to|a\s+maximum\s+of)\s+)?$", re.IGNORECASE)
# Law nouns that a sentence may name while reporting an event ("a referendum on constitutional amendments", "in
# accordance with the constitution, three parties formed a coalition"): alone they do not make a count a rule.
BARE_LAW_NOUN = re.compile(r"\b(?:constitution|amendments?)\b", re.IGNORECASE)
# "no later than 24 hours after the arrest": a deadline.
NO_LATER_THAN_BEFORE = re.compile(r"\b(?:not|no)\s+later\s+than\s+$", re.IGNORECASE)
# People who work for the state, and what happens to them when they are punished.
OFFICIALS = re.compile(r"(?<!opposition\s)(?<!party\s)\b(?:judges?|officials?|officers?|police(?:men|man)?|civil\s+servants?|prosecutors?|"
                       r"governors?|investigators?|guards?|servicemen|employees\s+of\s+the)\b", re.IGNORECASE)
SANCTIONED = re.compile(r"\b(?:dismissed|disciplined|charged|prosecuted|arrested|fired|removed|under\s+investigation|"
                        r"investigated|sued|held\s+(?:criminally\s+)?liable|suspended(?!\s+sentences?)|reprimanded|"
                        r"cases\s+submitted|fined|(?:criminal\s+)?(?:cases?|charges|proceedings)\s+(?:\w+\s+){0,2}?against)",
                        re.IGNORECASE)
# Nouns naming groups of people.
POPULATION = re.compile(
    r"\b(?:members?|refugees?|migrants?|citizens?|workers?|inhabitants?|residents?|seats?|candidates?|senators?|"
    r"jurors?|judges?|persons?|people|individuals?|children|orphans?|population|employees?|asylum|inspectors?|"
    r"deputies|staff|voters?|students?|families|nationals?|foreigners?|stateless|"
    r"workforce|labou?r\s+force|self-employed|economically\s+active|ethnic|protesters?|participants?|"
    r"demonstrators?|users?|subscribers?|journalists?|activists?|lawyers?|doctors?|teachers?|soldiers?|troops|"
    r"immigrants?|emigrants?|returnees|pupils|patients|households?|minors|juveniles|followers|reservists|"
    r"conscripts|recruits|volunteers|respondents|passengers|viewers|readers|pilgrims|tourists|visitors|pensioners|"
    r"settlers|civilians|fighters|militants|residents|villagers|worshippers|believers|women|girls|boys|editors|reporters|bloggers|writers|men|lawmakers|legislators|MPs|parliamentarians|defenders)\b"
    r"|(?-i:^[A-Z][a-z]+(?:ians|eans|ans|ese|is|ks)$)", re.IGNORECASE)
# Offences punished under administrative (not criminal) law: their jail terms are administrative arrest.
ADMINISTRATIVE_OFFENCE = re.compile(
    r"\b(?:picket(?:s|ing|ed)?|(?:unsanctioned|unauthori[sz]ed|unpermitted|illegal|unlawful|unregistered)\s+"
    r"(?:rall(?:y|ies)|protests?|assembl(?:y|ies)|gatherings?|demonstrations?|meetings?|marches|events?|pickets?)|"
    r"petty\s+hooliganism|hooliganism|disobe(?:y|yed|ying|dience)\s+(?:to\s+)?(?:the\s+)?(?:police|lawful)|"
    r"resist(?:ing|ed)?\s+(?:the\s+)?police|administrative\s+(?:offen[cs]es?|code|charges?|detention|violations?)|"
    r"violat(?:ing|ed|ion\s+of)\s+(?:the\s+)?(?:rules|procedure|order)\s+(?:of|for|on)\s+(?:holding\s+)?"
    r"(?:peaceful\s+)?(?:assembl|rall|protest|meeting))", re.IGNORECASE)

# Statutory or reported: words of a law prescribing, and words of something that happened.
STATUTORY_CUES = re.compile(
    r"\b(?:punishable|by\s+law(?!\s+enforcement)|under\s+the\s+law|in\s+accordance\s+with\s+the\s+law|laws?\s+(?:also\s+)?(?:provides?|prescribes?|allows?|permits?|"
    r"requires?|stipulates?|sets?|limits?|prohibits?|gives?|mandates?)|legislation|legal\s+(?:minimum|maximum|"
    r"requirement|stipulation|age|workweek|work\s+week|working\s+(?:week|day|hours)|limit|period|deadline)|under\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:law|code|act)\b|requiring\b|directives?\b|authori[sz]es\b|(?-i:might)\s+(?!have\b)\w+|can\s+(?:land|lead|result|bring|send|carry)\b|possible\s+extension|constitution\b|amendments?|provides\s+for|prescribes?|(?:code|rules?|regulations?|act|decree|statute)\s+(?:also\s+)?(?:requires?|provides?|prescribes?|stipulates?|sets?|mandates?|allows?|permits?|limits?)|"
    r"stipulates?|(?:is|are)\s+required|(?<!not\s)subject\s+to|defined\s+as|defines?\b|must\b|shall\b|(?-i:may)\s+(?!have\b)\w+|can\s+be|entitled|mandates?|quota|threshold|maximum|minimum|penalties(?=\s+(?:for|of|up)\b)|(?:punishments?|penalt(?:y|ies))\s+for\s+(?:conviction|committing|violating)\b|(?:punishments?|penalt(?:y|ies)|sentences?)\s+(?:[\w’\',-]+\s+){0,8}?ranges?\s+from\b|"
    r"penalizes?|carr(?:y|ies)\s+(?:a\s+)?(?:(?:maximum|minimum|possible)\s+)?(?:fines?|penalt(?:y|ies)|sentences?|prison\s+terms?|terms?|up\s+to)\b|leads?\s+to\s+a\s+fine|result\s+in\s+fines|recommends?|is\s+granted|are\s+granted|"
    r"eligible|allows?|permits?|limits?\b|sets\s+the|exempt|(?<!his\s)(?<!her\s)(?<!the\s)(?<!their\s)(?<!a\s)faces?\b(?!\s+(?:up|down)\b|-)|"
    r"potential\s+(?:\w+\s+)?(?:sentences?|penalt|punishments?|prison|terms?|fines?)|(?-i:Articles?)\b|articles?\s+\d|"
    r"penalty\s+(?:under|for|is)\b)",
    re.IGNORECASE)
EVENT_CUES = re.compile(
    r"\b(?:was|were)\s+(?:sentenced|convicted|fined|detained|arrested|killed|injured|released|imprisoned|dismissed|"
    r"punished|given)|\b(?:was|were|had\s+been|has\s+been)\s+(?!mandated\b|prescribed\b|stipulated\b)\w+ed\b|\bthere\s+(?:were|was)\b|"
    r"\bsentenced\s+(?!to\s+(?:up\s+to|a\s+maximum))|\bconvicted\s+(?:him|her|them|[A-Z]|\w+\s+[A-Z])|\bimposed\s+on|\bimposed\s+(?:a\s+|an\s+)?(?:administrative\s+)?(?:fines?|penalt\w+|sentences?|arrests?)\b|\breceived\b|"
    r"\breported\b|\bcourt\s+(?:sentenced|convicted|imposed|authorized|found|placed)|\bfound\s+guilty|"
    rf"\bon\s+(?:{MONTH_WORDS})\s+\d|\bin\s+(?:{MONTH_WORDS})\b|\bproposed|\bdiscovered|"
    r"\brecorded|\bidentified|\bduring\s+the\s+year|\bannually\b|\bheld\s+\w+\s+in|"
    r"\b(?:had|have|has)\s+(?!been\b)\w+ed\b|\b(?:counted|documented|opened|filed)\b|"
    r"(?<!\bbe\s)\bheld\s+(?:[\w’'-]+\s+){0,3}for\b|\b(?:estimated|said|found)\s+that\b|\b(?:took|spent)\b|"
    r"\bpaid\s+(?:about|some|nearly|approximately|over|more|a\s+total|\$|USD|the\s+equivalent)|"
    r"\bordered\s+(?:\w+\s+){0,2}to\s+pay\b|"
    r"\b(?:government|authorities|police|courts?|prosecutors?|officials)\s+(?:also\s+)?(?:investigated|prosecuted|"
    r"convicted|identified|initiated|opened|registered|arrested|detained|secured|charged|sentenced)\b",
    re.IGNORECASE)
GENERIC_LAW_SUBJECT = re.compile(
    r"^(?:The\s+law|By\s+law|Under\s+the\s+law|According\s+to\s+the\s+law|The\s+(?:new\s+)?(?:code|constitution|"
    r"legislation|amendments?)|Legislation)\b", re.IGNORECASE)

# "he had 20 days to appeal": a period someone has or is given to do something, i.e. a deadline.
DEADLINE_BEFORE = re.compile(r"\b(?:has|have|had|gives?\s+\S+(?:\s+\S+)?)\s+$", re.IGNORECASE)
TO_AFTER = re.compile(r"^\s+(?:in\s+which\s+)?to\b", re.IGNORECASE)
LIMIT_AFTER = re.compile(r"^[\s-]*(?:time\s+)?(?:limit|deadline)\b", re.IGNORECASE)

# Words for a count of events that take their meaning from what follows "of" ("12 cases of arrests",
# "45 occurrences of attacks").
GENERIC_EVENT_HEADS = re.compile(r"(?:cases|occurrences|incidents|instances|counts|episodes|acts)", re.IGNORECASE)
# Damage done to things: the counted places, buildings or objects are property ("14 places of worship vandalised").
PROPERTY_DAMAGE = re.compile(r"\b(?:vandali[sz]\w*|damag\w*|destroy\w*|destruction|demolish\w*|demolition|burn(?:ed|t)|"
                             r"torched|set\s+(?:on\s+)?(?:fire|ablaze)|loot\w*|ransack\w*|seiz\w*|confiscat\w*|razed|"
                             r"desecrat\w*)", re.IGNORECASE)
# What makes a count of violations an inspection result: inspectors, audits and checks.
INSPECTION_CONTEXT = re.compile(r"\b(?:inspect\w*|audit\w*|checks?\b|checked|monitoring\s+visits?|labou?r\s+"
                                r"(?:ministry|department|authorit\w*))", re.IGNORECASE)
# Groups of people named as a people or faith rather than by a plural in "-ians"/"-ese" ("35 million Kurds").
PEOPLE_NAMES = re.compile(r"(?-i:^[A-Z][a-z]{2,}s$)|^(?:Roma|Rohingya|Muslims|Christians|Jews|Hindus|Buddhists|Sikhs|"
                          r"Baha'is|Bahais)$")
# Verbs of change that put a count after the noun it counts ("cases increased to 1,022").
CHANGE_TO = re.compile(r"\b([\w’'-]+)\s+(?:(?:had|has|have)\s+)?(?:increased|rose|risen|fell|fallen|grew|grown|dropped|"
                       r"declined|decreased|reached|totall?ed|stood|climbed|jumped|soared|surged)\s+(?:to|at)?\s*"
                       r"(?:about|some|around|nearly|almost|approximately|over|more\s+than|at\s+least)?\s*$",
                       re.IGNORECASE)
# A count of people whose own predicate is a charge or an acquittal: people charged or acquitted are not yet (or
# not) convicted ("22 people charged with rioting", "seven staff were acquitted").
CHARGED_PREDICATE = re.compile(r"^(?:[^,;]{0,80}?\b(?:were|was|have\s+been|had\s+been|are|being)\s+(?:later\s+|also\s+|"
                               r"subsequently\s+|formally\s+)?(?:charged|accused|acquitted|cleared|exonerated)\b|"
                               r"\s+(?:[\w-]+\s+){0,2}?(?:people|persons|individuals|men|women|suspects|defendants)\s+"
                               r"(?:charged|accused|acquitted)\b|\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:charged|accused)\s+(?:with|of)\b)",
                               re.IGNORECASE)
# "brought criminal charges against 37 people": people charged, not yet convicted.
CHARGES_AGAINST_BEFORE = re.compile(r"\bcharges?\s+against\s+(?:the\s+|some\s+|about\s+|at\s+least\s+)?$", re.IGNORECASE)
# "a population of approximately 88.6 million", "the prison population stood at 900": a size named before it.
POPULATION_OF = re.compile(r"\b(?:(prison|inmate|prisoner|detainee)\s+)?population\s+(?:of|is|was|stood\s+at|"
                           r"totall?ed|numbered|reached)\s*(?:about|some|around|nearly|almost|approximately|over|"
                           r"more\s+than|at\s+least|an\s+estimated|roughly)?\s*$", re.IGNORECASE)
# People whose own predicate is a verdict or penalty are convictions, whatever noun or participle describes them
# ("two of the activists arrested were found guilty").
CONVICTED_PREDICATE = re.compile(r"^[^;]{0,60}?\b(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+|"
                                 r"subsequently\s+)?(?:found\s+guilty|convicted|sentenced|fined)\b", re.IGNORECASE)
# A court arresting, or a penalty imposed on, a number of people: people held liable ("the courts arrested 30
# offenders", "arrests were imposed on six offenders", "jail terms handed to 12 protesters", "the conviction of all three
# bloggers", "fines (64 people)", "gave two years of probation to three
# clerks").
PENALISED_PEOPLE = re.compile(r"(?:\bcourts?\s+(?:\w+\s+){0,2}(?:arrested|jailed|fined)\s+(?:and\s+fined\s+)?|"
                              r"\bimposed\s+(?:for|on)\s+|\b(?:fines|arrests|sentences|penalties|terms)\s+(?:(?:were|was|have\s+been|had\s+been)\s+"
                              r"(?:\w+\s+)?)?(?:assigned|imposed|issued|given|handed(?:\s+down)?)\s+(?:to|on)\s+(?:all\s+)?|"
                              r"\bconvictions?\s+of\s+(?:all\s+)?(?:the\s+)?|\b(?:fines|arrests|sentences|penalties)\s*\(\s*|"
                              r"\b(?:gave|given|handed(?:\s+down)?|imposed)\s+[^.;]{0,60}?\b(?:years?|months?|days?|"
                              r"fines?|sentences?|terms?|probation|arrest|penalt(?:y|ies))\b[^.;]{0,40}?\s(?:to|on)\s+)$",
                              re.IGNORECASE)
# "two million internally displaced", "a million having fled": people uprooted are a group's size, the noun left out.
DISPLACED_AFTER = re.compile(r"^\s+(?:(?:people|persons|civilians|residents)\s+)?(?:(?:were|had\s+been|have\s+been|"
                             r"been|having|who\s+(?:had|have)|who)\s+)?(?:internally\s+|forcibly\s+|already\s+)?"
                             r"(?:displaced|fled|evacuated|homeless|made\s+homeless|uprooted|refugees|evacuees|IDPs)\b",
                             re.IGNORECASE)
# "a country of 46 million": the size of a place's population, the noun left out.
PLACE_OF = re.compile(r"\b(?:country|nation|city|state|region|province|town|island|territory)\s+of\s+(?:about\s+|"
                      r"some\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)

# "the judge ruled that ...", "under the court order": what follows is an order made in a reported case.
COURT_ORDER_BEFORE = re.compile(r"\b(?:(?:judges?|courts?|tribunals?|magistrates?)\s+(?:\w+\s+){0,2}(?:ordered|ruled|"
                                r"decided|barred|banned|told)|under\s+the\s+(?:court['’]s\s+)?(?:ruling|order|verdict|"
                                r"judgment|bail\s+conditions?|injunction))\b", re.IGNORECASE)
# A law, code or penalty named in the sentence keeps a rule's figure statutory even beside a court's order.
LAW_NAMED = re.compile(r"\b(?:laws?|code|act|statute|constitution|punishable|legislation)\b", re.IGNORECASE)
# "covers only 20 percent of", "employed approximately 10 percent of": a measured share, not a prescribed one.
SHARE_MEASURED_BEFORE = re.compile(r"\b(?:covers?|covered|covering|employ(?:s|ed)?|accounts?\s+for|accounted\s+for|"
                                   r"represent(?:s|ed)?|ma(?:k|d)e\s+up|comprise[sd]?)\s+(?:(?:only|about|approximately|"
                                   r"roughly|some|nearly|around|just)\s+)*$", re.IGNORECASE)
# "the maximum penalty for bribery is 10 years": the clause names a rule's bound before the figure.
MAXIMUM_PENALTY_IS = re.compile(r"\b(?:maximum|minimum)\s+(?:penalty|penalties|sentences?|sanctions?|punishments?|prison\s+terms?|"
                                r"terms?|fines?|time|period|length)\b[^.;]{0,80}?\b(?:is|are)\s+(?:up\s+to\s+)?$", re.IGNORECASE)

# "fined 30 base fees", "20 minimum wages": a fine counted in a legal unit of account rather than a currency.
FINE_UNIT_AFTER = re.compile(r"^[\s-]*(?:base\s+(?:fees?|units?|amounts?|values?)|basic\s+(?:units?|amounts?)|"
                             r"minimum\s+(?:monthly\s+)?(?:wages?|salar(?:y|ies))|monthly\s+calculation\s+indi\w+|MCIs?\b)",
                             re.IGNORECASE)
# "the former teacher must pay a fine": an obligation laid on a definite person in a reported case is an order.
DEFINITE_PERSON_MUST_PAY = re.compile(r"(?:^|[.;]\s*)(?:The|This|That|His|Her|Their)\s+(?!law|code|rules?|act|decree|state)"
                                      r"(?:[\w’'-]+\s+){0,3}?(?:must|has\s+to|will\s+have\s+to)\s+pay\b|"
                                      r"(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:must|has\s+to|will\s+have\s+to)\s+pay\b",
                                      re.IGNORECASE)
# "had faced up to 15 years": the most a charge carries, i.e. what the law prescribes for it.
FACED_BEFORE = re.compile(r"\bfac(?:e|es|ed|ing)\s+(?:a\s+(?:possible\s+|potential\s+)?(?:maximum\s+(?:of\s+)?)?)?$",
                          re.IGNORECASE)
# "a verdict is expected within two weeks": an expectation of what will happen is not a rule.
EXPECTATION_BEFORE = re.compile(r"\b(?:expected|anticipated|predicted|forecast|likely|projected)\s+(?:to\s+\w+\s+)?(?:\w+\s+)?$",
                                re.IGNORECASE)
# "the ministry authorizes three groups to observe": a count of those authorized says what was done, not a rule.
AUTHORIZED_COUNT_BEFORE = re.compile(r"\bauthori[sz]e[sd]?\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
# "urged the authorities to release three activists": a call to free people is not a rule.
RELEASE_CALL_BEFORE = re.compile(r"\brelease\s+(?:all\s+|the\s+|these\s+)?$", re.IGNORECASE)
# "a seven-month strike", "a 20-day hunger strike": how long a protest or siege lasted, not a penalty.
EVENT_SPAN_AFTER = re.compile(r"^[\s-]*(?:long\s+)?(?:hunger\s+|general\s+|sit-down\s+)?(?:strike|protest|siege|sit-in|"
                              r"blockade|standoff|stand-off|occupation|boycott)s?\b", re.IGNORECASE)
# "spent two years in jail without charge", "awaiting trial": custody before any verdict is detention.
BEFORE_TRIAL = re.compile(r"\bwithout\s+(?:being\s+)?(?:charged?|tried|trial)\b|\b(?:awaiting|pending)\s+trial\b", re.IGNORECASE)
# "faced a fine of up to 1,000 rubles or 15 days behind bars": the alternative the charge carries is prescribed too.
FACED_ALTERNATIVE_BEFORE = re.compile(r"\bfac(?:e|es|ed|ing)\s+[^.;]{0,60}\bup\s+to\b[^.;]*\bor\s+$", re.IGNORECASE)
# "his detention was extended twice", "the trial was postponed three times": after a verb of a repeated action,
# twice/thrice counts how often it happened rather than multiplying a quantity.
REPEATED_ACTION_BEFORE = re.compile(
    r"\b(?:extended|postponed|adjourned|delayed|arrested|detained|summoned|questioned|interrogated|visited|"
    r"searched|raided|fined|charged|convicted|sentenced|tried|attacked|beaten|blocked|suspended|denied|rejected|"
    r"refused|appealed|deported|jailed|called)\s+(?:(?:only|at\s+least|already|again|more\s+than)\s+)?$",
    re.IGNORECASE)
# "Of those killed, 224 were men, 168 women", "The wounded included 2,364 men": a breakdown of casualties
# by sex or age stays a count of the dead or injured.
CASUALTY_BREAKDOWN_HEAD = re.compile(
    r"^\s*(?:(?:Of|Among)\s+(?:those|the(?:se)?)\s+(?:[\d,]+\s+)?(?:civilians?\s+)?(?P<of>killed|dead|deaths|fatalities|"
    r"victims\s+killed|wounded|injured|injuries)\b|The\s+(?P<the>dead|killed|wounded|injured)\s+included\b)",
    re.IGNORECASE)
