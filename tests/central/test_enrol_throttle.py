"""Enrolment attempts are throttled per client address and per code (issue 18 item 10), through the real app."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from central import enrol
from central.app import create_app
from central.throttle import EnrolGuard, Throttle, Throttled, Window
from protocol.canonical import b64e, canonical, parse_json, utcnow
from protocol.enrolment import build_enrol_request, new_code
from tests.support.device import PostDevice
from tests.support.refclient import ReferenceClient

JSON = {"content-type": "application/json"}


class Clock:
    """A hand-moved monotonic clock (the only thing mocked: time)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _guess(device: PostDevice, code: str) -> bytes:
    """An enrolment request MACed under a guessed code, as an attacker would send it."""
    return build_enrol_request(code=code, post_code="ATK", signing_key=device.signing_key,
                               box_key=device.box_key, created_at=utcnow())


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def guarded(service, clock):
    guard = EnrolGuard(per_address=Window(5, 60), per_code=Window(3, 900), clock=clock)
    with TestClient(create_app(service, enrol_guard=guard), raise_server_exceptions=False) as client:
        yield client


def test_guessing_from_one_address_is_cut_off_with_429_and_retry_after(guarded, clock):
    device = PostDevice()
    answers = [guarded.post("/v1/enroll", content=_guess(device, new_code()), headers=JSON) for _ in range(8)]
    assert [a.status_code for a in answers] == [403] * 5 + [429] * 3
    assert answers[-1].json()["error"] == "enrol_throttled"
    assert 1 <= int(answers[-1].headers["Retry-After"]) <= 60
    clock.now += 61  # the window slides on: the address may try again
    assert guarded.post("/v1/enroll", content=_guess(device, new_code()), headers=JSON).status_code == 403


def test_a_code_with_repeated_failed_proofs_is_locked(guarded, service, clock):
    """Wrong proofs naming one real code (its id leaked) lock that code, from any address."""
    code, _ = enrol.issue_code(service.store, post_code="ISB", post_name="ISB post", now=utcnow())
    device = PostDevice()
    doc = parse_json(_guess(device, code))
    forged = canonical({**doc, "mac": b64e(bytes(32))})  # a wrong MAC under the right code id
    codes = [guarded.post("/v1/enroll", content=forged, headers=JSON).status_code for _ in range(4)]
    assert codes == [403, 403, 403, 429]
    clock.now += 61  # the per-address window has passed, the per-code one has not
    genuine = guarded.post("/v1/enroll", content=_guess(device, code), headers=JSON)
    assert (genuine.status_code, genuine.json()["error"]) == (429, "enrol_throttled")
    clock.now += 900
    assert guarded.post("/v1/enroll", content=_guess(device, code), headers=JSON).status_code == 201


def test_a_genuine_post_enrols_at_once(service, guarded):
    device = PostDevice()
    code, _ = enrol.issue_code(service.store, post_code="ISB", post_name="ISB post", now=utcnow())
    ReferenceClient("http://testserver", http=guarded, max_attempts=1).enroll(code, device)
    assert device.device_id


def test_throttle_forgets_the_oldest_keys_beyond_its_bound(clock):
    throttle = Throttle(Window(1, 60), what="x", max_keys=3, clock=clock)
    for key in ("a", "b", "c", "d"):
        throttle.hit(key)
    throttle.check("a")  # forgotten: memory stays bounded under a flood of addresses
    with pytest.raises(Throttled):
        throttle.check("d")
