"""The groups of categories the rules of both languages reason about together (who a count of people may be, what
only says that something was counted, what people bring or face, the penalties and custody that fall on someone,
the category a kind of figure always has, the catch-all of the other kinds), each defined once so every rule reads
the same group."""

# What happened to people counted: a part of such a count ("64 died, of them 18 were prisoners") keeps it.
EVENTS_TO_PEOPLE = ("deaths", "injuries", "victims", "convictions", "detentions")
# Categories that count people: a count that names only people takes one of them, never a count of things.
PEOPLE = EVENTS_TO_PEOPLE + ("prisoners", "officials_sanctioned")
# Every category that counts people, a population among them.
PEOPLE_COUNTED = PEOPLE + ("population",)
# What people bring or face rather than what happened to them: the complaints or cases a count of people may stand for.
FILED_BY_PEOPLE = ("complaints", "criminal_cases")
# The categories that only say a count counts people or something: never passed on to another count.
CATCH_ALLS = ("population", "count_other")
# No category at all, only a catch-all, or "other" (lashes, measures): nothing another count could share.
NOTHING_NAMED = ("", "other") + CATCH_ALLS
# Penalties and custody: what falls on someone a text names, and what a law may prescribe.
PENALTIES = ("fine", "prison_term", "probation", "administrative_arrest", "ban", "compulsory_work", "detention")

# The category a figure of each of these kinds always has, whatever its words say.
CATEGORY_OF_KIND = {"age": "age", "percent": "percent", "ratio": "ratio", "length": "other", "measure": "other"}
# The catch-all a figure of each kind takes when no cue names what it is.
CATCH_ALL_OF_KIND = {"count": "count_other", "money": "money_other", "duration": "duration_other"}
