"""The daemon goes away mid-use: calls in flight fail UNAVAILABLE (never
resent), and the same client object carries on once a daemon is back on the
port; a draining daemon's connection takes no new calls."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import threading
import time
from typing import List, Optional

import pytest

from resumed_client import (
    AsyncClient,
    AsyncDiagnosticsStub,
    AsyncHealthStub,
    Client,
    DiagnosticsStub,
    HealthStub,
    ResumeServiceStub,
    Unavailable,
    UserServiceStub,
    diagnostics_pb2,
    health_pb2,
    resumes_pb2,
    users_pb2,
)

from conftest import unique_email, wait_for
from test_every_rpc import BlockingView


def test_sigkill_mid_use_asyncio(own_daemon) -> None:
    async def main() -> None:
        async with AsyncClient(own_daemon.address) as client:
            echo = AsyncDiagnosticsStub(client)
            assert (await echo.echo(diagnostics_pb2.EchoRequest(payload=b"before"))).payload == b"before"
            own_daemon.suspend()  # so the calls below stay unanswered until the kill
            calls = [asyncio.ensure_future(echo.echo(diagnostics_pb2.EchoRequest(payload=b"%d" % i), timeout=30))
                     for i in range(5)]
            deadline = time.monotonic() + 10
            while client.in_flight < 5:
                assert time.monotonic() < deadline, "calls not sent"
                await asyncio.sleep(0.01)  # lets the calls be written; polled, with a deadline
            own_daemon.kill()
            results = await asyncio.gather(*calls, return_exceptions=True)
            assert all(isinstance(r, Unavailable) for r in results), results
            assert all("cannot connect" not in str(r) for r in results)  # failed as sent, not retried
            own_daemon.start()  # the same port
            assert (await echo.echo(diagnostics_pb2.EchoRequest(payload=b"after"))).payload == b"after"
            assert client.connections_opened == 2

    asyncio.run(main())


def test_sigkill_mid_use_blocking(own_daemon) -> None:
    with Client(own_daemon.address) as client:
        echo = DiagnosticsStub(client)
        assert echo.echo(diagnostics_pb2.EchoRequest(payload=b"before")).payload == b"before"
        own_daemon.suspend()
        errors: List[Optional[BaseException]] = [None] * 4

        def worker(i: int) -> None:
            try:
                echo.echo(diagnostics_pb2.EchoRequest(payload=b"%d" % i), timeout=30)
            except BaseException as e:
                errors[i] = e

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        wait_for(lambda: client.in_flight == 4, 10, "4 calls sent")
        own_daemon.kill()
        for t in threads:
            t.join(10)
        assert all(isinstance(e, Unavailable) for e in errors), errors
        assert all("cannot connect" not in str(e) for e in errors)
        with pytest.raises(Unavailable):  # nobody listens now: refused, not hung
            echo.echo(diagnostics_pb2.EchoRequest())
        own_daemon.start()
        assert echo.echo(diagnostics_pb2.EchoRequest(payload=b"after")).payload == b"after"
        assert client.connections_opened == 2


def test_sigterm_goodbye_then_restart(own_daemon) -> None:
    with Client(own_daemon.address) as client:
        health = HealthStub(client)
        assert health.check(health_pb2.HealthCheckRequest()).status == health_pb2.SERVING_STATUS_SERVING
        own_daemon.signal(signal.SIGTERM)
        assert own_daemon.wait_exit(30) == 0
        # The goodbye frame (or the close after it) retired the connection, so
        # the next call goes to a new one instead of failing on the old.
        wait_for(lambda: client.in_flight == 0, 5, "no calls pending")
        own_daemon.start()
        assert health.check(health_pb2.HealthCheckRequest()).status == health_pb2.SERVING_STATUS_SERVING
        assert client.connections_opened == 2


def psql_path() -> str:
    pg_bin = os.environ.get("RESUMED_PG_BIN")
    path = os.path.join(pg_bin, "psql") if pg_bin else shutil.which("psql")
    if not path or not os.access(path, os.X_OK):
        pytest.fail("psql not found (RESUMED_PG_BIN, as start_services exports, or PATH)")
    return path


@pytest.mark.parametrize("flavour", ["blocking", "asyncio"])
def test_draining_daemon_new_calls_go_to_a_new_connection(own_daemon, flavour: str) -> None:
    """SIGTERM while a call is held in flight (a row lock): the daemon drains,
    answering new calls on open connections UNAVAILABLE. The client then sends
    new calls on a new connection, which reaches the daemon that took over
    the port, while the held call still completes on the old one."""
    psql = psql_path()
    url = os.environ["DATABASE_URL"]
    svc = own_daemon.service_token
    with Client(own_daemon.address, token=svc) as setup:
        users = UserServiceStub(setup)
        email = unique_email()
        user = users.create_user(users_pb2.CreateUserRequest(email=email, password="correct horse"))
        token = users.authenticate(users_pb2.AuthenticateRequest(email=email, password="correct horse")).token
        resume = ResumeServiceStub(setup).create_resume(
            resumes_pb2.CreateResumeRequest(title="held", raw_text="Swift"), token=token)

    lock = subprocess.Popen([psql, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", url],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    held: List[object] = []
    old = None
    try:
        assert lock.stdin is not None and lock.stdout is not None
        lock.stdin.write("BEGIN;\nSELECT 'locked' FROM resumes WHERE id = '%s' FOR UPDATE;\n" % resume.id)
        lock.stdin.flush()
        assert lock.stdout.readline().strip() == "locked"

        def update() -> None:
            with Client(own_daemon.address, token=token) as c:
                try:
                    held.append(ResumeServiceStub(c).update_resume(resumes_pb2.UpdateResumeRequest(
                        id=resume.id, expected_version=1, title="held II", raw_text="Swift, Go"), timeout=60))
                except BaseException as e:
                    held.append(e)

        waiting_sql = ("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                       "AND query LIKE '%UPDATE resumes%' AND pid <> pg_backend_pid()")

        def update_waits_on_the_lock() -> bool:
            out = subprocess.run([psql, "-X", "-A", "-t", "-c", waiting_sql, url],
                                 capture_output=True, text=True, check=True).stdout
            return out.strip() not in ("", "0")

        loop = asyncio.new_event_loop()
        if flavour == "blocking":
            client = Client(own_daemon.address)
            echo, health = DiagnosticsStub(client), HealthStub(client)
        else:
            client = AsyncClient(own_daemon.address)
            echo = BlockingView(AsyncDiagnosticsStub(client), loop)
            health = BlockingView(AsyncHealthStub(client), loop)
        try:
            echo.echo(diagnostics_pb2.EchoRequest())
            updater = threading.Thread(target=update)
            updater.start()
            wait_for(update_waits_on_the_lock, 20, "UpdateResume to wait on the row lock")

            own_daemon.signal(signal.SIGTERM)
            wait_for(lambda: health.check(health_pb2.HealthCheckRequest()).status
                     == health_pb2.SERVING_STATUS_NOT_SERVING, 10, "the daemon to drain")
            with pytest.raises(Unavailable):  # answered by the draining daemon
                echo.echo(diagnostics_pb2.EchoRequest())

            old = own_daemon.proc
            own_daemon.start()  # a new daemon on the port, the old one still draining
            assert old.poll() is None
            assert echo.echo(diagnostics_pb2.EchoRequest(payload=b"new")).payload == b"new"
            assert client.connections_opened == 2
        finally:
            if isinstance(client, AsyncClient):
                loop.run_until_complete(client.close())
            else:
                client.close()
            loop.close()

        lock.stdin.write("COMMIT;\n")
        lock.stdin.close()
        updater.join(30)
        assert len(held) == 1 and isinstance(held[0], resumes_pb2.Resume), held  # finished during the drain
        assert held[0].version == 2
        assert old.wait(30) == 0
    finally:
        if lock.poll() is None:
            lock.kill()
        lock.wait()
        if old is not None and old.poll() is None:
            old.kill()
        with Client(own_daemon.address, token=svc) as cleanup:
            UserServiceStub(cleanup).delete_user(users_pb2.DeleteUserRequest(user_id=user.id))
