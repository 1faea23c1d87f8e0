"""The minimal disclosure rules of app.domain.disclosure, as data."""

from __future__ import annotations

import pytest

from protocol import disclosure

EVERYTHING = disclosure.CATEGORIES


def test_medical_provider_gets_identity_and_health_never_screening():
    fields = disclosure.allowed_fields(["medical"], EVERYTHING)
    assert {"full_name", "age", "sex", "health_needs", "needs"} <= fields
    assert not fields & {"screening_outcome", "circumstances", "identity_document", "family_details"}


def test_nothing_without_consent():
    for service in disclosure.SERVICE_TYPES:
        assert disclosure.allowed_fields([service], []) == frozenset()
    assert not disclosure.need_visible("shelter", service_types=["shelter"], consented=[])


def test_consent_limits_even_what_the_service_would_need():
    assert disclosure.allowed_fields(["legal_aid"], ["identity"]) == frozenset(disclosure.FIELDS_BY_CATEGORY["identity"])


def test_screening_only_reaches_legal_aid_and_child_protection():
    reach = {s for s in disclosure.SERVICE_TYPES if "screening_outcome" in disclosure.allowed_fields([s], EVERYTHING)}
    assert reach == {"legal_aid", "child_protection"}


def test_needs_are_limited_to_the_recipients_services_and_health_needs_to_health_consent():
    assert disclosure.need_visible("shelter", service_types=["shelter"], consented=["needs"])
    assert not disclosure.need_visible("medical", service_types=["shelter"], consented=EVERYTHING)
    assert not disclosure.need_visible("medical", service_types=["medical"], consented=["needs", "identity"])
    assert disclosure.need_visible("medical", service_types=["medical"], consented=["needs", "health"])


def test_disclose_filters_a_person_record():
    person = {"full_name": "A", "screening_outcome": "x", "contact_phone": "1", "needs": ["n"]}
    assert disclosure.disclose(person, service_types=["medical"], consented=EVERYTHING) == {"full_name": "A"}


def test_unknown_service_or_category_is_refused():
    with pytest.raises(disclosure.UnknownCategory):
        disclosure.allowed_fields(["spa"], ["identity"])
    with pytest.raises(disclosure.UnknownCategory):
        disclosure.allowed_fields(["shelter"], ["everything"])
