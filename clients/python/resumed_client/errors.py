"""Status codes and the exceptions a failed call raises (docs/PROTOCOL.md §6).

Every non-OK answer raises a subclass of :class:`RPCError`, one per status
code, so callers can write ``except NotFound:``. Messages come from the
server (which never puts personal data in them) or from this library; they
never contain request content.
"""

from __future__ import annotations

import enum
from typing import Dict, List, Mapping, NamedTuple, Optional, Sequence, Type

__all__ = [
    "StatusCode",
    "FieldViolation",
    "RPCError",
    "Cancelled",
    "Unknown",
    "InvalidArgument",
    "DeadlineExceeded",
    "NotFound",
    "AlreadyExists",
    "PermissionDenied",
    "ResourceExhausted",
    "FailedPrecondition",
    "Aborted",
    "OutOfRange",
    "Unimplemented",
    "Internal",
    "Unavailable",
    "DataLoss",
    "Unauthenticated",
    "error_for_status",
]


class StatusCode(enum.IntEnum):
    """gRPC's status codes, with gRPC's names and numbers (PROTOCOL.md §6)."""

    OK = 0
    CANCELLED = 1
    UNKNOWN = 2
    INVALID_ARGUMENT = 3
    DEADLINE_EXCEEDED = 4
    NOT_FOUND = 5
    ALREADY_EXISTS = 6
    PERMISSION_DENIED = 7
    RESOURCE_EXHAUSTED = 8
    FAILED_PRECONDITION = 9
    ABORTED = 10
    OUT_OF_RANGE = 11
    UNIMPLEMENTED = 12
    INTERNAL = 13
    UNAVAILABLE = 14
    DATA_LOSS = 15
    UNAUTHENTICATED = 16


class FieldViolation(NamedTuple):
    """One invalid request field of an ``INVALID_ARGUMENT`` answer."""

    field: str
    """Path of the field in the request message, e.g. ``"page_size"`` or ``"metadata[x-a]"``."""
    description: str
    """What is wrong with it."""


class RPCError(Exception):
    """A call that did not end with ``OK``.

    Attributes:
        code: the :class:`StatusCode` (numbers the client does not know are ``UNKNOWN``).
        message: the server's human-readable text, or this library's; never request content.
        violations: one :class:`FieldViolation` per invalid field (``INVALID_ARGUMENT``).
        metadata: the response metadata, e.g. ``{"retry-after-ms": "250"}``.
        method: the method path of the call, when known.
    """

    code: StatusCode = StatusCode.UNKNOWN

    def __init__(
        self,
        message: str = "",
        *,
        code: Optional[StatusCode] = None,
        violations: Sequence[FieldViolation] = (),
        metadata: Optional[Mapping[str, str]] = None,
        method: Optional[str] = None,
    ) -> None:
        if code is not None:
            self.code = StatusCode(code)
        self.message: str = message
        self.violations: List[FieldViolation] = list(violations)
        self.metadata: Dict[str, str] = dict(metadata or {})
        self.method: Optional[str] = method
        super().__init__(self.__str__())

    @property
    def retry_after(self) -> Optional[float]:
        """Seconds to wait before retrying, from response metadata ``retry-after-ms``; else None."""
        raw = self.metadata.get("retry-after-ms")
        if raw is None or not raw.isdigit():
            return None
        return int(raw) / 1000.0

    def __str__(self) -> str:
        text = self.code.name
        if self.message:
            text += ": " + self.message
        if self.violations:
            text += " (" + "; ".join("%s: %s" % (v.field, v.description) for v in self.violations) + ")"
        if self.method:
            text += " [" + self.method + "]"
        return text

    def __repr__(self) -> str:
        return "%s(%r)" % (type(self).__name__, str(self))

    def __reduce__(self):  # picklable, e.g. across process pools
        return (_rebuild, (type(self), self.code, self.message, self.violations, self.metadata, self.method))


def _rebuild(cls, code, message, violations, metadata, method):
    return cls(message, code=code, violations=violations, metadata=metadata, method=method)


class Cancelled(RPCError):
    """The call was abandoned (e.g. the client was closed)."""

    code = StatusCode.CANCELLED


class Unknown(RPCError):
    """A status this client cannot interpret."""

    code = StatusCode.UNKNOWN


class InvalidArgument(RPCError):
    """A request field failed validation (see ``violations``), bad metadata, or a bad payload."""

    code = StatusCode.INVALID_ARGUMENT


class DeadlineExceeded(RPCError):
    """The call's deadline passed, on the server or locally."""

    code = StatusCode.DEADLINE_EXCEEDED


class NotFound(RPCError):
    """The resource does not exist (or belongs to another user)."""

    code = StatusCode.NOT_FOUND


class AlreadyExists(RPCError):
    """E.g. an email address already registered."""

    code = StatusCode.ALREADY_EXISTS


class PermissionDenied(RPCError):
    """Authenticated, but this kind of token may not call this method."""

    code = StatusCode.PERMISSION_DENIED


class ResourceExhausted(RPCError):
    """A frame over the size limit, or the server is saturated (see ``retry_after``)."""

    code = StatusCode.RESOURCE_EXHAUSTED


class FailedPrecondition(RPCError):
    """The system is not in a state to do this."""

    code = StatusCode.FAILED_PRECONDITION


class Aborted(RPCError):
    """A concurrency conflict, e.g. a stale ``expected_version``: read again, then retry."""

    code = StatusCode.ABORTED


class OutOfRange(RPCError):
    """Reserved in v1."""

    code = StatusCode.OUT_OF_RANGE


class Unimplemented(RPCError):
    """Unknown method, or one this server does not implement."""

    code = StatusCode.UNIMPLEMENTED


class Internal(RPCError):
    """A server bug, or an answer this client could not decode."""

    code = StatusCode.INTERNAL


class Unavailable(RPCError):
    """Server unreachable, draining or gone; or the connection broke with the call in flight.

    A call that failed this way after it was sent may have taken effect
    (docs/API.md, Retrying): the client never resends it by itself.
    """

    code = StatusCode.UNAVAILABLE


class DataLoss(RPCError):
    """Reserved in v1."""

    code = StatusCode.DATA_LOSS


class Unauthenticated(RPCError):
    """Missing, malformed, expired or revoked credentials."""

    code = StatusCode.UNAUTHENTICATED


_BY_CODE: Dict[StatusCode, Type[RPCError]] = {
    cls.code: cls
    for cls in (
        Cancelled, Unknown, InvalidArgument, DeadlineExceeded, NotFound, AlreadyExists,
        PermissionDenied, ResourceExhausted, FailedPrecondition, Aborted, OutOfRange,
        Unimplemented, Internal, Unavailable, DataLoss, Unauthenticated,
    )
}


def error_for_status(
    code: int,
    message: str = "",
    violations: Sequence[FieldViolation] = (),
    metadata: Optional[Mapping[str, str]] = None,
    method: Optional[str] = None,
) -> RPCError:
    """The exception for a non-OK status code; a number outside 1..16 becomes :class:`Unknown`."""
    try:
        status = StatusCode(code)
    except ValueError:
        return Unknown(
            "unknown status code %d%s" % (code, (": " + message) if message else ""),
            violations=violations, metadata=metadata, method=method,
        )
    if status is StatusCode.OK:
        raise ValueError("OK is not an error")
    return _BY_CODE[status](message, violations=violations, metadata=metadata, method=method)
