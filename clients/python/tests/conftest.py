"""Fixtures: real `resumed` daemons started by the test session itself.

Needs PostgreSQL and Redis: DATABASE_URL and REDIS_URL as exported by
`scripts/lib.sh start_services` (scripts/python-client does that). The binary
is $RESUMED_BIN, else `$(swift build --show-bin-path)/resumed` of the repo.
Daemon ports are taken from 58000-58999.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Callable, Iterator, List, Optional

import pytest

REPO = Path(__file__).resolve().parents[3]


def wait_for(condition: Callable[[], object], timeout: float, what: str, interval: float = 0.02) -> object:
    """Polls `condition` until it returns something truthy; fails the test after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            pytest.fail("timed out after %.1f s waiting for %s" % (timeout, what))
        time.sleep(interval)  # polling interval of a condition, not synchronisation by sleeping


def resumed_bin() -> str:
    path = os.environ.get("RESUMED_BIN")
    if not path:
        out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
        path = os.path.join(out, "resumed")
    if not os.access(path, os.X_OK):
        pytest.fail("no resumed binary at %s: run `swift build --product resumed` or set RESUMED_BIN" % path)
    return path


def free_port() -> int:
    """A port of 58000-58999 that nothing listens on now."""
    ports = list(range(58000, 59000))
    random.shuffle(ports)
    for port in ports:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 58000-58999")


class Daemon:
    """One `resumed` on a fixed port, startable again after a kill (same port)."""

    def __init__(self, workdir: Path, name: str, extra_args: Optional[List[str]] = None,
                 env: Optional[dict] = None) -> None:
        for var in ("DATABASE_URL", "REDIS_URL"):
            if not os.environ.get(var):
                pytest.fail("%s is not set: run scripts/python-client, or source scripts/lib.sh && start_services" % var)
        self.bin = resumed_bin()
        self.port = free_port()
        self.address = "127.0.0.1:%d" % self.port
        self.service_token = "py-" + secrets.token_hex(16)
        self.workdir = workdir
        self.name = name
        self.extra_args = list(extra_args or [])
        self.env = dict(os.environ)
        self.env.update({"RESUMED_SERVICE_TOKENS": self.service_token, "RESUMED_BCRYPT_COST": "4",
                         "RESUMED_TOKEN_SECRET": secrets.token_hex(32)})
        self.env.pop("RESUMED_SERVICE_TOKENS_FILE", None)
        self.env.update(env or {})
        self.proc: Optional[subprocess.Popen] = None
        self.starts = 0

    @property
    def log_path(self) -> Path:
        return self.workdir / ("%s-%d.log" % (self.name, self.starts))

    def start(self) -> "Daemon":
        self.starts += 1
        log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [self.bin, "--listen", self.address, "--migrate"] + self.extra_args,
            stdout=log, stderr=subprocess.STDOUT, env=self.env,
        )
        log.close()
        proc = self.proc

        def listening() -> bool:
            if proc.poll() is not None:
                pytest.fail("resumed exited with %s at start:\n%s" % (proc.returncode, self.log()))
            return b"listening" in self.log_path.read_bytes()

        wait_for(listening, 60, "resumed to listen on %s" % self.address)
        return self

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def suspend(self) -> None:
        """SIGSTOP, then waits until every thread is stopped (delivery is asynchronous)."""
        assert self.proc is not None
        self.signal(signal.SIGSTOP)
        tasks = Path("/proc/%d/task" % self.proc.pid)

        def stopped() -> bool:
            states = []
            for task in tasks.iterdir():
                try:
                    # The state follows the parenthesised command name.
                    states.append((task / "stat").read_text().rsplit(")", 1)[1].split()[0])
                except (OSError, IndexError):
                    continue
            return bool(states) and all(s in ("T", "t") for s in states)

        wait_for(stopped, 10, "resumed to stop (SIGSTOP)", interval=0.005)

    def resume(self) -> None:
        self.signal(signal.SIGCONT)

    def kill(self) -> None:
        """SIGKILL, then waits for the process to be gone."""
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(30)

    def wait_exit(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.resume()
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture(scope="session")
def daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Daemon]:
    """The session's daemon: default limits, BCRYPT_COST=4, a random service token."""
    d = Daemon(tmp_path_factory.mktemp("resumed"), "session").start()
    yield d
    d.stop()


@pytest.fixture
def own_daemon(tmp_path: Path) -> Iterator[Daemon]:
    """A daemon of the test's own, free to be killed and restarted on its port."""
    d = Daemon(tmp_path, "own").start()
    yield d
    d.stop()


def unique_email() -> str:
    return "py-%s@example.com" % secrets.token_hex(6)


@pytest.fixture
def user(daemon: Daemon) -> Iterator[dict]:
    """A fresh user of the session daemon: {id, email, password, token}; deleted afterwards."""
    from resumed_client import Client, UserServiceStub, users_pb2

    with Client(daemon.address, token=daemon.service_token) as c:
        users = UserServiceStub(c)
        email, password = unique_email(), "correct horse battery"
        u = users.create_user(users_pb2.CreateUserRequest(email=email, password=password))
        auth = users.authenticate(users_pb2.AuthenticateRequest(email=email, password=password))
        yield {"id": u.id, "email": email, "password": password, "token": auth.token}
        try:
            users.delete_user(users_pb2.DeleteUserRequest(user_id=u.id))
        except Exception:
            pass
