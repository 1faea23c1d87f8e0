"""Argon2id in a short-lived child process: its 256 MiB never counts against the desktop process's memory.

The child is this interpreter running `serve()` (`python -c …`), or in a frozen build the executable itself with
CHILD_FLAG (app/__main__.py answers it before loading anything else). The password and the parameters travel
over the child's stdin, the key comes back over its stdout: never in argv or the environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import NrmError

if TYPE_CHECKING:
    from app.crypto.primitives import KdfParams

CHILD_FLAG = "--nrm-desk-kdf-child"
_TIMEOUT = 300.0  # seconds; Argon2id at the largest accepted parameters finishes well within this
_MAX_REQUEST = 64 * 1024
children_started = 0  # how many derivations ran in a child (read by tests)


class KdfChildFailed(NrmError):
    """The child process could not be started, died, or answered with something other than a key (exit 1)."""


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-I", "-S", "-c", f"import sys; sys.path[:0] = {_paths()!r}; "
            "from app.crypto.kdf_child import serve; serve()"]


def _paths() -> list[str]:
    """Where this interpreter found `app` and `cryptography` (the child runs isolated from PYTHON* variables)."""
    import cryptography

    here = str(Path(__file__).resolve().parents[2])
    return [here, str(Path(cryptography.__file__).resolve().parents[1])]


def derive(secret: bytes, params: KdfParams) -> bytes:
    """Argon2id of `secret` under `params`, computed by a child process that exits right after."""
    global children_started
    request = json.dumps({"m": params.memory_kib, "t": params.iterations, "p": params.lanes,
                          "salt": params.salt.hex(), "secret": secret.hex()}).encode("ascii")
    try:
        done = subprocess.run(_command(), input=request, capture_output=True, timeout=_TIMEOUT, check=False,
                              env={k: v for k, v in os.environ.items() if not k.startswith("NRM_DESK_")})
    except (OSError, subprocess.SubprocessError) as exc:
        raise KdfChildFailed("The password check could not run (its helper process did not start); try again.") from exc
    if done.returncode != 0 or len(done.stdout) != 32:
        raise KdfChildFailed("The password check could not finish (its helper process ended early); try again.")
    children_started += 1
    return done.stdout


def serve() -> None:
    """The child: one request on stdin, the 32-byte key on stdout."""
    from app.crypto.primitives import KdfParams, argon2id

    request = json.loads(sys.stdin.buffer.read(_MAX_REQUEST))
    params = KdfParams(int(request["m"]), int(request["t"]), int(request["p"]), bytes.fromhex(request["salt"]))
    sys.stdout.buffer.write(argon2id(bytes.fromhex(request["secret"]), params))
    sys.stdout.buffer.flush()
