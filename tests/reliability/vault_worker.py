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

PASSWORD = os.environ["NRM_TEST_PASSWORD"]


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def rekey(folder: Path, phase: str) -> None:
    """Remove the officer; SIGKILL at `phase` (after_export, after_stage, after_swap, or random timing)."""
    from app.crypto.keystore import Keystore
    from app.services import users as users_module
    from app.storage import db

    real_export, real_stage, real_swap = db.export_rekeyed, Keystore.stage_next, users_module.swap_in_rekeyed

    def export(*a, **k):
        real_export(*a, **k)
        if phase == "after_export":
            die()

    def stage(self, *a, **k):
        real_stage(self, *a, **k)
        if phase == "mid_stage":
            die()  # staged in memory, not saved

    def swap(*a, **k):
        real_swap(*a, **k)
        if phase == "after_swap":
            die()

    db.export_rekeyed, Keystore.stage_next, users_module.swap_in_rekeyed = export, stage, swap
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
