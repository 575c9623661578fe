"""The blocking client: thread-safe, calls multiplexed over a few TCP connections.

Each connection has a reader thread (answers are matched to calls by
``call_id``) and a writer thread (frames of many callers go out whole, in
batches); callers wait on an event bounded by their deadline.
"""

from __future__ import annotations

import collections
import socket
import threading
import time
from typing import Any, Deque, Dict, List, Mapping, Optional, Tuple, Type, TypeVar

from . import _framing as F
from .errors import Cancelled, DeadlineExceeded, RPCError, StatusCode, Unavailable

__all__ = ["Client"]

M = TypeVar("M")

_CONNECTING, _OPEN, _DRAINING, _CLOSED = range(4)
_QUEUED, _WRITING = 0, 1
_BATCH_BYTES = 1 << 20


class _Call:
    __slots__ = ("rest", "deadline", "event", "state", "outcome", "abandoned", "call_id")

    def __init__(self, rest: bytes, deadline: Optional[float]) -> None:
        self.rest = rest
        self.deadline = deadline
        self.event = threading.Event()
        self.state = _QUEUED
        self.outcome: Optional[F.Outcome] = None
        self.abandoned = False
        self.call_id = 0

    def reset(self) -> None:
        self.event = threading.Event()
        self.state = _QUEUED
        self.outcome = None
        self.abandoned = False

    def finish(self, outcome: F.Outcome) -> None:
        if self.outcome is None:
            self.outcome = outcome
        self.event.set()


