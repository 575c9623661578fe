#!/usr/bin/python3
"""Data and request frames for scripts/bench, through resumed's own API.

  setup.py setup   --address HOST:PORT --service-token-file F --resumes N --out DIR
  setup.py cleanup --address HOST:PORT --service-token-file F --user-id-file F

`setup` creates a user (CreateUser, service token), signs in (Authenticate),
creates N resumes of about 2 KB (CreateResume, user token) and writes:
  DIR/get.frames    one GetResume request frame per resume
  DIR/resume-ids    the resumes' ids, one per line
  DIR/list.frames   one ListResumes request frame (page_size 20)
  DIR/user-id       the user's id, for `cleanup`
  DIR/analyze.frames one AnalyzeResume request frame (the first resume
                    against a job description), analysed once beforehand
  DIR/analysis.bytes its answer's payload (an Analysis, cached = true): the
                    same bytes, stored in Redis, are the peer's GET
Each frame is complete as on the wire (4-byte big-endian length, then a
RequestFrame) with call_id 1 and metadata `authorization: Bearer <user
token>`; loadgen replaces the call_id on every send. Both frames are tried
once before they are written. `cleanup` deletes the user and so all of its
resumes (DeleteUser, service token).

Any call that fails stops the script with exit code 1 and prints the method,
the status code's name and the server's message; tokens are never printed.
Needs the _pb2 modules of proto/ on PYTHONPATH (protoc --python_out).
"""

import argparse
import os
import random
import socket
import struct
import sys
import time

from resume.rpc.v1 import rpc_pb2
from resume.v1 import analyses_pb2, job_descriptions_pb2 as jobs_pb2, resumes_pb2, users_pb2

USERS = "/resume.v1.UserService/"
RESUMES = "/resume.v1.ResumeService/"
JOBS = "/resume.v1.JobDescriptionService/"
ANALYSES = "/resume.v1.AnalysisService/"
JOB_TEXT = ("Senior Backend Engineer. We need Go, Kubernetes and PostgreSQL, Terraform for infrastructure as code, "
            "gRPC APIs, Kafka, and observability with Prometheus and Grafana. Python is a plus.")


class CallFailed(Exception):
    pass


def frame(call_id, method, request, token, timeout_ms=30000):
    body = rpc_pb2.RequestFrame(call_id=call_id, method=method, payload=request.SerializeToString(),
                                timeout_ms=timeout_ms)
    body.metadata["authorization"] = "Bearer " + token
    data = body.SerializeToString()
    return struct.pack(">I", len(data)) + data


class Connection:
    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        self.next_id = 1
        self.buf = b""

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise CallFailed("the server closed the connection")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def send_frame(self, data):
        """Sends one pre-encoded frame, returns the ResponseFrame."""
        self.sock.sendall(data)
        (length,) = struct.unpack(">I", self._read(4))
        response = rpc_pb2.ResponseFrame()
        response.ParseFromString(self._read(length))
        return response

    def call(self, method, request, token, response_type):
        call_id = self.next_id
        self.next_id += 1
        response = self.send_frame(frame(call_id, method, request, token))
        check(method, response, call_id)
        out = response_type()
        out.ParseFromString(response.payload)
        return out


def check(method, response, call_id):
    if response.call_id != call_id:
        raise CallFailed("%s: answer for call_id %d, expected %d" % (method, response.call_id, call_id))
    code = response.status.code
    if code != rpc_pb2.OK:
        try:
            name = rpc_pb2.StatusCode.Name(code)
        except ValueError:
            name = "UNKNOWN(%d)" % code
        detail = "".join("; %s: %s" % (v.field, v.description) for v in response.status.violations)
        raise CallFailed("%s failed: %s: %s%s" % (method, name, response.status.message, detail))


