"""A practice post is marked three times, cannot be unmarked by editing one place, and refuses enrolment, bundle
export, USB transfer and sync through the real services and the command line (exit 1, nothing written)."""

from __future__ import annotations

import json
import socket

import pytest

from app.crypto.keystore import Keystore
from app.services import sync, sync_transfer, training
from app.services.training_mark import TrainingRefused, is_training
from app.storage import db, post
from protocol.enrolment import new_code
from tests.conftest import run_cli

CODE = new_code()  # a well-formed code, as an office gives it


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_init_creates_a_marked_practice_post_with_trainer_coach_and_trainees(tmp_path):
    out = run_cli("training", "init", "--into", str(tmp_path / "p"), "--trainee", "sana", "--json")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["users"] == ["trainer", "coach", "sana"] and summary["training"] is True
    assert summary["password"] is None  # NRM_DESK_PASSWORD was used
    assert Keystore.load(tmp_path / "p" / "keystore.json").training
    again = run_cli("training", "init", "--into", str(tmp_path / "p"))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_all_three_marks_are_set(practice):
    with practice.unlock("trainer") as s:
        assert s.keystore.training
        assert post.get(s.db)["settings"]["training"] is True
        assert s.db.execute("SELECT count(*) FROM training_mark").fetchone()[0] == 1
        assert is_training(s)


def test_removing_the_settings_flag_leaves_it_a_practice_post(practice):
    with practice.unlock("trainer") as s:
        with db.transaction(s.db):
            post.update_settings(s.db, {"training": False})
        assert is_training(s)
        with pytest.raises(TrainingRefused):
            sync_transfer.export_usb(s, practice.dir / "usb")


def test_the_store_mark_cannot_be_deleted_or_changed(practice):
    with practice.unlock("trainer") as s:
        for sql in ("DELETE FROM training_mark", "UPDATE training_mark SET marked_at = 'x'"):
            with pytest.raises(Exception, match="permanent"):
                s.db.execute(sql)
        assert s.db.execute("SELECT count(*) FROM training_mark").fetchone()[0] == 1


def test_removing_the_keystore_mark_makes_the_post_refuse_to_open(practice):
    path = practice.dir / "keystore.json"
    doc = json.loads(path.read_text())
    del doc["mode"]
    path.write_text(json.dumps(doc))
    out = run_cli("case", "list", "--user", "amina", data_dir=practice.dir)
    assert out.returncode == 4
    assert "changed outside NRM Desk" in out.stderr


def test_enrolment_is_refused_before_any_network_call(practice):
    # A real post with this unreachable address would exit 5 (office unreachable); the practice post never tries.
    url = f"http://127.0.0.1:{_free_port()}"
    out = run_cli("sync", "enroll", "--user", "trainer", "--server", url, "--code", CODE,
                  data_dir=practice.dir)
    assert out.returncode == 1, out.stderr
    assert "practice post" in out.stderr and "never enrols" in out.stderr
    with practice.unlock("trainer") as s:
        assert post.get(s.db)["device_id"] is None
        with pytest.raises(TrainingRefused):
            sync.set_server(s, url)


def test_a_real_post_with_the_same_command_does_try_the_office(post):
    url = f"http://127.0.0.1:{_free_port()}"
    out = run_cli("sync", "enroll", "--user", "admin", "--server", url, "--code", CODE,
                  data_dir=post.dir)
    assert out.returncode == 5, out.stderr  # the refusal above is the training mark, not the address


def test_usb_export_and_import_are_refused_and_write_nothing(practice, tmp_path):
    usb = tmp_path / "usb"
    out = run_cli("sync", "export", "--user", "trainer", "--to", str(usb), data_dir=practice.dir)
    assert out.returncode == 1 and "never exports bundles" in out.stderr
    assert not usb.exists()
    usb.mkdir()
    out = run_cli("sync", "import", "--user", "trainer", "--from", str(usb), data_dir=practice.dir)
    assert out.returncode == 1 and "never imports" in out.stderr
    assert list(usb.iterdir()) == []


def test_sync_run_is_refused(practice):
    out = run_cli("sync", "run", "--user", "trainer", data_dir=practice.dir)
    assert out.returncode == 1 and "never sends bundles" in out.stderr


def test_usb_enrolment_is_refused(practice, tmp_path):
    root = tmp_path / "root.json"
    root.write_text("{}")
    with practice.unlock("trainer") as s, pytest.raises(TrainingRefused):
        sync_transfer.enroll_usb(s, code=CODE, root_file=root)
    assert not (tmp_path / "enrol-request.json").exists()


def test_practice_runs_are_refused_in_a_real_post(post):
    from app.training.feedback import Attempt

    attempt = Attempt(indicators={}, classification="inconclusive", child_procedures=False, consent="declines")
    with post.unlock("officer") as s:
        with pytest.raises(Exception, match="only in a practice post"):
            training.start_practice(s, "man-deported-from-iran")
        with pytest.raises(Exception, match="only in a practice post"):
            training.record_attempt(s, "man-deported-from-iran", attempt, lang="en")


def test_trainer_report_needs_the_trainer(practice, tmp_path):
    out = run_cli("training", "report", "--user", "amina", "--out", str(tmp_path / "r.pdf"), data_dir=practice.dir)
    assert out.returncode == 1 and "does not allow" in out.stderr
    assert not (tmp_path / "r.pdf").exists()




def test_case_import_is_refused_so_real_records_never_enter(practice, tmp_path):
    from tests.conftest import AMINA

    file = tmp_path / "cases.json"
    file.write_text(json.dumps(AMINA))
    out = run_cli("case", "import", "--user", "amina", str(file), data_dir=practice.dir)
    assert out.returncode == 1 and "synthetic practice cases only" in out.stderr
    with practice.unlock("amina") as s:
        assert s.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
