"""Wire formats shared by the post's sync engine and the central office (stdlib + `cryptography` only)."""

from protocol.audit import GENESIS, Checkpoint, Segment, check_extends, entry_hash, make_entry, verify_segment
from protocol.canonical import canonical, format_time, parse_canonical, parse_time, sha256
from protocol.enrolment import (
    Enrolment,
    build_enrol_request,
    build_enrol_response,
    code_id,
    mac_key,
    new_code,
    parse_enrol_request,
    verify_enrol_request,
    verify_enrol_response,
)
from protocol.envelope import (
    DeviceKey,
    OpenedEnvelope,
    VisibleHeader,
    open_envelope,
    parse_header,
    seal_envelope,
)
from protocol.errors import ALL_ERRORS, ProtocolError
from protocol.feed import Feed, FeedState, build_feed, verify_feed, verify_file
from protocol.keys import Root, build_root, key_id, parse_root, raw_private, raw_public
from protocol.receipt import Receipt, sign_receipt, verify_receipt
from protocol.sealed import open_sealed_file, seal_file

__all__ = [
    "ALL_ERRORS", "GENESIS", "Checkpoint", "DeviceKey", "Enrolment", "Feed", "FeedState", "OpenedEnvelope",
    "ProtocolError", "Receipt", "Root", "Segment", "VisibleHeader", "build_enrol_request", "build_enrol_response",
    "build_feed", "build_root", "canonical", "check_extends", "code_id", "entry_hash", "format_time", "key_id",
    "mac_key", "make_entry", "new_code", "open_envelope", "open_sealed_file", "parse_canonical",
    "parse_enrol_request", "parse_header", "parse_root", "parse_time", "raw_private", "raw_public", "seal_envelope",
    "seal_file", "sha256", "sign_receipt", "verify_enrol_request", "verify_enrol_response", "verify_feed",
    "verify_file", "verify_receipt", "verify_segment",
]
