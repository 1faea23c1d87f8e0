"""The same-person page: possible pairs across posts, for a coordinator to confirm or dismiss (issue 13)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Form, Path, Query, Request
from starlette.responses import RedirectResponse, Response

from central.hub import duplicates
from central.hub.sessions import Session
from central.web.render import page
from central.web.routing import router
from central.web.security import service_of, signed_in

routes = router()
Signed = Annotated[Session, Depends(signed_in)]
PAIR_ID = Path(pattern=r"^[0-9a-f]{32}$")


@routes.get("/hub/duplicates")
def listing(request: Request, session: Signed,
            status: Annotated[str, Query(pattern="^(open|confirmed|dismissed)$")] = "open") -> Response:
    """Pairs in one state, newest first: posts, case references, what agrees and differs; no names."""
    rows = duplicates.listing(service_of(request).store, session.principal, status=status)
    return page(request, "duplicates.html", current="duplicates", rows=rows, state=status, statuses=duplicates.STATUSES)


@routes.post("/hub/duplicates/{pair_id}")
def decide(request: Request, session: Signed, pair_id: Annotated[str, PAIR_ID],
           decision: Annotated[str, Form(max_length=16)]) -> Response:
    """Confirm or dismiss one pair, then show the open pairs again."""
    svc = service_of(request)
    duplicates.decide(svc.store, session.principal, pair_id, decision, now=svc.clock())
    return RedirectResponse("/hub/duplicates", status_code=303)
