"""Review queue: the figures nobody has reviewed yet, least confident first, with progress, the selected figure's
review panel, and the reviews whose figure is no longer found (orphaned)."""

from pages.app_menu import through_app

through_app(__file__)  # first, before the figures modules load (see pages/app_menu.py)

import streamlit as st  # noqa: E402

from figures import queries, reviewing
from figures.schema import CATEGORY_GROUPS
from pages import review_panel, scope, store_access, tables, words

QUEUE_ROWS = 50
sc = scope.current()
unchecked = sc.filters.narrowed(reviews=())  # the queue is of unreviewed figures, whatever the checked-only switch
store = store_access.store()
st.title("Review queue")
words.intro("Figures nobody has reviewed yet, least confident first (for English figures the meaning model's "
            "confidence, for Russian ones how often the rule that decided was right on annotated text; figures with "
            "none come first). Select one, read it in its sentence, and verify, correct or reject it.")

c1, c2 = st.columns(2)
themes = c1.multiselect("Theme", store.distinct("theme", unchecked), key="review-theme", bind="query-params",
                        placeholder="All themes")
groups = c2.multiselect("Group", list(CATEGORY_GROUPS), key="review-group", bind="query-params",
                        format_func=lambda g: queries.GROUP_LABELS.get(g, g.capitalize()), placeholder="All groups")
chosen = unchecked.narrowed(themes=themes, categories=[c for g in groups for c in CATEGORY_GROUPS[g]])
done, total = reviewing.progress(store, chosen)
st.progress(done / total if total else 1.0, text=f"{done:,} of {total:,} reviewed")

queue = reviewing.queue(store, chosen, QUEUE_ROWS)


def _select_row() -> None:
    picked = st.session_state["review-table"].selection.rows
    if picked:
        st.session_state["review-fig"] = queue["figure_id"].iloc[picked[0]]


if queue.empty:
    st.success("Every figure in scope has been reviewed.")
else:
    words.safe_text(f"The {len(queue)} least confident of {total - done:,} unreviewed figures:")
    tables.figures_table(queue, key="review-table", on_select=_select_row)
    order = list(queue["figure_id"])
    selected = st.session_state.get("review-fig") or order[0]
    found = store.figures(filters=unchecked.narrowed(figure_ids=(selected,), rejected=True))
    if not found.empty:
        figure = found.iloc[0]
        st.subheader("Selected figure")
        words.highlighted_sentence(figure)
        words.safe_text(f"{figure['mention']} · {queries.category_label(figure['category'])} · confidence "
                        + ("none" if figure["confidence"] != figure["confidence"] else f"{figure['confidence']:.2f}"))
        review_panel.panel(figure.to_dict(), order, select_key="review-fig")

st.subheader("Orphaned reviews")
orphans = reviewing.orphaned(store)
if orphans.empty:
    st.caption("None: every review is applied to its figure.")
else:
    words.safe_text(f"{words.count_of(len(orphans), 'review')} kept whose figure is no longer found: its sentence "
                    "or number changed in a new version of the document, or the document was removed. Review the "
                    "figure again where it now stands.")
    st.dataframe(orphans[["doc_key", "mention", "sentence", "action", "reviewer", "created_at", "note"]],
                 hide_index=True, placeholder="")
