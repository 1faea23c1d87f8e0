"""The small reference client of the central API (what the post's sync engine must do, minus storage).

    client = ReferenceClient("http://127.0.0.1:8443", timeout=5.0)
    client.enroll(code, device)                 # pins root.json, sets device.device_id
    receipt = client.upload(envelope_bytes, root=device.root)   # retries until a verified receipt
    feed, files = client.fetch_feed(device)     # verified feed + files; sealed file opened for the device
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from protocol.canonical import parse_json, utcnow
from protocol.enrolment import build_enrol_request, verify_enrol_response
from protocol.errors import ProtocolError, ReceiptInvalid
from protocol.feed import Feed, verify_feed, verify_file
from protocol.keys import Root
from protocol.receipt import Receipt, verify_receipt
from protocol.sealed import open_sealed_file
from tests.support.device import PostDevice

RETRYABLE = {408, 429, 500, 502, 503, 504}


class UploadRefused(Exception):
    """A permanent refusal (4xx other than 408/429): quarantine the bundle, never retry it forever."""

    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code = status, code


class GaveUp(Exception):
    """Every attempt failed with a transient error."""


@dataclass
class ClientStats:
    """Counters a test can assert on: attempts, transport errors, statuses seen."""

    attempts: int = 0
    transport_errors: int = 0
    bad_receipts: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


class ReferenceClient:
    """HTTP client of the v1 API with retries (exponential backoff, full jitter, Retry-After honoured)."""

    def __init__(self, base_url: str, *, timeout: float = 10.0, max_attempts: int = 30, backoff_base: float = 0.0,
                 backoff_cap: float = 60.0, http: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        """`http` may be any httpx.Client, e.g. Starlette's TestClient for the in-process app."""
        self.http = http or httpx.Client(base_url=base_url, timeout=timeout)
        self.max_attempts, self.base, self.cap, self.sleep = max_attempts, backoff_base, backoff_cap, sleep
        self.stats = ClientStats()

    def close(self) -> None:
        """Close the connection pool."""
        self.http.close()

    def __enter__(self) -> ReferenceClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _wait(self, attempt: int, retry_after: str | None) -> None:
        """Full-jitter exponential backoff; Retry-After (seconds) is a floor."""
        delay = random.uniform(0, min(self.cap, self.base * 2**attempt)) if self.base else 0.0  # noqa: S311
        if retry_after and retry_after.isdigit() and self.base:
            delay = max(delay, min(self.cap, float(retry_after)))
        if delay:
            self.sleep(delay)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One call with retries on transport errors and retryable statuses; returns the final response."""
        for attempt in range(self.max_attempts):
            self.stats.attempts += 1
            try:
                response = self.http.request(method, url, **kwargs)
            except httpx.TransportError:
                self.stats.transport_errors += 1
                self._wait(attempt, None)
                continue
            self.stats.statuses[response.status_code] = self.stats.statuses.get(response.status_code, 0) + 1
            if response.status_code not in RETRYABLE:
                return response
            self._wait(attempt, response.headers.get("retry-after"))
        raise GaveUp(f"{method} {url}: no answer after {self.max_attempts} attempts")

    def upload(self, envelope: bytes, *, root: Root) -> Receipt:
        """POST /v1/bundles until a receipt verifies against the pinned key and these exact bytes."""
        key = root.key_for("receipt").public
        for _ in range(self.max_attempts):
            response = self.request("POST", "/v1/bundles", content=envelope,
                                    headers={"content-type": "application/octet-stream"})
            if response.status_code not in (200, 201):
                raise _refused(response)
            try:
                return verify_receipt(response.content, receipt_public_key=key, envelope=envelope)
            except ReceiptInvalid:
                self.stats.bad_receipts += 1  # e.g. a truncated answer: the upload is idempotent, ask again
        raise GaveUp("no valid receipt")

    def enroll(self, code: str, device: PostDevice) -> None:
        """POST /v1/enroll with a MACed request; verify the MACed answer and pin root.json."""
        request = build_enrol_request(code=code, post_code=device.post_code, signing_key=device.signing_key,
                                      box_key=device.box_key, created_at=utcnow())
        response = self.request("POST", "/v1/enroll", content=request, headers={"content-type": "application/json"})
        if response.status_code != 201:
            raise _refused(response)
        enrolment = verify_enrol_response(response.content, code=code, request=request)
        device.device_id, device.root = enrolment.device_id, enrolment.root

    def fetch_feed(self, device: PostDevice) -> tuple[Feed, dict[str, Any]]:
        """GET /v1/feed, verify it against the device's feed state, fetch and verify every file."""
        assert device.root is not None and device.device_id is not None
        response = self.request("GET", "/v1/feed")
        if response.status_code != 200:
            raise _refused(response)
        feed, device.feed_state = verify_feed(response.content, root=device.root, state=device.feed_state,
                                              now=utcnow())
        files: dict[str, Any] = {}
        for listed in feed.files:
            if listed.name.startswith("devices/") and listed.name != device.feed_file:
                continue
            data = verify_file(feed, listed.name, self.request("GET", f"/v1/feed/files/{listed.sha256}").content)
            files[listed.name] = (open_sealed_file(data, device_id=device.device_id, device_private_key=device.box_key)
                                  if listed.name.endswith(".nrms") else parse_json(data))
        return feed, files


def _refused(response: httpx.Response) -> UploadRefused:
    """Turn an error response into UploadRefused with its machine-readable code."""
    try:
        body = response.json()
        return UploadRefused(response.status_code, str(body.get("error")), str(body.get("message")))
    except (ValueError, ProtocolError):
        return UploadRefused(response.status_code, "unreadable_error_body")
