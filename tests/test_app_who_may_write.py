"""Who may write when the dashboard runs with Streamlit's login (an [auth] section in its secrets): nobody signed in
is offered no upload, removal, correction or review, only a Sign in button, and a session that sends one anyway is
refused by the store. Without an identity provider writing stays open (the other AppTests). Run with AppTest on a
real store; nobody can sign in here, as no identity provider runs."""

import pytest

from figures.store import Store
from test_app_pages import open_page, shown
from test_app_reviews import db, figure_id, made, states  # noqa: F401 (db and made are fixtures)

LOGIN = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "a-test-secret",
                  "client_id": "reported-figures", "client_secret": "not-a-real-secret",
                  "server_metadata_url": "https://id.example.org/.well-known/openid-configuration"}}


def test_with_login_configured_nobody_signed_in_is_offered_a_write_only_a_sign_in_button(db):
    for page, query in (("pages/explorer.py", {"fig": figure_id(db, "14")}), ("pages/review.py", {}),
                        ("pages/documents.py", {}), ("pages/embed.py", {})):
        at = open_page(page, query, LOGIN)
        assert not at.exception, at.exception
        assert {b.label for b in at.button} <= {"Sign in"}, page
        assert not at.get("file_uploader") and not at.text_area and not at.get("form"), page
        if page != "pages/embed.py":
            assert [b.label for b in at.button] == ["Sign in"], page


def test_a_review_sent_with_login_configured_and_nobody_signed_in_is_refused(db):
    fid = figure_id(db, "14")
    at = open_page("pages/explorer.py", {"fig": fid})
    at.text_input(key="reviewer-input").input("Ines Varga").run()
    at.secrets.update(LOGIN)  # the login is configured while the session still holds the review buttons
    at.button(key="review-verified").click().run()
    assert shown(at.error[0].value).startswith("Not saved: sign in to")
    assert states(db)["14"][0] == "unreviewed" and Store(db).reviews().empty


@pytest.mark.parametrize("write", ["Add document", "Remove"])
def test_an_upload_or_a_removal_sent_with_login_configured_and_nobody_signed_in_is_refused(db, write):
    before = Store(db).documents()[["doc_id", "title"]]
    at = open_page("pages/documents.py")
    at.text_area[0].input("Police detained 9 people in the capital.")
    at.checkbox[0].check()
    at.secrets.update(LOGIN)  # the login is configured while the session still holds the forms
    next(b for b in at.button if b.label == write).click().run()
    assert not at.exception, at.exception
    assert Store(db).documents()[["doc_id", "title"]].equals(before)
