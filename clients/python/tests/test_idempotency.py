"""Idempotency keys from Python: the same key answers the first row, a key
reused for another request is FailedPrecondition, and retrying_create keeps
one key across its retries, so a create whose answers were lost is stored once."""

from __future__ import annotations

import asyncio
import threading
from typing import List

import pytest

from resumed_client import (
    AsyncClient,
    AsyncResumeServiceStub,
    Client,
    FailedPrecondition,
    InvalidArgument,
    ResumeServiceStub,
    UserServiceStub,
    new_idempotency_key,
    resumes_pb2,
    retrying_create,
    retrying_create_async,
    users_pb2,
)

from conftest import unique_email, wait_for


def request(title: str = "Backend") -> resumes_pb2.CreateResumeRequest:
    return resumes_pb2.CreateResumeRequest(title=title, raw_text="Go, PostgreSQL and Kubernetes.")


def count(stub: ResumeServiceStub, token: str) -> int:
    return len(stub.list_resumes(resumes_pb2.ListResumesRequest(page_size=100), token=token).resumes)


def test_the_same_key_answers_the_first_row(daemon, user) -> None:
    with Client(daemon.address) as c:
        stub = ResumeServiceStub(c)
        key = new_idempotency_key()
        first = stub.create_resume(request(), token=user["token"], metadata={"idempotency-key": key})
        again = stub.create_resume(request(), token=user["token"], metadata={"idempotency-key": key})
        assert again == first and count(stub, user["token"]) == 1
        with pytest.raises(FailedPrecondition) as e:
            stub.create_resume(request("Other"), token=user["token"], metadata={"idempotency-key": key})
        assert "first used at" in e.value.message and key not in e.value.message
        with pytest.raises(InvalidArgument):
            stub.create_resume(request(), token=user["token"], metadata={"idempotency-key": ""})
        assert retrying_create(stub.create_resume, request(), key=key, token=user["token"]) == first
        assert count(stub, user["token"]) == 1


def test_retrying_create_keeps_its_key_while_the_daemon_is_stopped(own_daemon) -> None:
    with Client(own_daemon.address, token=own_daemon.service_token) as c:
        users = UserServiceStub(c)
        email = unique_email()
        users.create_user(users_pb2.CreateUserRequest(email=email, password="correct horse battery"))
        token = users.authenticate(users_pb2.AuthenticateRequest(email=email, password="correct horse battery")).token
        stub = ResumeServiceStub(c)
        attempts: List[str] = []

        def create(req, **kwargs):
            attempts.append(kwargs["metadata"]["idempotency-key"])
            return stub.create_resume(req, **kwargs)

        own_daemon.suspend()  # the first attempts are sent and never answered in time
        result: List[object] = []
        worker = threading.Thread(target=lambda: result.append(
            retrying_create(create, request(), attempts=20, backoff=0.05, timeout=0.5, token=token)))
        worker.start()
        wait_for(lambda: len(attempts) >= 2, 30, "a second attempt")
        own_daemon.resume()
        worker.join(60)
        assert len(result) == 1 and isinstance(result[0], resumes_pb2.Resume), result
        assert len(set(attempts)) == 1 and len(attempts) >= 2
        assert count(stub, token) == 1


def test_retrying_create_async_gives_up_on_other_errors(daemon, user) -> None:
    async def main() -> None:
        async with AsyncClient(daemon.address) as client:
            stub = AsyncResumeServiceStub(client)
            created = await retrying_create_async(stub.create_resume, request(), token=user["token"])
            assert created.version == 1
            calls = []

            async def bad(req, **kwargs):
                calls.append(1)
                return await stub.create_resume(resumes_pb2.CreateResumeRequest(title="", raw_text="x"), **kwargs)

            with pytest.raises(InvalidArgument):
                await retrying_create_async(bad, request(), token=user["token"])
            assert len(calls) == 1

    asyncio.run(main())
