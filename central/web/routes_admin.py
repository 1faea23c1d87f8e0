"""Office admin pages: users, posts and devices, the office audit log (each a thin call to a hub service)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Form, Query, Request
from starlette.responses import RedirectResponse, Response

from central.hub import audit, organisations, posts, staff
from central.hub.accounts import AccountRefused
from central.hub.principal import ROLES
from central.hub.sessions import Session
from central.web.render import page
from central.web.routing import router
from central.web.security import service_of, signed_in

routes = router()
Signed = Annotated[Session, Depends(signed_in)]


def _organisations(request: Request, session: Session) -> list[dict[str, Any]]:
    """Organisations for the account form (id and name)."""
    svc = service_of(request)
    return [{"id": o["organisation_id"], "name": o["name"]}
            for o in organisations.listing(svc.store, session.principal)]


def _users_page(request: Request, session: Session, *, status: int = 200, **values: Any) -> Response:
    svc = service_of(request)
    rows = staff.users(svc.store, session.principal)
    orgs = _organisations(request, session)
    return page(request, "users.html", status=status, current="users", users=rows, roles=ROLES,
                organisations=orgs, org_names={o["id"]: o["name"] for o in orgs}, **values)


@routes.get("/hub/users")
def users(request: Request, session: Signed) -> Response:
    """Every account, and the form to add one."""
    return _users_page(request, session, created=None)


@routes.post("/hub/users")
def add_user(request: Request, session: Signed, username: Annotated[str, Form(max_length=64)],
             role: Annotated[str, Form(max_length=16)], password: Annotated[str, Form(max_length=1024)],
             organisation_id: Annotated[str, Form(max_length=64)] = "") -> Response:
    """Create an account and show its otpauth URI once."""
    svc = service_of(request)
    try:
        created = staff.add(svc.store, svc.keys, session.principal, username=username.strip().lower(), role=role,
                            password=password, organisation_id=organisation_id, now=svc.clock())
    except AccountRefused as exc:
        return _users_page(request, session, status=422, created=None, error=exc.message)
    return _users_page(request, session, created=created)


@routes.post("/hub/users/disable")
def disable_user(request: Request, session: Signed, username: Annotated[str, Form(max_length=64)]) -> Response:
    """Disable an account."""
    svc = service_of(request)
    staff.disable(svc.store, session.principal, username=username, now=svc.clock())
    return RedirectResponse("/hub/users", status_code=303)


def _posts_page(request: Request, session: Session, *, status: int = 200, **values: Any) -> Response:
    svc = service_of(request)
    return page(request, "posts.html", status=status, current="posts",
                devices=posts.listing(svc.store, session.principal), **values)


@routes.get("/hub/posts")
def posts_page(request: Request, session: Signed) -> Response:
    """Enrolled devices, revocation, enrolment codes."""
    return _posts_page(request, session, issued=None)


@routes.post("/hub/posts/code")
def issue_code(request: Request, session: Signed, post_code: Annotated[str, Form(max_length=12)],
               post_name: Annotated[str, Form(max_length=200)]) -> Response:
    """Issue a one-time enrolment code and show it once."""
    svc = service_of(request)
    code, expires = posts.enrolment_code(svc.store, session.principal, post_code=post_code, post_name=post_name,
                                         now=svc.clock())
    return _posts_page(request, session, issued={"code": code, "expires": expires})


@routes.post("/hub/posts/revoke")
def revoke(request: Request, session: Signed, device_id: Annotated[str, Form(max_length=64)]) -> Response:
    """Revoke a device."""
    svc = service_of(request)
    posts.revoke(svc.store, session.principal, device_id, now=svc.clock())
    return RedirectResponse("/hub/posts", status_code=303)


@routes.get("/hub/audit")
def audit_page(request: Request, session: Signed, after: Annotated[int, Query(ge=0)] = 0) -> Response:
    """A page of the office audit log, oldest first."""
    svc = service_of(request)
    entries = audit.entries(svc.store, session.principal, after=after, limit=100)
    names = {u["user_id"]: u["username"] for u in staff.users(svc.store, session.principal)}
    next_after = entries[-1]["seq"] if len(entries) == 100 else None
    return page(request, "audit.html", current="audit", entries=entries, names=names, next_after=next_after)


@routes.get("/hub/audit/export")
def audit_export(request: Request, session: Signed) -> Response:
    """The whole log as JSON lines, checked against its chain first."""
    svc = service_of(request)
    data = audit.export(svc.store, session.principal)
    return Response(data, media_type="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="office-audit.jsonl"'})
