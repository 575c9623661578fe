#!/usr/bin/python3
"""The load and the bookkeeping of scripts/chaos.

  driver.py --daemon BIN --address HOST:PORT --service-token-file F --database-url URL
            --psql PSQL --ctl scripts/chaos.d/ctl --out DIR [options] [-- DAEMON-ARGS...]

It starts resumed (BIN --listen ADDRESS --migrate DAEMON-ARGS..., log in
DIR/resumed.log, pid in DIR/resumed.pid) and keeps `--writers` threads
writing through it, each as a user of its own (CreateUser and Authenticate
with the service token), in a loop: CreateResume, then `--updates`
UpdateResume calls with expected_version, then a new resume. Every call is
sent with timeout_ms = `--deadline-ms` on a connection of the writer's own,
one call at a time, and reconnects when its connection breaks.

Every acknowledged write (an OK answer to CreateResume or UpdateResume: the
resume id, the version answered and the title written) goes into the ledger
(in memory, and DIR/ledger.jsonl). A write that got an error or no answer is
not in the ledger: it may or may not have been stored; after one, the
writer reads the resume (GetResume) to learn its version before it updates
it again.

While the writers run, it goes through the scenarios (see SCENARIOS) one
after the other: a couple of seconds of load, the disruption, load until the
first acknowledged write after the disruption ended (the recovery time), a
couple of seconds more. Each call is counted in the scenario during which
it was sent. Then it stops the load and checks the ledger against the
database (psql on --database-url): every acknowledged resume exists, at a
version no lower than the highest one acknowledged for it, and, when at
exactly that version, with the title that write stored. It prints one row
per scenario and exits 1 if any acknowledged write was lost, any answer came
late, the daemon died unbidden or did not exit 0 on SIGTERM, or a scenario
never recovered; INTERNAL answers (the protocol's "server bug") are shown
with the causes resumed logged for them.

An answer is *late* when it arrives more than `--late-margin-ms` after its
deadline, measured by this client from just before it sent the request. A
call whose connection broke before then is "connection lost" (not late); a
call still unanswered then, on an open connection, is late (and after
`--grace-ms` more it is given up as "no answer"). The margin absorbs this
client's own scheduling: a thread (the "stall monitor") measures how late
a 10 ms sleep wakes up, and the largest stall per scenario is printed beside
the table, so a late answer can be told apart from a stalled driver.

Files in DIR: resumed.log (every start appends), ledger.jsonl (every
acknowledged write), errors.jsonl (every call not answered OK, with its
time from the start), late.jsonl (every late answer), events.jsonl (when
each scenario, disruption and recovery happened), pool-stats.jsonl (the
pool, every 100 ms while it is exhausted).

Needs the _pb2 modules of proto/ on PYTHONPATH (protoc --python_out).
"""

import argparse
import bisect
import collections
import json
import os
import random
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

from resume.rpc.v1 import admin_pb2, diagnostics_pb2, rpc_pb2
from resume.v1 import resumes_pb2, users_pb2

USERS = "/resume.v1.UserService/"
RESUMES = "/resume.v1.ResumeService/"
ECHO = "/resume.rpc.v1.Diagnostics/Echo"
STATS = "/resume.rpc.v1.Admin/GetStats"
WRITES = (RESUMES + "CreateResume", RESUMES + "UpdateResume")

now = time.monotonic


def code_name(code):
    try:
        return rpc_pb2.StatusCode.Name(code)
    except ValueError:
        return "UNKNOWN(%d)" % code


# ---------------------------------------------------------------------------
# One connection, one call at a time (docs/PROTOCOL.md §3, §5, §11).
# ---------------------------------------------------------------------------

class SetupFailed(Exception):
    pass


class Lost(Exception):
    """The connection broke (closed, reset, or a connection-level error frame)."""


class Outcome:
    """What became of one call. kind: "answer", "lost" or "no answer"."""
    __slots__ = ("kind", "code", "payload", "latency", "late", "detail")

    def __init__(self, kind, code=None, payload=b"", latency=0.0, late=False, detail=""):
        self.kind, self.code, self.payload, self.latency, self.late, self.detail = kind, code, payload, latency, late, detail

    @property
    def ok(self):
        return self.kind == "answer" and self.code == rpc_pb2.OK

    def label(self):
        if self.kind == "answer":
            return code_name(self.code)
        return self.kind if self.kind == "no answer" else "connection lost"


