"""The command line starts without its heavy modules, and output cut short by a pipe ends quietly (exit 141)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlcipher3", "cryptography", "httpx", "reportlab", "PySide6", "app.services", "app.storage",
         "app.letters", "app.crypto", "app.sync", "app.ui")

PROBE = """
import json, sys
from app.cli import build_parser
parser = build_parser()
for argv in (["case", "list", "--user", "x"], ["sync", "run", "--user", "x"], ["letter", "verify", "f.pdf"],
             ["screening", "instrument", "--json"], ["init", "--post-code", "A", "--post-name", "B", "--admin", "c"]):
    assert parser.parse_args(argv).handler
print(json.dumps(sorted(sys.modules)))
"""


def test_building_the_parser_imports_nothing_heavy():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    loaded = json.loads(out)
    assert "app.cli.vault_cmds" in loaded and "app.cli.letter_cmds" in loaded  # the probe did build every group
    heavy = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []


def test_version_imports_nothing_heavy():
    probe = ("import sys, json\nfrom app.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n"
             "    pass\nprint(json.dumps(sorted(sys.modules)), file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.startswith("nrm-desk ")
    loaded = json.loads(run.stderr)
    assert not [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def closed_pipe_run(argv: list[str], *, env: dict[str, str] | None = None, cwd: Path = ROOT) -> tuple[int, str]:
    """Run argv with stdout on a real pipe whose reader has already gone (as `… | head` after head exits)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(argv, stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=cwd,
                              env={**os.environ, **(env or {})}, timeout=120)
    finally:
        os.close(write_end)
    return proc.returncode, proc.stderr


def test_nrm_desk_json_into_a_closed_pipe_ends_quietly():
    code, err = closed_pipe_run([sys.executable, "-m", "app", "screening", "instrument", "--json"])
    assert (code, err) == (141, "")


def test_nrm_desk_into_head_ends_quietly():
    """Through a shell pipe into head: head stops after 3 lines of a 300 kB listing."""
    script = f"'{sys.executable}' -m app screening instrument --json | head -n 3; exit ${{PIPESTATUS[0]}}"
    run = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 141 and run.stderr == ""
    assert run.stdout.splitlines() == ["{", '  "instruments": [', "    {"]


def test_a_reader_that_stays_gets_everything_and_exit_0():
    run = subprocess.run([sys.executable, "-m", "app", "screening", "instrument", "--json"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and len(json.loads(run.stdout)["instruments"]) == 6
