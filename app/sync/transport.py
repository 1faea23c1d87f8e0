"""HTTP transport to the central office (httpx): one method per endpoint, failures sorted into kinds."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from protocol.canonical import utcnow

USER_AGENT = "nrm-desk-sync/1"
RETRYABLE = frozenset({408, 425, 429, 500, 502, 503, 504})
RETRYABLE_CODES = frozenset({"client_disconnected", "store_unavailable"})  # docs/protocol.md §10: "retry"
_SHA = re.compile(r"^[0-9a-f]{64}$")


class Unreachable(Exception):
    """The office could not be reached, or the exchange broke off (reset, timeout, truncated answer)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


class InsecureServer(ValueError):
    """Plain HTTP to anything but the loopback interface."""


@dataclass(frozen=True)
class Answer:
    """One HTTP answer: status, body, the server's error code (from a JSON error body) and Retry-After."""

    status: int
    body: bytes
    error: str | None = None
    message: str = ""
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def transient(self) -> bool:
        """Worth retrying later: 408, 429 and server-side trouble."""
        return self.status in RETRYABLE or self.status >= 500 or self.error in RETRYABLE_CODES

    @property
    def permanent(self) -> bool:
        """A 4xx other than 408/429: retrying the same bytes cannot help."""
        return 400 <= self.status < 500 and not self.transient


def check_url(url: str) -> str:
    """HTTPS anywhere; plain HTTP only to loopback (tests, or an office on the same machine)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"):
        return url.strip().rstrip("/")
    raise InsecureServer("The office address must start with https:// (plain http only for 127.0.0.1).")


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - utcnow()).total_seconds())


def _answer(response: httpx.Response) -> Answer:
    body = response.content
    error, message = None, ""
    if response.status_code >= 400:
        try:
            doc = json.loads(body)
            error, message = str(doc.get("error") or ""), str(doc.get("message") or "")
        except (ValueError, AttributeError):
            pass
    return Answer(response.status_code, body, error or None, message[:200],
                  retry_after(response.headers.get("retry-after")))


class HttpTransport:
    """The v1 API of the office; raises Unreachable for every network-level failure."""

    def __init__(self, base_url: str, *, timeout: float = 30.0, client: httpx.Client | None = None) -> None:
        self.base_url = check_url(base_url)
        limits = httpx.Timeout(timeout, connect=min(timeout, 10.0))
        self.http = client or httpx.Client(base_url=self.base_url, timeout=limits,
                                           headers={"User-Agent": USER_AGENT}, follow_redirects=False)

    def _call(self, method: str, path: str, *, body: bytes | None = None, media: str | None = None) -> Answer:
        headers = {"Content-Type": media} if media else None
        try:
            return _answer(self.http.request(method, path, content=body, headers=headers))
        except httpx.TimeoutException:
            raise Unreachable("timeout", "The office did not answer in time.") from None
        except httpx.TransportError as exc:
            raise Unreachable("network", f"The office could not be reached ({exc.__class__.__name__}).") from None

    def probe(self) -> Answer:
        """GET /v1/health."""
        return self._call("GET", "/v1/health")

    def upload(self, envelope: bytes) -> Answer:
        """POST /v1/bundles with the envelope bytes."""
        return self._call("POST", "/v1/bundles", body=envelope, media="application/octet-stream")

    def feed(self) -> Answer:
        """GET /v1/feed."""
        return self._call("GET", "/v1/feed")

    def feed_file(self, sha256: str) -> Answer:
        """GET /v1/feed/files/<sha256>."""
        if not _SHA.match(sha256):
            raise ValueError("feed files are fetched by a lowercase SHA-256")
        return self._call("GET", f"/v1/feed/files/{sha256}")

    def enroll(self, request: bytes) -> Answer:
        """POST /v1/enroll with the MACed enrolment request."""
        return self._call("POST", "/v1/enroll", body=request, media="application/json")

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HttpTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
