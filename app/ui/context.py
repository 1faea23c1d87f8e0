"""What every window and dialog of the desktop app is given: the ops runner, the event bridge, who is signed in.

Contract for other parts of the UI (notably `app.ui.screening.wizard.ScreeningWizard(ctx, parent)`):

- `ctx.ops` (`app.ui.ops.Ops`): the ONE way off the GUI thread. `ctx.ops.run(fn, on_done=..., on_failed=...,
  label=...)` queues `fn(session)` on the database worker that owns the open `app.services.session.Session`;
  `on_done(result)` / `on_failed(error)` run on the GUI thread. Never touch a Session from the GUI thread.
  `ctx.ops.run_network(fn, ...)` runs `fn()` (no session) on the network pool.
- `ctx.bridge` (`app.ui.bridge.EventBridge`): Qt signals re-emitting `app.services.events`
  (`case_changed(str)`, `referral_changed(str)`, `referral_approved(str)`, `cases_imported(int)`, ...).
- `ctx.user_id`, `ctx.username`, `ctx.role`, `ctx.permissions` (frozenset of permission names from
  `app.domain.roles`) and `ctx.allows(permission)`; `None`/empty while the post is locked.
- `ctx.language`: "en" or "ur"; `ctx.data_dir`: the post's data folder (read-only for display).
- `ctx.signals` (`ContextSignals`): `locked` (the post is locking: windows holding case data must clear
  themselves and close; the main window also closes any open dialog and the screening window), `unlocked`,
  `language_changed(str)` (the main window rebuilds its pages), `idle_minutes_changed(int)`.

Other windows open from the main window: `app.ui.screening.wizard.ScreeningWizard(ctx, parent)` (Ctrl+N, when
the module exists) and `app.ui.letter_dialog.LetterDialog(ctx, referral_id, parent)` (Issue letter, supervisors).
The background `app.ui.sync_runner.SyncRunner(ctx)` is made at the first unlock and follows `ctx.signals`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.domain import roles
from app.ui.bridge import EventBridge
from app.ui.ops import Ops


class ContextSignals(QObject):
    locked = Signal()
    unlocked = Signal()
    language_changed = Signal(str)
    idle_minutes_changed = Signal(int)


@dataclass
class AppContext:
    ops: Ops
    bridge: EventBridge
    data_dir: Path
    language: str = "en"
    user_id: str | None = None
    username: str | None = None
    full_name: str = ""
    role: str | None = None
    signals: ContextSignals = field(default_factory=ContextSignals)

    @property
    def permissions(self) -> frozenset[str]:
        return roles.PERMISSIONS.get(self.role or "", frozenset())

    def allows(self, permission: str) -> bool:
        return permission in self.permissions

    def sign_in(self, user: object) -> None:
        self.user_id = user.id  # type: ignore[attr-defined]
        self.username = user.username  # type: ignore[attr-defined]
        self.full_name = user.full_name  # type: ignore[attr-defined]
        self.role = user.role  # type: ignore[attr-defined]

    def sign_out(self) -> None:
        self.user_id = self.username = self.role = None
        self.full_name = ""
