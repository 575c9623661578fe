"""Sans-I/O pieces shared by the blocking and the asyncio client: addresses,
metadata, request encoding with its bounds, the length-prefixed frame
reader, and turning a ResponseFrame into a result or an exception.

Wire contract: docs/PROTOCOL.md (§3 frames, §4 envelope, §5 calls, §6 status).
"""

from __future__ import annotations

import math
import os
import struct
from typing import Any, Dict, List, Mapping, Optional, Tuple

from ._proto.resume.rpc.v1 import rpc_pb2
from .errors import (
    FieldViolation,
    Internal,
    InvalidArgument,
    ResourceExhausted,
    RPCError,
    StatusCode,
    error_for_status,
)

DEFAULT_ADDRESS = "127.0.0.1:7700"
# The server's default --max-frame-bytes (PROTOCOL.md §3, §7).
DEFAULT_MAX_FRAME_BYTES = 4 * 1024 * 1024
# How much longer than the deadline the client waits for the server's own
# DEADLINE_EXCEEDED before it gives up locally (PROTOCOL.md §11: "a little after").
LOCAL_DEADLINE_GRACE = 0.1
# A call whose connection broke before it was sent is retried on a new
# connection at most this many times (never one that was sent).
MAX_ATTEMPTS = 4
_MAX_TIMEOUT_MS = 2**32 - 1
_LENGTH = struct.Struct(">I")

# Outcome kinds of one attempt of a call.
FRAME = "frame"    # a ResponseFrame answering it
ERROR = "error"    # the connection failed with the call sent: an error status
RETRY = "retry"    # the connection failed before the call was sent

ErrorInfo = Tuple[int, str]  # (status code, message) for failures made by the client
Outcome = Tuple[str, Any]

Target = Tuple[str, str, int]  # ("tcp", host, port) or ("unix", path, 0)


def resolve_address(address: Optional[str]) -> str:
    """The address to use: the argument, else env ``RESUMED_SERVER``, else ``127.0.0.1:7700``."""
    if address:
        return address
    return os.environ.get("RESUMED_SERVER") or DEFAULT_ADDRESS


def parse_address(address: str) -> Target:
    """``host:port``, ``[v6]:port`` or ``unix:/path`` -> ``("tcp", host, port)`` or ``("unix", path, 0)``."""
    if address.startswith("unix:"):
        path = address[len("unix:"):]
        if not path:
            raise ValueError("empty Unix socket path in address %r" % address)
        return ("unix", path, 0)
    if address.startswith("["):
        host, sep, rest = address[1:].partition("]")
        if not sep or not rest.startswith(":"):
            raise ValueError("address %r is not [host]:port" % address)
        port_text = rest[1:]
    else:
        host, sep, port_text = address.rpartition(":")
        if not sep or not host:
            raise ValueError("address %r is not host:port" % address)
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError("address %r has no valid port" % address)
    return ("tcp", host, int(port_text))


def _check_text(value: Any, what: str, field: str) -> None:
    # A NUL or invalid UTF-8 in the method or metadata makes the whole
    # RequestFrame invalid: a connection-level error that would fail every
    # other call in flight (PROTOCOL.md §4, §7). Refuse such a call here.
    if not isinstance(value, str):
        raise TypeError("%s must be str, not %s" % (what, type(value).__name__))
    if "\x00" in value:
        raise InvalidArgument("%s contains U+0000" % what, violations=[FieldViolation(field, "contains U+0000")])
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidArgument("%s is not valid UTF-8" % what,
                              violations=[FieldViolation(field, "not valid UTF-8")]) from None


def call_metadata(
    client_token: Optional[str],
    metadata: Optional[Mapping[str, str]],
    token: Optional[str],
) -> Dict[str, str]:
    """The request metadata: the client's token, then ``metadata``, then the call's ``token`` (last wins)."""
    md: Dict[str, str] = {}
    if client_token is not None:
        md["authorization"] = "Bearer " + client_token
    if metadata:
        for key, value in metadata.items():
            _check_text(key, "a metadata key", "metadata")
            md[key] = value
    if token is not None:
        md["authorization"] = "Bearer " + token
    for key, value in md.items():
        _check_text(value, "the metadata value of %r" % key if key.isascii() else "a metadata value",
                    "metadata[%s]" % key)
    return md


def serialize(request: Any) -> bytes:
    """The request message's bytes (a protobuf message, or bytes taken as already serialised)."""
    if isinstance(request, (bytes, bytearray, memoryview)):
        return bytes(request)
    try:
        return request.SerializeToString()
    except AttributeError:
        raise TypeError("request must be a protobuf message, not %s" % type(request).__name__) from None
    except Exception as e:  # the runtime's message may quote the bad value: never repeat it
        raise InvalidArgument("the %s could not be serialised (%s)"
                              % (type(request).__name__, type(e).__name__)) from None


