"""Consent withdrawal on the referral page (issue 16): a provider confirms it stopped and deleted; a coordinator
records a withdrawal the person asked the office for."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Form, Path, Request
from starlette.responses import RedirectResponse, Response

from central.hub import withdrawals
from central.hub.sessions import Session
from central.web.routing import router
from central.web.security import service_of, signed_in

routes = router()
Signed = Annotated[Session, Depends(signed_in)]
REFERRAL_ID = Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")


@routes.post("/hub/referrals/{referral_id}/withdrawal/confirm")
def confirm(request: Request, session: Signed, referral_id: Annotated[str, REFERRAL_ID]) -> Response:
    """The provider's organisation stopped processing and deleted the data; shown in the timeline."""
    svc = service_of(request)
    withdrawals.confirm(svc.store, session.principal, referral_id, now=svc.clock())
    return RedirectResponse(f"/hub/referrals/{referral_id}", status_code=303)


@routes.post("/hub/referrals/{referral_id}/withdrawal")
def record(request: Request, session: Signed, referral_id: Annotated[str, REFERRAL_ID],
           reason: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """A coordinator records the person's withdrawal made at the office (reason required)."""
    svc = service_of(request)
    withdrawals.record(svc.store, session.principal, referral_id, reason=reason, now=svc.clock())
    return RedirectResponse(f"/hub/referrals/{referral_id}", status_code=303)
