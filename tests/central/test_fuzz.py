"""Schema-driven fuzzing (schemathesis against /openapi.json): no 5xx, and every error body has a code."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from central.app import create_app

EXAMPLES = 40  # per operation; bounded to keep the suite short


def check(case) -> None:
    """No 5xx; every 4xx body is {"error": code, "message": text}."""
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:200])
    if response.status_code >= 400:
        body = response.json()
        assert isinstance(body.get("error"), str) and body["error"], response.text[:200]
        assert isinstance(body.get("message"), str)


def test_every_operation_survives_schema_driven_fuzzing(service):
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(service))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {f"{op.method.upper()} {op.path}" for op in operations} >= {
        "POST /v1/bundles", "POST /v1/enroll", "GET /v1/feed", "GET /v1/feed/files/{sha256}", "GET /v1/health"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def fuzz(case) -> None:
            check(case)

        fuzz()
