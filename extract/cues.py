"""The cue patterns modules outside the meaning rules still import by name; the patterns are language data in
extract/lang/en/ (see extract/language_data.py)."""

from extract.language_data import rule

REPEATED_ACTION_BEFORE = rule("en", "counts", "count.repeated_action_before").pattern
