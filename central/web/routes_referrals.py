"""Referral pages: the queue with its filters, one referral (summary, timeline, actions), taking an action."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Form, Path, Query, Request
from starlette.responses import RedirectResponse, Response

from central.hub import accounts, organisations, referrals
from central.hub.lifecycle import TRANSITIONS
from central.hub.sessions import Session
from central.web import present
from central.web.render import language, page
from central.web.routing import router
from central.web.security import service_of, signed_in
from protocol.steps import STEPS

routes = router()
Signed = Annotated[Session, Depends(signed_in)]
Choice = Annotated[str, Query(max_length=64)]
REFERRAL_ID = Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")
URGENCIES = ("emergency", "urgent", "routine")


def _flag(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def org_name(lang: str) -> Any:
    """An organisation's name in the page language (its Urdu name when the directory has one)."""
    return lambda o: (o.get("name_ur") or o["name"]) if lang == "ur" else o["name"]


def org_names(request: Request) -> dict[str, str]:
    """Every organisation's name in the page language, by id (the directory is public)."""
    name = org_name(language(request))
    return {o["organisation_id"]: name(o) for o in organisations.all_organisations(service_of(request).store)}


@routes.get("/hub/referrals")
def queue(request: Request, session: Signed, status: Choice = "", post: Choice = "", organisation: Choice = "",
          urgency: Choice = "", child: Choice = "", overdue: Choice = "") -> Response:
    """The queue: newest first, filtered; overdue rows marked."""
    svc = service_of(request)
    rows = referrals.queue(svc.store, session.principal, status=status or None, post=post or None,
                           organisation=organisation or None, urgency=urgency or None, child=_flag(child),
                           overdue=_flag(overdue), now=svc.clock())
    orgs = organisations.listing(svc.store, session.principal)
    filters = {"status": status, "post": post, "organisation": organisation, "urgency": urgency, "child": child,
               "overdue": overdue}
    posts = sorted({r["post_code"] for r in rows} | ({post} if post else set()))
    return page(request, "referrals.html", current="referrals", rows=rows, filters=filters, steps=STEPS,
                urgencies=URGENCIES, organisations=orgs, post_codes=posts, show_org_filter=len(orgs) > 1,
                org_name=org_name(language(request)), names=org_names(request))


@routes.get("/hub/referrals/{referral_id}")
def referral(request: Request, session: Signed, referral_id: Annotated[str, REFERRAL_ID]) -> Response:
    """One referral within what the principal may see; the forms of the actions open to them."""
    svc = service_of(request)
    shown = referrals.detail(svc.store, session.principal, referral_id, keys=svc.keys, now=svc.clock())
    orgs = organisations.listing(svc.store, session.principal)
    names = org_names(request)
    events = present.timeline(shown["timeline"], names=accounts.usernames(svc.store), orgs=names)
    return page(request, "referral.html", current="referrals", d=shown, lines=present.case_lines(shown["case"]),
                events=events, transitions=TRANSITIONS, organisations=orgs, org_name=org_name(language(request)),
                names=names)


@routes.post("/hub/referrals/{referral_id}/act")
def act(request: Request, session: Signed, referral_id: Annotated[str, REFERRAL_ID],
        action: Annotated[str, Form(max_length=32)], note: Annotated[str, Form(max_length=2000)] = "",
        organisation_id: Annotated[str, Form(max_length=64)] = "") -> Response:
    """Take one lifecycle action, then show the referral again."""
    svc = service_of(request)
    referrals.act(svc.store, session.principal, referral_id, action, note=note.strip() or None,
                  organisation_id=organisation_id or None, now=svc.clock())
    return RedirectResponse(f"/hub/referrals/{referral_id}", status_code=303)
