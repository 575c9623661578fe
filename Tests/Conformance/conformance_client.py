#!/usr/bin/env python3
"""Conformance client for the resumed wire protocol, version 1.

Written from docs/PROTOCOL.md and proto/ alone. Talks to a live `resumed`,
checks every client-observable promise of the document, prints one
PASS/FAIL line per check and a summary, and exits 0 only if all pass.
The last check sends SIGTERM to --pid (graceful shutdown).

Section numbers in messages (§n) refer to docs/PROTOCOL.md.
"""

import argparse
import os
import select
import signal
import socket
import struct
import sys
import time
import traceback

from resume.rpc.v1 import diagnostics_pb2, health_pb2, rpc_pb2

ECHO = "/resume.rpc.v1.Diagnostics/Echo"
HEALTH = "/resume.rpc.v1.Health/Check"

OK = rpc_pb2.OK
INVALID_ARGUMENT = rpc_pb2.INVALID_ARGUMENT
RESOURCE_EXHAUSTED = rpc_pb2.RESOURCE_EXHAUSTED
UNIMPLEMENTED = rpc_pb2.UNIMPLEMENTED
UNAVAILABLE = rpc_pb2.UNAVAILABLE

# Default bound for "the server should answer promptly" reads.
TIMEOUT = 5.0


def code_name(code):
    try:
        return rpc_pb2.StatusCode.Name(code)
    except ValueError:
        return "UNKNOWN(%d)" % code


class CheckFailed(Exception):
    pass


def expect(cond, message):
    if not cond:
        raise CheckFailed(message)


# --------------------------------------------------------------------------
# Hand-rolled protobuf encoding, for bodies the protobuf runtime refuses to
# produce (invalid UTF-8) or for exact byte layouts.
# --------------------------------------------------------------------------

def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def pb_varint(field, n):
    return varint(field << 3) + varint(n)


def pb_bytes(field, data):
    return varint((field << 3) | 2) + varint(len(data)) + data


def map_entry(field, key, value):
    return pb_bytes(field, pb_bytes(1, key) + pb_bytes(2, value))


def echo_payload(data):
    return diagnostics_pb2.EchoRequest(payload=data).SerializeToString()


def request_body(call_id, method, payload=b"", timeout_ms=0, metadata=None):
    frame = rpc_pb2.RequestFrame(call_id=call_id, method=method,
                                 payload=payload, timeout_ms=timeout_ms)
    for k, v in (metadata or {}).items():
        frame.metadata[k] = v
    return frame.SerializeToString()


def frame_bytes(body):
    return struct.pack(">I", len(body)) + body


def echo_frame(call_id, data, timeout_ms=0):
    return frame_bytes(request_body(call_id, ECHO, echo_payload(data), timeout_ms))


# --------------------------------------------------------------------------
# Framing layer (§3, §11): send whole frames, read by length with timeouts.
# --------------------------------------------------------------------------

class Closed(Exception):
    """The server closed (FIN) or reset the connection."""

    def __init__(self, how, partial=b""):
        super().__init__(how)
        self.how = how
        self.partial = partial


class Timeout(Exception):
    pass


