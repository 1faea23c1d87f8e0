"""Sign in with password + TOTP, sign out, switch language, the hub's home page."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Form, Path, Query, Request
from starlette.responses import RedirectResponse, Response

from central.hub import accounts, sessions
from central.hub.navigation import pages_for
from central.hub.sessions import Session
from central.web.i18n import LANGS, text
from central.web.render import language, page
from central.web.routing import router, safe_next
from central.web.security import (
    LANG_COOKIE,
    SESSION_COOKIE,
    current_session,
    service_of,
    set_cookie,
    settings_of,
    signed_in,
)

routes = router()


@routes.get("/hub")
def home(request: Request, session: Annotated[Session, Depends(signed_in)]) -> Response:
    """The first page of the principal's menu, or a welcome page when there is none."""
    pages = pages_for(session.principal)
    if pages:
        return RedirectResponse(f"/hub/{pages[0]}", status_code=303)
    return page(request, "home.html")


@routes.get("/hub/login")
def login_form(request: Request, next: str | None = None, ended: int = 0, out: int = 0) -> Response:
    """The sign-in form (a signed-in user goes straight on)."""
    if current_session(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    notice = text("session_ended", language(request)) if ended else text("signed_out", language(request)) if out else None
    return page(request, "login.html", username="", notice=notice, next=safe_next(next))


@routes.post("/hub/login")
def login(request: Request, username: Annotated[str, Form(max_length=200)],
          password: Annotated[str, Form(max_length=1024)], code: Annotated[str, Form(max_length=16)],
          next: Annotated[str | None, Form(max_length=500)] = None) -> Response:
    """Check the credentials; on success a fresh session cookie (never a reused token)."""
    svc, web = service_of(request), settings_of(request)
    now = svc.clock()
    address = request.client.host if request.client else "unknown"
    try:
        principal = accounts.login(svc.store, svc.keys, username=username, password=password, code=code,
                                   address=address, now=now)
    except accounts.LoginThrottled:
        return page(request, "login.html", status=429, username=username, next=safe_next(next),
                    error=text("login_throttled", language(request)))
    except accounts.LoginFailed:
        return page(request, "login.html", status=401, username=username, next=safe_next(next),
                    error=text("login_failed", language(request)))
    sessions.sweep(svc.store, now=now, policy=web.policy)
    token, _ = sessions.open_session(svc.store, principal, now=now)
    response = RedirectResponse(safe_next(next), status_code=303)
    set_cookie(response, request, SESSION_COOKIE, token)
    return response


@routes.post("/hub/logout")
def logout(request: Request, session: Annotated[Session, Depends(signed_in)]) -> Response:
    """End the session on the server and drop the cookie."""
    svc = service_of(request)
    sessions.close_session(svc.store, request.cookies.get(SESSION_COOKIE, ""), actor=session.principal,
                           now=svc.clock())
    response = RedirectResponse("/hub/login?out=1", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@routes.get("/hub/lang/{code}")
def switch_language(request: Request, code: Annotated[str, Path(pattern="^(en|ur)$")],
                    next: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    """Remember the language in a cookie and go back where the user was."""
    response = RedirectResponse(safe_next(next), status_code=303)
    set_cookie(response, request, LANG_COOKIE, code if code in LANGS else "en", max_age=365 * 24 * 3600)
    return response