class _Connection:
    def __init__(self, target: F.Target, max_frame_bytes: int) -> None:
        self.target = target
        self.max_frame_bytes = max_frame_bytes
        self.state = _CONNECTING
        self.ready = threading.Event()
        self.reserved = 0  # callers that picked this connection and have not submitted yet
        self.connect_error: Optional[str] = None
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._pending: Dict[int, _Call] = {}
        self._queue: Deque[Tuple[int, _Call, bytes]] = collections.deque()
        self._next_id = 1
        self._sock: Optional[socket.socket] = None

    @property
    def usable(self) -> bool:
        return self.state in (_CONNECTING, _OPEN)

    @property
    def load(self) -> int:
        return len(self._pending) + self.reserved

    @property
    def in_flight(self) -> int:
        with self._lock:
            return sum(1 for c in self._pending.values() if c.state == _WRITING)

    # -- opening ---------------------------------------------------------
    def open(self, timeout: float) -> bool:
        try:
            if self.target[0] == "unix":
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                try:
                    sock.settimeout(timeout)
                    sock.connect(self.target[1])
                except BaseException:
                    sock.close()
                    raise
            else:
                sock = socket.create_connection((self.target[1], self.target[2]), timeout=timeout)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(None)
        except OSError as e:
            self.connect_error = _describe(e)
            with self._lock:
                self.state = _CLOSED
            self.ready.set()
            return False
        with self._lock:
            if self.state != _CONNECTING:  # the client was closed meanwhile
                sock.close()
                self.ready.set()
                return False
            self._sock = sock
            self.state = _OPEN
        threading.Thread(target=self._read_loop, name="resumed-client-reader", daemon=True).start()
        threading.Thread(target=self._write_loop, name="resumed-client-writer", daemon=True).start()
        self.ready.set()
        return True

    # -- calls -----------------------------------------------------------
    def submit(self, call: _Call) -> bool:
        """Queues the call; False when this connection takes no new calls."""
        with self._lock:
            if self.state != _OPEN:
                return False
            call_id = self._next_id
            self._next_id += 1
        remaining = None if call.deadline is None else call.deadline - time.monotonic()
        data = F.frame(call_id, F.timeout_ms(remaining), call.rest)  # outside the lock: may be MiBs
        with self._lock:
            if self.state != _OPEN:
                return False
            call.call_id = call_id
            self._pending[call_id] = call
            self._queue.append((call_id, call, data))
            self._wake.notify()
        return True

    def abandon(self, call: _Call) -> None:
        """The caller stopped waiting (deadline): forget the call; a late answer is dropped by id."""
        with self._lock:
            call.abandoned = True
            if self._pending.get(call.call_id) is call:
                del self._pending[call.call_id]
            close = self.state == _DRAINING and not self._pending
        if close:
            self._close_socket()

    # -- threads ---------------------------------------------------------
    def _write_loop(self) -> None:
        sock = self._sock
        assert sock is not None
        while True:
            with self._lock:
                while not self._queue and self.state in (_OPEN, _DRAINING):
                    self._wake.wait()
                if self.state not in (_OPEN, _DRAINING):
                    return
                chunks: List[bytes] = []
                size = 0
                while self._queue and size < _BATCH_BYTES:
                    _, call, data = self._queue.popleft()
                    if call.abandoned:
                        continue
                    call.state = _WRITING
                    chunks.append(data)
                    size += len(data)
            if not chunks:
                continue
            try:
                sock.sendall(b"".join(chunks) if len(chunks) > 1 else chunks[0])
            except OSError as e:
                self._fail((StatusCode.UNAVAILABLE, "connection lost while sending (%s)" % _describe(e)))
                return

    def _read_loop(self) -> None:
        sock = self._sock
        assert sock is not None
        decoder = F.FrameDecoder(self.max_frame_bytes)
        try:
            while True:
                try:
                    data = sock.recv(262144)
                except OSError as e:
                    self._fail((StatusCode.UNAVAILABLE, "connection lost (%s)" % _describe(e)))
                    return
                if not data:
                    self._fail((StatusCode.UNAVAILABLE, "connection closed by the server"))
                    return
                try:
                    bodies = decoder.feed(data)
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
                    self._answer(response)
        finally:
            try:
                sock.close()
            except OSError:
                pass

    def _answer(self, response: Any) -> None:
        retry: List[_Call] = []
        with self._lock:
            call = self._pending.pop(response.call_id, None)
            if call is None:
                return  # the caller gave up (deadline): drop it by id
            if response.status.code == StatusCode.UNAVAILABLE and self.state == _OPEN:
                # The server may be draining (PROTOCOL.md §8): new calls go to a
                # new connection; calls not yet sent move there too.
                self.state = _DRAINING
                while self._queue:
                    call_id, queued, _ = self._queue.popleft()
                    if self._pending.pop(call_id, None) is not None:
                        retry.append(queued)
            close = self.state == _DRAINING and not self._pending
        call.finish((F.FRAME, response))
        for queued in retry:
            queued.finish((F.RETRY, None))
        if close:
            self._close_socket()

    # -- closing ---------------------------------------------------------
    def _fail(self, info: F.ErrorInfo, final: bool = False) -> None:
        """Ends the connection: calls sent get ``info``; calls not sent are retried (or, if final, get it too)."""
        with self._lock:
            if self.state == _CLOSED:
                return
            self.state = _CLOSED
            calls = list(self._pending.values())
            self._pending.clear()
            self._queue.clear()
            self._wake.notify_all()
        for call in calls:
            if call.state == _QUEUED and not final:
                call.finish((F.RETRY, None))
            else:
                call.finish((F.ERROR, info))
        self.ready.set()
        self._close_socket()

    def _close_socket(self) -> None:
        with self._lock:
            self.state = _CLOSED
            self._wake.notify_all()
            sock = self._sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes the reader, which closes it
            except OSError:
                pass

    def close(self, info: F.ErrorInfo) -> None:
        if self.state == _CONNECTING:
            with self._lock:
                self.state = _CLOSED
            self.ready.set()
            return
        self._fail(info, final=True)


def _describe(e: OSError) -> str:
    import errno as _errno

    if isinstance(e, socket.timeout):
        return "timed out"
    name = _errno.errorcode.get(e.errno or 0)
    return name or type(e).__name__