FIRST = ["Jane", "Arjun", "Maria", "Tomasz", "Aiko", "Kwame", "Lucia", "Oren", "Priya", "Sven"]
LAST = ["Doe", "Patel", "Garcia", "Nowak", "Tanaka", "Mensah", "Rossi", "Levi", "Sharma", "Lindqvist"]
ROLES = ["Backend Engineer", "Site Reliability Engineer", "Data Engineer", "Platform Engineer",
         "Senior Software Engineer", "Staff Engineer"]
COMPANIES = ["Northwind Logistics", "Acme Payments", "Globex Analytics", "Initech", "Umbrella Health",
             "Vandelay Imports", "Stark Retail", "Wayne Mobility"]
SKILLS = ["Swift", "Go", "Rust", "Python", "PostgreSQL", "Redis", "Kafka", "Kubernetes", "Terraform",
          "gRPC", "protobuf", "Linux", "AWS", "GCP", "Prometheus", "Grafana", "OpenTelemetry", "CI/CD"]
BULLETS = [
    "Designed and ran a {s} service handling {n} requests per second at p99 under {m} ms.",
    "Cut cloud spend by {p}% by moving batch jobs to spot capacity and right-sizing {s} clusters.",
    "Led the migration of {n} tables from a legacy store to {s} with zero downtime.",
    "Mentored {k} engineers and introduced design reviews for every cross-team API change.",
    "Built the on-call runbooks and alerting in {s}; pages per week fell from {k}0 to {k}.",
    "Rewrote the ingestion pipeline in {s}, raising throughput {k}x while halving memory use.",
    "Owned the {s} upgrade across {k} regions, coordinating {n} services and their owners.",
    "Introduced contract tests between {k} teams, catching breaking changes before release.",
]


def resume_text(rng, i):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    lines = [
        "%s %s" % (first, last),
        "%s.%s@example.com | +1 (415) 555-%04d | linkedin.com/in/%s%s%d" % (
            first.lower(), last.lower(), rng.randrange(10000), first.lower(), last.lower(), i),
        "",
        "SUMMARY",
        "%s with %d years of experience building reliable distributed systems, data platforms and "
        "developer tooling. Comfortable owning services end to end, from design to on-call." % (
            rng.choice(ROLES), rng.randrange(4, 16)),
        "",
        "EXPERIENCE",
    ]
    year = 2024
    for _ in range(3):
        start = year - rng.randrange(2, 5)
        lines.append("%s, %s, %d-%d" % (rng.choice(ROLES), rng.choice(COMPANIES), start, year))
        for b in rng.sample(BULLETS, 4):
            lines.append("- " + b.format(s=rng.choice(SKILLS), n=rng.randrange(2, 90) * 1000,
                                         m=rng.randrange(5, 80), p=rng.randrange(10, 45), k=rng.randrange(2, 9)))
        year = start
    lines += ["", "SKILLS", ", ".join(rng.sample(SKILLS, 10)), "",
              "EDUCATION", "B.Sc. Computer Science, University of Lisbon, %d" % (year - 4)]
    text = "\n".join(lines)
    while len(text) < 1900:
        text += "\n- " + rng.choice(BULLETS).format(s=rng.choice(SKILLS), n=1000, m=20, p=20, k=3)
    return "Resume %d of %s %s" % (i + 1, first, last), text


def read_service_token(path):
    """The first token of a RESUMED_SERVICE_TOKENS_FILE (one per line, # comments)."""
    for line in open(path):
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    raise CallFailed("no service token in %s" % path)


