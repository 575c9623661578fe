"""Many calls at once: over one asyncio connection, from many threads over one
blocking connection, and spread over a pool."""

from __future__ import annotations

import asyncio
import threading
from typing import List

from resumed_client import AsyncClient, AsyncDiagnosticsStub, Client, DiagnosticsStub, diagnostics_pb2


def test_1000_concurrent_calls_over_one_asyncio_connection(daemon) -> None:
    async def main() -> None:
        async with AsyncClient(daemon.address) as client:
            echo = AsyncDiagnosticsStub(client)
            payloads = [b"call %d " % i + bytes([i % 256]) * (i % 300) for i in range(1000)]
            answers = await asyncio.gather(*(echo.echo(diagnostics_pb2.EchoRequest(payload=p)) for p in payloads))
            assert [a.payload for a in answers] == payloads  # each answer matched to its own call
            assert client.connections_opened == 1
            assert client.in_flight == 0

    asyncio.run(main())


def test_blocking_client_from_many_threads_over_one_connection(daemon) -> None:
    errors: List[BaseException] = []
    start = threading.Barrier(8)
    with Client(daemon.address) as client:
        echo = DiagnosticsStub(client)

        def worker(n: int) -> None:
            try:
                start.wait()
                for i in range(100):
                    p = b"thread %d call %d" % (n, i)
                    assert echo.echo(diagnostics_pb2.EchoRequest(payload=p)).payload == p
            except BaseException as e:  # reported below, in the test's thread
                errors.append(e)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not any(t.is_alive() for t in threads)
        assert errors == []
        assert client.connections_opened == 1
        assert client.in_flight == 0


def test_pool_spreads_concurrent_calls(daemon) -> None:
    async def main() -> None:
        async with AsyncClient(daemon.address, connections=4) as client:
            echo = AsyncDiagnosticsStub(client)
            answers = await asyncio.gather(*(echo.echo(diagnostics_pb2.EchoRequest(payload=b"%d" % i))
                                             for i in range(400)))
            assert [a.payload for a in answers] == [b"%d" % i for i in range(400)]
            assert client.connections_opened == 4
            # Idle connections are reused, not multiplied.
            await asyncio.gather(*(echo.echo(diagnostics_pb2.EchoRequest()) for _ in range(100)))
            assert client.connections_opened == 4

    asyncio.run(main())


def test_blocking_pool_spreads_threads(daemon) -> None:
    with Client(daemon.address, connections=3) as client:
        echo = DiagnosticsStub(client)
        start = threading.Barrier(6)
        errors: List[BaseException] = []

        def worker() -> None:
            try:
                start.wait()
                for _ in range(50):
                    echo.echo(diagnostics_pb2.EchoRequest(payload=b"x"))
            except BaseException as e:
                errors.append(e)

        threads = [threading.Thread(target=worker) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        assert 1 <= client.connections_opened <= 3


def test_answers_out_of_order_are_matched_by_call_id(daemon, user) -> None:
    """A slow call first, fast ones after: the server answers the fast ones
    first (PROTOCOL.md §5.6), and each answer reaches its own caller."""
    from resumed_client import AsyncResumeServiceStub, resumes_pb2

    text = ("Swift, PostgreSQL and Redis; distributed systems; on call. " * 4000)[:200_000]

    async def main() -> None:
        async with AsyncClient(daemon.address, token=user["token"]) as client:
            slow = asyncio.ensure_future(AsyncResumeServiceStub(client).create_resume(
                resumes_pb2.CreateResumeRequest(title="slow one", raw_text=text)))
            echo = AsyncDiagnosticsStub(client)
            fast = await asyncio.gather(*(echo.echo(diagnostics_pb2.EchoRequest(payload=b"%d" % i))
                                          for i in range(50)))
            assert [a.payload for a in fast] == [b"%d" % i for i in range(50)]
            resume = await slow
            assert resume.title == "slow one" and len(resume.raw_text) == len(text)
            assert client.connections_opened == 1

    asyncio.run(main())
