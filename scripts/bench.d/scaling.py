#!/usr/bin/python3
"""Helpers for the scaling part of scripts/bench.

  scaling.py echo-frames SIZE OUT      one Echo request frame with a SIZE-byte payload, for loadgen
  scaling.py idle ADDRESS N PID         opens N connections to resumed, makes one Echo call on each,
                                        then prints resumed's resident memory (VmRSS, VmHWM, kB) with all
                                        N open and idle, and closes them
  scaling.py bulk-sql USERS ROWS        SQL that gives USERS users ROWS resumes in all (added to what
                                        is there, ~300 bytes of text each), for psql
"""
import socket
import struct
import sys

from resume.rpc.v1 import diagnostics_pb2, rpc_pb2


def echo_frame(size, call_id=1):
    body = rpc_pb2.RequestFrame(call_id=call_id, method="/resume.rpc.v1.Diagnostics/Echo",
                                payload=diagnostics_pb2.EchoRequest(payload=b"x" * size).SerializeToString())
    data = body.SerializeToString()
    return struct.pack(">I", len(data)) + data


def read_exact(sock, n):
    out = bytearray()
    while len(out) < n:
        chunk = sock.recv(n - len(out))
        if not chunk:
            raise ConnectionError("closed by resumed")
        out += chunk
    return bytes(out)


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.split()[0] if value.split() else ""
    return int(fields["VmRSS"]), int(fields["VmHWM"])


def idle(address, n, pid):
    host, port = address.rsplit(":", 1)
    request = echo_frame(64)
    before = memory(pid)
    sockets = []
    try:
        for _ in range(n):
            s = socket.create_connection((host, int(port)), timeout=30)
            s.sendall(request)
            length = struct.unpack(">I", read_exact(s, 4))[0]
            answer = rpc_pb2.ResponseFrame.FromString(read_exact(s, length))
            if answer.status.code != 0:
                raise RuntimeError(f"Echo answered status {answer.status.code}")
            sockets.append(s)
        rss, hwm = memory(pid)
        print(f"{len(sockets)} {before[0]} {rss} {hwm}")
    finally:
        for s in sockets:
            s.close()


def bulk_sql(users, rows):
    per_user = max(1, rows // users)
    text = "Experienced engineer. " * 14
    return f"""
BEGIN;
INSERT INTO users (email, hashed_password)
  SELECT 'scale-' || md5(random()::text) || '@bench.invalid', '$2b$12$bench'
  FROM generate_series(1, {users});
INSERT INTO resumes (user_id, title, raw_text, redacted_text, created_at)
  SELECT u.id, 'Resume ' || g, '{text}' || g, '{text}' || g, now() - (g || ' seconds')::interval
  FROM (SELECT id FROM users WHERE email LIKE 'scale-%@bench.invalid' ORDER BY created_at DESC LIMIT {users}) u,
       generate_series(1, {per_user}) g;
COMMIT;
ANALYZE users;
ANALYZE resumes;
"""


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "echo-frames":
        with open(sys.argv[3], "wb") as f:
            f.write(echo_frame(int(sys.argv[2])))
    elif len(sys.argv) == 5 and sys.argv[1] == "idle":
        idle(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif len(sys.argv) == 4 and sys.argv[1] == "bulk-sql":
        print(bulk_sql(int(sys.argv[2]), int(sys.argv[3])))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