def encode_rest(method: str, payload: bytes, metadata: Mapping[str, str], max_frame_bytes: int) -> bytes:
    """The RequestFrame fields that do not change between attempts (method, payload, metadata).

    The per-attempt fields (call_id, timeout_ms) are serialised separately and
    put in front (:func:`frame`): concatenated protobuf encodings of one
    message type parse as their merge, so the body is one RequestFrame.
    """
    _check_text(method, "the method", "method")
    msg = rpc_pb2.RequestFrame(method=method, payload=payload)
    for k, v in metadata.items():
        msg.metadata[k] = v
    rest = msg.SerializeToString()
    # 16 bytes: the most call_id (11) and timeout_ms (6) can add, less one.
    if len(rest) + 17 > max_frame_bytes:
        raise ResourceExhausted(
            "request frame of about %d bytes exceeds the %d-byte frame limit; not sent"
            % (len(rest) + 17, max_frame_bytes),
            method=method,
        )
    return rest


def timeout_ms(remaining: Optional[float]) -> int:
    """``timeout_ms`` for a call with ``remaining`` seconds left: at least 1 (0 means the server default)."""
    if remaining is None:
        return 0
    return min(_MAX_TIMEOUT_MS, max(1, int(math.ceil(remaining * 1000.0))))


def frame(call_id: int, timeout: int, rest: bytes) -> bytes:
    """One whole frame: the length prefix and the RequestFrame body."""
    head = rpc_pb2.RequestFrame(call_id=call_id, timeout_ms=timeout).SerializeToString()
    return _LENGTH.pack(len(head) + len(rest)) + head + rest


class FrameTooLarge(Exception):
    """The peer announced a frame over our limit (never buffered)."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__("server sent a frame of %d bytes, over the client's %d-byte limit" % (length, limit))


class FrameDecoder:
    """Reassembles frames by length (PROTOCOL.md §11). Input held is bounded:
    at most one incomplete frame of at most ``max_frame_bytes`` plus a prefix."""

    def __init__(self, max_frame_bytes: int) -> None:
        self.max_frame_bytes = max_frame_bytes
        self._buf = bytearray()

    def feed(self, data: bytes) -> List[bytes]:
        """Adds bytes; returns the bodies of every frame now complete. Raises FrameTooLarge."""
        buf = self._buf
        buf += data
        bodies: List[bytes] = []
        pos = 0
        n = len(buf)
        while n - pos >= 4:
            (length,) = _LENGTH.unpack_from(buf, pos)
            if length > self.max_frame_bytes:
                raise FrameTooLarge(length, self.max_frame_bytes)
            if n - pos - 4 < length:
                break
            bodies.append(bytes(buf[pos + 4:pos + 4 + length]))
            pos += 4 + length
        if pos:
            del buf[:pos]
        return bodies

    @property
    def buffered(self) -> int:
        """Bytes held of an incomplete frame."""
        return len(self._buf)


def parse_response(body: bytes) -> rpc_pb2.ResponseFrame:
    """Decodes a ResponseFrame body; raises Internal when it is not one."""
    msg = rpc_pb2.ResponseFrame()
    try:
        msg.ParseFromString(body)
    except Exception:
        raise Internal("server sent a frame that is not a ResponseFrame") from None
    return msg


def status_error(status: rpc_pb2.Status, metadata: Mapping[str, str], method: Optional[str]) -> RPCError:
    """The exception for a non-OK Status."""
    return error_for_status(
        status.code,
        status.message,
        [FieldViolation(v.field, v.description) for v in status.violations],
        dict(metadata),
        method,
    )


def result(response: rpc_pb2.ResponseFrame, response_type: Any, method: str) -> Any:
    """The decoded response of an answered call, or raises its status as an exception.

    A missing status is OK (proto3 default, PROTOCOL.md §4).
    """
    status = response.status
    if status.code != StatusCode.OK:
        raise status_error(status, response.metadata, method)
    if response_type is None:
        return response.payload
    out = response_type()
    try:
        out.ParseFromString(response.payload)
    except Exception:
        raise Internal("the answer is not a %s" % response_type.DESCRIPTOR.full_name, method=method) from None
    return out


def outcome_error(info: ErrorInfo, method: str) -> RPCError:
    """The exception for a call failed by its connection (``ERROR`` outcome)."""
    code, message = info
    return error_for_status(code, message, method=method)


def goaway_info(response: rpc_pb2.ResponseFrame) -> ErrorInfo:
    """What a connection-level error (call_id 0) means for the calls it ends."""
    code = response.status.code or StatusCode.UNAVAILABLE
    text = response.status.message or "the server closed the connection"
    return (code, "connection-level error from the server: " + text)
