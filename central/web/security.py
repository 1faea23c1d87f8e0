"""Web security in one place: headers on every hub response, cookies, sessions per request, the CSRF check."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central.errors import CentralError
from central.hub import sessions
from central.hub.sessions import Session
from central.service import Service

SESSION_COOKIE = "hub_session"
FORM_COOKIE = "hub_form"   # before login: the double-submit token of the login and /verify forms
LANG_COOKIE = "hub_lang"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; "
       "base-uri 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
PAGES = ("/hub", "/verify")


@dataclass(frozen=True)
class WebSettings:
    """Session limits and whether cookies are Secure (always over TLS; also when behind a TLS proxy)."""

    idle: timedelta = timedelta(minutes=30)
    absolute: timedelta = timedelta(hours=12)
    behind_tls_proxy: bool = False
    public_url: str | None = None
    policy: sessions.Policy = field(init=False)

    def __post_init__(self) -> None:
        """The session policy the services apply."""
        object.__setattr__(self, "policy", sessions.Policy(idle=self.idle, absolute=self.absolute))

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> WebSettings:
        """From config.json: hub_idle_minutes, hub_absolute_hours, hub_behind_tls_proxy, public_url."""
        return cls(idle=timedelta(minutes=float(config.get("hub_idle_minutes", 30))),
                   absolute=timedelta(hours=float(config.get("hub_absolute_hours", 12))),
                   behind_tls_proxy=bool(config.get("hub_behind_tls_proxy", False)),
                   public_url=str(config["public_url"]) if config.get("public_url") else None)


class SecurityHeaders:
    """ASGI middleware: strict CSP and friends on every response under /hub, /verify and /static."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Add the headers as the response starts; pages also get Cache-Control: no-store."""
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith((*PAGES, "/static")):
            await self.app(scope, receive, send)
            return
        extra = HEADERS + ([(b"cache-control", b"no-store")] if path.startswith(PAGES) else [])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in extra if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class LoginRequired(CentralError):
    """No live session: the page sends the browser to the login form."""

    code, status = "login_required", 401


class CsrfRefused(CentralError):
    """A form arrived without the token of this session (or of this browser, before login)."""

    code, status = "csrf_refused", 403


def service_of(request: Request) -> Service:
    """The office service the app was built for."""
    svc: Service = request.app.state.service
    return svc


def settings_of(request: Request) -> WebSettings:
    """The web settings the app was built with."""
    web: WebSettings = request.app.state.web
    return web


def is_secure(request: Request) -> bool:
    """Cookies are Secure over TLS, or when configured behind a TLS-terminating proxy."""
    return request.url.scheme == "https" or settings_of(request).behind_tls_proxy


def current_session(request: Request) -> Session | None:
    """The live session of this request's cookie (looked up once per request; the idle timer restarts)."""
    if "session" not in request.state._state:
        token = request.cookies.get(SESSION_COOKIE)
        svc = service_of(request)
        request.state.session = (None if not token else
                                 sessions.resume(svc.store, token, now=svc.clock(), policy=settings_of(request).policy))
    found: Session | None = request.state.session
    return found


def signed_in(request: Request) -> Session:
    """Dependency of every page behind login."""
    found = current_session(request)
    if found is None:
        raise LoginRequired("sign in first")
    return found


def form_token(request: Request) -> str:
    """The token a form must echo: the session's, or before login the browser's double-submit cookie."""
    found = current_session(request)
    if found is not None:
        return found.csrf
    if "form_token" not in request.state._state:
        request.state.form_token = request.cookies.get(FORM_COOKIE) or secrets.token_urlsafe(32)
    token: str = request.state.form_token
    return token


class FormTooLarge(CentralError):
    """A form body over the limit (or of unknown length): refused before it is parsed."""

    code, status = "body_too_large", 413


MAX_FORM = 256 * 1024
MAX_UPLOAD = 11 * 1024 * 1024  # /verify takes a letter PDF


async def check_csrf(request: Request) -> None:
    """The one CSRF check: every POST under /hub and /verify must carry the expected token (bodies bounded)."""
    limit = MAX_UPLOAD if request.url.path == "/verify" else MAX_FORM
    declared = request.headers.get("content-length", "")
    if not declared.isdigit() or int(declared) > limit:
        raise FormTooLarge("the form is too large")
    expected = await run_in_threadpool(_expected, request)
    form = await request.form()
    sent = form.get("csrf")
    if not expected or not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise CsrfRefused("this form has expired or did not come from this site; reload the page and try again")


def _expected(request: Request) -> str | None:
    found = current_session(request)
    return found.csrf if found is not None else request.cookies.get(FORM_COOKIE)


def set_cookie(response: Response, request: Request, name: str, value: str, *, max_age: int | None = None) -> None:
    """Every hub cookie: HttpOnly, SameSite=Strict, path /, Secure when the connection is."""
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="strict",
                        secure=is_secure(request))


def finish(request: Request, response: Response) -> Response:
    """Set the pre-login form cookie when a form token was handed out for it."""
    token = request.state._state.get("form_token")
    if token and request.cookies.get(FORM_COOKIE) != token:
        set_cookie(response, request, FORM_COOKIE, token)
    return response


Handler = Callable[[Request], Awaitable[Response]]
