"""A fault-injecting HTTP/1.1 TCP proxy on 127.0.0.1, for exactly-once tests of uploads.

    with FaultProxy(("127.0.0.1", server_port), plan=cycle_plan([Fault.PASS, Fault.RESET_AFTER_COMMIT])) as proxy:
        client = ReferenceClient(proxy.url, timeout=1.0)

Per request the plan (a callable: request index -> Fault) chooses one fault:

- PASS: forward the request and the response.
- RESET_MID_UPLOAD: forward the head and half the body, then reset both connections (TCP RST).
- RESET_AFTER_COMMIT: forward the whole request, read the whole response (so the server has committed),
  then reset the client connection without forwarding a byte of it.
- TRUNCATE_RESPONSE: forward the request, then only the response head and half its body, then close.
- HANG: forward the request, read the response, and never answer; the connection stays open until the
  client gives up (its deadline) or the proxy stops.

Only Content-Length framing is understood (what httpx sends and uvicorn answers here).
"""

from __future__ import annotations

import enum
import itertools
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Iterable


class Fault(enum.Enum):
    """One fault to inject into one request/response exchange."""

    PASS = "pass"
    RESET_MID_UPLOAD = "reset_mid_upload"
    RESET_AFTER_COMMIT = "reset_after_commit"
    TRUNCATE_RESPONSE = "truncate_response"
    HANG = "hang"


Plan = Callable[[int], Fault]


def cycle_plan(faults: Iterable[Fault]) -> Plan:
    """A plan that repeats a fixed pattern of faults (deterministic, so failures reproduce)."""
    pattern = list(faults)
    return lambda index: pattern[index % len(pattern)]


class _Closed(Exception):
    """The peer closed the connection."""


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN (SO_LINGER 0)."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()


class _Reader:
    """Buffered reads of HTTP messages framed by Content-Length."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock, self.buf = sock, b""

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise _Closed
        self.buf += chunk

    def message(self) -> tuple[bytes, bytes]:
        """Read one message: (head including the blank line, body)."""
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        end = self.buf.index(b"\r\n\r\n") + 4
        head, self.buf = self.buf[:end], self.buf[end:]
        length = _content_length(head)
        while len(self.buf) < length:
            self._fill()
        body, self.buf = self.buf[:length], self.buf[length:]
        return head, body


def _content_length(head: bytes) -> int:
    """The Content-Length of a message head (0 when absent)."""
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
        if name.strip().lower() == b"transfer-encoding":
            raise ValueError("the fault proxy does not handle chunked messages")
    return 0


class FaultProxy:
    """Listens on 127.0.0.1:<free port>, forwards to `upstream`, injects faults by plan; thread-based."""

    def __init__(self, upstream: tuple[str, int], *, plan: Plan | None = None) -> None:
        self.upstream = upstream
        self.plan: Plan = plan or (lambda _i: Fault.PASS)
        self.counts: Counter[Fault] = Counter()
        self._index = itertools.count()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._open: set[socket.socket] = set()

    @property
    def url(self) -> str:
        """Base URL for clients."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        """Start accepting connections."""
        thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop accepting, close every connection (releases hung ones), join threads."""
        self._stop.set()
        self._listener.close()
        with self._lock:
            for sock in list(self._open):
                _reset(sock)
        for thread in self._threads:
            thread.join(timeout=10)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _track(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._open.add(sock)
        return sock

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(self._track(client),), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, client: socket.socket) -> None:
        """Relay requests on one client connection until a fault ends it or a side closes."""
        upstream = self._track(socket.create_connection(self.upstream))
        try:
            reader, up_reader = _Reader(client), _Reader(upstream)
            while not self._stop.is_set():
                head, body = reader.message()
                with self._lock:
                    fault = self.plan(next(self._index))
                    self.counts[fault] += 1
                if not self._exchange(fault, client, upstream, up_reader, head, body):
                    return
        except (_Closed, OSError, ValueError):
            pass
        finally:
            for sock in (client, upstream):
                with self._lock:
                    self._open.discard(sock)
                sock.close()

    def _exchange(self, fault: Fault, client: socket.socket, upstream: socket.socket, up_reader: _Reader,
                  head: bytes, body: bytes) -> bool:
        """Apply one fault to one exchange; True when the connection may carry another request."""
        if fault is Fault.RESET_MID_UPLOAD:
            upstream.sendall(head + body[: len(body) // 2])
            _reset(upstream)
            _reset(client)
            return False
        upstream.sendall(head + body)
        r_head, r_body = up_reader.message()
        if fault is Fault.PASS:
            client.sendall(r_head + r_body)
            return True
        if fault is Fault.RESET_AFTER_COMMIT:
            _reset(client)
        elif fault is Fault.TRUNCATE_RESPONSE:
            client.sendall(r_head + r_body[: len(r_body) // 2])
            client.shutdown(socket.SHUT_WR)
        elif fault is Fault.HANG:
            self._hold(client)
        return False

    def _hold(self, client: socket.socket) -> None:
        """Say nothing until the client closes (its deadline passed) or the proxy stops."""
        client.settimeout(0.5)
        while not self._stop.is_set():
            try:
                if not client.recv(65536):
                    return
            except TimeoutError:
                continue
