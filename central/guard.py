"""Connection guards for `nrm-central serve`: deadlines for request headers and bodies (a slowloris guard).

uvicorn closes a kept-alive connection after `timeout_keep_alive`, but starts no clock on a fresh
connection and none while headers or a body trickle in: a client that connects and sends nothing, or one
byte a second, holds a connection for ever. This h11 protocol adds two absolute deadlines: the request line
and headers must arrive within `header_timeout` of the connection opening (or of the first byte of the next
request on a kept-alive connection), and the body within `body_timeout` of the headers.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with header and body deadlines; subclassed per server by `guarded_protocol`."""

    header_timeout = 10.0
    body_timeout = 60.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._guarded_cycle: object = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """A new connection must send its headers before the header deadline."""
        super().connection_made(transport)
        self._arm(self.header_timeout)

    def data_received(self, data: bytes) -> None:
        """Re-arm the header clock for the next request on a kept-alive connection; switch to the body clock."""
        if self._deadline is None and (self.cycle is None or self.cycle.response_complete):
            self._arm(self.header_timeout)
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        """Between requests uvicorn's own keep-alive timeout applies."""
        self._disarm()
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        """No timer outlives its connection."""
        self._disarm()
        super().connection_lost(exc)

    def _follow(self) -> None:
        """After parsing: headers done -> body clock (or none); body done -> no clock until the next request."""
        if self.cycle is None or self.cycle is self._guarded_cycle:
            if self.cycle is not None and self.conn.their_state is not h11.SEND_BODY:
                self._disarm()
            return
        self._guarded_cycle = self.cycle
        if self.conn.their_state is h11.SEND_BODY:
            self._arm(self.body_timeout)
        else:
            self._disarm()

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self) -> None:
        """Too slow: close the connection (a request still running sees a disconnect and stores nothing)."""
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()


def guarded_protocol(*, header_timeout: float, body_timeout: float) -> type[GuardedH11Protocol]:
    """The protocol class for one server's deadlines (uvicorn instantiates it per connection)."""
    return type("ConfiguredH11Protocol", (GuardedH11Protocol,),
                {"header_timeout": header_timeout, "body_timeout": body_timeout})
