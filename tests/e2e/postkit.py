"""Test kit for sync: a post with submitted referrals (built once, copied per test) and a real office."""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import io
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.servers import PASSPHRASE, CentralProcess, init_office

PASSWORD = "sync-test-pass-5531"
_TEMPLATES: dict[int, tuple[Path, list[str]]] = {}


@dataclass
class PostKit:
    """A post folder, the referral ids waiting for approval, and helpers to act as its users."""

    dir: Path
    submitted: list[str]
    approved: list[str] = field(default_factory=list)

    def unlock(self, user: str = "admin"):
        from app.services import vault

        return vault.unlock(self.dir, user, PASSWORD, sleep=lambda _s: None)

    def approve(self, count: int | None = None, *, session=None) -> list[str]:
        """Approve the next `count` submitted referrals as the supervisor; returns their ids."""
        from app.services import referrals

        todo = self.submitted[: len(self.submitted) if count is None else count]
        own = session is None
        session = session or self.unlock("supervisor")
        try:
            for referral_id in todo:
                referrals.approve(session, referral_id)
        finally:
            if own:
                session.close()
        del self.submitted[: len(todo)]
        self.approved += todo
        return todo


def _case(index: int, org_id: str):
    from app.domain.model import CaseInput, Consent, Encounter, IdentityDocument, Need, Person, ReferralDraft

    day = dt.date(2026, 11, 1) + dt.timedelta(days=index % 25)
    person = Person(given_name=f"Test{index}", family_name="Person", sex="female", estimated_age=24,
                    nationality="AF", languages=("ps",), documents=(IdentityDocument("passport", f"P{index:07d}"),))
    consents = (
        Consent(purpose="referral", recipient_id=org_id, method="written", given_on=day,
                data_categories=("identity",)),
        Consent(purpose="data_sharing", recipient_id=None, method="written", given_on=day,
                data_categories=("identity", "screening")),
    )
    return CaseInput(person=person, encounter=Encounter(day, "Torkham border crossing", "interception"),
                     consents=consents, needs=(Need("shelter"), Need("medical_care", "private note")),
                     referrals=(ReferralDraft(org_id, ("shelter",), "urgent", "Needs a safe place tonight."),))


def _build(folder: Path, referrals: int) -> list[str]:
    from app.domain.model import Organisation
    from app.services import cases, users, vault
    from app.services import referrals as referral_service
    from app.storage import referrals as referral_store

    vault.create_post(folder, post_code="TKM", post_name="AHTC Torkham (test)", admin_username="admin",
                      admin_password=PASSWORD)
    with vault.unlock(folder, "admin", PASSWORD) as admin:
        for name, role in (("supervisor", "supervisor"), ("officer", "officer")):
            users.add_user(admin, username=name, role=role, password=PASSWORD)
        cases.directory_save(admin, Organisation(id="org-shelter", name="Roshni Shelter (test)",
                                                 services=("shelter",), area="Peshawar"))
    with vault.unlock(folder, "officer", PASSWORD) as officer:
        for i in range(referrals):
            cases.create_case(officer, _case(i, "org-shelter"))
        drafts = sorted(referral_store.list_referrals(officer.db, status="draft"), key=lambda r: r["created_at"])
        for ref in drafts:
            referral_service.submit(officer, ref["id"])
    return [r["id"] for r in drafts]


build_post = _build  # a post folder with `referrals` submitted referrals; returns their ids


def fresh_post(into: Path, *, referrals: int = 6) -> PostKit:
    """A copy of a post holding `referrals` submitted referrals (the template is built once per process)."""
    if referrals not in _TEMPLATES:
        base = tempfile.mkdtemp(prefix="nrm-post-template-")
        atexit.register(shutil.rmtree, base, True)
        folder = Path(base) / "post"
        _TEMPLATES[referrals] = (folder, _build(folder, referrals))
    template, ids = _TEMPLATES[referrals]
    target = into / "post"
    shutil.copytree(template, target)
    return PostKit(target, list(ids))


# ----- the office -----
def central(*args: str) -> tuple[int, str]:
    """Run an `nrm-central` command in-process (same code as the console script); (exit code, stdout)."""
    from central.cli import main

    os.environ.setdefault("NRM_CENTRAL_PASSPHRASE", PASSPHRASE)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


@dataclass
class Office:
    """An initialised office data directory and, while started, its `nrm-central serve` process."""

    dir: Path
    proc: CentralProcess | None = None

    @property
    def url(self) -> str:
        assert self.proc is not None
        return self.proc.url

    def start(self) -> Office:
        self.proc = CentralProcess(self.dir, grace=2).start() if self.proc is None else self._restart()
        return self

    def _restart(self) -> CentralProcess:
        assert self.proc is not None
        proc = CentralProcess(self.dir, grace=2)
        proc.port = self.proc.port  # same address: the post keeps its stored URL
        proc.log_path = self.dir / f"serve-{proc.port}-{os.getpid()}-{id(proc)}.log"
        return proc.start()

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop()

    def kill(self) -> None:
        """SIGKILL: the office dies mid-request without finishing anything."""
        if self.proc is not None and self.proc.proc is not None and self.proc.proc.poll() is None:
            self.proc.proc.kill()
            self.proc.proc.wait(timeout=30)

    def code(self, post_code: str = "TKM") -> str:
        rc, out = central("enroll-code", "--data-dir", str(self.dir), "--post-code", post_code,
                          "--post-name", "AHTC Torkham (test)")
        assert rc == 0
        return out.strip()

    def referrals(self) -> list[dict]:
        import json

        rc, out = central("referrals", "list", "--data-dir", str(self.dir), "--json")
        assert rc == 0, out
        return json.loads(out)

    def bundles(self) -> list[dict]:
        import json

        rc, out = central("bundles", "list", "--data-dir", str(self.dir), "--json")
        assert rc == 0, out
        return json.loads(out)

    def set_status(self, referral_id: str, status: str, note: str | None = None) -> None:
        args = ["referral", "status", "--data-dir", str(self.dir), referral_id, "--status", status]
        rc, out = central(*args, *(["--note", note] if note else []))
        assert rc == 0, out


def new_office(into: Path) -> Office:
    return Office(init_office(into / "office"))


def cli(kit: PostKit, *args: str, user: str = "admin", timeout: float = 120):
    """`nrm-desk --data-dir <post> sync …` as a real process; returns CompletedProcess (text)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NRM_DESK_")}
    env.update(NRM_DESK_PASSWORD=PASSWORD, PYTHONPATH=str(root))
    cmd = [sys.executable, "-m", "app", "--data-dir", str(kit.dir), *args, "--user", user]
    return subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def outbox_state(kit: PostKit) -> dict:
    """Counts, receipts and feed version, read through the services (for 'nothing changed' checks)."""
    from app.services import sync
    from app.storage import outbox

    with kit.unlock("admin") as s:
        rows = outbox.items(s.db)
        return {"counts": outbox.counts(s.db), "receipts": sum(outbox.receipt(s.db, r["bundle_id"]) is not None
                                                               for r in rows),
                "feed_version": sync.status(s.db)["feed_version"],
                "states": {r["seq"]: r["state"] for r in rows}}
