"""The office lifecycle machine: every (step, action, role) cell, legal or not, without HTTP or a database."""

from __future__ import annotations

import pytest

from central.hub import lifecycle
from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import ADMIN, ANALYST, COORDINATOR, PROVIDER, ROLES, Principal
from protocol.steps import STEPS

ORG, OTHER = "org-shelter", "org-legal"
USERS = {
    COORDINATOR: Principal("u1", "coord", COORDINATOR),
    PROVIDER: Principal("u2", "prov", PROVIDER, ORG),
    ANALYST: Principal("u3", "ana", ANALYST),
    ADMIN: Principal("u4", "adm", ADMIN),
}
# The legal moves, written out by hand from DESIGN.md §7 and the issue (not derived from the module).
LEGAL = {
    ("received", "route"): "routed",
    ("routed", "reroute"): "routed", ("acknowledged", "reroute"): "routed", ("declined", "reroute"): "routed",
    ("routed", "acknowledge"): "acknowledged",
    ("acknowledged", "accept"): "accepted",
    ("acknowledged", "decline"): "declined",
    ("accepted", "arrived"): "arrived",
    ("arrived", "start_services"): "services_started",
    ("services_started", "complete"): "completed",
    ("accepted", "person_left"): "person_left", ("arrived", "person_left"): "person_left",
    ("services_started", "person_left"): "person_left",
    **{(s, "close"): "closed" for s in STEPS if s != "closed"},
}
BY = {"route": COORDINATOR, "reroute": COORDINATOR, "close": COORDINATOR}


def _args(action: str) -> dict[str, str]:
    return {"note": "a reason", "organisation_id": OTHER if action == "reroute" else ORG}


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("action", lifecycle.ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_every_cell(step: str, action: str, role: str) -> None:
    principal = USERS[role]
    expected_role = BY.get(action, PROVIDER)
    call = lambda: lifecycle.check(principal, step=step, assigned_org=ORG, action=action, **_args(action))  # noqa: E731
    if role in (ANALYST, ADMIN):
        with pytest.raises(Forbidden):
            call()
    elif role != expected_role:
        with pytest.raises(Forbidden) as info:
            call()
        assert info.value.code == "wrong_role"
    elif (step, action) not in LEGAL:
        with pytest.raises(Refused) as refused:
            call()
        assert (refused.value.code, refused.value.status) == ("bad_transition", 409)
    else:
        move = call()
        assert move.target == LEGAL[(step, action)]
        assert move.organisation_id == (_args(action)["organisation_id"] if action in ("route", "reroute") else ORG)


def test_provider_of_another_organisation_does_not_see_it() -> None:
    stranger = Principal("u9", "other", PROVIDER, OTHER)
    with pytest.raises(NotFound):
        lifecycle.check(stranger, step="routed", assigned_org=ORG, action="acknowledge")
    assert lifecycle.actions_for(stranger, step="routed", assigned_org=ORG) == []


def test_unrouted_referral_is_invisible_to_every_provider() -> None:
    with pytest.raises(NotFound):
        lifecycle.check(USERS[PROVIDER], step="received", assigned_org=None, action="acknowledge")


@pytest.mark.parametrize("action", ["decline", "reroute", "person_left"])
@pytest.mark.parametrize("note", [None, "", "   "])
def test_reason_required(action: str, note: str | None) -> None:
    step = {"decline": "acknowledged", "reroute": "declined", "person_left": "arrived"}[action]
    with pytest.raises(Refused) as info:
        lifecycle.check(USERS[BY.get(action, PROVIDER)], step=step, assigned_org=ORG, action=action, note=note,
                        organisation_id=OTHER)
    assert (info.value.code, info.value.status) == ("reason_required", 422)


def test_close_needs_a_reason_unless_services_ended() -> None:
    coord = USERS[COORDINATOR]
    for step in ("completed", "person_left"):
        assert lifecycle.check(coord, step=step, assigned_org=ORG, action="close").target == "closed"
    with pytest.raises(Refused) as info:
        lifecycle.check(coord, step="accepted", assigned_org=ORG, action="close")
    assert info.value.code == "reason_required"


def test_route_needs_an_organisation_and_reroute_another_one() -> None:
    coord = USERS[COORDINATOR]
    with pytest.raises(Refused) as info:
        lifecycle.check(coord, step="received", assigned_org=None, action="route")
    assert info.value.code == "organisation_required"
    with pytest.raises(Refused) as info:
        lifecycle.check(coord, step="declined", assigned_org=ORG, action="reroute", note="x", organisation_id=ORG)
    assert info.value.code == "same_organisation"


def test_unknown_action() -> None:
    with pytest.raises(Refused) as info:
        lifecycle.check(USERS[COORDINATOR], step="received", assigned_org=None, action="teleport")
    assert (info.value.code, info.value.status) == ("unknown_action", 422)


def test_decline_then_reroute_then_the_new_provider_accepts() -> None:
    coord, first = USERS[COORDINATOR], USERS[PROVIDER]
    second = Principal("u5", "legal", PROVIDER, OTHER)
    assigned = lifecycle.check(coord, step="received", assigned_org=None, action="route", organisation_id=ORG)
    step, org = assigned.target, assigned.organisation_id
    for action in ("acknowledge", "decline"):
        move = lifecycle.check(first, step=step, assigned_org=org, action=action, note="no beds")
        step = move.target
    move = lifecycle.check(coord, step=step, assigned_org=org, action="reroute", note="shelter full",
                           organisation_id=OTHER)
    step, org = move.target, move.organisation_id
    assert (step, org) == ("routed", OTHER)
    with pytest.raises(NotFound):
        lifecycle.check(first, step=step, assigned_org=org, action="acknowledge")
    assert lifecycle.actions_for(second, step=step, assigned_org=org) == ["acknowledge"]


def test_actions_offered_match_the_machine() -> None:
    assert lifecycle.actions_for(USERS[COORDINATOR], step="declined", assigned_org=ORG) == ["reroute", "close"]
    assert lifecycle.actions_for(USERS[PROVIDER], step="acknowledged", assigned_org=ORG) == ["accept", "decline"]
    assert lifecycle.actions_for(USERS[ANALYST], step="routed", assigned_org=ORG) == []
    assert lifecycle.actions_for(USERS[COORDINATOR], step="closed", assigned_org=ORG) == []
