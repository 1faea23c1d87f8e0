"""The NRM hub's web layer: thin routes, autoescaped templates, static files served by nrm-central itself."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from central.service import Service
from central.web import (
    routes_admin,
    routes_auth,
    routes_duplicates,
    routes_organisations,
    routes_referrals,
    routes_stats,
    routes_verify,
    routes_withdrawals,
)
from central.web.security import SecurityHeaders, WebSettings

STATIC = Path(__file__).resolve().parent / "static"


def mount(app: FastAPI, service: Service, web: WebSettings | None = None) -> None:
    """Add the hub pages, /verify and /static to the office app, with security headers on all of them."""
    app.state.service = service
    app.state.web = web or WebSettings()
    for module in (routes_auth, routes_referrals, routes_duplicates, routes_organisations, routes_admin, routes_verify,
                   routes_stats, routes_withdrawals):
        app.include_router(module.routes)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
