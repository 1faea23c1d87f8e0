"""Structured logs: one JSON object per line, only whitelisted fields (never payloads or personal data)."""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any

FIELDS = ("event", "bundle_id", "device_id", "seq", "size", "code", "status", "method", "path",
          "duration_ms", "version", "files", "post_code", "host", "port", "db")


class JsonFormatter(logging.Formatter):
    """Formats a record as {"ts", "level", "logger", "msg", <whitelisted extras>}."""

    def format(self, record: logging.LogRecord) -> str:
        """One JSON line; extras outside FIELDS are dropped so nothing personal leaks by accident."""
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created)),
            "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage(),
        }
        for name in FIELDS:
            if hasattr(record, name):
                out[name] = getattr(record, name)
        if record.exc_info and record.levelno >= logging.ERROR:
            out["exc"] = record.exc_info[0].__name__ if record.exc_info[0] else None
        return json.dumps(out, ensure_ascii=False, default=str)


def setup_logging(level: str = "INFO") -> None:
    """Route the central and uvicorn loggers to stderr as JSON lines."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in ("central", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level)
        logger.propagate = False
    logging.getLogger("uvicorn.access").disabled = True  # replaced by the request log below


class RequestLog:
    """ASGI middleware: one structured line per request (method, path, status, duration)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.log = logging.getLogger("central.http")

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Wrap `send` to capture the status, then log when the response is done."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start, status = time.perf_counter(), {"code": 0}
        self.log.debug("request started", extra={"event": "http.started", "method": scope["method"],
                                                  "path": _route(scope["path"])})

        async def capture(message: Any) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            self.log.info("request", extra={
                "event": "http.request", "method": scope["method"], "path": _route(scope["path"]),
                "status": status["code"], "duration_ms": round((time.perf_counter() - start) * 1000, 1)})


def _route(path: str) -> str:
    """Collapse file hashes so logs group by route."""
    return "/v1/feed/files/{sha256}" if path.startswith("/v1/feed/files/") else path[:100]
