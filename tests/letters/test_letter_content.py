"""Content fields, the signed document hash and the payload format."""

from __future__ import annotations

import dataclasses

import pytest
from letter_samples import KEY_ID, SIGNING_KEY, full_content, shelter_letter

from app.letters import ContentInvalid, content_fields
from app.letters.content import content_from_fields, letter_document
from app.letters.payload import LetterPayload, PayloadInvalid, sign_payload
from protocol.letter import canonical_json, document_digest


def test_content_fields_round_trip_and_leave_unset_person_fields_out():
    letter = shelter_letter()
    fields = content_fields(letter)
    assert fields["issued_on"] == "2026-11-28"
    assert "screening_outcome" not in fields["person"] and "identity_document" not in fields["person"]
    assert content_from_fields(fields) == letter


def test_canonical_json_is_sorted_compact_utf8():
    assert canonical_json({"b": 1, "a": "نام"}) == '{"a":"نام","b":1}'.encode()


def test_every_field_and_the_language_change_the_digest():
    base = document_digest(letter_document(shelter_letter(), lang="en"))
    assert document_digest(letter_document(shelter_letter(), lang="ur")) != base
    for name in ("letter_id", "case_reference", "recipient_name", "urgency", "reason", "approving_supervisor"):
        value = "emergency" if name == "urgency" else "changed"
        changed = dataclasses.replace(shelter_letter(), **{name: value})
        assert document_digest(letter_document(changed, lang="en")) != base, name


def test_bad_content_is_refused():
    with pytest.raises(ContentInvalid):
        full_content(urgency="whenever")
    with pytest.raises(ContentInvalid):
        full_content(services=("spa",))
    with pytest.raises(ContentInvalid):
        content_from_fields({"letter_id": "x"})


def test_payload_encodes_decodes_and_signs():
    payload = sign_payload("ISB-2026-L1", "ref-1", digest=bytes(32), key_id=KEY_ID, signing_key=SIGNING_KEY)
    text = payload.encode()
    assert text.startswith("NRML1.ISB-2026-L1.ref-1.")
    assert LetterPayload.decode(text) == payload
    assert payload.verifies_with(SIGNING_KEY.public_key())
    assert not dataclasses.replace(payload, letter_id="ISB-2026-L2").verifies_with(SIGNING_KEY.public_key())


@pytest.mark.parametrize(
    "text",
    ["", "NRML2.a.b.c.d.e", "NRML1.a.b.c.d", "NRML1.a.b.!!!.k.s", "NRML1.a b.r.AAAA.k.AAAA", "NRML1.a.r.AAAA.k.AAAA"],
)
def test_malformed_payloads_are_refused(text):
    with pytest.raises(PayloadInvalid):
        LetterPayload.decode(text)


def test_ids_that_would_break_the_payload_are_refused():
    with pytest.raises(PayloadInvalid):
        sign_payload("ISB.2026", "ref", digest=bytes(32), key_id=KEY_ID, signing_key=SIGNING_KEY)


def test_letter_ids_must_fit_the_payload():
    with pytest.raises(ContentInvalid):
        full_content(letter_id="ISB.2026.L1")
