"""Issue 16: at unlock the app purges, in the background, what the retention policy says is due, and says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services import vault
from app.storage import drafts
from app.storage.ids import new_id
from tests.ui.conftest import PASSWORD, idle, sign_in


def _stale_draft(post_dir) -> str:
    """An unfinished interview last saved 40 days ago (past the 30-day default)."""
    draft_id = new_id()
    old = (datetime.now(UTC) - timedelta(days=40)).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
    with vault.unlock(post_dir, "officer", PASSWORD) as s, s.transaction() as conn:
        drafts.save(conn, draft_id, kind="screening", owner_id=s.user.id, state={"step": 1})
        conn.execute("UPDATE drafts SET updated_at = ?, created_at = ? WHERE id = ?", (old, old, draft_id))
    return draft_id


def _drafts(post_dir) -> list[str]:
    with vault.unlock(post_dir, "supervisor", PASSWORD) as s:
        return [r[0] for r in s.db.execute("SELECT id FROM drafts")]


def test_unlock_removes_an_interview_past_its_period_and_tells_the_user(qtbot, make_window, post_dir):
    draft_id = _stale_draft(post_dir)
    window = make_window(post_dir)
    sign_in(qtbot, window, "supervisor")
    idle(qtbot, window)
    qtbot.waitUntil(lambda: "past their retention period were removed" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("1 record(s)")
    window.lock()
    idle(qtbot, window)
    assert draft_id not in _drafts(post_dir)


def test_nothing_due_says_nothing(qtbot, make_window, post_dir):
    window = make_window(post_dir)
    sign_in(qtbot, window, "officer")
    idle(qtbot, window)
    assert "retention" not in window.statusBar().currentMessage()