def setup(args):
    service_token = read_service_token(args.service_token_file)
    conn = Connection(args.address)
    rng = random.Random(args.seed)
    email = "bench-%d-%06d@example.com" % (int(time.time()), random.SystemRandom().randrange(10**6))
    password = "bench-%016x" % random.SystemRandom().getrandbits(64)
    user = conn.call(USERS + "CreateUser", users_pb2.CreateUserRequest(email=email, password=password),
                     service_token, users_pb2.User)
    with open(os.path.join(args.out, "user-id"), "w") as f:
        f.write(user.id + "\n")
    auth = conn.call(USERS + "Authenticate", users_pb2.AuthenticateRequest(email=email, password=password),
                     service_token, users_pb2.AuthenticateResponse)
    token = auth.token
    ids, sizes = [], []
    for i in range(args.resumes):
        title, text = resume_text(rng, i)
        resume = conn.call(RESUMES + "CreateResume", resumes_pb2.CreateResumeRequest(title=title, raw_text=text),
                           token, resumes_pb2.Resume)
        ids.append(resume.id)
        sizes.append(len(text.encode()))

    with open(os.path.join(args.out, "resume-ids"), "w") as f:
        f.write("\n".join(ids) + "\n")
    get_frames = [frame(1, RESUMES + "GetResume", resumes_pb2.GetResumeRequest(id=i), token) for i in ids]
    list_frame = frame(1, RESUMES + "ListResumes", resumes_pb2.ListResumesRequest(page_size=20), token)
    # Try each kind once, exactly as loadgen will send it.
    response = conn.send_frame(get_frames[0])
    check(RESUMES + "GetResume", response, 1)
    got = resumes_pb2.Resume.FromString(response.payload)
    get_bytes = len(response.payload)
    if got.id != ids[0]:
        raise CallFailed("GetResume answered another resume")
    response = conn.send_frame(list_frame)
    check(RESUMES + "ListResumes", response, 1)
    page = resumes_pb2.ListResumesResponse.FromString(response.payload)
    if len(page.resumes) != min(20, len(ids)):
        raise CallFailed("ListResumes returned %d resumes, expected %d" % (len(page.resumes), min(20, len(ids))))
    with open(os.path.join(args.out, "get.frames"), "wb") as f:
        f.write(b"".join(get_frames))
    with open(os.path.join(args.out, "list.frames"), "wb") as f:
        f.write(list_frame)
    list_bytes = len(response.payload)

    job = conn.call(JOBS + "CreateJobDescription", jobs_pb2.CreateJobDescriptionRequest(
        company_name="Bench", position_title="Senior Backend Engineer", raw_text=JOB_TEXT), token, jobs_pb2.JobDescription)
    analyze_frame = frame(1, ANALYSES + "AnalyzeResume",
                          analyses_pb2.AnalyzeResumeRequest(resume_id=ids[0], job_description_id=job.id), token)
    for attempt in range(2):
        response = conn.send_frame(analyze_frame)
        check(ANALYSES + "AnalyzeResume", response, 1)
        analysis = analyses_pb2.Analysis.FromString(response.payload)
        if analysis.cached != (attempt == 1):
            raise CallFailed("AnalyzeResume answered cached=%s on call %d" % (analysis.cached, attempt + 1))
    with open(os.path.join(args.out, "analyze.frames"), "wb") as f:
        f.write(analyze_frame)
    with open(os.path.join(args.out, "analysis.bytes"), "wb") as f:
        f.write(response.payload)
    print("user with %d resumes of %d-%d bytes; GetResume answer %d bytes, ListResumes page %d bytes, analysis %d bytes"
          % (len(ids), min(sizes), max(sizes), get_bytes, list_bytes, len(response.payload)))


def cleanup(args):
    service_token = read_service_token(args.service_token_file)
    user_id = open(args.user_id_file).read().strip()
    conn = Connection(args.address)
    conn.call(USERS + "DeleteUser", users_pb2.DeleteUserRequest(user_id=user_id), service_token,
              users_pb2.DeleteUserResponse)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("setup")
    s.add_argument("--address", required=True)
    s.add_argument("--service-token-file", required=True)
    s.add_argument("--resumes", type=int, default=25)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--out", required=True)
    c = sub.add_parser("cleanup")
    c.add_argument("--address", required=True)
    c.add_argument("--service-token-file", required=True)
    c.add_argument("--user-id-file", required=True)
    args = parser.parse_args()
    try:
        setup(args) if args.command == "setup" else cleanup(args)
    except (CallFailed, OSError) as e:
        print("bench setup: %s" % e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
