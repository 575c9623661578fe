"""Deadlines: sent as timeout_ms and applied by the server; enforced locally
when the server does not answer at all."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Callable, Dict

import pytest

from conftest import wait_for

from resumed_client import (
    AdminStub,
    AsyncClient,
    AsyncDiagnosticsStub,
    Client,
    DeadlineExceeded,
    DiagnosticsStub,
    ResumeServiceStub,
    admin_pb2,
    diagnostics_pb2,
    resumes_pb2,
)

# Redacting 200 KiB takes the daemon far longer than the deadlines below
# (about 0.6 s in a debug build); a deadline answer stores nothing.
BIG_TEXT = ("Jane Doe, jane@example.com, +1 415 555 0100. Swift, PostgreSQL, Redis. " * 4000)[:200_000]
TIMEOUT = 0.02


def deadline_count(client: Client, service_token: str, method: str) -> int:
    stats = AdminStub(client).get_stats(admin_pb2.GetStatsRequest(), token=service_token)
    return sum(m.calls for m in stats.methods if m.method == method and m.code == "DEADLINE_EXCEEDED")


def test_deadline_is_sent_and_applied_by_the_server(daemon, user) -> None:
    method = "/resume.v1.ResumeService/CreateResume"
    with Client(daemon.address, token=user["token"]) as client:
        before = deadline_count(client, daemon.service_token, method)
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded) as info:
            ResumeServiceStub(client).create_resume(
                resumes_pb2.CreateResumeRequest(title="slow", raw_text=BIG_TEXT), timeout=TIMEOUT)
        assert time.monotonic() - started < TIMEOUT + 1.0
        assert BIG_TEXT[:20] not in str(info.value)
        # The server counted it as its own DEADLINE_EXCEEDED: timeout_ms reached it.
        wait_for(lambda: deadline_count(client, daemon.service_token, method) == before + 1, 10,
                 "the server's DEADLINE_EXCEEDED for CreateResume in GetStats")
        listed = ResumeServiceStub(client).list_resumes(resumes_pb2.ListResumesRequest())
        assert [r.title for r in listed.resumes if r.title == "slow"] == []


def timed_in_thread(fn: Callable[[], object], limit: float) -> Dict[str, object]:
    """Runs fn in a thread and waits up to `limit` s: {"error" or "result", "elapsed"}.
    A client that never gives up fails the test instead of hanging it."""
    box: Dict[str, object] = {}

    def run() -> None:
        started = time.monotonic()
        try:
            box["result"] = fn()
        except BaseException as e:
            box["error"] = e
        box["elapsed"] = time.monotonic() - started

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(limit)
    return box


def test_deadline_enforced_locally_when_the_server_never_answers(own_daemon) -> None:
    with Client(own_daemon.address) as client:
        echo = DiagnosticsStub(client)
        echo.echo(diagnostics_pb2.EchoRequest())  # connected
        own_daemon.suspend()  # SIGSTOP: nothing is answered
        try:
            box = timed_in_thread(
                lambda: echo.echo(diagnostics_pb2.EchoRequest(payload=b"never answered"), timeout=0.3), 0.3 + 1.0)
        finally:
            own_daemon.resume()
        assert isinstance(box.get("error"), DeadlineExceeded), box
        assert 0.3 <= box["elapsed"] < 0.3 + 1.0  # type: ignore[operator]
        # The late answer is dropped by id; the connection goes on.
        assert echo.echo(diagnostics_pb2.EchoRequest(payload=b"after")).payload == b"after"
        assert client.connections_opened == 1


def test_deadline_enforced_locally_asyncio(own_daemon) -> None:
    async def main() -> None:
        async with AsyncClient(own_daemon.address) as client:
            echo = AsyncDiagnosticsStub(client)
            await echo.echo(diagnostics_pb2.EchoRequest())
            own_daemon.suspend()
            try:
                started = time.monotonic()
                # wait_for: a client that never gives up fails the test instead of hanging it.
                results = await asyncio.wait_for(asyncio.gather(
                    *(echo.echo(diagnostics_pb2.EchoRequest(), timeout=0.3) for _ in range(10)),
                    return_exceptions=True), 0.3 + 1.0)
                elapsed = time.monotonic() - started
            finally:
                own_daemon.resume()
            assert all(isinstance(r, DeadlineExceeded) for r in results), results
            assert 0.3 <= elapsed < 0.3 + 1.0
            assert client.in_flight == 0
            assert (await echo.echo(diagnostics_pb2.EchoRequest(payload=b"after"))).payload == b"after"
            assert client.connections_opened == 1

    asyncio.run(main())


def test_client_default_timeout(own_daemon) -> None:
    with Client(own_daemon.address, timeout=0.2) as client:
        echo = DiagnosticsStub(client)
        echo.echo(diagnostics_pb2.EchoRequest())
        own_daemon.suspend()
        try:
            box = timed_in_thread(lambda: echo.echo(diagnostics_pb2.EchoRequest()), 0.2 + 1.0)
        finally:
            own_daemon.resume()
        assert isinstance(box.get("error"), DeadlineExceeded), box
