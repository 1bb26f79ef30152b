"""Which months a document's reporting years run, for its split years ("2016-17"): those its words state ("the year
to 30 June", period.reporting.*), else those of the state it names most (extract/lang/en/fiscal_years.yaml: July to
June in Australia, Kenya or Pakistan), else April to March, as in Britain and India.
"""

from extract.countries_named import by_fact, countries_named
from extract.language_data import cues, mapping, table

REPORTING_CUES = cues("en", "periods", "period.reporting.")
MONTHS_BY_CUE = mapping("en", "periods", "reporting_months")
DEFAULT_MONTHS = MONTHS_BY_CUE["default"]


def reporting_months(texts: list[str]) -> str:
    """The first and last months of the reporting years of a document (its paragraphs' `texts`), as "07..06": those
    of the first reporting cue it holds, else those of the state it names most, its possessive too ("Nepal's"; a tie
    keeps April to March), else April to March."""
    stated = next((MONTHS_BY_CUE[rule_id.removeprefix("period.reporting.")] for rule_id, pattern in REPORTING_CUES
                   if any(pattern.search(text) for text in texts)), None)
    if stated:
        return stated
    months_of = table("en", "fiscal_years", "months_of_country")
    named = by_fact(countries_named("\n".join(texts), possessives=True), months_of)
    if not named:
        return DEFAULT_MONTHS
    (months, count), *rest = named.most_common()
    return months if not rest or rest[0][1] < count else DEFAULT_MONTHS
