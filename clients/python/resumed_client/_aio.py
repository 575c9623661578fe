"""The asyncio client: calls multiplexed over a few connections, answers
matched by ``call_id`` in an :class:`asyncio.Protocol`."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any, Dict, List, Mapping, Optional, Type, TypeVar

from . import _framing as F
from .errors import Cancelled, DeadlineExceeded, RPCError, StatusCode, Unavailable

__all__ = ["AsyncClient"]

M = TypeVar("M")

_CONNECTING, _OPEN, _DRAINING, _CLOSED = range(4)


class _Connection(asyncio.Protocol):
    def __init__(self, loop: asyncio.AbstractEventLoop, max_frame_bytes: int) -> None:
        self.loop = loop
        self.state = _CONNECTING
        self.ready: "asyncio.Future[None]" = loop.create_future()
        self.reserved = 0
        self.connect_error: Optional[str] = None
        self._decoder = F.FrameDecoder(max_frame_bytes)
        self._pending: Dict[int, "asyncio.Future[F.Outcome]"] = {}
        self._next_id = 1
        self._transport: Optional[asyncio.Transport] = None
        self._writable = asyncio.Event()
        self._writable.set()

    @property
    def usable(self) -> bool:
        return self.state in (_CONNECTING, _OPEN)

    @property
    def load(self) -> int:
        return len(self._pending) + self.reserved

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    # -- opening ---------------------------------------------------------
    async def open(self, target: F.Target, timeout: float) -> bool:
        try:
            if target[0] == "unix":
                coro = self.loop.create_unix_connection(lambda: self, target[1])
            else:
                coro = self.loop.create_connection(lambda: self, target[1], target[2])
            await asyncio.wait_for(coro, timeout)
        except (OSError, asyncio.TimeoutError) as e:
            self.connect_error = "timed out" if isinstance(e, asyncio.TimeoutError) else _describe(e)
            self.state = _CLOSED
            return False
        finally:
            if not self.ready.done():
                self.ready.set_result(None)
        return self.state == _OPEN

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        if self.state != _CONNECTING:  # the client was closed while connecting
            transport.close()
            return
        self._transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        self.state = _OPEN

    # -- calls -----------------------------------------------------------
    async def submit(self, rest: bytes, deadline: Optional[float]) -> Optional[int]:
        """Writes the call; its id, or None when this connection takes no new calls (not sent)."""
        while not self._writable.is_set() and self.state == _OPEN:
            # The transport's buffer is full (the server reads slower than we write).
            await _within(self._writable.wait(), deadline)
        if self.state != _OPEN or self._transport is None or self._transport.is_closing():
            return None
        call_id = self._next_id
        self._next_id += 1
        remaining = None if deadline is None else deadline - time.monotonic()
        self._pending[call_id] = self.loop.create_future()
        self._transport.write(F.frame(call_id, F.timeout_ms(remaining), rest))
        return call_id

    def future(self, call_id: int) -> "asyncio.Future[F.Outcome]":
        return self._pending[call_id]

    def forget(self, call_id: int) -> None:
        """The caller stopped waiting: a late answer is dropped by id."""
        self._pending.pop(call_id, None)
        if self.state == _DRAINING and not self._pending:
            self._close_transport()

    # -- protocol events -------------------------------------------------
    def data_received(self, data: bytes) -> None:
        try:
            bodies = self._decoder.feed(data)
        except F.FrameTooLarge as e:
            self._fail((StatusCode.INTERNAL, str(e)))
            return
        for body in bodies:
            try:
                response = F.parse_response(body)
            except RPCError as e:
                self._fail((StatusCode.INTERNAL, e.message))
                return
            if response.call_id == 0:
                self._fail(F.goaway_info(response))
                return
            fut = self._pending.pop(response.call_id, None)
            if fut is None or fut.done():
                continue  # the caller gave up (deadline): drop it by id
            if response.status.code == StatusCode.UNAVAILABLE and self.state == _OPEN:
                # The server may be draining (PROTOCOL.md §8): new calls go to a new connection.
                self.state = _DRAINING
                self._writable.set()  # callers waiting to write move elsewhere
            fut.set_result((F.FRAME, response))
        if self.state == _DRAINING and not self._pending:
            self._close_transport()

    def connection_lost(self, exc: Optional[Exception]) -> None:
        if exc is None:
            self._fail((StatusCode.UNAVAILABLE, "connection closed by the server"))
        else:
            self._fail((StatusCode.UNAVAILABLE, "connection lost (%s)" % _describe(exc)))

    def pause_writing(self) -> None:
        self._writable.clear()

    def resume_writing(self) -> None:
        self._writable.set()

    # -- closing ---------------------------------------------------------
    def _fail(self, info: F.ErrorInfo) -> None:
        """Ends the connection; every call written to it gets ``info`` (none is resent)."""
        if self.state == _CLOSED:
            return
        self.state = _CLOSED
        pending = list(self._pending.values())
        self._pending.clear()
        for fut in pending:
            if not fut.done():
                fut.set_result((F.ERROR, info))
        self._writable.set()
        if not self.ready.done():
            self.ready.set_result(None)
        self._close_transport()

    def _close_transport(self) -> None:
        self.state = _CLOSED
        self._writable.set()
        if self._transport is not None and not self._transport.is_closing():
            self._transport.close()

    def close(self, info: F.ErrorInfo) -> None:
        self._fail(info)


def _describe(e: BaseException) -> str:
    import errno as _errno

    if isinstance(e, OSError) and e.errno:
        return _errno.errorcode.get(e.errno, type(e).__name__)
    return type(e).__name__


async def _within(aw: Any, deadline: Optional[float]) -> Any:
    if deadline is None:
        return await aw
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        if asyncio.iscoroutine(aw):
            aw.close()
        raise asyncio.TimeoutError()
    return await asyncio.wait_for(aw, remaining)


class AsyncClient:
    """An asyncio client of ``resumed``, for one event loop.

    Calls are multiplexed over ``connections`` TCP connections (default 1),
    opened lazily on first use, each new call going to the least-loaded
    one. A broken connection is replaced by the next call; calls already
    sent on it raise :class:`~resumed_client.Unavailable` and are never
    resent (a resend could duplicate a create). Many tasks may call at once.

    Create it where the event loop runs it (e.g. a FastAPI lifespan) and
    ``await client.close()`` at the end, or use ``async with``. Not for use
    from several threads; use :class:`~resumed_client.Client` there.

    Args: as :class:`~resumed_client.Client`.
    """

    def __init__(
        self,
        address: Optional[str] = None,
        *,
        token: Optional[str] = None,
        timeout: Optional[float] = 30.0,
        connections: int = 1,
        connect_timeout: float = 5.0,
        max_frame_bytes: int = F.DEFAULT_MAX_FRAME_BYTES,
    ) -> None:
        if connections < 1:
            raise ValueError("connections must be at least 1")
        self.address = F.resolve_address(address)
        self._target = F.parse_address(self.address)
        self._token = token
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._max_frame_bytes = max_frame_bytes
        self._slots: List[Optional[_Connection]] = [None] * connections
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._closed = False
        self.connections_opened = 0
        """Connections opened so far (replacements included)."""

    def __repr__(self) -> str:
        return "AsyncClient(%r)" % self.address

    @property
    def in_flight(self) -> int:
        """Calls sent and not yet answered, over all connections."""
        return sum(c.in_flight for c in self._slots if c is not None)

    async def call(
        self,
        method: str,
        request: Any,
        response_type: Type[M],
        *,
        timeout: Optional[float] = None,
        metadata: Optional[Mapping[str, str]] = None,
        token: Optional[str] = None,
    ) -> M:
        """Calls ``method`` (``"/package.Service/Method"``) and returns its decoded answer.

        Args:
            request: the request message.
            response_type: the response message class.
            timeout: deadline in seconds (default: the client's); sent as
                ``timeout_ms`` and enforced locally too.
            metadata: extra request metadata (lower-case keys).
            token: bearer token for this call, instead of the client's.

        Raises:
            RPCError: a subclass per status code, e.g. NotFound, InvalidArgument.
        """
        if timeout is None:
            timeout = self._timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        md = F.call_metadata(self._token, metadata, token)
        rest = F.encode_rest(method, F.serialize(request), md, self._max_frame_bytes)
        loop = asyncio.get_running_loop()
        for _ in range(F.MAX_ATTEMPTS):
            conn = await self._connection(loop, deadline, method)
            try:
                if deadline is not None and time.monotonic() >= deadline:
                    raise DeadlineExceeded("deadline passed before the call could be sent", method=method)
                try:
                    call_id = await conn.submit(rest, deadline)
                except asyncio.TimeoutError:
                    raise DeadlineExceeded("deadline passed before the call could be sent", method=method) from None
            finally:
                conn.reserved -= 1
            if call_id is None:
                continue  # that connection stopped taking calls; this one was not sent
            fut = conn.future(call_id)
            timer = None
            if deadline is not None:
                timer = loop.call_later(max(0.0, deadline - time.monotonic()) + F.LOCAL_DEADLINE_GRACE,
                                        _expire, fut)
            try:
                kind, data = await fut
            finally:
                if timer is not None:
                    timer.cancel()
                conn.forget(call_id)
            if kind == F.FRAME:
                return F.result(data, response_type, method)
            if kind == F.ERROR:
                raise F.outcome_error(data, method)
            # _TIMEOUT: no answer by the deadline (plus the grace).
            raise DeadlineExceeded("no answer within the %.3f s deadline" % (timeout or 0.0), method=method)
        raise Unavailable("the call could not be sent: connections kept closing", method=method)

    async def _connection(self, loop: asyncio.AbstractEventLoop, deadline: Optional[float],
                          method: str) -> _Connection:
        """A connection taking calls, opening one if the pool wants it; reserves a place on it."""
        if self._loop is not loop:
            # First use, or a new event loop (the old loop's connections cannot serve this one).
            self._loop = loop
            self._slots = [None] * len(self._slots)
        for _ in range(F.MAX_ATTEMPTS):
            if self._closed:
                raise Cancelled("the client is closed", method=method)
            live = [c for c in self._slots if c is not None and c.usable]
            best = min(live, key=lambda c: c.load) if live else None
            if best is None or (best.load > 0 and len(live) < len(self._slots)):
                index = next(i for i, c in enumerate(self._slots) if c is None or not c.usable)
                best = _Connection(loop, self._max_frame_bytes)
                self._slots[index] = best
                loop.create_task(self._open(best))
            conn = best
            conn.reserved += 1
            if conn.ready.done():
                if conn.state == _OPEN:
                    return conn
            try:
                await _within(asyncio.shield(conn.ready), deadline)
            except asyncio.TimeoutError:
                conn.reserved -= 1
                raise DeadlineExceeded("deadline passed while connecting", method=method) from None
            except BaseException:
                conn.reserved -= 1
                raise
            if conn.state == _OPEN:
                return conn
            conn.reserved -= 1
            if conn.connect_error is not None:
                raise Unavailable("cannot connect to %s (%s)" % (self.address, conn.connect_error), method=method)
        raise Unavailable("cannot get a connection to %s" % self.address, method=method)

    async def _open(self, conn: _Connection) -> None:
        if await conn.open(self._target, self._connect_timeout):
            self.connections_opened += 1

    async def close(self) -> None:
        """Closes every connection; calls still waiting raise Cancelled. Idempotent."""
        self._closed = True
        conns = [c for c in self._slots if c is not None]
        self._slots = [None] * len(self._slots)
        for c in conns:
            c.close((StatusCode.CANCELLED, "the client was closed"))
        await asyncio.sleep(0)  # let the transports run their close callbacks

    async def __aenter__(self) -> "AsyncClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


_TIMEOUT = "timeout"


def _expire(fut: "asyncio.Future[F.Outcome]") -> None:
    if not fut.done():
        fut.set_result((_TIMEOUT, None))
