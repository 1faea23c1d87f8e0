"""The device file's additive keys of issue 13: the document matching key and same-person reports, checked."""

from __future__ import annotations

import os

import pytest

from app.sync.feedcheck import _document_key, _same_person
from protocol.canonical import b64e
from protocol.doctag import key_id
from protocol.errors import MalformedData


def test_a_device_file_from_an_older_office_has_neither():
    doc = {"type": "nrm/device-file", "v": 1, "device_id": "d", "statuses": [], "resend": []}
    assert _document_key(doc) is None and _same_person(doc) == []
    assert _document_key(None) is None and _same_person(None) == []


def test_the_key_must_match_its_id_and_size():
    key = os.urandom(32)
    assert _document_key({"document_key": {"key_id": key_id(key), "key": b64e(key)}}) == (key_id(key), key)
    for bad in ({"key_id": key_id(key), "key": b64e(os.urandom(32))}, {"key_id": key_id(key), "key": b64e(key[:16])},
                {"key": b64e(key)}, "key"):
        with pytest.raises(MalformedData):
            _document_key({"document_key": bad})


def test_same_person_reports_need_every_field_and_a_known_status():
    good = {"case_id": "c1", "other_post": "ISB", "other_reference": "ISB-2026-000001", "status": "confirmed",
            "at": "2026-12-01T10:00:00Z"}
    assert _same_person({"same_person": [good]})[0].other_reference == "ISB-2026-000001"
    for bad in ({**good, "status": "merged"}, {**good, "case_id": ""}, {k: v for k, v in good.items() if k != "at"}):
        with pytest.raises(MalformedData):
            _same_person({"same_person": [bad]})
    with pytest.raises(MalformedData):
        _same_person({"same_person": "all"})