class Client:
    """A blocking client of ``resumed``; safe to share between threads.

    Calls are multiplexed over ``connections`` TCP connections (default 1),
    opened lazily, each new call going to the least-loaded one. A broken
    connection is replaced by the next call; calls that were already sent on
    it raise :class:`~resumed_client.Unavailable` and are never resent (a
    resend could duplicate a create).

    Args:
        address: ``"host:port"``, ``"[::1]:port"`` or ``"unix:/path"``; default
            env ``RESUMED_SERVER``, else ``127.0.0.1:7700``.
        token: bearer token sent with every call (a user or service token);
            a call's own ``token=`` wins.
        timeout: default deadline of a call in seconds (None: the server's
            default deadline, and no local bound).
        connections: how many connections to spread calls over.
        connect_timeout: bound on opening one connection, in seconds.
        max_frame_bytes: the server's frame limit (``--max-frame-bytes``):
            larger requests are refused before sending, larger answers end
            the connection.

    Use as a context manager, or call :meth:`close`.
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
        self._lock = threading.Lock()
        self._closed = False
        self.connections_opened = 0
        """Connections opened so far (replacements included)."""

    def __repr__(self) -> str:
        return "Client(%r)" % self.address

    @property
    def in_flight(self) -> int:
        """Calls sent (handed to the socket) and not yet answered, over all connections."""
        with self._lock:
            return sum(c.in_flight for c in self._slots if c is not None)

    def call(
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
        call = _Call(rest, deadline)
        for attempt in range(F.MAX_ATTEMPTS):
            if attempt:
                call.reset()
            conn = self._connection(deadline, method)
            if deadline is not None and time.monotonic() >= deadline:
                with self._lock:
                    conn.reserved -= 1
                raise DeadlineExceeded("deadline passed before the call could be sent", method=method)
            try:
                submitted = conn.submit(call)
            finally:
                with self._lock:
                    conn.reserved -= 1
            if not submitted:
                continue
            wait = None if deadline is None else deadline - time.monotonic() + F.LOCAL_DEADLINE_GRACE
            if not call.event.wait(wait):
                conn.abandon(call)
                if call.outcome is None:
                    raise DeadlineExceeded("no answer within the %.3f s deadline" % (timeout or 0.0), method=method)
            kind, data = call.outcome  # type: ignore[misc]
            if kind == F.FRAME:
                return F.result(data, response_type, method)
            if kind == F.ERROR:
                raise F.outcome_error(data, method)
            # RETRY: the connection broke before the call was sent.
            if deadline is not None and time.monotonic() >= deadline:
                raise DeadlineExceeded("deadline passed before the call could be sent", method=method)
        raise Unavailable("the call could not be sent: connections kept closing", method=method)

    def _connection(self, deadline: Optional[float], method: str) -> _Connection:
        """A connection taking calls, opening one if the pool wants it; reserves a place on it."""
        for _ in range(F.MAX_ATTEMPTS):
            opener = False
            with self._lock:
                if self._closed:
                    raise Cancelled("the client is closed", method=method)
                live = [c for c in self._slots if c is not None and c.usable]
                best = min(live, key=lambda c: c.load) if live else None
                if best is None or (best.load > 0 and len(live) < len(self._slots)):
                    index = next(i for i, c in enumerate(self._slots) if c is None or not c.usable)
                    best = _Connection(self._target, self._max_frame_bytes)
                    self._slots[index] = best
                    opener = True
                best.reserved += 1
            conn = best
            if opener:
                limit = self._connect_timeout
                if deadline is not None:
                    limit = max(0.001, min(limit, deadline - time.monotonic()))
                if conn.open(limit):
                    with self._lock:
                        self.connections_opened += 1
                elif deadline is not None and time.monotonic() >= deadline:
                    with self._lock:
                        conn.reserved -= 1
                    raise DeadlineExceeded("deadline passed while connecting", method=method)
            else:
                wait = None if deadline is None else max(0.0, deadline - time.monotonic())
                if not conn.ready.wait(wait):
                    with self._lock:
                        conn.reserved -= 1
                    raise DeadlineExceeded("deadline passed while connecting", method=method)
            if conn.state == _OPEN:
                return conn
            with self._lock:
                conn.reserved -= 1
            if conn.connect_error is not None:
                raise Unavailable("cannot connect to %s (%s)" % (self.address, conn.connect_error), method=method)
        raise Unavailable("cannot get a connection to %s" % self.address, method=method)

    def close(self) -> None:
        """Closes every connection; calls still waiting raise Cancelled. Idempotent."""
        with self._lock:
            self._closed = True
            conns = [c for c in self._slots if c is not None]
            self._slots = [None] * len(self._slots)
        for c in conns:
            c.close((StatusCode.CANCELLED, "the client was closed"))

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
