"""`nrm-desk letter …`: export a signed referral letter where the supervisor chooses, and verify a letter PDF."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.cli.common import data_dir, print_json
from app.cli.vault_cmds import session_for
from app.domain.errors import Refused, UsageError

INVALID = 4


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("letter", help="referral letters: export a signed PDF, verify one")
    lsub = p.add_subparsers(dest="action", required=True)
    x = lsub.add_parser("export", help="issue the letter of an approved referral and write it to a file")
    x.add_argument("--user", required=True, help="the supervisor (password from NRM_DESK_PASSWORD or prompt)")
    x.add_argument("id", metavar="ID", help="the referral id")
    x.add_argument("--out", required=True, help="the PDF file to write (only there)")
    x.add_argument("--lang", default="en+ur", choices=["en", "ur", "en+ur"])
    x.add_argument("--password-env", metavar="VAR", help="protect the PDF with the password in this variable")
    x.add_argument("--force", action="store_true", help="replace the file if it exists")
    x.add_argument("--json", action="store_true", help="machine output on stdout")
    x.set_defaults(handler=cmd_export)
    v = lsub.add_parser("verify", help="check a letter's signature and content against this post's key")
    v.add_argument("file", metavar="F.pdf")
    v.add_argument("--user", help="verify against the key in the vault (else the post's public key file)")
    v.add_argument("--password-env", metavar="VAR", help="the letter's password is in this variable")
    v.add_argument("--json", action="store_true", help="machine output on stdout")
    v.set_defaults(handler=cmd_verify)


def _password(var: str | None) -> str | None:
    """The password in the named environment variable; never from arguments."""
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise UsageError(f"The variable {var} named by --password-env is not set or is empty.")
    return value


def _target(out: str, *, force: bool) -> Path:
    """The output path: its folder must exist; an existing file is replaced only with --force."""
    path = Path(out)
    if not path.parent.is_dir():
        raise UsageError(f"The folder {path.parent} does not exist.")
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name ending in .pdf.")
    if path.exists() and not force:
        raise Refused(f"{path} already exists; use --force to replace it.")
    return path


def cmd_export(args: argparse.Namespace) -> int:
    from app.atomic import atomic_write
    from app.services import letters

    path = _target(args.out, force=args.force)
    password = _password(args.password_env)
    with session_for(args) as s:
        issued = letters.issue_letter(s, args.id, lang=args.lang, password=password)
        letters.record_export(s, args.id)  # audited first: the log may over-report a failed write, never miss one
        atomic_write(path, issued.pdf_bytes, mode=0o600)
    result = {"letter_id": issued.letter_id, "referral_id": issued.referral_id, "lang": issued.lang,
              "key_id": issued.key_id, "reissue": issued.reissue, "protected": issued.protected, "out": str(path)}
    if args.json:
        print_json(result)
    else:
        again = " (re-issued)" if issued.reissue else ""
        lock = ", password-protected" if issued.protected else ""
        print(f"Letter {issued.letter_id}{again} written to {path}{lock}.")
    return 0


def _read(file: str) -> bytes:
    """The PDF's bytes; a missing or unreadable file is one clear sentence."""
    try:
        return Path(file).read_bytes()
    except FileNotFoundError:
        raise UsageError(f"The file {file} does not exist.") from None
    except IsADirectoryError:
        raise UsageError(f"{file} is a folder, not a letter PDF.") from None
    except OSError as exc:
        raise Refused(f"The file {file} cannot be read ({exc.strerror or exc.__class__.__name__}).") from None


def cmd_verify(args: argparse.Namespace) -> int:
    from app.services import letters

    pdf_bytes = _read(args.file)
    password = _password(args.password_env) or ""
    if args.user:
        with session_for(args) as s:
            result = letters.verify(s, pdf_bytes, password=password)
    else:
        result = letters.verify(data_dir(args), pdf_bytes, password=password)
    if args.json:
        print_json(letters.summary(result))
    elif result.valid:
        print(_valid_text(result))
    else:
        print(f"invalid: {result.reason} — {result.detail}")
    return 0 if result.valid else INVALID


def _valid_text(result: Any) -> str:
    """Say what the signature covers, so it can be compared with the paper."""
    c = result.content
    assert c is not None
    return (f"valid: letter {result.letter_id} of {c.post_name} ({c.post_code}), issued {c.issued_on.isoformat()}, "
            f"case {c.case_reference}, to {c.recipient_name}; signed by this post's key {result.key_id}.")