class Conn:
    def __init__(self, address, connect_timeout=1.0):
        self.sock = socket.create_connection(address, timeout=connect_timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = bytearray()
        self.next_id = 1

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def _read_frame(self, until):
        while True:
            if len(self.buf) >= 4:
                (n,) = struct.unpack_from(">I", self.buf)
                if len(self.buf) >= 4 + n:
                    body = bytes(self.buf[4:4 + n])
                    del self.buf[:4 + n]
                    frame = rpc_pb2.ResponseFrame()
                    frame.ParseFromString(body)
                    return frame
            left = until - now()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(1 << 16)
            except socket.timeout:
                return None
            except OSError as e:
                raise Lost("recv: %s" % e)
            if not chunk:
                raise Lost("closed by the server")
            self.buf += chunk

    def call(self, method, request, token, timeout_ms, late_after, give_up_after, key=None):
        """Sends one call and waits for its answer. late_after and
        give_up_after are seconds from the send; key, an idempotency key."""
        call_id = self.next_id
        self.next_id += 1
        body = rpc_pb2.RequestFrame(call_id=call_id, method=method, payload=request.SerializeToString(),
                                    timeout_ms=timeout_ms)
        if token:
            body.metadata["authorization"] = "Bearer " + token
        if key:
            body.metadata["idempotency-key"] = key
        data = body.SerializeToString()
        data = struct.pack(">I", len(data)) + data
        t0 = now()
        try:
            self.sock.settimeout(late_after)
            self.sock.sendall(data)
            while True:
                frame = self._read_frame(t0 + give_up_after)
                if frame is None:
                    return Outcome("no answer", latency=now() - t0, late=True)
                if frame.call_id == 0:
                    raise Lost("connection-level %s: %s" % (code_name(frame.status.code), frame.status.message))
                if frame.call_id == call_id:
                    latency = now() - t0
                    return Outcome("answer", frame.status.code, frame.payload, latency, latency > late_after,
                                   frame.status.message)
                # An answer to a call given up on earlier: dropped, by id.
        except (Lost, OSError) as e:
            latency = now() - t0
            return Outcome("lost", latency=latency, late=latency > late_after, detail=str(e))


# ---------------------------------------------------------------------------
# Bookkeeping.
# ---------------------------------------------------------------------------

class Bucket:
    """Everything counted for one scenario."""

    def __init__(self, name):
        self.name = name
        self.calls = 0
        self.codes = collections.Counter()      # errors only: status name, "connection lost", "no answer"
        self.acked = 0
        self.late = []                           # (method, label, latency)
        self.max_latency = 0.0
        self.refused = 0                         # connects that failed (not calls)
        self.stall = 0.0                         # the driver's worst scheduling stall
        self.lost_writes = 0
        self.start = self.disrupted = self.end = self.recovered = None
        self.notes = []


class Ledger:
    def __init__(self, path):
        self.lock = threading.Lock()
        self.acks = collections.defaultdict(list)   # resume id -> [(version, title, scenario)]
        self.attempted = collections.defaultdict(set)  # resume id -> titles of every update sent
        self.create_titles = set()
        self.file = open(path, "w")

    def ack(self, resume_id, version, title, scenario, method):
        with self.lock:
            self.acks[resume_id].append((version, title, scenario))
            self.file.write(json.dumps({"id": resume_id, "version": version, "title": title,
                                        "scenario": scenario, "method": method.rsplit("/", 1)[1]}) + "\n")

    def highest(self, resume_id):
        with self.lock:
            entries = self.acks.get(resume_id)
            return max(v for v, _, _ in entries) if entries else 0

    def close(self):
        self.file.close()


class Run:
    def __init__(self, args):
        self.args = args
        host, port = args.address.rsplit(":", 1)
        self.address = (host, int(port))
        self.deadline_ms = args.deadline_ms
        self.late_after = args.deadline_ms / 1000.0 + args.late_margin_ms / 1000.0
        self.give_up_after = self.late_after + args.grace_ms / 1000.0
        self.lock = threading.Lock()
        self.buckets = collections.OrderedDict()
        self.scenario = self.bucket("setup")
        self.ack_times = []                      # arrival times of acknowledged writes
        self.stop = threading.Event()
        self.go = threading.Event()
        self.flood = threading.Event()
        self.failures = []
        self.anomalies = []                      # seen live: regressions, odd versions
        self.create_retries = 0                  # creates sent again with their idempotency key
        self.ledger = Ledger(os.path.join(args.out, "ledger.jsonl"))
        self.late_log = open(os.path.join(args.out, "late.jsonl"), "w")
        self.error_log = open(os.path.join(args.out, "errors.jsonl"), "w")   # every call not answered OK
        self.event_log = open(os.path.join(args.out, "events.jsonl"), "w")   # scenario phases
        self.t0 = now()
        self.run_id = "%x%04x" % (int(time.time()), random.SystemRandom().randrange(1 << 16))
        self.service_token = read_service_token(args.service_token_file)

    def bucket(self, name):
        b = Bucket(name)
        self.buckets[name] = b
        return b

    def record(self, bucket, method, outcome, write=False):
        with self.lock:
            bucket.calls += 1
            bucket.max_latency = max(bucket.max_latency, outcome.latency)
            if not outcome.ok:
                bucket.codes[outcome.label()] += 1
                self.error_log.write(json.dumps({"t": round(now() - self.t0, 4), "scenario": bucket.name, "method": method,
                                                 "outcome": outcome.label(), "latency_s": round(outcome.latency, 4),
                                                 "detail": outcome.detail}) + "\n")
            elif write:
                bucket.acked += 1
                self.ack_times.append(now())
            if outcome.late:
                bucket.late.append((method, outcome.label(), outcome.latency))
                self.late_log.write(json.dumps({"scenario": bucket.name, "method": method, "outcome": outcome.label(),
                                                "latency_s": round(outcome.latency, 4), "detail": outcome.detail}) + "\n")
                self.late_log.flush()

    def event(self, what, **fields):
        with self.lock:
            self.event_log.write(json.dumps(dict(t=round(now() - self.t0, 4), event=what, **fields)) + "\n")
            self.event_log.flush()

    def refused(self):
        with self.lock:
            self.scenario.refused += 1

    def first_ack_after(self, t):
        with self.lock:   # appended in time order, under the lock
            i = bisect.bisect_left(self.ack_times, t)
            return self.ack_times[i] if i < len(self.ack_times) else None


def read_service_token(path):
    for line in open(path):
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    raise SystemExit("chaos: no service token in %s" % path)


# ---------------------------------------------------------------------------
# Clients: writers, and the readers that flood the pool.
# ---------------------------------------------------------------------------

class Client(threading.Thread):
    def __init__(self, run, name):
        super().__init__(name=name, daemon=True)
        self.run_ = run
        self.conn = None
        self.token = None

    def connected(self):
        if self.conn is not None:
            return True
        try:
            self.conn = Conn(self.run_.address)
            return True
        except OSError:
            self.run_.refused()
            time.sleep(random.uniform(0.03, 0.08))
            return False

    def call(self, method, request, token, write=False, key=None):
        """One counted call; None when there was no connection to send it on."""
        if not self.connected():
            return None
        r = self.run_
        bucket = r.scenario                      # the scenario the call is sent in
        outcome = self.conn.call(method, request, token, r.deadline_ms, r.late_after, r.give_up_after, key)
        r.record(bucket, method, outcome, write)
        if outcome.kind != "answer":
            self.conn.close()
            self.conn = None
        elif outcome.code in (rpc_pb2.UNAVAILABLE, rpc_pb2.RESOURCE_EXHAUSTED, rpc_pb2.DEADLINE_EXCEEDED):
            time.sleep(random.uniform(0.02, 0.06))    # back off (PROTOCOL.md §11)
        return outcome

    def sign_up(self, email, password):
        """CreateUser and Authenticate, retried while the answers say "later"."""
        r = self.run_
        created = False
        retry = (rpc_pb2.UNAVAILABLE, rpc_pb2.DEADLINE_EXCEEDED, rpc_pb2.RESOURCE_EXHAUSTED)
        deadline = now() + 60
        while now() < deadline:
            method = USERS + ("Authenticate" if created else "CreateUser")
            request = (users_pb2.AuthenticateRequest if created else users_pb2.CreateUserRequest)(email=email, password=password)
            o = self.call(method, request, r.service_token)
            if o is None or o.kind != "answer" or o.code in retry:
                continue
            if not created and (o.ok or o.code == rpc_pb2.ALREADY_EXISTS):
                created = True
            elif created and o.ok:
                self.token = users_pb2.AuthenticateResponse.FromString(o.payload).token
                return
            else:
                raise SetupFailed("%s answered %s: %s" % (method, o.label(), o.detail))
        raise SetupFailed("could not sign up %s within 60 s" % email)


class Writer(Client):
    def __init__(self, run, index):
        super().__init__(run, "writer-%d" % index)
        self.index = index
        self.seq = 0
        self.current = None       # resume id being updated
        self.version = 0          # its version as this writer last learnt it
        self.updates = 0
        self.resync = False
        self.pending = None       # (title, idempotency key) of a create not answered OK yet: sent again, same key
        self.ready = threading.Event()
        self.failed = None

    def text(self, title):
        return ("Jane Doe\njane.doe.%d@example.com | +1 (415) 555-%04d\n\nSUMMARY\nBackend engineer; this is %s.\n\n"
                "EXPERIENCE\n- Ran PostgreSQL and Redis in production for %d years.\n- Wrote Swift, Go and Python "
                "services behind gRPC.\n" % (self.index, self.seq % 10000, title, self.seq % 17 + 1))

    def next_title(self, kind):
        self.seq += 1
        return "chaos %s w%d %s%d" % (self.run_.run_id, self.index, kind, self.seq)

    def run(self):
        r = self.run_
        try:
            self.sign_up("chaos-%s-w%d@example.com" % (r.run_id, self.index), "chaos-password-%d" % self.index)
        except SetupFailed as e:
            self.failed = str(e)
            return
        finally:
            self.ready.set()
        r.go.wait()    # writes start with the first scenario
        while not r.stop.is_set():
            self.step()
            time.sleep(r.args.think_ms / 1000.0)
        if self.conn:
            self.conn.close()

    def step(self):
        r = self.run_
        if self.current and self.resync:
            o = self.call(RESUMES + "GetResume", resumes_pb2.GetResumeRequest(id=self.current), self.token)
            if o is None or not o.ok:
                if o is not None and o.kind == "answer" and o.code == rpc_pb2.NOT_FOUND:
                    r.anomalies.append("GetResume of acknowledged resume %s: NOT_FOUND" % self.current)
                    self.current = None
                return
            got = resumes_pb2.Resume.FromString(o.payload)
            acked = r.ledger.highest(self.current)
            if got.version < acked:
                r.anomalies.append("GetResume of %s answered version %d, below the acknowledged %d"
                                   % (self.current, got.version, acked))
            self.version = got.version
            self.resync = False
            return
        if self.pending or self.current is None or self.updates >= r.args.updates:
            # Every create carries an idempotency key, and one that got no OK
            # answer (an error, or none: stored or not) is sent again with it
            # until it is answered: verify() then finds each title stored once.
            if self.pending:
                title, key = self.pending
                r.create_retries += 1
            else:
                title = self.next_title("c")
                key = "%s-w%d-%d" % (r.run_id, self.index, self.seq)
                r.ledger.create_titles.add(title)
                self.pending = (title, key)
            o = self.call(RESUMES + "CreateResume", resumes_pb2.CreateResumeRequest(title=title, raw_text=self.text(title)),
                          self.token, write=True, key=None if r.args.no_idempotency_keys else key)
            if o is not None and o.kind == "answer" and not o.ok and o.code not in (
                    rpc_pb2.UNAVAILABLE, rpc_pb2.DEADLINE_EXCEEDED, rpc_pb2.RESOURCE_EXHAUSTED, rpc_pb2.CANCELLED):
                r.anomalies.append("CreateResume with its key answered %s: %s" % (o.label(), o.detail))
                self.pending = None
            if o is not None and o.ok:
                self.pending = None
                got = resumes_pb2.Resume.FromString(o.payload)
                if got.version != 1 or got.title != title:
                    r.anomalies.append("CreateResume answered version %d, title %r" % (got.version, got.title))
                r.ledger.ack(got.id, got.version, got.title, r.scenario.name, WRITES[0])
                self.current, self.version, self.updates, self.resync = got.id, got.version, 0, False
            return
        title = self.next_title("u")
        with r.ledger.lock:
            r.ledger.attempted[self.current].add(title)
        o = self.call(RESUMES + "UpdateResume", resumes_pb2.UpdateResumeRequest(
            id=self.current, expected_version=self.version, title=title, raw_text=self.text(title)), self.token, write=True)
        self.updates += 1
        if o is not None and o.ok:
            got = resumes_pb2.Resume.FromString(o.payload)
            if got.version != self.version + 1 or got.title != title:
                r.anomalies.append("UpdateResume from version %d answered version %d, title %r"
                                   % (self.version, got.version, got.title))
            r.ledger.ack(got.id, got.version, got.title, r.scenario.name, WRITES[1])
            self.version = got.version
        elif o is not None:
            self.resync = True    # stored or not, and ABORTED: read the version before the next update


class Reader(Client):
    """Floods the pool: GetResume in a loop while run.flood is set."""

    def __init__(self, run, index, token, resume_id, delay):
        super().__init__(run, "reader-%d" % index)
        self.token, self.resume_id, self.delay = token, resume_id, delay

    def run(self):
        r = self.run_
        time.sleep(self.delay)
        while r.flood.is_set() and not r.stop.is_set():
            self.call(RESUMES + "GetResume", resumes_pb2.GetResumeRequest(id=self.resume_id), self.token)
        if self.conn:
            self.conn.close()


def stall_monitor(run):
    while not run.stop.is_set():
        t = now()
        time.sleep(0.01)
        stall = now() - t - 0.01
        b = run.scenario
        if stall > b.stall:
            b.stall = stall


# ---------------------------------------------------------------------------
# The daemon.
# ---------------------------------------------------------------------------

class Daemon:
    def __init__(self, run):
        self.run_ = run
        a = run.args
        self.argv = [a.daemon, "--listen", a.address, "--migrate"] + a.daemon_args
        self.log = open(os.path.join(a.out, "resumed.log"), "ab")
        self.pidfile = os.path.join(a.out, "resumed.pid")
        self.proc = None
        self.expected = False            # whether it should be running
        self.deaths = []
        threading.Thread(target=self.watch, name="daemon-watch", daemon=True).start()

    def start(self):
        self.log.write(b"==== chaos: starting resumed\n")
        self.log.flush()
        self.proc = subprocess.Popen(self.argv, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        with open(self.pidfile, "w") as f:
            f.write("%d\n" % self.proc.pid)
        self.expected = True
        return now()

    def wait_listening(self, timeout=60.0):
        end = now() + timeout
        while now() < end:
            if self.proc.poll() is not None:
                raise SystemExit("chaos: resumed exited during start-up with status %s (see %s)"
                                 % (self.proc.returncode, self.log.name))
            try:
                c = Conn(self.run_.address)
                o = c.call(ECHO, diagnostics_pb2.EchoRequest(payload=b"up"), None, 1000, 2.0, 2.0)
                c.close()
                if o.ok:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise SystemExit("chaos: resumed did not answer Echo within %.0f s" % timeout)

    def watch(self):
        while True:
            p = self.proc
            if p is not None and self.expected and p.poll() is not None:
                self.expected = False
                self.deaths.append((self.run_.scenario.name, p.returncode))
                self.run_.failures.append("resumed died unbidden in '%s' with status %s"
                                          % (self.run_.scenario.name, p.returncode))
            time.sleep(0.05)

    def kill(self):
        self.expected = False
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def terminate(self, timeout):
        """SIGTERM; returns (exit status or None, seconds to exit)."""
        self.expected = False
        t = now()
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            rc = None
        return rc, now() - t

    def ensure_running(self):
        if self.proc is None or self.proc.poll() is not None:
            self.start()
            self.wait_listening()


# ---------------------------------------------------------------------------
# Scenarios. Each disruption returns the moment it ended and adds notes.
# ---------------------------------------------------------------------------

def ctl(run, *args):
    t = now()
    p = subprocess.run([run.args.ctl] + list(args), capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit("chaos: ctl %s failed: %s" % (" ".join(args), p.stderr.strip()))
    return now() - t


def pg_restart(mode):
    def disrupt(run, daemon, b):
        took = ctl(run, "pg-restart", mode)
        b.notes.append("pg_ctl restart -m %s took %.2f s" % (mode, took))
        return now()
    return disrupt


def redis_kill(run, daemon, b):
    ctl(run, "redis-kill")
    time.sleep(run.args.outage_s)
    ctl(run, "redis-start")
    b.notes.append("Redis down %.1f s" % run.args.outage_s)
    return now()


def daemon_kill(run, daemon, b):
    daemon.kill()
    time.sleep(run.args.outage_s)
    end = daemon.start()
    b.notes.append("resumed down %.1f s; recovery counts from its restart" % run.args.outage_s)
    return end


def daemon_term(run, daemon, b):
    rc, took = daemon.terminate(20.0)
    b.notes.append("SIGTERM: resumed exited with status %s after %.2f s" % (rc, took))
    if rc != 0:
        run.failures.append("resumed exited with status %s on SIGTERM (want 0)" % rc)
    time.sleep(0.5)
    return daemon.start()


def pool_exhaustion(run, daemon, b):
    """Locks `resumes` for --lock-s seconds (every statement of the daemon
    that touches it waits, from its PREPARE on) while --readers extra
    clients keep GetResume calls going, so the daemon's connections (20 + 10
    overflow) all end up holding a waiting statement and the rest of the
    calls queue for one."""
    a = run.args
    sql = "BEGIN; LOCK TABLE resumes IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(%g); COMMIT;" % a.lock_s
    holder = subprocess.Popen([a.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", a.database_url, "-c", sql],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(0.2)
    run.flood.set()
    # Started one by one, so that their calls reach the daemon in wake-ups of
    # their own: calls that arrive together travel as one pipelined batch on
    # one connection, and would not take more connections.
    readers = [Reader(run, i, run.flood_token, run.flood_resume, i * a.reader_stagger_ms / 1000.0)
               for i in range(a.readers)]
    for t in readers:
        t.start()
    peak = collections.Counter()
    stats_conn = None
    first = last = None
    samples = open(os.path.join(a.out, "pool-stats.jsonl"), "w")
    t0 = now()
    while holder.poll() is None:
        try:
            stats_conn = stats_conn or Conn(run.address)
            o = stats_conn.call(STATS, admin_pb2.GetStatsRequest(), run.service_token, 1000, 2.0, 2.0)
            if o.ok:
                s = admin_pb2.GetStatsResponse.FromString(o.payload).database
                first = first or s
                last = s
                sample = {k: getattr(s, k) for k in ("open", "opening", "in_use", "idle", "overflow", "waiting",
                                                     "checkout_timeouts", "opened", "closed", "replaced")}
                samples.write(json.dumps(dict(t=round(now() - t0, 3), **sample)) + "\n")
                for k in ("open", "opening", "in_use", "waiting", "overflow"):
                    peak[k] = max(peak[k], getattr(s, k))
            elif o.kind != "answer":
                stats_conn.close()
                stats_conn = None
        except OSError:
            stats_conn = None
        time.sleep(0.1)
    end = now()
    run.flood.clear()
    samples.close()
    if holder.returncode != 0:
        raise SystemExit("chaos: the psql holding the lock failed: %s" % holder.stderr.read().strip())
    if stats_conn:
        stats_conn.close()
    timeouts = (last.checkout_timeouts - first.checkout_timeouts) if first and last else 0
    b.notes.append("resumes locked %.1f s with %d extra readers; pool at peak: %d open (%d overflow), %d in use, "
                   "%d requests waiting; %d checkout timeouts"
                   % (a.lock_s, a.readers, peak["open"], peak["overflow"], peak["in_use"], peak["waiting"], timeouts))
    for t in readers:
        t.join(a.deadline_ms / 1000.0 + 5)
    return end


SCENARIOS = [
    ("steady load (control)", None),
    ("PostgreSQL restart -m fast", pg_restart("fast")),
    ("PostgreSQL restart -m immediate", pg_restart("immediate")),
    ("Redis SIGKILL, restart", redis_kill),
    ("resumed SIGKILL, restart", daemon_kill),
    ("pool exhausted (resumes locked)", pool_exhaustion),
    ("resumed SIGTERM under load, restart", daemon_term),
]


# ---------------------------------------------------------------------------
# The check against the database, and the report.
# ---------------------------------------------------------------------------

def verify(run):
    a = run.args
    sql = ("SELECT r.id, r.version, r.title FROM resumes r JOIN users u ON u.id = r.user_id "
           "WHERE u.email LIKE 'chaos-%s-%%'" % run.run_id)
    p = subprocess.run([a.psql, "-X", "-q", "-tA", "-F", "\t", "-d", a.database_url, "-c", sql],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit("chaos: reading the resumes back failed: %s" % p.stderr.strip())
    rows = {}
    titles = collections.Counter()
    for line in p.stdout.splitlines():
        if not line:
            continue
        rid, version, title = line.split("\t", 2)
        rows[rid] = (int(version), title)
        titles[title] += 1
    lost = []
    problems = []
    for rid, entries in run.ledger.acks.items():
        have = rows.get(rid)
        top_version, top_title, _ = max(entries)
        for version, title, scenario in entries:
            if have is None or have[0] < version:
                lost.append((rid, version, scenario, "missing" if have is None else "stored version %d" % have[0]))
                run.buckets[scenario].lost_writes += 1
        if have is not None and have[0] == top_version and have[1] != top_title:
            # Same version, other content: the acknowledged write's data is gone.
            lost.append((rid, top_version, max(entries)[2], "title %r, acknowledged %r" % (have[1], top_title)))
            run.buckets[max(entries)[2]].lost_writes += 1
        if have is not None and have[0] > top_version and have[1] not in run.ledger.attempted[rid]:
            problems.append("resume %s is at version %d with a title no update sent (%r)" % (rid, have[0], have[1]))
    dup = [t for t, n in titles.items() if n > 1 and t in run.ledger.create_titles]
    if dup:
        problems.append("%d CreateResume calls were stored twice (e.g. %r)" % (len(dup), dup[0]))
    return rows, lost, problems


def internal_causes(log):
    """The distinct causes of INTERNAL answers in resumed's log, by method and cause without numbers."""
    causes = collections.Counter()
    with open(log, errors="replace") as f:
        for line in f:
            if "status=INTERNAL" not in line:
                continue
            method = line.split("method=", 1)[1].split(" ", 1)[0] if "method=" in line else "?"
            cause = line.split("cause=", 1)[1].split(" method=", 1)[0] if "cause=" in line else "?"
            causes["%s: %s" % (method, re.sub(r'"p\d+"', '"p…"', cause))] += 1
    return causes


def fmt_codes(codes):
    if not codes:
        return "none"
    return ", ".join("%s %d" % (k, n) for k, n in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0])))


def report(run, lost, problems, rows):
    a = run.args
    shown = [b for b in run.buckets.values() if b.name != "setup" or b.codes or b.late]
    out = ["", "| scenario | calls | errors by code | acknowledged writes | writes lost | late answers | recovery s |",
           "|---|---|---|---|---|---|---|"]
    for b in shown:
        rec = "—"
        if b.end is not None:
            rec = "%.2f" % (b.recovered - b.end) if b.recovered is not None else "never"
        out.append("| %s | %d | %s | %d | %d | %d | %s |" % (b.name, b.calls, fmt_codes(b.codes), b.acked,
                                                              b.lost_writes, len(b.late), rec))
    total = shown
    out.append("| **all** | %d | | %d | %d | %d | |" % (sum(b.calls for b in total), sum(b.acked for b in total),
                                                       sum(b.lost_writes for b in total), sum(len(b.late) for b in total)))
    print("\n".join(out))
    print()
    print("Deadline %d ms per call; late = answered (or still unanswered) more than %d ms after it, measured by the "
          "client from the send. %d writers, one call at a time each, %d ms apart; %d updates per resume."
          % (a.deadline_ms, a.late_margin_ms, a.writers, a.think_ms, a.updates))
    print("Recovery = from the end of the disruption to the first acknowledged write after it.")
    print("Ledger: %d acknowledged writes to %d resumes, checked against PostgreSQL (%d rows of this run)."
          % (sum(len(v) for v in run.ledger.acks.values()), len(run.ledger.acks), len(rows)))
    print("Creates: %s; %d sent again after an error or no answer; %d titles stored more than once."
          % ("without idempotency keys (--no-idempotency-keys)" if a.no_idempotency_keys else "each with an idempotency key",
             run.create_retries, sum(1 for p in problems if "stored twice" in p)))
    for b in shown:
        extra = ["slowest answer %.3f s" % b.max_latency, "driver stall max %.0f ms" % (b.stall * 1000)]
        if b.refused:
            extra.append("%d connects refused" % b.refused)
        print("- %s: %s" % (b.name, "; ".join(b.notes + extra)))
    for b in shown:
        for method, label, latency in b.late[:10]:
            print("  LATE in %s: %s %s after %.3f s" % (b.name, method, label, latency))
    for rid, version, scenario, why in lost[:20]:
        print("  LOST (%s): resume %s version %d: %s" % (scenario, rid, version, why))
    for p in problems + run.anomalies[:20]:
        print("  PROBLEM: %s" % p)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--daemon", required=True)
    ap.add_argument("--address", required=True)
    ap.add_argument("--service-token-file", required=True)
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--psql", required=True)
    ap.add_argument("--ctl", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--writers", type=int, default=8)
    ap.add_argument("--updates", type=int, default=5, help="updates per resume before a new one")
    ap.add_argument("--think-ms", type=int, default=10, help="pause between a writer's calls")
    ap.add_argument("--deadline-ms", type=int, default=2000)
    ap.add_argument("--late-margin-ms", type=int, default=250)
    ap.add_argument("--grace-ms", type=int, default=2000, help="how long past the margin to wait for a late answer")
    ap.add_argument("--before-s", type=float, default=2.0, help="load before each disruption")
    ap.add_argument("--after-s", type=float, default=2.0, help="load after each recovery")
    ap.add_argument("--recovery-limit-s", type=float, default=30.0)
    ap.add_argument("--outage-s", type=float, default=1.0, help="how long Redis and the killed daemon stay down")
    ap.add_argument("--lock-s", type=float, default=5.0)
    ap.add_argument("--readers", type=int, default=96, help="extra GetResume clients while the pool is exhausted")
    ap.add_argument("--reader-stagger-ms", type=int, default=20, help="between the extra clients' starts")
    ap.add_argument("--no-idempotency-keys", action="store_true",
                    help="retry unanswered creates without a key: shows the duplicates the keys prevent (the run then fails)")
    ap.add_argument("--only", help="comma-separated scenario numbers (1 = the first disruption); the control always runs")
    ap.add_argument("daemon_args", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    run = Run(a)

    daemon = Daemon(run)
    daemon.start()
    daemon.wait_listening()
    # Earlier runs' users (and so their resumes) go; this run's are chaos-<run id>-*.
    subprocess.run([a.psql, "-X", "-q", "-d", a.database_url, "-c",
                    "DELETE FROM users WHERE email LIKE 'chaos-%@example.com'"], check=True, stdout=subprocess.DEVNULL)
    threading.Thread(target=stall_monitor, args=(run,), name="stall", daemon=True).start()

    # Set-up, not measured: the writers' users, and one user with one resume for the pool flood.
    flood = Writer(run, 99)
    try:
        flood.sign_up("chaos-%s-flood@example.com" % run.run_id, "chaos-password-flood")
    except SetupFailed as e:
        raise SystemExit("chaos: %s" % e)
    o = flood.call(RESUMES + "CreateResume", resumes_pb2.CreateResumeRequest(title="chaos flood", raw_text="flood"),
                   flood.token)
    if o is None or not o.ok:
        raise SystemExit("chaos: could not create the flood resume")
    run.flood_token, run.flood_resume = flood.token, resumes_pb2.Resume.FromString(o.payload).id
    writers = [Writer(run, i) for i in range(a.writers)]
    for w in writers:
        w.start()
    for w in writers:
        w.ready.wait()
        if w.failed:
            run.stop.set()
            daemon.terminate(20.0)
            raise SystemExit("chaos: writer %d: %s" % (w.index, w.failed))

    chosen = list(range(len(SCENARIOS)))
    if a.only:
        chosen = [0] + [int(x) for x in a.only.split(",")]
    print("chaos run %s: %d writers, deadline %d ms; scenarios: %s" % (
        run.run_id, a.writers, a.deadline_ms, ", ".join(SCENARIOS[i][0] for i in chosen)), flush=True)
    try:
        for i in chosen:
            name, disrupt = SCENARIOS[i]
            b = run.bucket(name)
            b.start = now()
            run.scenario = b
            run.go.set()
            run.event("scenario", name=name)
            print("  %s ..." % name, end="", flush=True)
            time.sleep(a.before_s)
            if disrupt is not None:
                b.disrupted = now()
                run.event("disruption", name=name)
                b.end = disrupt(run, daemon, b)
                run.event("disruption over", name=name, took_s=round(b.end - b.disrupted, 3))
                limit = b.end + a.recovery_limit_s
                while now() < limit and run.first_ack_after(b.end) is None:
                    time.sleep(0.02)
                b.recovered = run.first_ack_after(b.end)
                run.event("recovered" if b.recovered else "not recovered", name=name)
                if b.recovered is None:
                    run.failures.append("no acknowledged write within %.0f s after '%s'" % (a.recovery_limit_s, name))
                    daemon.ensure_running()
            time.sleep(a.after_s)
            print(" %d calls" % b.calls, flush=True)
    finally:
        run.stop.set()
        run.go.set()
        for w in writers:
            w.join(a.deadline_ms / 1000.0 + a.late_margin_ms / 1000.0 + a.grace_ms / 1000.0 + 1)

    rows, lost, problems = verify(run)
    rc, took = daemon.terminate(20.0)
    if rc != 0:
        run.failures.append("resumed exited with status %s on the final SIGTERM" % rc)
    run.ledger.close()
    for f in (run.late_log, run.error_log, run.event_log):
        f.close()
    report(run, lost, problems, rows)
    late = sum(len(b.late) for b in run.buckets.values())
    if lost:
        run.failures.append("%d acknowledged writes lost" % len(lost))
    if late:
        run.failures.append("%d answers late" % late)
    internal = sum(b.codes.get("INTERNAL", 0) for b in run.buckets.values())
    if internal:
        # INTERNAL is the protocol's "a server bug" (PROTOCOL.md §6). Not a
        # failure of this check (lost writes and late answers are), but shown.
        print("\nWARNING: %d calls answered INTERNAL; the causes resumed logged (repeated lines are logged once per 10 s):"
              % internal)
        for cause, n in internal_causes(daemon.log.name).most_common(10):
            print("- %s (%d line%s)" % (cause, n, "" if n == 1 else "s"))
    if problems or run.anomalies:
        run.failures.append("%d problems (PROBLEM lines above)" % (len(problems) + len(run.anomalies)))
    if run.failures:
        print("\nFAILED:\n" + "\n".join("- " + f for f in run.failures))
        sys.exit(1)
    print("\nchaos: passed (files in %s)" % a.out)


if __name__ == "__main__":
    main()
