"""The FastAPI application: enrolment, bundle upload with receipts, the updates feed, health."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from central import enrol, matchindex, publish
from central import web as hub_web
from central.errors import (
    BodyTooLarge,
    CentralError,
    ClientGone,
    NotFound,
    StoreUnavailable,
    UnsupportedMediaType,
    http_status,
)
from central.ingest import refuse
from central.logs import RequestLog
from central.service import Service
from central.throttle import EnrolGuard, Throttled
from central.web.security import WebSettings
from protocol.enrolment import parse_enrol_request
from protocol.errors import ProtocolError

log = logging.getLogger("central.app")
API_VERSION = "1"


class ErrorBody(BaseModel):
    """Every 4xx/5xx body: a machine-readable code and a sentence for people."""

    error: str
    message: str


class Health(BaseModel):
    """GET /v1/health."""

    status: str
    api: str
    db: str


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI response entries for error statuses."""
    return {c: {"model": ErrorBody, "description": "error with a machine-readable code"} for c in codes}


def _binary_body(media: str, limit: int) -> dict[str, Any]:
    """OpenAPI request body declaration for a raw body."""
    return {"requestBody": {"required": True, "content": {media: {"schema": {
        "type": "string", "format": "binary", "maxLength": limit}}}}}


def _json_bytes(content: bytes, status: int = 200) -> Response:
    """Already-encoded JSON bytes (signed documents must keep their exact bytes)."""
    return Response(content=content, status_code=status, media_type="application/json")


def error_response(code: str, message: str, status: int, *, retry_after: int | None = None) -> JSONResponse:
    """The uniform error body (503 and 429 say when to retry)."""
    wait = retry_after if retry_after is not None else (5 if status == 503 else None)
    headers = {"Retry-After": str(wait)} if wait is not None else None
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=headers)


async def read_body(request: Request, *, limit: int, media: str) -> bytes:
    """Read a request body up to `limit`; refuse early from Content-Length, else stop once over."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != media:
        raise UnsupportedMediaType(f"send the body as {media}")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"body over the limit of {limit} bytes")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge(f"body over the limit of {limit} bytes")
            chunks.append(chunk)
    except ClientDisconnect:
        raise ClientGone("the client went away before the body was complete") from None
    return b"".join(chunks)


def create_app(service: Service, web: WebSettings | None = None, *, enrol_guard: EnrolGuard | None = None) -> FastAPI:
    """Build the ASGI app for one office service: the v1 API (enrolment attempts throttled by `enrol_guard`)
    and the hub's pages."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        log.info("service started", extra={"event": "service.started", "db": service.store.engine.dialect.name})
        yield
        service.close()
        log.info("service stopped", extra={"event": "service.stopped"})

    app = FastAPI(title="NRM Desk central office", version=API_VERSION, lifespan=lifespan)
    _handlers(app)
    _routes(app, service, enrol_guard or EnrolGuard())
    hub_web.mount(app, service, web)
    app.add_middleware(RequestLog)
    return app


def _handlers(app: FastAPI) -> None:
    """Map every failure to a 4xx (or 503) with a code; never a bare 500 for bad input."""

    @app.exception_handler(ProtocolError)
    async def on_protocol(_r: Request, exc: ProtocolError) -> JSONResponse:
        return error_response(exc.code, exc.message, http_status(exc))

    @app.exception_handler(CentralError)
    async def on_central(_r: Request, exc: CentralError) -> JSONResponse:
        wait = exc.retry_after if isinstance(exc, Throttled) else None
        return error_response(exc.code, exc.message, http_status(exc), retry_after=wait)

    @app.exception_handler(RequestValidationError)
    async def on_validation(_r: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response("invalid_request", "request parameters do not match the API", 422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_r: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(code, str(exc.detail), exc.status_code)

    @app.exception_handler(SQLAlchemyError)
    async def on_store(_r: Request, exc: SQLAlchemyError) -> JSONResponse:
        log.error("store error", extra={"event": "store.error", "code": exc.__class__.__name__})
        return error_response(StoreUnavailable.code, "the store is unavailable; retry later", 503)


def _code_id(data: bytes) -> str | None:
    """The code id an enrolment request names, when it parses (enrol.enroll reports why it does not)."""
    try:
        return parse_enrol_request(data).code_id
    except ProtocolError:
        return None


def _routes(app: FastAPI, service: Service, guard: EnrolGuard) -> None:
    """Register the v1 endpoints."""

    @app.get("/v1/health", response_model=Health, responses=_errors(503))
    def health() -> Health:
        """Liveness and database reachability."""
        service.store.ping()
        return Health(status="ok", api=API_VERSION, db=service.store.engine.dialect.name)

    @app.post("/v1/enroll", status_code=201, responses=_errors(400, 403, 409, 413, 415, 422, 429, 503),
              openapi_extra=_binary_body("application/json", service.max_enrol))
    async def enroll(request: Request) -> Response:
        """Enrol a post: a request MACed under the one-time code; the answer carries device id and root.json.

        Attempts are throttled per client address and per code (429 with Retry-After)."""
        guard.before(request.client.host if request.client else "unknown")
        data = await read_body(request, limit=service.max_enrol, media="application/json")
        code_id = _code_id(data)
        if code_id is not None:
            guard.for_code(code_id)
        try:
            answer = await run_in_threadpool(enrol.enroll, service.store, data, root=service.root,
                                             now=service.clock())
        except (ProtocolError, CentralError):
            if code_id is not None:
                guard.failed(code_id)
            raise
        return _json_bytes(answer, 201)

    @app.post("/v1/bundles", status_code=201, responses={
        200: {"description": "the same bytes again: the identical receipt"},
        **_errors(400, 403, 409, 413, 415, 422, 503)},
        openapi_extra=_binary_body("application/octet-stream", service.max_bundle))
    async def upload(request: Request) -> Response:
        """Upload one envelope (*.nrmb bytes); answers with the signed receipt."""
        data = await read_body(request, limit=service.max_bundle, media="application/octet-stream")
        try:
            result = await run_in_threadpool(service.ingestor.ingest, data)
        except ProtocolError as exc:
            refuse(exc, data)
            raise
        return _json_bytes(result.receipt, 201 if result.created else 200)

    @app.get("/v1/feed", responses=_errors(503))
    def feed() -> Response:
        """The current signed updates feed."""
        return _json_bytes(publish.current_feed(service.store, signing_key=service.keys.feed, clock=service.clock,
                                document_key=matchindex.document_key(service.keys)))

    @app.get("/v1/feed/files/{sha256}", responses=_errors(404, 422, 503))
    def feed_file(sha256: str = Path(pattern="^[0-9a-f]{64}$")) -> Response:
        """A file listed in the feed, by its SHA-256."""
        data = service.store.feed_file(sha256)
        if data is None:
            raise NotFound("no feed file with that hash")
        return Response(content=data, media_type="application/octet-stream")
