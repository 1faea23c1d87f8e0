"""Enrolment: HMAC under the one-time code both ways; a man in the middle without the code can do neither."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from protocol import errors as E
from protocol.canonical import canonical, utcnow
from protocol.enrolment import (
    build_enrol_request,
    build_enrol_response,
    code_id,
    mac_key,
    new_code,
    normalize_code,
    parse_enrol_request,
    verify_enrol_request,
    verify_enrol_response,
)
from protocol.keys import build_root, raw_public

ROOT = build_root(office_name="HQ", version=1, keys={"feed": raw_public(Ed25519PrivateKey.generate())})


def request(code: str, signing=None):
    return build_enrol_request(code=code, post_code="ISB", signing_key=signing or Ed25519PrivateKey.generate(),
                               box_key=X25519PrivateKey.generate(), created_at=utcnow())


def test_code_has_at_least_80_bits_and_normalises():
    code = new_code()
    assert len(normalize_code(code)) * 5 >= 80
    assert code_id(code.lower().replace("0", "o")) == code_id(code)
    assert new_code() != code


def test_round_trip():
    code = new_code()
    req = request(code)
    parsed = parse_enrol_request(req)
    verify_enrol_request(parsed, key=mac_key(code))
    resp = build_enrol_response(parsed, key=mac_key(code), device_id="dev-1", root=ROOT)
    enrolment = verify_enrol_response(resp, code=code, request=req)
    assert enrolment.device_id == "dev-1" and enrolment.root.raw == ROOT


def test_mitm_without_the_code_cannot_forge_a_request():
    code = new_code()
    forged = parse_enrol_request(request(new_code()))  # attacker's own code
    doc = json.loads(request(new_code()))
    doc["request"]["code_id"] = code_id(code)  # pretends to use the victim's code
    with pytest.raises(E.EnrolmentMacInvalid):
        verify_enrol_request(parse_enrol_request(canonical(doc)), key=mac_key(code))
    with pytest.raises(E.EnrolmentMacInvalid):
        verify_enrol_request(forged, key=mac_key(code))


def test_mitm_swapping_the_post_keys_is_detected():
    code = new_code()
    doc = json.loads(request(code))
    doc["request"]["signing_key"] = json.loads(request(code))["request"]["signing_key"]
    with pytest.raises(E.EnrolmentMacInvalid):
        verify_enrol_request(parse_enrol_request(canonical(doc)), key=mac_key(code))


def test_request_must_be_signed_by_the_offered_key():
    code = new_code()
    signer, offered = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    req = json.loads(request(code, signing=signer))
    req["request"]["signing_key"] = json.loads(request(code, signing=offered))["request"]["signing_key"]
    # recompute the MAC as someone holding the code would; the proof of possession still fails
    from protocol.canonical import b64d, b64e
    from protocol.enrolment import _mac

    req["mac"] = b64e(_mac(mac_key(code), "nrm/enrol-request/v1", canonical(req["request"]), b64d(req["proof"])))
    with pytest.raises(E.EnrolmentProofInvalid):
        verify_enrol_request(parse_enrol_request(canonical(req)), key=mac_key(code))


def test_mitm_without_the_code_cannot_forge_the_response():
    code = new_code()
    req = request(code)
    forged = build_enrol_response(parse_enrol_request(req), key=mac_key(new_code()), device_id="dev-x", root=ROOT)
    with pytest.raises(E.EnrolmentMacInvalid):
        verify_enrol_response(forged, code=code, request=req)


def test_response_to_another_request_is_refused():
    code = new_code()
    req, other = request(code), request(code)
    resp = build_enrol_response(parse_enrol_request(other), key=mac_key(code), device_id="dev-1", root=ROOT)
    with pytest.raises(E.EnrolmentMacInvalid):
        verify_enrol_response(resp, code=code, request=req)
