"""The office's referral lifecycle: one plain-Python state machine saying which action moves which step, by whom."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from central.hub.errors import Forbidden, NotFound, Refused
from central.hub.principal import COORDINATOR, PROVIDER, Principal
from protocol.steps import STEPS

OPEN_STEPS = frozenset(STEPS) - {"closed"}


@dataclass(frozen=True)
class Transition:
    """One action: the steps it may start from, the step it leads to, who may take it, what it needs."""

    action: str
    sources: frozenset[str]
    target: str
    role: str
    needs_note: bool = False
    needs_organisation: bool = False


def _t(action: str, sources: Iterable[str], target: str, role: str, **needs: bool) -> Transition:
    return Transition(action, frozenset(sources), target, role, **needs)


TRANSITIONS: dict[str, Transition] = {t.action: t for t in (
    _t("route", {"received"}, "routed", COORDINATOR, needs_organisation=True),
    _t("reroute", {"routed", "acknowledged", "declined"}, "routed", COORDINATOR, needs_note=True,
       needs_organisation=True),
    _t("acknowledge", {"routed"}, "acknowledged", PROVIDER),
    _t("accept", {"acknowledged"}, "accepted", PROVIDER),
    _t("decline", {"acknowledged"}, "declined", PROVIDER, needs_note=True),
    _t("arrived", {"accepted"}, "arrived", PROVIDER),
    _t("start_services", {"arrived"}, "services_started", PROVIDER),
    _t("complete", {"services_started"}, "completed", PROVIDER),
    _t("person_left", {"accepted", "arrived", "services_started"}, "person_left", PROVIDER, needs_note=True),
    _t("close", OPEN_STEPS, "closed", COORDINATOR),
)}
ACTIONS = tuple(TRANSITIONS)
# Closing a referral before its services ended needs a reason.
CLOSE_WITHOUT_NOTE = frozenset({"completed", "person_left"})


@dataclass(frozen=True)
class Move:
    """A checked transition: the new step and the organisation the referral is assigned to afterwards."""

    action: str
    source: str
    target: str
    organisation_id: str | None


def may_see(principal: Principal, *, assigned_org: str | None) -> bool:
    """Whether this principal may know the referral exists (providers: only their organisation's)."""
    if principal.role == COORDINATOR:
        return True
    return principal.role == PROVIDER and assigned_org is not None and assigned_org == principal.organisation_id


def check(principal: Principal, *, step: str, assigned_org: str | None, action: str, note: str | None = None,
          organisation_id: str | None = None) -> Move:
    """Check one action against the machine; raise NotFound, Forbidden or Refused, else return the move."""
    if not may_see(principal, assigned_org=assigned_org):
        if principal.role == PROVIDER:
            raise NotFound("no such referral")
        raise Forbidden("this role does not act on referrals")
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise Refused(f"unknown action {action!r}", code="unknown_action", status=422)
    if principal.role != transition.role:
        raise Forbidden(f"a {principal.role} cannot {action} a referral", code="wrong_role")
    if step not in transition.sources:
        raise Refused(f"a referral that is {step} cannot be {action}d", code="bad_transition")
    return _complete(transition, step=step, assigned_org=assigned_org, note=note, organisation_id=organisation_id)


def _complete(t: Transition, *, step: str, assigned_org: str | None, note: str | None,
              organisation_id: str | None) -> Move:
    """The checks on the action's inputs: reason, organisation."""
    reason_missing = not (note and note.strip())
    if reason_missing and (t.needs_note or (t.action == "close" and step not in CLOSE_WITHOUT_NOTE)):
        raise Refused(f"{t.action} needs a reason", code="reason_required", status=422)
    if not t.needs_organisation:
        return Move(t.action, step, t.target, assigned_org)
    if not organisation_id:
        raise Refused(f"{t.action} needs an organisation", code="organisation_required", status=422)
    if t.action == "reroute" and organisation_id == assigned_org:
        raise Refused("re-route to another organisation", code="same_organisation", status=422)
    return Move(t.action, step, t.target, organisation_id)


def actions_for(principal: Principal, *, step: str, assigned_org: str | None) -> list[str]:
    """The actions this principal may offer on a referral at this step (for pages to show as buttons)."""
    if not may_see(principal, assigned_org=assigned_org):
        return []
    return [a for a, t in TRANSITIONS.items() if t.role == principal.role and step in t.sources]
