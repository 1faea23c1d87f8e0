"""`nrm-central user add|list|disable`: the otpauth URI on stdout, one sentence and an exit code on refusal."""

from __future__ import annotations

import json

from central.cli import main


def test_user_add_prints_the_provisioning_uri(office_dir, capsys, monkeypatch):
    monkeypatch.setenv("NRM_CENTRAL_USER_PASSWORD", "a long enough password")
    args = ["user", "add", "--data-dir", str(office_dir), "--username", "shelter1", "--role", "provider",
            "--organisation", "org-shelter"]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out.startswith("otpauth://totp/") and "secret=" in out and out.count("\n") == 1
    assert "shelter1 (provider) added" in err
    assert main(["user", "list", "--data-dir", str(office_dir), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(u["username"], u["role"], u["organisation_id"]) for u in listed] == [
        ("shelter1", "provider", "org-shelter")]
    assert "secret" not in json.dumps(listed) and "argon2" not in json.dumps(listed)
    assert main(["user", "disable", "--data-dir", str(office_dir), "--username", "shelter1"]) == 0
    assert main(["user", "list", "--data-dir", str(office_dir)]) == 0
    assert "disabled" in capsys.readouterr().out


def test_user_add_refusals_are_one_sentence(office_dir, capsys, monkeypatch):
    monkeypatch.delenv("NRM_CENTRAL_USER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    base = ["user", "add", "--data-dir", str(office_dir), "--username", "coord1", "--role", "coordinator"]
    assert main(base) == 1
    err = capsys.readouterr().err
    assert err.startswith("nrm-central: set NRM_CENTRAL_USER_PASSWORD") and err.count("\n") == 1
    monkeypatch.setenv("NRM_CENTRAL_USER_PASSWORD", "a long enough password")
    assert main([*base[:-1], "provider"]) == 1
    assert "give --organisation" in capsys.readouterr().err
    assert main(base) == 0
    capsys.readouterr()
    assert main(base) == 1
    assert "taken" in capsys.readouterr().err
