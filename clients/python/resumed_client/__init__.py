"""Python client of ``resumed``: protobuf messages in length-prefixed frames over TCP.

Quick start::

    from resumed_client import Client, ResumeServiceStub, resumes_pb2

    with Client("127.0.0.1:7700", token=user_token) as client:
        resume = ResumeServiceStub(client).get_resume(resumes_pb2.GetResumeRequest(id=resume_id))

:class:`Client` is blocking and thread-safe; :class:`AsyncClient` is for
asyncio. The stubs (``<Service>Stub`` and ``Async<Service>Stub``, one pair
per service in proto/) wrap ``client.call``. A failed call raises a subclass
of :class:`RPCError`, one per status code. The wire contract is
docs/PROTOCOL.md; methods and auth are in docs/API.md.
"""

from ._aio import AsyncClient
from ._client import Client
from ._proto.resume.rpc.v1 import admin_pb2, diagnostics_pb2, health_pb2, reflection_pb2
from ._proto.resume.v1 import analyses_pb2, generation_pb2, job_descriptions_pb2, resumes_pb2, users_pb2
from ._stubs import *  # noqa: F401,F403  (every <Service>Stub and Async<Service>Stub)
from . import _stubs
from . import errors as _errors
from .errors import *  # noqa: F401,F403  (StatusCode, FieldViolation, RPCError and one subclass per status code)
from .retrying import new_idempotency_key, retrying_create, retrying_create_async

__version__ = "0.1.0"

__all__ = (
    ["Client", "AsyncClient", "new_idempotency_key", "retrying_create", "retrying_create_async"]
    + [name for name in _errors.__all__ if name != "error_for_status"]
    + [
        "admin_pb2",
        "diagnostics_pb2",
        "health_pb2",
        "reflection_pb2",
        "analyses_pb2",
        "generation_pb2",
        "job_descriptions_pb2",
        "resumes_pb2",
        "users_pb2",
    ]
    + sorted(name for name in vars(_stubs) if name.endswith("Stub") and not name.startswith("_"))
)
