"""The dashboard's questions as SQL over the store's figures table: which rows a filter keeps, and how the
headlines rank them. Pure functions returning (sql, params); figures.store runs them.

Figures are `f`, their documents `d`. Text search uses the FTS5 table of figures.search_index (subject, sentence,
mention): every word of the search must begin a word of the figure's text, the last one as a prefix.
"""

import re
from dataclasses import dataclass, replace

from figures.queries import MONTHS_PER_UNIT, STATUTORY_CHOICES
from figures.schema import CATEGORY_GROUPS
from figures.search import CYRILLIC, lemma_words
from figures.search_index import MATCHING

# The order the dashboard lists figures in: by document as ingested, then by place in the document.
ORDER = "d.ingested_at, f.doc_id, f.char_start, f.char_end"
# A fine's amount in tenge, as queries.fines_table computes it.
AMOUNT_KZT = "COALESCE(f.value_kzt, CASE WHEN f.unit = 'KZT' THEN f.value END)"
FLAGGED = "f.checks IS NOT NULL AND f.checks <> '[]' AND f.checks <> ''"


def months_expression() -> str:
    """A duration in months from its own unit, else from its base value in days (queries.sentences_table)."""
    own = " ".join(f"WHEN '{unit}' THEN f.value * {factor!r}" for unit, factor in MONTHS_PER_UNIT.items())
    return (f"CASE f.unit {own} ELSE CASE WHEN f.unit_base = 'day' THEN f.value_base * {MONTHS_PER_UNIT['day']!r} "
            "END END")


@dataclass(frozen=True)
class Filters:
    """Which figures a page asks for; None or an empty tuple means no filter on that column
    (doc_ids=None is every document, doc_ids=() is none). Figures a reviewer rejected are left out unless
    `rejected` is set or `reviews` (review states) names them."""

    doc_ids: tuple | None = None
    categories: tuple = ()
    themes: tuple = ()
    kinds: tuple = ()
    periods: tuple = ()
    statutory: str = "all"
    text: str = ""
    flagged: bool = False
    subjects: tuple = ()
    figure_ids: tuple = ()
    reviews: tuple = ()
    rejected: bool = False

    def narrowed(self, **changes) -> "Filters":
        """The same filters with some replaced (sequences become tuples)."""
        return replace(self, **{k: tuple(v) if isinstance(v, (list, set)) else v for k, v in changes.items()})


def group_filters(base: Filters, group: str) -> Filters:
    """The filters narrowed to one coarse group of figures.schema.CATEGORY_GROUPS."""
    return base.narrowed(categories=CATEGORY_GROUPS[group])


def fts_query(text: str) -> str:
    """An FTS5 query for a search box's text: its words as one phrase, the last word a prefix; '' for none. Russian
    words also match the lemmas column, so that "штрафа" finds "штрафов"."""
    words = re.findall(r"\w+", text.casefold())
    if not words:
        return ""
    query = '"' + " ".join(words) + '" *'
    lemmas = lemma_words(text).split()
    if any(CYRILLIC.search(w) for w in lemmas):
        query = f'({query}) OR (lemmas : "{" ".join(lemmas)}" *)'
    return query


def where(filters: Filters) -> tuple[str, list]:
    """The WHERE clause (with 'WHERE', or '') and its parameters for the filters."""
    if filters.statutory not in STATUTORY_CHOICES:
        raise ValueError(f"statutory must be one of {STATUTORY_CHOICES}, not {filters.statutory!r}")
    clauses, params = [], []
    for column, wanted in (("doc_id", filters.doc_ids), ("category", filters.categories), ("theme", filters.themes),
                           ("kind", filters.kinds), ("period", filters.periods), ("subject", filters.subjects),
                           ("figure_id", filters.figure_ids), ("review", filters.reviews)):
        if wanted is None or (not wanted and column != "doc_id"):
            continue
        clauses.append(f"f.{column} IN ({', '.join('?' * len(wanted))})" if wanted else "0")
        params.extend(wanted)
    if not (filters.rejected or filters.reviews):
        clauses.append("f.review <> 'rejected'")
    if filters.statutory != "all":
        clauses.append("COALESCE(f.statutory, 0) = ?")
        params.append(int(filters.statutory == "statutory"))
    query = fts_query(filters.text)
    if query:
        clauses.append(MATCHING)
        params.append(query)
    if filters.flagged:
        clauses.append(FLAGGED)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def headline_rank(group: str) -> tuple[str, str]:
    """(extra condition, rank expression) choosing a main group's largest reported figure. The unary + keeps
    SQLite from choosing the index on kind (most figures are counts) over the one on category."""
    if group == "fines":
        return f"{AMOUNT_KZT} IS NOT NULL", AMOUNT_KZT
    if group == "sentences":
        return f"f.category = 'prison_term' AND +f.kind = 'duration' AND ({months_expression()}) IS NOT NULL", \
            months_expression()
    return "+f.kind = 'count' AND f.value IS NOT NULL", "f.value"
