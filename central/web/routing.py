"""The hub's route class: the CSRF check for every form, login redirects and HTML error pages, in one place."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from central.errors import CentralError
from central.web.render import page
from central.web.security import SESSION_COOKIE, CsrfRefused, LoginRequired, check_csrf, finish

log = logging.getLogger("central.web")
_HEADINGS = {403: ("error_403", "error_403_text"), 404: ("error_404", "error_404_text")}


def error_page(request: Request, exc: CentralError) -> Response:
    """A page in the user's language for a refused request; the status code is the service's."""
    from central.web.i18n import text
    from central.web.render import language

    lang = language(request)
    if isinstance(exc, CsrfRefused):
        heading, message = text("error_csrf", lang), text("error_csrf_text", lang)
    elif exc.status in _HEADINGS:
        heading, message = (text(k, lang) for k in _HEADINGS[exc.status])
    elif 400 <= exc.status < 500:
        # refusals of the services are one English sentence; in Urdu the heading alone is shown
        heading, message = text("error_refused", lang), (exc.message if lang == "en" else "")
    else:
        heading, message = text("error_other", lang), text("error_other_text", lang)
    status = exc.status if 400 <= exc.status < 600 else 500
    return page(request, "error.html", status=status, heading=heading, message=message)


def safe_next(target: str | None) -> str:
    """Only a local hub or verify path: no open redirect."""
    if target and target.startswith(("/hub", "/verify")) and not target.startswith(("//", "/\\")):
        return target
    return "/hub"


def _to_login(request: Request) -> Response:
    target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""), safe="")
    suffix = "&ended=1" if request.cookies.get(SESSION_COOKIE) else ""
    response = RedirectResponse(f"/hub/login?next={target}{suffix}", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


class HubRoute(APIRoute):
    """Every hub and /verify route: POSTs pass the CSRF check first; service refusals become pages."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """Wrap FastAPI's handler."""
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                if request.method == "POST":
                    await check_csrf(request)
                response = await original(request)
            except LoginRequired:
                response = _to_login(request)
            except CentralError as exc:
                log.info("hub request refused", extra={"event": "hub.refused", "code": exc.code,
                                                       "status": exc.status})
                response = await run_in_threadpool(error_page, request, exc)
            return finish(request, response)

        return handler


def router() -> APIRouter:
    """A router whose routes are HubRoutes, left out of the OpenAPI schema of the v1 API."""
    return APIRouter(route_class=HubRoute, include_in_schema=False)
