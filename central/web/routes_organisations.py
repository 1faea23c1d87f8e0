"""The organisations page: the service directory and organisations first seen in a referral; admins edit it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from central.hub import organisations
from central.hub.navigation import may_edit_directory
from central.hub.sessions import Session
from central.web.render import language, page
from central.web.routes_referrals import org_name
from central.web.routing import router
from central.web.security import service_of, signed_in
from protocol.disclosure import SERVICE_TYPES

routes = router()
Signed = Annotated[Session, Depends(signed_in)]


@routes.get("/hub/organisations")
def listing(request: Request, session: Signed) -> Response:
    """Every organisation the principal may see."""
    svc = service_of(request)
    found = organisations.listing(svc.store, session.principal)
    return page(request, "organisations.html", current="organisations", organisations=found,
                org_name=org_name(language(request)), can_edit=may_edit_directory(session.principal),
                kinds=organisations.KINDS, services=SERVICE_TYPES)


@routes.post("/hub/organisations")
def save(request: Request, session: Signed, organisation_id: Annotated[str, Form(max_length=64)],
         name: Annotated[str, Form(max_length=200)], name_ur: Annotated[str, Form(max_length=200)] = "",
         kind: Annotated[str, Form(max_length=32)] = "ngo", area: Annotated[str, Form(max_length=200)] = "",
         services: Annotated[list[str] | None, Form()] = None) -> Response:
    """Add or update a directory entry (the service refuses anyone but an admin)."""
    svc = service_of(request)
    organisations.save(svc.store, session.principal, {"organisation_id": organisation_id, "name": name,
                                                      "name_ur": name_ur, "kind": kind, "area": area,
                                                      "services": services or []})
    return RedirectResponse("/hub/organisations", status_code=303)
