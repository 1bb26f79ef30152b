"""The app's own menu for a page opened first on a just-started server (imports only Streamlit, so it runs at once).

Until some script calls st.navigation, Streamlit runs a page address from the pages/ folder alone (its older
multipage mode: no app.py, so no menu and no scope). A page whose run did not come through app.py calls
st.navigation itself, which ends that mode for the whole server, and reruns through app.py.
"""

import streamlit as st

CAME_THROUGH_APP = "_came-through-app"


def mark_through_app() -> None:
    """Called by app.py once its menu is drawn: this session's pages run inside app.py."""
    st.session_state[CAME_THROUGH_APP] = True


def _home() -> None:
    """A stand-in home page: st.navigation's default page takes the root address, so this page keeps its own."""


def through_app(page_file: str) -> None:
    """Rerun through app.py when this page was run alone (first call of each page, before its heavy imports)."""
    if not st.session_state.get(CAME_THROUGH_APP):
        st.navigation([st.Page(_home, default=True), st.Page(page_file)], position="hidden")
        st.rerun()
