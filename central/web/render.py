"""Jinja2 rendering with autoescape: every page gets its language, labels, signed-in user, menu and CSRF token."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse

from central.hub.navigation import pages_for
from central.web import i18n, labels
from central.web.security import LANG_COOKIE, current_session, form_token

TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENV = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                   trim_blocks=True, lstrip_blocks=True)


def _when(value: str | None) -> str:
    """2026-12-01T09:05:00Z -> 2026-12-01 09:05 UTC."""
    if not value:
        return "—"
    return f"{value[:10]} {value[11:16]} UTC"


_ENV.filters["when"] = _when


def language(request: Request) -> str:
    """The page language: the hub_lang cookie, English by default."""
    lang = request.cookies.get(LANG_COOKIE, "en")
    return lang if lang in i18n.LANGS else "en"


def context(request: Request, *, current: str | None = None) -> dict[str, Any]:
    """What every template may use."""
    lang = language(request)
    session = current_session(request)
    me = session.principal if session else None
    return {
        "lang": lang, "me": me, "nav": pages_for(me) if me else (), "current": current,
        "csrf": form_token(request), "here": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        "notice": None, "error": None,
        "t": lambda key: i18n.text(key, lang),
        "L": lambda kind, code: labels.label(kind, code, lang),
        "P": lambda kind, value: labels.phrase(kind, value, lang),
        "audit_label": lambda action: labels.audit_label(action, lang),
    }


def page(request: Request, template: str, *, status: int = 200, current: str | None = None,
         **values: Any) -> HTMLResponse:
    """Render a template into an HTML response."""
    ctx = context(request, current=current)
    ctx.update(values)
    return HTMLResponse(_ENV.get_template(template).render(ctx), status_code=status)
