"""Who may write through the dashboard: nobody when it is published read-only (figures.access); only a signed-in
user when Streamlit's login is configured (an [auth] section in its secrets); anyone otherwise. The store pages
get refuses writes for the same reason the pages hide them, so a crafted session cannot write either."""

import streamlit as st

from figures import access

SIGN_IN_REASON = "sign in to add, remove, correct or review"


def login_configured() -> bool:
    """Whether the app runs with Streamlit's login (an [auth] section in its secrets)."""
    try:
        return "auth" in st.secrets
    except FileNotFoundError:
        return False


def signed_in_name() -> str | None:
    """The signed-in user's name or email when the app runs with Streamlit's login, else None."""
    try:
        if st.user.get("is_logged_in"):
            return st.user.get("name") or st.user.get("email")
    except (AttributeError, KeyError):
        return None
    return None


def refusal() -> str | None:
    """Why this session may not write now (read-only dashboard, or login configured and nobody signed in), or
    None when it may."""
    if access.read_only():
        return access.READONLY_REASON
    if login_configured() and not signed_in_name():
        return SIGN_IN_REASON
    return None


def sign_in_offer(what: str) -> None:
    """In place of a write that signing in would allow: a line saying so and a Sign in button (st.login)."""
    if refusal() == SIGN_IN_REASON:
        st.info(f"Sign in to {what}.")
        st.button("Sign in", key=f"sign-in-{what}", on_click=st.login)
