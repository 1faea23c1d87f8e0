"""The lock screen: an empty user name to start, a pass phrase typed there never stays on screen, messages fit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.policy import looks_like_password

from .conftest import PASSWORD, sign_in


def _locked(qtbot, window):
    window.lock()
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    return page


def test_after_a_lock_the_user_name_is_empty_and_has_the_cursor(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    page = _locked(qtbot, window)
    assert page.user.text() == "" and page.password.text() == ""
    qtbot.waitUntil(page.user.hasFocus)


def test_a_pass_phrase_typed_into_the_user_name_is_cleared_after_the_failed_sign_in(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    page.user.setFocus()
    qtbot.waitUntil(page.user.hasFocus)
    # a newcomer types the pass phrase into the first field, Tabs on and types their name as the "password"
    qtbot.keyClicks(page.user, PASSWORD)
    qtbot.keyClick(page.user, Qt.Key.Key_Tab)
    assert page.password.hasFocus()
    qtbot.keyClicks(page.password, "officer")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.isVisible() and page.button.isEnabled(), timeout=15_000)
    assert page.user.text() == "" and page.password.text() == ""
    assert PASSWORD not in page.message.text.text()
    assert page.user.hasFocus()
    label = page.message.text
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # the whole message shows
    assert page.message.geometry().bottom() <= page.height()


def test_a_plain_wrong_password_keeps_the_user_name(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    page = window.unlock_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    qtbot.keyClicks(page.user, "officer")
    qtbot.keyClicks(page.password, "not-the-password")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.isVisible() and page.button.isEnabled(), timeout=15_000)
    assert page.user.text() == "officer" and page.password.hasFocus()


def test_what_looks_like_a_pass_phrase():
    for password in (PASSWORD, "correct horse battery staple", "Sana2026Malik", "p@ss!word"):
        assert looks_like_password(password), password
    for user in ("officer", "sana.malik", "supervisor2", "imran_q", "s.malik@fia"):
        assert not looks_like_password(user), user


def test_the_lock_screen_offers_no_list_of_users_because_none_is_kept_in_the_clear(qtbot, make_window, post_dir):
    """Issue 15 allows a list of the post's users or an empty field; NRM Desk keeps the field empty. A list would
    need the staff's user names readable before unlocking, and the keystore holds only keyed lookups of them."""
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    page = _locked(qtbot, window)
    assert page.user.completer() is None and page.user.text() == ""
    assert not [w for w in page.findChildren(type(page.user)) if w.text()]  # nothing pre-filled anywhere
    on_disk = b"".join(p.read_bytes() for p in post_dir.iterdir() if p.is_file() and p.name.endswith(".json"))
    for name in ("officer", "supervisor", "admin"):
        assert name.encode() not in on_disk, name
