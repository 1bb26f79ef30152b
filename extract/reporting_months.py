"""Which months a document's reporting years run, for its split years ("2016-17"): those its words state ("the year
to 30 June", period.reporting.*), else those of the state it names most (extract/lang/en/fiscal_years.yaml: July to
June in Australia, Kenya or Pakistan), else April to March, as in Britain and India.
"""

import re
from collections import Counter
from functools import cache

from extract.language_data import cues, mapping, table

REPORTING_CUES = cues("en", "periods", "period.reporting.")
MONTHS_BY_CUE = mapping("en", "periods", "reporting_months")
DEFAULT_MONTHS = MONTHS_BY_CUE["default"]


@cache
def _state_names() -> tuple[dict[str, str], re.Pattern]:
    """Each state name -> the months ("07..06") its reporting years run, and one pattern for all the names as whole
    words, longest first ("Nepal's" names Nepal)."""
    months_of = {str(name): str(months) for months, names in table("en", "fiscal_years", "state_names").items()
                 for name in names}
    alternation = "|".join(sorted(map(re.escape, months_of), key=len, reverse=True))
    return months_of, re.compile(rf"(?<![\w.])(?:{alternation})(?!\w)")


def reporting_months(texts: list[str]) -> str:
    """The first and last months of the reporting years of a document (its paragraphs' `texts`), as "07..06": those
    of the first reporting cue it holds, else those of the state it names most (a tie keeps April to March), else
    April to March."""
    stated = next((MONTHS_BY_CUE[rule_id.removeprefix("period.reporting.")] for rule_id, pattern in REPORTING_CUES
                   if any(pattern.search(text) for text in texts)), None)
    if stated:
        return stated
    months_of, pattern = _state_names()
    named = Counter(months_of[m.group(0)] for text in texts for m in pattern.finditer(text))
    if not named:
        return DEFAULT_MONTHS
    (months, count), *rest = named.most_common()
    return months if not rest or rest[0][1] < count else DEFAULT_MONTHS
