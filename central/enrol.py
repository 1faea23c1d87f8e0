"""Enrolment on the office side: issue one-time codes, answer MACed requests, each code used once."""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta
from typing import Any

from central.errors import EnrolCodeExpired, EnrolCodeUnknown, EnrolCodeUsed
from central.store import Store
from protocol.canonical import canonical, format_time, parse_time, sha256
from protocol.enrolment import (
    build_enrol_response,
    code_id,
    mac_key,
    new_code,
    parse_enrol_request,
    verify_enrol_request,
)

log = logging.getLogger("central.enrol")
CODE_TTL = timedelta(hours=72)


def issue_code(store: Store, *, post_code: str, post_name: str, now: datetime, ttl: timedelta = CODE_TTL) -> tuple[str, str]:
    """Create a one-time code for a post; returns (code, expires_at). Only its MAC key is stored."""
    code = new_code()
    expires = format_time(now + ttl)
    store.add_code(code_id=code_id(code), mac_key=mac_key(code), post_code=post_code, post_name=post_name,
                   created_at=format_time(now), expires_at=expires)
    log.info("enrolment code issued", extra={"event": "enrol.code_issued", "post_code": post_code})
    return code, expires


def enroll(store: Store, data: bytes, *, root: bytes, now: datetime) -> bytes:
    """Verify an enrolment request and answer with device id and root.json (idempotent for the same request)."""
    request = parse_enrol_request(data)
    row = store.code(request.code_id)
    if row is None:
        raise EnrolCodeUnknown("no such enrolment code")
    verify_enrol_request(request, key=bytes(row["mac_key"]))
    request_sha = sha256(canonical(request.body)).hex()
    if row["used_at"] is not None:
        return _answer_again(row, request_sha)
    if parse_time(row["expires_at"]) <= now:
        raise EnrolCodeExpired("the enrolment code expired; ask the office for a new one")
    device_id = os.urandom(16).hex()
    response = build_enrol_response(request, key=bytes(row["mac_key"]), device_id=device_id, root=root)
    device = {"device_id": device_id, "post_code": row["post_code"], "post_name": row["post_name"],
              "signing_key": request.signing_public, "box_key": request.box_public, "enrolled_at": format_time(now)}
    if not store.use_code(request.code_id, device=device, at=format_time(now), request_sha256=request_sha,
                          response=response):
        return _answer_again(store.code(request.code_id) or row, request_sha)
    log.info("device enrolled", extra={"event": "enrol.completed", "device_id": device_id,
                                       "post_code": row["post_code"]})
    return response


def _answer_again(row: dict[str, Any], request_sha: str) -> bytes:
    """A retry of the very request that used the code gets the same answer; any other is refused."""
    if row["request_sha256"] == request_sha and row["response"] is not None:
        return bytes(row["response"])
    raise EnrolCodeUsed("this enrolment code was already used")
