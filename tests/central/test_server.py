"""The real `nrm-central serve` (uvicorn subprocess on 127.0.0.1): round trip, logs, graceful shutdown."""

from __future__ import annotations

import json
import socket

import pytest

from central import enrol
from central.service import open_service
from protocol.canonical import utcnow
from tests.support.device import PostDevice
from tests.support.refclient import ReferenceClient
from tests.support.servers import PASSPHRASE, CentralProcess


def issue_code(office_dir, db_url, post_code="ISB") -> str:
    """Issue a code through the store (the CLI path is tested in test_cli)."""
    svc = open_service(office_dir, passphrase=PASSPHRASE, db=db_url)
    try:
        return enrol.issue_code(svc.store, post_code=post_code, post_name="post", now=utcnow())[0]
    finally:
        svc.close()


@pytest.fixture
def server(office_dir, db_url):
    with CentralProcess(office_dir, db=db_url, log_level="debug") as proc:
        yield proc


def test_round_trip_against_the_real_server(server, office_dir, db_url):
    device = PostDevice()
    with ReferenceClient(server.url, timeout=10) as client:
        client.enroll(issue_code(office_dir, db_url), device)
        secret_name = "Zainab Bibi"
        data = device.seal_next({"id": "r-1"}, case={"name": secret_name})
        first = client.upload(data, root=device.root)
        assert client.upload(data, root=device.root).raw == first.raw
        feed, files = client.fetch_feed(device)
        assert device.feed_file in files
    assert server.stop() == 0
    lines = [json.loads(line) for line in server.log().splitlines() if line.startswith("{")]
    events = [line.get("event") for line in lines]
    assert "bundle.accepted" in events and "service.stopped" in events
    assert secret_name not in server.log() and "r-1" not in server.log()


def test_graceful_shutdown_finishes_an_in_flight_upload(server, office_dir, db_url):
    device = PostDevice()
    with ReferenceClient(server.url) as client:
        client.enroll(issue_code(office_dir, db_url), device)
    data = device.seal_next({"id": "r-1"})
    head = (f"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(head + data[:100])  # the request is in flight: body half sent
        # the server must have started the request before it is asked to stop (poll its log, no sleeps)
        server.wait_for_log('"event": "http.started", "method": "POST"')
        assert server.proc is not None
        server.proc.send_signal(15)
        sock.sendall(data[100:])
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 201"), answer[:200]
    assert server.proc.wait(timeout=60) == 0


def test_oversized_upload_is_refused_from_its_header_without_reading_the_body(server):
    head = (b"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Length: 500000000\r\n\r\n")
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(head + b"NRMB")  # 4 of 500,000,000 bytes: the answer cannot wait for the rest
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413")
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"] == "body_too_large"
