"""Keyed document tags and the match field of a bundle (issue 13): nothing in them reveals a number or name."""

from __future__ import annotations

import os

import pytest

from app.domain.matching import document_key
from protocol.doctag import (
    DOCUMENT_INFO,
    NAME_INFO,
    derive_key,
    document_tag,
    key_id,
    name_tag,
    normalise_document,
    parse_match,
)
from protocol.errors import MalformedData


@pytest.mark.parametrize("number", ["35202-1234567-1", "۳۵۲۰۲-۱۲۳۴۵۶۷-۱", "ab 123 4567", "P0000012", "", "--"])
def test_the_wire_normalisation_agrees_with_the_post_matcher(number):
    assert normalise_document(number) == document_key(number)


def test_a_tag_depends_on_the_key_and_not_on_formatting():
    key, other = os.urandom(32), os.urandom(32)
    assert document_tag(key, "35202-1234567-1") == document_tag(key, "3520212345671") == document_tag(
        key, "۳۵۲۰۲ ۱۲۳۴۵۶۷ ۱")
    assert document_tag(key, "3520212345671") != document_tag(other, "3520212345671")
    assert document_tag(key, "3520212345671") != document_tag(key, "3520212345672")
    assert "3520212345671" not in document_tag(key, "3520212345671") and document_tag(key, " - ") is None


def test_the_two_office_keys_are_distinct_and_named():
    secret = os.urandom(32)
    doc, names = derive_key(secret, info=DOCUMENT_INFO), derive_key(secret, info=NAME_INFO)
    assert doc != names and doc == derive_key(secret, info=DOCUMENT_INFO) and len(doc) == 32
    assert len(key_id(doc)) == 16 and key_id(doc) != key_id(names)
    assert name_tag(names, "name", "khan muhamad") != name_tag(names, "father", "khan muhamad")


def test_the_match_field_is_checked():
    tag = "ab" * 32
    good = {"v": 1, "documents": {"key_id": "0" * 16, "tags": [tag, tag]}, "names": ["ali khan"]}
    assert parse_match(good) == {"documents": {"key_id": "0" * 16, "tags": [tag]}, "names": ["ali khan"]}
    assert parse_match(None) == {} and parse_match({"v": 2, "names": ["x"]}) == {}  # absent or a later version
    for bad in ({"v": 1, "documents": {"key_id": "zz", "tags": []}},
                {"v": 1, "documents": {"key_id": "0" * 16, "tags": ["35202-1234567-1"]}},
                {"v": 1, "names": "ali khan"}, {"v": 1, "fathers": [""]}, {"v": 1, "names": ["x" * 500]}):
        with pytest.raises(MalformedData):
            parse_match(bad)
