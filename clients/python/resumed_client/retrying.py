"""Creates made safe to retry: an idempotency key per create, sent again with
every retry (docs/API.md, "Idempotency keys").

    from resumed_client import retrying_create
    resume = retrying_create(stub.create_resume, resumes_pb2.CreateResumeRequest(...), token=token)

The key is made once, before the first attempt; an attempt that failed
``UNAVAILABLE`` or ``DEADLINE_EXCEEDED`` (the create may have been stored) or
``RESOURCE_EXHAUSTED`` with ``retry-after-ms`` (a saturated lane, a rate) is
sent again with the same key, so the row is stored once whatever happened.
Other errors are raised at once.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any, Awaitable, Callable, Dict, Mapping, Optional, TypeVar

from .errors import DeadlineExceeded, ResourceExhausted, RPCError, Unavailable

METADATA_KEY = "idempotency-key"

T = TypeVar("T")

__all__ = ["METADATA_KEY", "new_idempotency_key", "retrying_create", "retrying_create_async"]


def new_idempotency_key() -> str:
    """A fresh random key (a UUID): one per create, the same for its retries."""
    return str(uuid.uuid4())


def _metadata(metadata: Optional[Mapping[str, str]], key: str) -> Dict[str, str]:
    md = dict(metadata or {})
    md[METADATA_KEY] = key
    return md


def _pause(error: RPCError, attempt: int, backoff: float) -> Optional[float]:
    """Seconds to wait before attempt ``attempt + 1``, or None when ``error`` is not worth a retry."""
    if isinstance(error, (Unavailable, DeadlineExceeded)):
        return max(error.retry_after or 0.0, backoff * (2 ** attempt))
    if isinstance(error, ResourceExhausted) and error.retry_after is not None:
        return error.retry_after  # a saturated lane or a rate; a quota a user holds has no retry-after
    return None


def retrying_create(call: Callable[..., T], request: Any, *, attempts: int = 5, backoff: float = 0.1,
                    key: Optional[str] = None, metadata: Optional[Mapping[str, str]] = None, **kwargs: Any) -> T:
    """Calls a create stub method (``stub.create_resume`` …) with an idempotency
    key (``key``, or a new one) and retries it up to ``attempts`` times in all."""
    md = _metadata(metadata, key or new_idempotency_key())
    for attempt in range(attempts):
        try:
            return call(request, metadata=md, **kwargs)
        except RPCError as e:
            pause = _pause(e, attempt, backoff)
            if pause is None or attempt == attempts - 1:
                raise
            time.sleep(pause)
    raise AssertionError("unreachable")


async def retrying_create_async(call: Callable[..., Awaitable[T]], request: Any, *, attempts: int = 5, backoff: float = 0.1,
                                key: Optional[str] = None, metadata: Optional[Mapping[str, str]] = None,
                                **kwargs: Any) -> T:
    """:func:`retrying_create` for the asyncio stubs."""
    md = _metadata(metadata, key or new_idempotency_key())
    for attempt in range(attempts):
        try:
            return await call(request, metadata=md, **kwargs)
        except RPCError as e:
            pause = _pause(e, attempt, backoff)
            if pause is None or attempt == attempts - 1:
                raise
            await asyncio.sleep(pause)
    raise AssertionError("unreachable")
