"""The review panel under a selected figure (Explorer, review queue): its review so far, Verified / Not a figure /
Correct it with a note and the reviewer's name, undo, and previous/next figure. Widgets only: figures.reviewing
records each review. Names, notes and values are shown as text, never as Markdown or HTML."""

import streamlit as st

from figures import queries, reviewing
from figures.markdown import escape_markdown
from figures.reviews import CORRECTABLE, ReviewConflict, ReviewError, provenance
from figures.schema import CATEGORIES, QUALIFIERS
from figures.store import StoreError
from pages import store_access, who_may_write, words

# The reviewer's name typed once, kept for the session (the widget's own state goes with the page it is on).
NAME_KEY = "reviewer-name"
MESSAGE_KEY = "review-message"
STATE_WORDS = {"unreviewed": "Not reviewed yet", "verified": "Verified", "corrected": "Corrected",
               "rejected": "Not a figure (left out of charts)"}


def reviewer() -> str:
    """Who is reviewing: the signed-in user, else the name typed here (remembered for the session)."""
    name = who_may_write.signed_in_name()
    if name:
        words.safe_text(f"Reviewing as {name}", small=True)
        return name
    st.session_state.setdefault(NAME_KEY, "")
    st.session_state["reviewer-input"] = st.session_state[NAME_KEY]
    st.text_input("Your name", key="reviewer-input", placeholder="Shown beside every review you make",
                  on_change=lambda: st.session_state.update({NAME_KEY: st.session_state["reviewer-input"]}))
    return st.session_state[NAME_KEY]


def _save(figure: dict, action: str, fields: dict | None = None) -> None:
    """Record a review (a button's callback, before the page runs again) and leave a message for the panel. The
    store is the one this run may write to (read-only when the dashboard is), never one captured earlier."""
    note = st.session_state.get(f"review-note-{figure['figure_id']}", "")
    name = who_may_write.signed_in_name() or st.session_state.get("reviewer-input") or st.session_state.get(NAME_KEY, "")
    try:
        after = reviewing.record(store_access.store(), figure, action, name, note, fields)
    except ReviewConflict as conflict:
        st.session_state[MESSAGE_KEY] = ("warning", str(conflict))
    except ReviewError as error:
        st.session_state[MESSAGE_KEY] = ("error", str(error))
    except StoreError as error:
        st.session_state[MESSAGE_KEY] = ("error", f"Not saved: {error.reason}.")
    else:
        st.session_state[MESSAGE_KEY] = ("success", f"Saved: {STATE_WORDS[after['review']].lower()}.")


def _correct(figure: dict) -> None:
    """Record the correction form's fields that differ from the figure as shown."""
    given = {name: st.session_state.get(f"correct-{figure['figure_id']}-{name}") for name in CORRECTABLE}
    fields = {name: value for name, value in given.items() if _text(value) != _text(figure.get(name))}
    _save(figure, "corrected", fields)


def _text(value) -> str:
    """A field's value as the form shows it."""
    if value is None or value != value or str(value) == "<NA>":
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _move(key: str, to: str) -> None:
    st.session_state[key] = to


def state_lines(figure: dict) -> list[str]:
    """The figure's review in words: its state, who and when, each corrected field beside the extractor's value."""
    state = str(figure.get("review") or "unreviewed")
    lines = [f"Review: {STATE_WORDS.get(state, state)}"
             + (f" by {figure['reviewer']} on {str(figure['reviewed_at'])[:10]}" if state != "unreviewed" else "")]
    lines += provenance(figure)
    if _text(figure.get("review_note")):
        lines.append(f"Note: {figure['review_note']}")
    return lines


def panel(figure: dict, order: list[str], select_key: str = "fig") -> None:
    """The review of one figure (a row of store.figures()); `order` is the figure ids previous/next move through,
    setting the session state `select_key` that selects the figure shown."""
    st.subheader("Review")
    for line in state_lines(figure):
        words.safe_text(line)
    kind, message = st.session_state.pop(MESSAGE_KEY, (None, None))
    if kind:
        getattr(st, kind)(escape_markdown(message))
    if who_may_write.refusal():
        who_may_write.sign_in_offer("verify or correct figures")
        return
    fid = figure["figure_id"]
    reviewer()
    st.text_input("Note (optional)", key=f"review-note-{fid}", placeholder="What you checked it against")
    cols = st.columns(5)
    cols[0].button("Verified", key="review-verified", icon=":material/check:", type="primary",
                   on_click=_save, args=(figure, "verified"), shortcut="Alt+V")
    cols[1].button("Not a figure", key="review-rejected", icon=":material/block:",
                   on_click=_save, args=(figure, "rejected"), shortcut="Alt+X")
    cols[2].button("Undo last review", key="review-undo", icon=":material/undo:",
                   disabled=figure.get("review") in (None, "unreviewed"),
                   on_click=_save, args=(figure, "undo"))
    at = order.index(fid) if fid in order else -1
    cols[3].button("Previous figure", key="review-previous", icon=":material/arrow_back:", shortcut="Alt+K",
                   disabled=at <= 0, on_click=_move, args=(select_key, order[at - 1] if at > 0 else fid))
    cols[4].button("Next figure", key="review-next", icon=":material/arrow_forward:", shortcut="Alt+J",
                   disabled=at < 0 or at + 1 >= len(order),
                   on_click=_move, args=(select_key, order[at + 1] if 0 <= at < len(order) - 1 else fid))
    with st.expander("Correct it"), st.form(f"correct-form-{fid}", border=False):
        a, b, c = st.columns(3)
        a.text_input("Value", value=_text(figure.get("value")), key=f"correct-{fid}-value")
        b.text_input("Low (ranges)", value=_text(figure.get("low")), key=f"correct-{fid}-low")
        c.text_input("High (ranges)", value=_text(figure.get("high")), key=f"correct-{fid}-high")
        a.text_input("Unit", value=_text(figure.get("unit")), key=f"correct-{fid}-unit")
        b.selectbox("Qualifier", QUALIFIERS, index=_index(QUALIFIERS, figure.get("qualifier")),
                    format_func=queries.qualifier_label, key=f"correct-{fid}-qualifier")
        c.selectbox("Category", CATEGORIES, index=_index(CATEGORIES, figure.get("category")),
                    format_func=queries.category_label, key=f"correct-{fid}-category")
        a.checkbox("Statutory (what a law prescribes)", value=bool(figure.get("statutory")), key=f"correct-{fid}-statutory")
        b.text_input("Period", value=_text(figure.get("period")), key=f"correct-{fid}-period",
                     help="2020, 2020-07, 2020-07-15, 2020-01..2020-10 or annual")
        c.text_input("Subject", value=_text(figure.get("subject")), key=f"correct-{fid}-subject")
        st.form_submit_button("Save correction", on_click=_correct, args=(figure,))


def _index(choices: tuple, value) -> int:
    return choices.index(value) if value in choices else 0
