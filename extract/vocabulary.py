"""English word lists that several extractor rules share (month names, small number words, reporting verbs),
kept in one place so the rules cannot drift apart. Each list is a regex alternation unless it says otherwise.
"""

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_WORDS = "|".join(MONTH_NAMES)
# Dates in news style also abbreviate the month ("Sept. 3", "Jan 12").
MONTH_WORDS_OR_ABBREVIATIONS = MONTH_WORDS + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"

# Spelled-out small numbers. "one" is left out where it would be a pronoun or article ("one in five", "two
# activists"), and eleven and twelve are added where months are counted ("the first eleven months").
NUMBER_WORDS_TWO_TO_TEN = "two|three|four|five|six|seven|eight|nine|ten"
NUMBER_WORDS_TO_TEN = "one|" + NUMBER_WORDS_TWO_TO_TEN
NUMBER_WORDS_TO_TWELVE = NUMBER_WORDS_TO_TEN + "|eleven|twelve"

# Verbs a named source uses to state a finding ("Monitor 24 found ..."); they tell a name from a count.
REPORTING_VERBS = ("said|says|found|finds|reported|reports|documented|recorded|noted|notes|stated|states|counted|"
                   "estimated|confirmed|published")

# Verbs in "-ing" that, after "were", say what people were doing rather than what they were ("were serving
# sentences", "were awaiting trial"), unlike a modifier ("were trafficking victims").
PROGRESSIVE_VERBS = "serving|awaiting|facing|receiving|seeking|undergoing|completing|appealing"
