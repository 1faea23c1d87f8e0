"""A worker process for crash tests: rekeys a vault or writes cases, and can SIGKILL itself mid-way."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.model import CaseInput, Encounter, Person  # noqa: E402
from app.services import cases, users, vault  # noqa: E402

PASSWORD = os.environ.get("NRM_TEST_PASSWORD", "")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


PHASES = ("after_request", "after_export", "mid_stage", "after_stage_saved", "after_swap", "after_commit")


def rekey(folder: Path, phase: str) -> None:
    """Remove the officer; SIGKILL at `phase` (one of PHASES, or "none" for a kill from outside at any moment)."""
    from app.crypto.keystore import Keystore
    from app.services import removal
    from app.storage import db, vaultkeys

    real_complete, real_export, real_stage = removal.complete_pending, db.export_rekeyed, Keystore.stage_next
    real_save, real_swap, real_finish = Keystore.save, removal.swap_in_rekeyed, removal.finish

    def complete(session, *a, **k):
        if phase == "after_request" and vaultkeys.pending_removals(session.db):
            die()  # the removal is recorded (and the user deactivated); no rekey yet
        return real_complete(session, *a, **k)

    def export(*a, **k):
        real_export(*a, **k)
        if phase == "after_export":
            die()

    def stage(self, *a, **k):
        real_stage(self, *a, **k)
        if phase == "mid_stage":
            die()  # staged in memory, not saved

    def save(self, *a, **k):
        real_save(self, *a, **k)
        if phase == "after_stage_saved" and self.has_pending_rekey():
            die()

    def swap(*a, **k):
        real_swap(*a, **k)
        if phase == "after_swap":
            die()

    def finish(*a, **k):
        if phase == "after_commit":
            die()  # the keystore is committed to the new key; the store's record of the removal is not cleared
        return real_finish(*a, **k)

    removal.complete_pending, db.export_rekeyed, Keystore.stage_next = complete, export, stage
    Keystore.save, removal.swap_in_rekeyed, removal.finish = save, swap, finish
    with vault.unlock(folder, "admin", PASSWORD) as admin:
        print("ready", flush=True)
        users.remove_user(admin, username="officer")
    print("done", flush=True)


def write(folder: Path, count: int) -> None:
    """Write `count` cases, one transaction each; print each reference after its commit."""
    with vault.unlock(folder, "officer", PASSWORD) as officer:
        print("ready", flush=True)
        for i in range(count):
            case = CaseInput(
                person=Person(given_name=f"Crash{i}", family_name="Test", sex="female"),
                encounter=Encounter(date=dt.date(2026, 11, 1), place="Test post", circumstance="interception"),
            )
            _, reference = cases.create_case(officer, case)
            print(reference, flush=True)


if __name__ == "__main__":
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "rekey":
        rekey(folder, sys.argv[3])
    else:
        write(folder, int(sys.argv[3]))
