"""`nrm-central serve` closes idle, half-open and slow connections and caps them (issue 18 item 7).

Real sockets against the real uvicorn process on 127.0.0.1. Each wait is a bounded socket read: the test
asserts that the server closed the connection, never how fast (the bound is many times the setting).
"""

from __future__ import annotations

import contextlib
import socket

import httpx
import pytest

from tests.support.servers import CentralProcess

HEADER, BODY, KEEP_ALIVE, LIMIT = 1, 2, 1, 12
BOUND = 30.0  # far beyond every configured timeout: reaching it means the server never closed


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tests.support.servers import init_office

    office = init_office(tmp_path_factory.mktemp("serve-limits") / "office")
    extra = ("--header-timeout", str(HEADER), "--body-timeout", str(BODY), "--keep-alive-timeout",
             str(KEEP_ALIVE), "--max-connections", str(LIMIT))
    with CentralProcess(office, extra=extra) as proc:
        yield proc


def _connect(server) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=BOUND)
    return sock


def _closed_by_server(sock: socket.socket, *, drip: bytes = b"") -> bool:
    """Read until the server closes (True) or the bound passes (False); with `drip`, keep sending it meanwhile."""
    sock.settimeout(0.25 if drip else BOUND)
    for _ in range(int(BOUND / 0.25) if drip else 1):
        try:
            if drip:
                sock.sendall(drip)
            while chunk := sock.recv(4096):
                if b"HTTP/1.1" in chunk and not drip:
                    continue
            return True
        except TimeoutError:
            continue
        except (ConnectionResetError, BrokenPipeError):
            return True
    return False


def test_an_idle_connection_is_closed(server):
    with _connect(server) as sock:
        assert _closed_by_server(sock)


def test_many_idle_connections_are_all_closed(server):
    socks = [_connect(server) for _ in range(LIMIT - 2)]
    try:
        assert all(_closed_by_server(s) for s in socks)
    finally:
        for sock in socks:
            sock.close()


def test_slowloris_headers_are_cut_off(server):
    """A client sending one header byte at a time never completes its request: closed at the header deadline."""
    with _connect(server) as sock:
        sock.sendall(b"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        assert _closed_by_server(sock, drip=b"X")


def test_a_half_sent_body_is_cut_off_and_nothing_is_stored(server):
    head = (b"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Length: 5000\r\n\r\n")
    with _connect(server) as sock:
        sock.sendall(head + b"NRMB" + b"\0" * 96)  # then the client goes silent, connection left half-open
        assert _closed_by_server(sock)


def test_a_kept_alive_connection_is_closed_when_idle(server):
    with _connect(server) as sock:
        sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        sock.settimeout(BOUND)
        first = sock.recv(4096)
        assert first.startswith(b"HTTP/1.1 200")
        assert _closed_by_server(sock)


def test_connections_beyond_the_limit_get_503_and_service_recovers(server):
    idle = [_connect(server) for _ in range(LIMIT)]
    try:
        with _connect(server) as sock:
            sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            sock.settimeout(BOUND)
            assert sock.recv(4096).startswith(b"HTTP/1.1 503")
    finally:
        for sock in idle:
            with contextlib.suppress(OSError):
                sock.close()
    for _ in range(100):  # bounded: once the idle ones are gone, requests are served again
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(server.url + "/v1/health", timeout=BOUND).status_code == 200:
                break
    else:
        pytest.fail("the server did not serve again after the idle connections closed")
