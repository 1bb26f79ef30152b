"""English word lists several extractor rules share, as regex alternations in the order of
extract/lang/en/shared.yaml (where the words are kept), for the modules that build patterns from them."""

from extract.language_data import words

MONTH_NAMES = words("en", "shared", "month_names")
MONTH_WORDS = "|".join(MONTH_NAMES)
MONTH_WORDS_OR_ABBREVIATIONS = "|".join(words("en", "shared", "month_names_or_abbreviations"))
NUMBER_WORDS_TWO_TO_TEN = "|".join(words("en", "shared", "number_words_two_to_ten"))
NUMBER_WORDS_TO_TEN = "|".join(words("en", "shared", "number_words_to_ten"))
REPORTING_VERBS = "|".join(words("en", "shared", "reporting_verbs"))
