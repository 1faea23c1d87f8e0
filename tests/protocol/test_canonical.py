"""Canonical JSON: sorted keys, no whitespace, UTF-8, integers only; non-canonical input is refused."""

from __future__ import annotations

import pytest

from protocol.canonical import b64d, canonical, parse_canonical, parse_time, tagged
from protocol.errors import MalformedData, NonCanonicalJson


def test_sorted_compact_utf8():
    assert canonical({"b": 1, "a": [True, None, "ü"]}) == '{"a":[true,null,"ü"],"b":1}'.encode()


@pytest.mark.parametrize("value", [1.5, {1: "x"}, {"a": float("nan")}, 2**53, b"bytes", (1, 2)])
def test_values_outside_the_subset_are_refused(value):
    with pytest.raises(MalformedData):
        canonical(value)


@pytest.mark.parametrize("text", [b'{"b":1, "a":2}', b'{"b":1,"a":2}', b'{"a":1.0}', b'{"a":"\\u00fc"}', b"\xff"])
def test_non_canonical_or_invalid_bytes_are_refused(text):
    with pytest.raises((NonCanonicalJson, MalformedData)):
        parse_canonical(text)


def test_tagged_is_length_prefixed_and_domain_separated():
    assert tagged("d", b"ab", b"") == b"\x00\x00\x00\x01d\x00\x00\x00\x02ab\x00\x00\x00\x00"
    assert tagged("d", b"a", b"b") != tagged("d", b"ab")


@pytest.mark.parametrize("text", ["2026-11-28T09:00:00", "2026-11-28 09:00:00Z", "2026-11-28T09:00:00+00:00",
                                  "2026-13-01T00:00:00Z"])
def test_only_one_timestamp_form(text):
    with pytest.raises(MalformedData):
        parse_time(text)


def test_base64_is_strict():
    with pytest.raises(MalformedData):
        b64d("AAE")  # missing padding
    with pytest.raises(MalformedData):
        b64d("AAE=", size=3)