class Conn:
    def __init__(self, ctx, connect_timeout=TIMEOUT):
        self.ctx = ctx
        self.sock = socket.create_connection(ctx.address, timeout=connect_timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buf = bytearray()
        self.next_id = 1

    # -- writing --
    def send_raw(self, data, timeout=TIMEOUT):
        self.sock.settimeout(timeout)
        self.sock.sendall(data)

    def send_frame(self, body, timeout=TIMEOUT):
        self.send_raw(frame_bytes(body), timeout)

    def new_id(self):
        cid = self.next_id
        self.next_id += 1
        return cid

    def send_request(self, method, payload=b"", timeout_ms=0, metadata=None, call_id=None):
        cid = self.new_id() if call_id is None else call_id
        self.send_frame(request_body(cid, method, payload, timeout_ms, metadata))
        return cid

    # -- reading --
    def _fill(self, n, deadline):
        while len(self.buf) < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Timeout("timed out waiting for %d bytes (have %d)" % (n, len(self.buf)))
            self.sock.settimeout(remaining)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                raise Timeout("timed out waiting for %d bytes (have %d)" % (n, len(self.buf)))
            except (ConnectionResetError, BrokenPipeError) as e:
                raise Closed("reset (%s)" % e.__class__.__name__, bytes(self.buf))
            if not chunk:
                raise Closed("EOF", bytes(self.buf))
            self.buf += chunk

    def read_raw_frame(self, timeout=TIMEOUT):
        """Returns the body bytes of the next frame."""
        deadline = time.monotonic() + timeout
        self._fill(4, deadline)
        (length,) = struct.unpack(">I", self.buf[:4])
        # Check L against our own limit before allocating (§11). The server
        # never sends a frame over its own limit (§7: RESOURCE_EXHAUSTED).
        if length > self.ctx.max_frame_bytes:
            raise CheckFailed("server sent a frame of %d bytes, over the %d-byte limit"
                              % (length, self.ctx.max_frame_bytes))
        self._fill(4 + length, deadline)
        body = bytes(self.buf[4:4 + length])
        del self.buf[:4 + length]
        return body

    def read_frame(self, timeout=TIMEOUT):
        body = self.read_raw_frame(timeout)
        frame = rpc_pb2.ResponseFrame()
        try:
            frame.ParseFromString(body)
        except Exception as e:
            raise CheckFailed("response body is not a ResponseFrame: %s" % e)
        # §4: the server always sets status; §4: response metadata is always empty.
        expect(frame.HasField("status"), "response frame without status (call_id %d)" % frame.call_id)
        expect(len(frame.metadata) == 0, "response metadata not empty: %r" % dict(frame.metadata))
        # §5.3: payload is empty unless status.code == OK.
        if frame.status.code != OK:
            expect(frame.payload == b"", "non-OK response (%s) carries a payload"
                   % code_name(frame.status.code))
        return frame

    def read_responses(self, ids, timeout=TIMEOUT):
        """Reads until every call id in `ids` is answered exactly once."""
        pending = set(ids)
        got = {}
        deadline = time.monotonic() + timeout
        while pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise CheckFailed("%d of %d calls unanswered after %.1fs"
                                  % (len(pending), len(ids), timeout))
            try:
                f = self.read_frame(remaining)
            except Timeout:
                continue
            except Closed as c:
                raise CheckFailed("connection closed (%s) with %d calls unanswered" % (c.how, len(pending)))
            if f.call_id == 0:
                raise CheckFailed("unexpected connection-level error %s: %s"
                                  % (code_name(f.status.code), f.status.message))
            expect(f.call_id in pending,
                   "response for call_id %d which is not pending (duplicate or unknown)" % f.call_id)
            pending.discard(f.call_id)
            got[f.call_id] = f
        return got

    def call(self, method, payload=b"", timeout_ms=0, metadata=None, timeout=TIMEOUT):
        cid = self.send_request(method, payload, timeout_ms, metadata)
        return self.read_responses([cid], timeout)[cid]

    def echo(self, data, timeout=TIMEOUT):
        f = self.call(ECHO, echo_payload(data), timeout=timeout)
        expect(f.status.code == OK, "Echo answered %s (%s)" % (code_name(f.status.code), f.status.message))
        r = diagnostics_pb2.EchoResponse()
        r.ParseFromString(f.payload)
        expect(r.payload == data, "Echo returned a different payload")
        return f

    def expect_closed(self, timeout=TIMEOUT, allow_frames=False):
        """Waits for the server to close; returns frames read before that."""
        frames = []
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise CheckFailed("server did not close the connection within %.1fs" % timeout)
            try:
                f = self.read_frame(remaining)
            except Closed as c:
                expect(not c.partial, "connection closed in the middle of a frame (%d bytes)" % len(c.partial))
                return frames
            except Timeout:
                continue
            expect(allow_frames, "unexpected frame before close: call_id %d %s"
                   % (f.call_id, code_name(f.status.code)))
            frames.append(f)

    def expect_connection_error(self, code, timeout=TIMEOUT):
        """§6: one ResponseFrame{call_id=0, status=code}, then the server closes."""
        try:
            f = self.read_frame(timeout)
        except Closed as c:
            raise CheckFailed("connection closed (%s) without a connection-level error" % c.how)
        except Timeout:
            raise CheckFailed("no connection-level error within %.1fs" % timeout)
        expect(f.call_id == 0, "expected call_id 0, got call_id %d (%s)" % (f.call_id, code_name(f.status.code)))
        expect(f.status.code == code, "connection-level error is %s, expected %s (%s)"
               % (code_name(f.status.code), code_name(code), f.status.message))
        self.expect_closed(timeout)  # at most one error frame, then closed
        return f

    def finish(self, timeout=TIMEOUT):
        """Closes so that the server has provably released the connection:
        half-close (a disconnect, §8.3), wait for the server's close, close."""
        try:
            self.sock.shutdown(socket.SHUT_WR)
            self.expect_closed(timeout, allow_frames=True)
        except OSError:
            pass
        finally:
            self.close()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def decode_health(frame):
    h = health_pb2.HealthCheckResponse()
    h.ParseFromString(frame.payload)
    return h


def serving_elsewhere(ctx):
    """Isolation (§12): a new connection still gets Echo and Health answered."""
    c = Conn(ctx)
    try:
        c.echo(b"still serving")
        f = c.call(HEALTH, b"")
        expect(f.status.code == OK, "Health/Check on a fresh connection answered %s" % code_name(f.status.code))
    finally:
        c.finish()


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

CHECKS = []


def check(name):
    def register(fn):
        CHECKS.append((name, fn))
        return fn
    return register


# ---- 1. Echo ----

@check("echo: round trip returns payload, status OK")
def check_echo_round_trip(ctx):
    c = Conn(ctx)
    try:
        for data in (b"hi", bytes(range(256)), b"\x00\xff\xfe" * 100, os.urandom(4000)):
            c.echo(data)
        # timeout_ms set, and one over the server's maximum (§5.4: shortened, still served).
        for t in (1000, 4_000_000_000):
            f = c.call(ECHO, echo_payload(b"t"), timeout_ms=t)
            expect(f.status.code == OK, "Echo with timeout_ms=%d answered %s" % (t, code_name(f.status.code)))
    finally:
        c.finish()


@check("echo: empty EchoRequest payload and empty RequestFrame.payload")
def check_echo_empty(ctx):
    c = Conn(ctx)
    try:
        c.echo(b"")
        f = c.call(ECHO, b"")  # §5.3: empty payload is the all-default request
        expect(f.status.code == OK, "Echo with empty payload answered %s" % code_name(f.status.code))
        r = diagnostics_pb2.EchoResponse()
        r.ParseFromString(f.payload)
        expect(r.payload == b"", "Echo of empty request returned a non-empty payload")
    finally:
        c.finish()


@check("echo: §9 example bytes (48-byte request, 14-byte response)")
def check_section9_example(ctx):
    req = bytes.fromhex(
        "0000002c" "0801" "121f"
        "2f726573756d652e7270632e76312e"
        "446961676e6f73746963732f4563686f"
        "1a04" "0a026869" "20e807")
    expect(len(req) == 48, "§9 request is %d bytes, document says 48" % len(req))
    mine = frame_bytes(request_body(1, ECHO, echo_payload(b"hi"), 1000))
    expect(mine == req, "protobuf runtime encodes §9 request differently: %s" % mine.hex())
    c = Conn(ctx)
    try:
        c.send_raw(req)
        body = c.read_raw_frame()
        resp = frame_bytes(body)
        expected = bytes.fromhex("0000000a" "0801" "1200" "1a04" "0a026869")
        f = rpc_pb2.ResponseFrame.FromString(body)
        expect(f.call_id == 1 and f.status.code == OK and
               diagnostics_pb2.EchoResponse.FromString(f.payload).payload == b"hi",
               "§9 response decodes wrongly: %s" % resp.hex())
        expect(resp == expected, "§9 response bytes differ: got %s, document shows %s"
               % (resp.hex(), expected.hex()))
    finally:
        c.finish()


@check("echo: unknown fields in RequestFrame and EchoRequest are ignored")
def check_unknown_fields(ctx):
    c = Conn(ctx)
    try:
        payload = echo_payload(b"uf") + pb_varint(9, 7) + pb_bytes(10, b"zz")
        body = request_body(1, ECHO, payload) + pb_varint(15, 1) + pb_bytes(16, b"ignored")
        c.send_frame(body)
        f = c.read_responses([1])[1]
        expect(f.status.code == OK, "answered %s" % code_name(f.status.code))
        expect(diagnostics_pb2.EchoResponse.FromString(f.payload).payload == b"uf", "payload changed")
    finally:
        c.finish()


@check("echo: L=0 frame is a default RequestFrame (call_id 0) -> INVALID_ARGUMENT on call_id 0, closed")
def check_empty_frame(ctx):
    c = Conn(ctx)
    try:
        c.send_raw(struct.pack(">I", 0))
        c.expect_connection_error(INVALID_ARGUMENT)
    finally:
        c.close()
    serving_elsewhere(ctx)


# ---- 2. Health ----

@check("health: SERVING with postgres (required) and redis (not required) dependencies")
def check_health(ctx):
    c = Conn(ctx)
    try:
        f = c.call(HEALTH, b"")
        expect(f.status.code == OK, "Health/Check answered %s" % code_name(f.status.code))
        h = decode_health(f)
        deps = {d.name: d for d in h.dependencies}
        expect(h.status == health_pb2.SERVING_STATUS_SERVING,
               "status %s, dependencies %s" % (health_pb2.ServingStatus.Name(h.status),
                                              [(d.name, health_pb2.ServingStatus.Name(d.status), d.detail)
                                               for d in h.dependencies]))
        expect(len(h.dependencies) == len(deps), "duplicate dependency entries")
        expect(set(deps) >= {"postgres", "redis"}, "dependencies are %s" % sorted(deps))
        expect(deps["postgres"].required, "postgres is not marked required")
        expect(not deps["redis"].required, "redis is marked required")
        now_us = time.time() * 1e6
        for name in ("postgres", "redis"):
            d = deps[name]
            expect(d.status == health_pb2.SERVING_STATUS_SERVING,
                   "%s status %s (%s)" % (name, health_pb2.ServingStatus.Name(d.status), d.detail))
            expect(d.checked_at_unix_micros > 0, "%s never probed" % name)
            expect(abs(now_us - d.checked_at_unix_micros) < 120e6,
                   "%s checked_at_unix_micros %d is not recent" % (name, d.checked_at_unix_micros))
        # Health ignores unknown request fields, like every request.
        f = c.call(HEALTH, pb_varint(5, 1))
        expect(f.status.code == OK, "Health/Check with an unknown field answered %s" % code_name(f.status.code))
    finally:
        c.finish()


# ---- 3. Pipelining ----

@check("pipelining: 600 Echo calls in one sendall, all answered with matching ids and payloads")
def check_pipelining(ctx):
    n = 600
    c = Conn(ctx)
    try:
        data = {i: ("call-%d-" % i).encode() * (1 + i % 5) for i in range(1, n + 1)}
        c.send_raw(b"".join(echo_frame(i, data[i]) for i in range(1, n + 1)), timeout=30)
        got = c.read_responses(list(data), timeout=30)
        for i, f in got.items():
            expect(f.status.code == OK, "call %d answered %s" % (i, code_name(f.status.code)))
            expect(diagnostics_pb2.EchoResponse.FromString(f.payload).payload == data[i],
                   "call %d returned another call's payload" % i)
    finally:
        c.finish()


@check("pipelining: Echo and Health interleaved in one send, matched by call_id")
def check_mixed_pipelining(ctx):
    c = Conn(ctx)
    try:
        frames = []
        for i in range(1, 41):
            if i % 4 == 0:
                frames.append(frame_bytes(request_body(i, HEALTH)))
            else:
                frames.append(echo_frame(i, b"m%d" % i))
        c.send_raw(b"".join(frames))
        got = c.read_responses(range(1, 41))
        for i, f in got.items():
            expect(f.status.code == OK, "call %d answered %s" % (i, code_name(f.status.code)))
            if i % 4 == 0:
                decode_health(f)
            else:
                expect(diagnostics_pb2.EchoResponse.FromString(f.payload).payload == b"m%d" % i,
                       "call %d got the wrong payload" % i)
    finally:
        c.finish()


# ---- 5. Reassembly ----

@check("reassembly: request sent one byte per send() is answered")
def check_byte_by_byte(ctx):
    c = Conn(ctx)
    try:
        data = echo_frame(1, b"split") + frame_bytes(request_body(2, HEALTH)) + echo_frame(3, b"")
        for b in data:
            c.send_raw(bytes([b]))
        got = c.read_responses([1, 2, 3])
        expect(all(f.status.code == OK for f in got.values()), "not all OK")
        expect(diagnostics_pb2.EchoResponse.FromString(got[1].payload).payload == b"split", "wrong payload")
    finally:
        c.finish()


@check("reassembly: sends that cut frames at arbitrary points, several frames per send")
def check_odd_chunks(ctx):
    c = Conn(ctx)
    try:
        stream = b"".join(echo_frame(i, b"x" * (i * 7)) for i in range(1, 31))
        pos, sizes, k = 0, [3, 1, 50, 7, 400, 2, 1000], 0
        while pos < len(stream):
            n = sizes[k % len(sizes)]
            c.send_raw(stream[pos:pos + n])
            pos += n
            k += 1
        got = c.read_responses(range(1, 31))
        for i, f in got.items():
            expect(f.status.code == OK and
                   diagnostics_pb2.EchoResponse.FromString(f.payload).payload == b"x" * (i * 7),
                   "call %d wrong" % i)
    finally:
        c.finish()


# ---- 4. Misbehaviour (§7) ----

@check("§7 oversize: L = max+1 (prefix only) -> RESOURCE_EXHAUSTED on call_id 0, closed")
def check_oversize_by_one(ctx):
    c = Conn(ctx)
    try:
        c.send_raw(struct.pack(">I", ctx.max_frame_bytes + 1))
        c.expect_connection_error(RESOURCE_EXHAUSTED)
    finally:
        c.close()
    serving_elsewhere(ctx)


@check("§7 oversize: L = 0xFFFFFFFF (prefix only) -> RESOURCE_EXHAUSTED on call_id 0, closed")
def check_oversize_huge(ctx):
    c = Conn(ctx)
    try:
        c.send_raw(b"\xff\xff\xff\xff")
        c.expect_connection_error(RESOURCE_EXHAUSTED)
    finally:
        c.close()
    serving_elsewhere(ctx)


def exact_size_echo_body(call_id, size):
    """A valid Echo RequestFrame body of exactly `size` bytes (padded, if the
    varint widths require it, with an unknown field, which is ignored, §4)."""
    for n in range(size, -1, -1):
        body = request_body(call_id, ECHO, echo_payload(b"a" * n))
        if len(body) > size:
            continue
        if len(body) == size:
            return call_id, n, body
        for k in range(0, 8):
            padded = body + pb_bytes(15, b"p" * k)
            if len(padded) == size:
                return call_id, n, padded
    raise RuntimeError("cannot build a %d-byte frame" % size)


@check("§3/§7 frame of exactly the max size is served; one byte over is rejected")
def check_exact_max(ctx):
    cid, n, body = exact_size_echo_body(1, ctx.max_frame_bytes)
    expect(len(body) == ctx.max_frame_bytes, "internal: body size")
    c = Conn(ctx)
    try:
        c.send_frame(body)
        f = c.read_responses([cid])[cid]
        expect(f.status.code == OK, "max-size frame answered %s (%s)" % (code_name(f.status.code), f.status.message))
        expect(diagnostics_pb2.EchoResponse.FromString(f.payload).payload == b"a" * n, "payload changed")
        c.echo(b"after max")  # connection still open
    finally:
        c.finish()
    c = Conn(ctx)
    try:
        c.send_raw(struct.pack(">I", ctx.max_frame_bytes + 1))
        c.expect_connection_error(RESOURCE_EXHAUSTED)
    finally:
        c.close()
    serving_elsewhere(ctx)


def bad_body_check(ctx, body, code=INVALID_ARGUMENT):
    c = Conn(ctx)
    try:
        c.echo(b"before")  # a good call first: it is answered, then the bad frame kills the connection
        c.send_frame(body)
        c.expect_connection_error(code)
    finally:
        c.close()
    serving_elsewhere(ctx)


@check("§7 body that is not a RequestFrame (truncated protobuf) -> INVALID_ARGUMENT on call_id 0, closed")
def check_bad_protobuf(ctx):
    bad_body_check(ctx, pb_varint(1, 5) + b"\x12\x10abc")  # method claims 16 bytes, has 3


@check("§7 body with wrong wire type for call_id -> INVALID_ARGUMENT on call_id 0, closed")
def check_bad_wire_type(ctx):
    # call_id (field 1, uint64) sent length-delimited: not a valid RequestFrame.
    bad_body_check(ctx, pb_bytes(1, b"\x01") + pb_bytes(2, ECHO.encode()))


@check("§7 call_id 0 -> INVALID_ARGUMENT on call_id 0, closed")
def check_call_id_zero(ctx):
    bad_body_check(ctx, request_body(0, ECHO, echo_payload(b"zero")))


@check("§4/§7 invalid UTF-8 in method -> INVALID_ARGUMENT on call_id 0, closed")
def check_method_invalid_utf8(ctx):
    bad_body_check(ctx, pb_varint(1, 9) + pb_bytes(2, b"/resume.rpc.v1.Diagnostics/Ech\xff\xfe"))


@check("§4/§7 U+0000 in method -> INVALID_ARGUMENT on call_id 0, closed")
def check_method_nul(ctx):
    bad_body_check(ctx, pb_varint(1, 9) + pb_bytes(2, ECHO.encode() + b"\x00"))


@check("§4/§7 invalid UTF-8 in a metadata key -> INVALID_ARGUMENT on call_id 0, closed")
def check_metadata_key_invalid_utf8(ctx):
    bad_body_check(ctx, pb_varint(1, 9) + pb_bytes(2, ECHO.encode()) + map_entry(5, b"k\xc3", b"v"))


@check("§4/§7 invalid UTF-8 / U+0000 in a metadata value -> INVALID_ARGUMENT on call_id 0, closed")
def check_metadata_value_invalid(ctx):
    bad_body_check(ctx, pb_varint(1, 9) + pb_bytes(2, ECHO.encode()) + map_entry(5, b"k", b"\xed\xa0\x80"))
    bad_body_check(ctx, pb_varint(1, 9) + pb_bytes(2, ECHO.encode()) + map_entry(5, b"k", b"a\x00b"))


@check("§7 call_id of a call in flight reused -> OK twice or INVALID_ARGUMENT on call_id 0 (racy)")
def check_duplicate_call_id(ctx):
    # Echo is fast, so the first call may finish before the second is read;
    # both outcomes are allowed by §5.1/§7. Only the documented ones pass.
    c = Conn(ctx)
    outcome = None
    try:
        c.send_raw(echo_frame(7, b"a") + echo_frame(7, b"b"))
        oks = 0
        while True:
            try:
                f = c.read_frame()
            except Closed as e:
                expect(outcome == "error", "closed (%s) without an error frame after %d answers" % (e.how, oks))
                break
            expect(outcome is None, "frame after the connection-level error")
            if f.call_id == 0:
                expect(f.status.code == INVALID_ARGUMENT, "connection-level %s" % code_name(f.status.code))
                outcome = "error"
                continue
            expect(f.call_id == 7 and f.status.code == OK,
                   "unexpected answer %d %s" % (f.call_id, code_name(f.status.code)))
            oks += 1
            expect(oks <= 2, "more than two answers")
            if oks == 2:
                outcome = "ok"
                break
    finally:
        if outcome == "ok":
            c.finish()
        else:
            c.close()
    serving_elsewhere(ctx)
    return "outcome: %s" % ("rejected with INVALID_ARGUMENT" if outcome == "error" else "both answered (not in flight concurrently)")


def per_call_check(ctx, method, payload=b"", metadata=None, want=UNIMPLEMENTED):
    """A per-call answer `want` on the call's own call_id; the connection stays usable."""
    c = Conn(ctx)
    try:
        f = c.call(method, payload, metadata=metadata)
        expect(f.status.code == want, "answered %s (%s), expected %s"
               % (code_name(f.status.code), f.status.message, code_name(want)))
        c.echo(b"still open")
        return f
    finally:
        c.finish()


@check("§5.2/§7 unknown methods -> UNIMPLEMENTED per call, connection stays open")
def check_unknown_method(ctx):
    for m in ("/resume.rpc.v1.Diagnostics/Nope", "/resume.rpc.v1.NoSuchService/Echo",
              "/no.such.pkg.Svc/M", "/resume.rpc.v1.diagnostics/echo"):
        per_call_check(ctx, m, echo_payload(b"x"))


@check("§7 empty or malformed method paths -> UNIMPLEMENTED per call, connection stays open")
def check_malformed_method(ctx):
    for m in ("", "/", "//", "resume.rpc.v1.Diagnostics/Echo", "/resume.rpc.v1.Diagnostics/Echo/",
              "/resume.rpc.v1.Diagnostics", "Echo", " /resume.rpc.v1.Diagnostics/Echo"):
        per_call_check(ctx, m, echo_payload(b"x"))


@check("§7/§12 method over 256 bytes -> UNIMPLEMENTED, name not echoed")
def check_long_method(ctx):
    m = "/resume.rpc.v1.Diagnostics/Echo" + "Z" * 300
    f = per_call_check(ctx, m, echo_payload(b"x"))
    expect("Z" * 40 not in f.status.message, "long method name echoed in the error message")


@check("§12 non-printable method name is not echoed in the error message")
def check_nonprintable_method(ctx):
    m = "/resume.rpc.v1.Diagnostics/Ech\u00f6\u0007"
    f = per_call_check(ctx, m, echo_payload(b"x"))
    expect("\u00f6" not in f.status.message and "\u0007" not in f.status.message,
           "non-printable method name echoed: %r" % f.status.message)


def metadata_violation_check(ctx, metadata, secret=None):
    f = per_call_check(ctx, ECHO, echo_payload(b"md"), metadata=metadata, want=INVALID_ARGUMENT)
    fields = [v.field for v in f.status.violations]
    expect(any(v == "metadata" or v.startswith("metadata.") or v.startswith("metadata[") for v in fields),
           "no FieldViolation on metadata (violations: %r)" % fields)
    if secret is not None:
        text = f.status.message + "".join(v.description for v in f.status.violations)
        expect(secret not in text, "metadata value echoed in the error")


@check("§5.5/§7 metadata key with upper-case letters -> INVALID_ARGUMENT + FieldViolation on metadata")
def check_metadata_uppercase(ctx):
    metadata_violation_check(ctx, {"Trace-Id": "SECRETVALUE42"}, secret="SECRETVALUE42")


@check("§5.5/§7 metadata key syntax: empty, space, colon, 129 bytes rejected; 128 bytes accepted")
def check_metadata_key_syntax(ctx):
    for key in ("", "a b", "a:b", "k" * 129, "caf\u00e9"):
        metadata_violation_check(ctx, {key: "v"})
    f = per_call_check(ctx, ECHO, echo_payload(b"ok"), metadata={"k" * 128: "v", "a-z_0.9": "v"}, want=OK)


@check("§5.5/§7 metadata: 64 entries accepted, 65 rejected")
def check_metadata_count(ctx):
    per_call_check(ctx, ECHO, echo_payload(b"ok"), metadata={"k%d" % i: "v" for i in range(64)}, want=OK)
    metadata_violation_check(ctx, {"k%d" % i: "v" for i in range(65)})


@check("§5.5/§7 metadata value: 8192 bytes accepted, 8193 rejected")
def check_metadata_value_size(ctx):
    per_call_check(ctx, ECHO, echo_payload(b"ok"), metadata={"big": "v" * 8192}, want=OK)
    metadata_violation_check(ctx, {"big": "v" * 8193})


@check("§5.3/§7 payload that is not an EchoRequest -> INVALID_ARGUMENT per call, stays open")
def check_bad_payload(ctx):
    for payload in (b"\x0a\x05ab", b"\xff\xff\xff", b"\x0a"):
        per_call_check(ctx, ECHO, payload, want=INVALID_ARGUMENT)
    # Same for Health/Check.
    per_call_check(ctx, HEALTH, b"\x0a\x05ab", want=INVALID_ARGUMENT)


@check("§7 too many connections: max accepted, one more -> UNAVAILABLE on call_id 0, closed")
def check_max_connections(ctx):
    conns = []
    try:
        for i in range(ctx.max_connections):
            c = Conn(ctx)
            conns.append(c)
            try:
                c.echo(b"conn %d" % i)
            except CheckFailed as e:
                raise CheckFailed("connection %d of %d not accepted: %s" % (i + 1, ctx.max_connections, e))
        extra = Conn(ctx)
        try:
            extra.expect_connection_error(UNAVAILABLE)
        finally:
            extra.close()
        conns[0].echo(b"existing connections unaffected")
    finally:
        for c in conns:
            c.finish()
    serving_elsewhere(ctx)


@check("§7 idle timeout: silent connection -> UNAVAILABLE on call_id 0 and closed after ~idle timeout")
def check_idle_timeout(ctx):
    idle = ctx.idle_timeout_ms / 1000.0
    c = Conn(ctx)
    t0 = time.monotonic()
    try:
        c.expect_connection_error(UNAVAILABLE, timeout=2 * idle + 3)
        elapsed = time.monotonic() - t0
        expect(elapsed >= 0.9 * idle, "closed after %.3fs, before the %.3fs idle timeout" % (elapsed, idle))
        expect(elapsed <= 2 * idle + 2, "closed after %.3fs, long after the %.3fs idle timeout" % (elapsed, idle))
    finally:
        c.close()
    serving_elsewhere(ctx)
    return "closed after %.3fs (idle timeout %.3fs)" % (elapsed, idle)


@check("§7 idle timeout counts from the last activity, not from connect")
def check_idle_after_activity(ctx):
    idle = ctx.idle_timeout_ms / 1000.0
    c = Conn(ctx)
    try:
        # Stay active for longer than one idle timeout, pacing by waiting on the socket.
        t_start = time.monotonic()
        while True:
            c.echo(b"keepalive")
            t_last = time.monotonic()
            if t_last - t_start >= 1.5 * idle:
                break
            r, _, _ = select.select([c.sock], [], [], idle / 4)
            expect(not r, "server sent something to an active connection")
        c.expect_connection_error(UNAVAILABLE, timeout=2 * idle + 3)
        elapsed = time.monotonic() - t_last
        expect(elapsed >= 0.9 * idle, "closed %.3fs after the last call, idle timeout is %.3fs" % (elapsed, idle))
        expect(elapsed <= 2 * idle + 2, "closed %.3fs after the last call, idle timeout is %.3fs" % (elapsed, idle))
    finally:
        c.close()
    return "closed %.3fs after the last call" % elapsed


def read_timeout_bounds(ctx):
    rt = ctx.read_timeout_ms / 1000.0
    idle = ctx.idle_timeout_ms / 1000.0
    upper = rt + max(0.5, rt / 2)
    if idle > rt:
        upper = min(upper, idle - 0.05)  # must be the read timeout, not the idle one
    return rt, upper


@check("§7 read timeout: partial frame then silence -> UNAVAILABLE on call_id 0, closed after ~read timeout")
def check_read_timeout(ctx):
    rt, upper = read_timeout_bounds(ctx)
    results = []
    for partial in (b"\x00\x00", frame_bytes(request_body(1, ECHO, echo_payload(b"p")))[:-3]):
        c = Conn(ctx)
        try:
            c.send_raw(partial)
            t0 = time.monotonic()
            c.expect_connection_error(UNAVAILABLE, timeout=rt * 3 + 3)
            elapsed = time.monotonic() - t0
            expect(elapsed >= 0.9 * rt, "closed after %.3fs, before the %.3fs read timeout" % (elapsed, rt))
            expect(elapsed <= upper, "closed after %.3fs, expected about %.3fs" % (elapsed, rt))
            results.append("%.3fs" % elapsed)
        finally:
            c.close()
    serving_elsewhere(ctx)
    return "closed after %s (read timeout %.3fs)" % (", ".join(results), rt)


@check("§7 read timeout runs from a frame's first byte even while more bytes trickle in")
def check_read_timeout_trickle(ctx):
    rt, _ = read_timeout_bounds(ctx)
    frame = frame_bytes(request_body(1, ECHO, echo_payload(b"t" * 200)))
    c = Conn(ctx)
    try:
        t0 = time.monotonic()
        sent = 0
        while True:
            expect(sent < len(frame) - 1, "internal: frame would complete")
            c.send_raw(frame[sent:sent + 1])
            sent += 1
            r, _, _ = select.select([c.sock], [], [], rt / 10)
            if r:
                break
            expect(time.monotonic() - t0 < 3 * rt + 3, "no answer while a frame stayed incomplete")
        c.expect_connection_error(UNAVAILABLE, timeout=TIMEOUT)
        elapsed = time.monotonic() - t0
        expect(elapsed >= 0.9 * rt, "closed after %.3fs, before the %.3fs read timeout" % (elapsed, rt))
        expect(elapsed <= rt + max(0.5, rt / 2), "closed after %.3fs, expected about %.3fs" % (elapsed, rt))
    finally:
        c.close()
    return "closed after %.3fs" % elapsed


@check("§7 back-pressure: 4x max-calls-in-flight Echo calls pipelined, all answered OK")
def check_back_pressure(ctx):
    n = 4 * ctx.max_calls_in_flight + 37
    c = Conn(ctx)
    try:
        payload = b"b" * 1000
        c.send_raw(b"".join(echo_frame(i, payload + b"%d" % i) for i in range(1, n + 1)), timeout=30)
        got = c.read_responses(range(1, n + 1), timeout=30)
        for i, f in got.items():
            expect(f.status.code == OK, "call %d answered %s" % (i, code_name(f.status.code)))
            expect(diagnostics_pb2.EchoResponse.FromString(f.payload).payload == payload + b"%d" % i,
                   "call %d wrong payload" % i)
    finally:
        c.finish()


class PumpResult:
    def __init__(self):
        self.answered = {}         # call_id -> ResponseFrame
        self.conn_error = None     # a ResponseFrame with call_id 0, if any
        self.closed = None         # how the server ended the connection, if it did
        self.stalled = False       # the server stopped reading (phase 1)


def pump(conn, frames, deadline_s, pause_unwritable_s=None):
    """Writes `frames` (call_id -> frame bytes) and reads the answers at the
    same time with non-blocking I/O, so neither side can deadlock.

    With pause_unwritable_s, first writes without reading at all until the
    socket stays unwritable that long (the server stopped reading), to play a
    client that is not reading."""
    res = PumpResult()
    stream = b"".join(frames[i] for i in sorted(frames))
    sock = conn.sock
    sock.setblocking(False)
    pos = 0
    deadline = time.monotonic() + deadline_s

    def write():
        nonlocal pos
        try:
            pos += sock.send(stream[pos:pos + 262144])
        except BlockingIOError:
            pass
        except OSError as e:
            res.closed = "%s while writing" % e.__class__.__name__
            pos = len(stream)  # stop writing, keep reading what was sent back

    try:
        if pause_unwritable_s is not None:
            while pos < len(stream) and res.closed is None:
                _, w, _ = select.select([], [sock], [], pause_unwritable_s)
                if not w:
                    res.stalled = True
                    break
                write()
        while len(res.answered) < len(frames) and time.monotonic() < deadline:
            wl = [sock] if pos < len(stream) else []
            r, w, _ = select.select([sock], wl, [], 0.5)
            if w:
                write()
            if not r:
                continue
            try:
                chunk = sock.recv(1 << 20)
            except BlockingIOError:
                continue
            except OSError as e:
                res.closed = res.closed or "%s while reading" % e.__class__.__name__
                break
            if not chunk:
                res.closed = res.closed or "EOF"
                break
            conn.buf += chunk
            while len(conn.buf) >= 4:
                (length,) = struct.unpack(">I", conn.buf[:4])
                expect(length <= conn.ctx.max_frame_bytes, "oversize response frame (%d bytes)" % length)
                if len(conn.buf) < 4 + length:
                    break
                f = rpc_pb2.ResponseFrame.FromString(bytes(conn.buf[4:4 + length]))
                del conn.buf[:4 + length]
                if f.call_id == 0:
                    res.conn_error = f
                    continue
                expect(f.call_id in frames and f.call_id not in res.answered,
                       "unexpected or duplicate call_id %d" % f.call_id)
                res.answered[f.call_id] = f
    finally:
        sock.setblocking(True)
    return res


def expect_all_echoed(res, data, n):
    if len(res.answered) < n:
        err = ""
        if res.conn_error is not None:
            err = "; connection-level %s: %r" % (code_name(res.conn_error.status.code), res.conn_error.status.message)
        raise CheckFailed("%d of %d calls answered, then the server closed the connection (%s)%s"
                          % (len(res.answered), n, res.closed or "timeout", err))
    for i, f in res.answered.items():
        expect(f.status.code == OK, "call %d answered %s (%s)" % (i, code_name(f.status.code), f.status.message))
        expect(diagnostics_pb2.EchoResponse.FromString(f.payload).payload == data(i), "call %d wrong payload" % i)


def big_payload_size(ctx):
    return max(1, min(60000, ctx.max_frame_bytes - 200))


@check("§7 back-pressure: large frames beyond max-calls-in-flight, client reading promptly; delayed, not failed")
def check_back_pressure_large(ctx):
    size = big_payload_size(ctx)
    n = max(4 * ctx.max_calls_in_flight, (12 * 1024 * 1024) // size + 1)
    data = lambda i: (b"%08d" % i) * (size // 8)
    c = Conn(ctx)
    try:
        res = pump(c, {i: echo_frame(i, data(i)) for i in range(1, n + 1)}, deadline_s=120)
        expect_all_echoed(res, data, n)
    finally:
        c.finish(timeout=30)
    return "%d calls of %d bytes" % (n, size)


@check("§7 back-pressure: >8 MiB of responses to a client that briefly does not read; delayed, not failed")
def check_unsent_output(ctx):
    size = big_payload_size(ctx)
    n = (12 * 1024 * 1024) // size + 1
    data = lambda i: (b"%08d" % i) * (size // 8)
    c = Conn(ctx)
    try:
        # The client stops reading only until the server stops reading, plus
        # half the read timeout; then it reads everything.
        res = pump(c, {i: echo_frame(i, data(i)) for i in range(1, n + 1)}, deadline_s=120,
                   pause_unwritable_s=ctx.read_timeout_ms / 2000.0)
        expect_all_echoed(res, data, n)
    finally:
        c.finish(timeout=30)
    return "%d calls of %d bytes; server stopped reading: %s" % (n, size, res.stalled)


@check("§7/§8 disconnect mid-stream (close without reading): server stays healthy")
def check_disconnect_mid_stream(ctx):
    for variant in ("close", "half-close", "reset"):
        c = Conn(ctx)
        c.send_raw(b"".join(echo_frame(i, b"d" * 500) for i in range(1, 201)), timeout=30)
        if variant == "close":
            c.close()
        elif variant == "half-close":
            # §8.3: a half-close is a disconnect; the server closes its side.
            c.sock.shutdown(socket.SHUT_WR)
            try:
                frames = c.expect_closed(timeout=TIMEOUT, allow_frames=True)
                for f in frames:
                    expect(f.call_id != 0, "connection-level error %s after a half-close" % code_name(f.status.code))
                    expect(1 <= f.call_id <= 200 and f.status.code == OK,
                           "unexpected answer %d %s" % (f.call_id, code_name(f.status.code)))
            finally:
                c.close()
        else:
            c.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            c.close()
        serving_elsewhere(ctx)


@check("§8.3 half-close with nothing in flight: the server closes the connection")
def check_half_close_idle(ctx):
    c = Conn(ctx)
    try:
        c.echo(b"then done")
        c.sock.shutdown(socket.SHUT_WR)
        c.expect_closed(timeout=TIMEOUT)
    finally:
        c.close()


@check("§12 isolation: a misbehaving connection does not disturb a concurrent one")
def check_isolation(ctx):
    good = Conn(ctx)
    try:
        good.send_raw(b"".join(echo_frame(i, b"g%d" % i) for i in range(1, 21)))
        bad = Conn(ctx)
        try:
            bad.send_raw(b"\xff\xff\xff\xff")
            bad.expect_connection_error(RESOURCE_EXHAUSTED)
        finally:
            bad.close()
        got = good.read_responses(range(1, 21))
        expect(all(f.status.code == OK for f in got.values()), "good connection's calls failed")
        good.echo(b"after")
    finally:
        good.finish()


# ---- 6. Graceful shutdown (last) ----

def pidfd_for(pid):
    try:
        return os.pidfd_open(pid)
    except (AttributeError, OSError):
        return None


def peer_closed(sock):
    """True if the server has already closed (EOF/reset pending), without consuming data."""
    r, _, _ = select.select([sock], [], [], 0)
    if not r:
        return False
    try:
        return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def try_connect(ctx):
    """One connection attempt: 'refused', or 'accepted' (then closed at once)."""
    try:
        s = socket.create_connection(ctx.address, timeout=1.0)
    except ConnectionRefusedError:
        return "refused"
    except OSError:
        return "error"
    s.close()
    return "accepted"


class Shutdown:
    """What was observed around SIGTERM; judged by the checks below."""

    def __init__(self):
        self.ran = False
        self.refused_after = None   # seconds from SIGTERM to the first refused connect
        self.rounds = []            # dicts: echo_id, health_id, t_sent, open_at_send, after_refusal
        self.answers = {}           # conn A: call_id -> ResponseFrame
        self.a_conn_error = None
        self.a_end = None           # how A ended: "EOF", "reset (...)"; None: still open at the deadline
        self.a_closed_after = None
        self.b_ids = []
        self.b_answers = {}         # conn B: call_id -> ResponseFrame
        self.b_conn_error = None
        self.b_end = None
        self.b_closed_after = None
        self.b_bad = []             # unexpected / duplicate answers on B
        self.exited_after = None    # None: did not exit, or not observable (no pidfd)
        self.pidfd_available = False


SHUTDOWN = Shutdown()


def run_shutdown_scenario(ctx):
    """Two connections: A idle, then a ping-pong of Echo + Health/Check
    across the signal; B with 2,000 small Echo calls pipelined just before it.
    Sends SIGTERM, then records what happens; never sleeps, every wait is on a
    socket or the process' pidfd with a deadline."""
    sh = SHUTDOWN
    drain = ctx.drain_timeout_ms / 1000.0
    margin = 2.0
    a = Conn(ctx)
    a.echo(b"before shutdown")
    b = Conn(ctx)
    b.echo(b"before shutdown")
    pidfd = pidfd_for(ctx.pid)
    sh.pidfd_available = pidfd is not None
    sh.b_ids = list(range(100, 2100))
    b.send_raw(b"".join(echo_frame(i, b"s%d" % i) for i in sh.b_ids), timeout=30)

    t0 = time.monotonic()
    os.kill(ctx.pid, signal.SIGTERM)
    sh.ran = True
    deadline = t0 + drain + margin

    # A: one Echo + one Health/Check per round, wait for both answers, repeat
    # until A is closed; try a new connection before each round.
    while sh.a_end is None and time.monotonic() < deadline:
        if sh.refused_after is None and try_connect(ctx) == "refused":
            sh.refused_after = time.monotonic() - t0
        eid, hid = a.new_id(), a.new_id()
        open_at_send = not peer_closed(a.sock)
        try:
            a.send_raw(echo_frame(eid, b"r%d" % eid) + frame_bytes(request_body(hid, HEALTH)))
        except OSError as e:
            sh.a_end = "%s on send" % e.__class__.__name__
            break
        sh.rounds.append(dict(echo_id=eid, health_id=hid, t_sent=time.monotonic() - t0,
                              open_at_send=open_at_send, after_refusal=sh.refused_after is not None))
        while (eid not in sh.answers or hid not in sh.answers) and time.monotonic() < deadline:
            try:
                f = a.read_frame(deadline - time.monotonic())
            except Closed as e:
                sh.a_end = e.how
                break
            except Timeout:
                break
            if f.call_id == 0:
                sh.a_conn_error = f
            else:
                sh.answers.setdefault(f.call_id, f)
    sh.a_closed_after = time.monotonic() - t0 if sh.a_end else None
    a.close()
    while sh.refused_after is None and time.monotonic() - t0 < margin:
        if try_connect(ctx) == "refused":
            sh.refused_after = time.monotonic() - t0

    # B: read everything until the server closes it.
    while time.monotonic() < deadline:
        try:
            f = b.read_frame(deadline - time.monotonic())
        except Closed as e:
            sh.b_end = e.how
            sh.b_closed_after = time.monotonic() - t0
            break
        except Timeout:
            break
        if f.call_id == 0:
            sh.b_conn_error = f
        elif f.call_id not in sh.b_ids or f.call_id in sh.b_answers:
            sh.b_bad.append("unexpected/duplicate call_id %d" % f.call_id)
        else:
            sh.b_answers[f.call_id] = f
    b.close()

    if pidfd is not None:
        r, _, _ = select.select([pidfd], [], [], max(0.0, deadline + 3 - time.monotonic()))
        os.close(pidfd)
        if r:
            sh.exited_after = time.monotonic() - t0


@check("§8.4 shutdown: after SIGTERM the listening socket closes at once (new connections refused)")
def check_shutdown_refuses(ctx):
    run_shutdown_scenario(ctx)
    expect(SHUTDOWN.refused_after is not None, "new connections still accepted 2s after SIGTERM")
    return "refused %.3fs after SIGTERM" % SHUTDOWN.refused_after


@check("§8.4 shutdown: calls on an open connection after SIGTERM: Echo answered (UNAVAILABLE), Health/Check NOT_SERVING")
def check_shutdown_calls_after_signal(ctx):
    sh = SHUTDOWN
    expect(sh.ran, "shutdown scenario did not run")
    if sh.a_conn_error is not None:
        expect(sh.a_conn_error.status.code == UNAVAILABLE,
               "connection-level %s during shutdown" % code_name(sh.a_conn_error.status.code))
    # In sending order: Echo OK* then UNAVAILABLE*; Health SERVING* then
    # NOT_SERVING*; nothing OK/SERVING once the listener was seen closed.
    stopped = False
    log = []
    for r in sh.rounds:
        stopped = stopped or r["after_refusal"]
        e, h = sh.answers.get(r["echo_id"]), sh.answers.get(r["health_id"])
        if e is None:
            # §8.4: every call that arrives after the signal is answered while
            # connections stay open; the connection was open when it was sent.
            expect(not r["open_at_send"],
                   "Echo (call_id %d) sent %.4fs after SIGTERM on a connection the server had not closed "
                   "was never answered; the server closed the connection %.4fs after SIGTERM by %s%s"
                   % (r["echo_id"], r["t_sent"], sh.a_closed_after or -1, sh.a_end,
                      " (a TCP reset: the server closed with the request unread)"
                      if sh.a_end and sh.a_end.startswith("reset") else ""))
            log.append("echo unanswered (connection already closed)")
        else:
            expect(e.status.code in (OK, UNAVAILABLE), "Echo answered %s" % code_name(e.status.code))
            if e.status.code == OK:
                expect(not stopped, "Echo answered OK after the server was seen shutting down")
            stopped = stopped or e.status.code == UNAVAILABLE
            log.append("echo " + code_name(e.status.code))
        if h is not None:  # Health/Check may go unanswered if the connection closes
            expect(h.status.code == OK, "Health/Check answered %s, expected OK with NOT_SERVING"
                   % code_name(h.status.code))
            st = decode_health(h).status
            expect(st in (health_pb2.SERVING_STATUS_SERVING, health_pb2.SERVING_STATUS_NOT_SERVING),
                   "Health/Check reports %s" % health_pb2.ServingStatus.Name(st))
            if st == health_pb2.SERVING_STATUS_SERVING:
                expect(not stopped, "Health/Check reports SERVING after the server was seen shutting down")
            stopped = stopped or st == health_pb2.SERVING_STATUS_NOT_SERVING
            log.append("health " + health_pb2.ServingStatus.Name(st))
        else:
            log.append("health unanswered")
    return "%d rounds: %s" % (len(sh.rounds), ", ".join(log))


@check("§8.4 shutdown: calls pipelined before SIGTERM answered at most once, OK or UNAVAILABLE")
def check_shutdown_pipelined(ctx):
    sh = SHUTDOWN
    expect(sh.ran, "shutdown scenario did not run")
    expect(not sh.b_bad, "; ".join(sh.b_bad[:3]))
    if sh.b_conn_error is not None:
        expect(sh.b_conn_error.status.code == UNAVAILABLE,
               "connection-level %s during shutdown" % code_name(sh.b_conn_error.status.code))
    counts = {}
    for cid, f in sh.b_answers.items():
        expect(f.status.code in (OK, UNAVAILABLE), "call %d answered %s" % (cid, code_name(f.status.code)))
        if f.status.code == OK:
            expect(diagnostics_pb2.EchoResponse.FromString(f.payload).payload == b"s%d" % cid, "wrong payload")
        counts[code_name(f.status.code)] = counts.get(code_name(f.status.code), 0) + 1
    # Calls the server had not read yet when it closed are not answered: the
    # document does not say whether they count as "arrived" (reported, not failed).
    return "%d pipelined: %s, %d unanswered; connection ended by %s" % (
        len(sh.b_ids), ", ".join("%s %d" % kv for kv in sorted(counts.items())),
        len(sh.b_ids) - len(sh.b_answers), sh.b_end)


@check("§8.4 shutdown: the server closes every connection within the drain timeout (+2s margin)")
def check_shutdown_closes(ctx):
    sh = SHUTDOWN
    expect(sh.ran, "shutdown scenario did not run")
    expect(sh.a_end is not None, "connection A still open after the drain timeout + 2s")
    expect(sh.b_end is not None, "connection B still open after the drain timeout + 2s")
    return "A closed after %s (%s), B after %.3fs (%s)" % (
        "%.3fs" % sh.a_closed_after if sh.a_closed_after is not None else "?", sh.a_end, sh.b_closed_after, sh.b_end)


@check("§8.4 shutdown: the process exits within the drain timeout (+2s margin)")
def check_shutdown_exits(ctx):
    sh = SHUTDOWN
    expect(sh.ran, "shutdown scenario did not run")
    if not sh.pidfd_available:
        return "not observable here (no pidfd); scripts/conformance checks the exit status"
    expect(sh.exited_after is not None, "process still running after the drain timeout + 5s")
    return "exited %.3fs after SIGTERM (exit status checked by scripts/conformance)" % sh.exited_after


# --------------------------------------------------------------------------
# Runner
# --------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--address", required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--max-frame-bytes", type=int, required=True)
    p.add_argument("--max-connections", type=int, required=True)
    p.add_argument("--max-calls-in-flight", type=int, required=True)
    p.add_argument("--idle-timeout-ms", type=int, required=True)
    p.add_argument("--read-timeout-ms", type=int, required=True)
    p.add_argument("--drain-timeout-ms", type=int, required=True)
    ctx = p.parse_args(argv)
    host, _, port = ctx.address.rpartition(":")
    ctx.address = (host, int(port))
    return ctx


def main(argv):
    ctx = parse_args(argv)
    only = os.environ.get("CONFORMANCE_ONLY")  # optional substring filter for debugging
    passed, failed = 0, []
    for name, fn in CHECKS:
        if only and only not in name and "shutdown" not in name:
            continue
        t = time.monotonic()
        try:
            note = fn(ctx)
        except CheckFailed as e:
            failed.append(name)
            print("FAIL %s: %s" % (name, e), flush=True)
            continue
        except Exception as e:  # a crash in a check is a failure, not an abort
            failed.append(name)
            print("FAIL %s: %s: %s" % (name, e.__class__.__name__, e), flush=True)
            traceback.print_exc(limit=3)
            continue
        passed += 1
        extra = " (%s)" % note if note else ""
        print("PASS %s [%.2fs]%s" % (name, time.monotonic() - t, extra), flush=True)
    print("summary: %d passed, %d failed, %d total" % (passed, len(failed), passed + len(failed)))
    for name in failed:
        print("  failed: %s" % name)
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
