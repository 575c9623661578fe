#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (scripts/fuzz): a few small
inputs per target, each a valid case or an edge of one, in the input layout
the target's source describes. Standard library only: the few protobuf
messages are encoded by hand. Run from anywhere; it rewrites
Tests/FuzzCorpus/<target>/ (files named by what they hold).

The ids, secrets and password match Sources/Fuzz/request-frame/Fixture.swift
and Sources/Fuzz/tokens/FuzzTokens.swift.
"""

import base64
import hashlib
import hmac
import os
import shutil
import struct

ROOT = os.path.dirname(os.path.abspath(__file__))
SECRET = b"resumed-fuzz-token-secret-0123456789abcdef"
SERVICE_TOKEN = "resumed-fuzz-service-token"
FAR_FUTURE = 4_102_444_800_000_000  # 2100-01-01, Unix microseconds


def fixture_id(n):
    return "00000000-0000-4000-8000-%012x" % n


def uuid_bytes(n):
    return bytes.fromhex(fixture_id(n).replace("-", ""))


# --- protobuf wire format -------------------------------------------------

def varint(v):
    v &= (1 << 64) - 1
    out = bytearray()
    while v >= 0x80:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def field_varint(n, v):
    return varint(n << 3) + varint(v) if v else b""


def field_bytes(n, b):
    if isinstance(b, str):
        b = b.encode()
    return varint(n << 3 | 2) + varint(len(b)) + b if b else b""


def field_double(n, d):
    return varint(n << 3 | 1) + struct.pack("<d", d)


def request_frame(call_id, method, payload=b"", timeout_ms=0, metadata=None):
    body = field_varint(1, call_id) + field_bytes(2, method) + field_bytes(3, payload) + field_varint(4, timeout_ms)
    for k, v in (metadata or {}).items():
        body += varint(5 << 3 | 2) + varint(len(field_bytes(1, k) + field_bytes(2, v))) + field_bytes(1, k) + field_bytes(2, v)
    return body


def frame(body):
    return struct.pack(">I", len(body)) + body


# --- tokens, as ResumeAuth signs them -------------------------------------

def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def user_token(n, expires_at=FAR_FUTURE):
    payload = uuid_bytes(n) + struct.pack(">q", expires_at)
    mac = hmac.new(SECRET, b"resumed.user-token.v1" + payload, hashlib.sha256).digest()
    return "v1." + b64url(payload) + "." + b64url(mac)


def page_token(list_name, user, created_at_us, row):
    payload = b"\x01" + struct.pack(">q", created_at_us) + uuid_bytes(row)
    scope = ("%s/%s" % (list_name, fixture_id(user))).encode()
    mac = hmac.new(SECRET, b"resumed.page-token.v1" + struct.pack(">I", len(scope)) + scope + payload, hashlib.sha256).digest()[:16]
    return "c1." + b64url(payload) + "." + b64url(mac)


def seed_time(n):
    """created_at of the n-th seed row in Fixture.swift."""
    return 1_767_000_000_000_000 + n * 1_000_000


# --- methods, in the order MethodRegistry.declaredMethods lists them -------

METHODS = [
    "/resume.rpc.v1.Admin/GetStats", "/resume.rpc.v1.Admin/RewriteRedactions", "/resume.rpc.v1.Diagnostics/Echo",
    "/resume.rpc.v1.Health/Check", "/resume.rpc.v1.Reflection/ListServices", "/resume.rpc.v1.Reflection/GetFileDescriptorSet",
    "/resume.v1.AnalysisService/AnalyzeResume", "/resume.v1.AnalysisService/GetAnalysis",
    "/resume.v1.AnalysisService/ListAnalyses", "/resume.v1.AnalysisService/DeleteAnalysis",
    "/resume.v1.GenerationService/SaveGeneratedResume", "/resume.v1.GenerationService/GetGeneratedResume",
    "/resume.v1.GenerationService/ListGeneratedResumes", "/resume.v1.GenerationService/DeleteGeneratedResume",
    "/resume.v1.JobDescriptionService/CreateJobDescription", "/resume.v1.JobDescriptionService/GetJobDescription",
    "/resume.v1.JobDescriptionService/ListJobDescriptions", "/resume.v1.JobDescriptionService/DeleteJobDescription",
    "/resume.v1.ResumeService/CreateResume", "/resume.v1.ResumeService/GetResume", "/resume.v1.ResumeService/UpdateResume",
    "/resume.v1.ResumeService/ListResumes", "/resume.v1.ResumeService/DeleteResume",
    "/resume.v1.UserService/CreateUser", "/resume.v1.UserService/Authenticate", "/resume.v1.UserService/GetMe",
    "/resume.v1.UserService/VerifyEmail", "/resume.v1.UserService/DeactivateUser", "/resume.v1.UserService/DeleteUser",
]


def method(name):
    """The index of the method whose path ends with /name (its place in METHODS)."""
    return [i for i, m in enumerate(METHODS) if m.endswith("/" + name)][0]

RESUME_TEXT = ("John Q. Public\njohn.public@example.org | (555) 987-6543 | linkedin.com/in/jqpublic\n"
               "Experience\nBackend developer: Go, PostgreSQL, Kafka, Terraform on AWS.\nSkills: Go, SQL, Docker\n")
JOB_TEXT = ("Senior Platform Engineer\nRequirements: Kubernetes, Terraform, Go, Kafka, PostgreSQL; 5+ years.\n"
            "Nice to have: Rust. Apply at jobs@example.com or +44 20 7946 0958.\n")

SERVICE, USER = 1, 2  # credential selectors (Fixture.authorization)

# (name, credentials, method, payload)
CALLS = [
    ("get-stats", SERVICE, method("GetStats"), b""),
    ("echo", 0, method("Echo"), field_bytes(1, b"hello")),
    ("health", 0, method("Check"), b""),
    ("analyze-stored", USER, method("AnalyzeResume"), field_bytes(1, fixture_id(0x11)) + field_bytes(2, fixture_id(0x21))),
    ("analyze-compute", USER, method("AnalyzeResume"), field_bytes(1, fixture_id(0x12)) + field_bytes(2, fixture_id(0x22))),
    ("get-analysis", USER, method("GetAnalysis"), field_bytes(1, fixture_id(0x31))),
    ("list-analyses", USER, method("ListAnalyses"), field_varint(1, 1) + field_bytes(3, fixture_id(0x11))),
    ("delete-analysis", USER, method("DeleteAnalysis"), field_bytes(1, fixture_id(0x31))),
    ("save-generated", USER, method("SaveGeneratedResume"), field_bytes(1, fixture_id(0x31)) + field_bytes(2, "Optimised resume text.") + field_bytes(3, "model-x")
     + field_bytes(4, field_varint(1, 1200) + field_varint(2, 800) + field_double(3, 0.0125) + field_varint(4, 2300))),
    ("save-generated-service", SERVICE, method("SaveGeneratedResume"), field_bytes(1, fixture_id(0x31)) + field_bytes(2, "Text.") + field_bytes(3, "m")
     + field_bytes(5, fixture_id(0x01))),
    ("get-generated", USER, method("GetGeneratedResume"), field_bytes(1, fixture_id(0x41))),
    ("list-generated", USER, method("ListGeneratedResumes"), field_bytes(1, fixture_id(0x31)) + field_varint(2, 5)),
    ("delete-generated", USER, method("DeleteGeneratedResume"), field_bytes(1, fixture_id(0x41))),
    ("create-job", USER, method("CreateJobDescription"), field_bytes(1, "Example Corp") + field_bytes(2, "Platform Engineer") + field_bytes(3, JOB_TEXT)),
    ("get-job", USER, method("GetJobDescription"), field_bytes(1, fixture_id(0x21))),
    ("list-jobs", USER, method("ListJobDescriptions"), field_varint(1, 1)),
    ("list-jobs-page-2", USER, method("ListJobDescriptions"), field_varint(1, 1) + field_bytes(2, page_token("job_descriptions", 1, seed_time(7), 0x22))),
    ("delete-job", USER, method("DeleteJobDescription"), field_bytes(1, fixture_id(0x22))),
    ("create-resume", USER, method("CreateResume"), field_bytes(1, "Backend") + field_bytes(2, RESUME_TEXT)),
    ("get-resume", USER, method("GetResume"), field_bytes(1, fixture_id(0x11))),
    ("update-resume", USER, method("UpdateResume"), field_bytes(1, fixture_id(0x11)) + field_varint(2, 1) + field_bytes(3, "Backend v2") + field_bytes(4, RESUME_TEXT)),
    ("list-resumes", USER, method("ListResumes"), field_varint(1, 2)),
    ("list-resumes-page-2", USER, method("ListResumes"), field_varint(1, 1) + field_bytes(2, page_token("resumes", 1, seed_time(3), 0x12))),
    ("delete-resume", USER, method("DeleteResume"), field_bytes(1, fixture_id(0x12))),
    ("create-user", SERVICE, method("CreateUser"), field_bytes(1, "new.user@example.com") + field_bytes(2, "a long passphrase")),
    ("authenticate", SERVICE, method("Authenticate"), field_bytes(1, "jane@example.com") + field_bytes(2, "correct horse battery")),
    ("get-me", USER, method("GetMe"), b""),
    ("verify-email", SERVICE, method("VerifyEmail"), field_bytes(1, fixture_id(0x01))),
    ("deactivate-user", SERVICE, method("DeactivateUser"), field_bytes(1, fixture_id(0x03))),
    ("delete-user", SERVICE, method("DeleteUser"), field_bytes(1, fixture_id(0x03))),
    ("rewrite-redactions", SERVICE, method("RewriteRedactions"), field_varint(2, 5)),
    ("rewrite-redactions-cursor", SERVICE, method("RewriteRedactions"), field_bytes(1, "j:" + fixture_id(0x21))),
    ("list-services", 0, method("ListServices"), b""),
    ("get-descriptor-set", 0, method("GetFileDescriptorSet"), b""),
]


def write(target, name, data):
    d = os.path.join(ROOT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def request_frame_seeds():
    t = "request-frame"
    for i, (name, creds, index, payload) in enumerate(CALLS):
        # Mode 0: a stream of frames, the credentials put in by the selector.
        write(t, "frame-" + name, bytes([creds]) + frame(request_frame(i + 1, METHODS[index], payload)))
        # Mode 1: method by index, then the payload.
        write(t, "direct-" + name, bytes([0x08 | creds, index]) + payload)
    # Credentials sent in the frame itself, not put in by the selector.
    write(t, "frame-own-bearer", b"\x00" + frame(request_frame(7, METHODS[method("GetMe")], metadata={"authorization": "Bearer " + user_token(1)})))
    write(t, "frame-service-bearer", b"\x00" + frame(request_frame(7, METHODS[method("GetStats")], metadata={"authorization": "Bearer " + SERVICE_TOKEN})))
    # Several calls on one stream: create a resume (id 0x1000), analyse it, read it, list.
    write(t, "frame-create-then-analyze", bytes([USER])
          + frame(request_frame(1, METHODS[method("CreateResume")], field_bytes(1, "Mine") + field_bytes(2, RESUME_TEXT)))
          + frame(request_frame(2, METHODS[method("AnalyzeResume")], field_bytes(1, fixture_id(0x1000)) + field_bytes(2, fixture_id(0x21))))
          + frame(request_frame(3, METHODS[method("GetResume")], field_bytes(1, fixture_id(0x1000))))
          + frame(request_frame(4, METHODS[method("ListAnalyses")], b"")))
    # Edges of the envelope.
    write(t, "frame-call-id-0", b"\x00" + frame(request_frame(0, METHODS[method("Echo")])))
    write(t, "frame-empty-body", b"\x00" + frame(b""))
    write(t, "frame-unknown-method", b"\x00" + frame(request_frame(3, "/resume.v1.Nope/Nothing")))
    write(t, "frame-not-a-path", b"\x00" + frame(request_frame(3, "Echo")))
    write(t, "frame-metadata", b"\x02" + frame(request_frame(9, METHODS[method("GetResume")], field_bytes(1, fixture_id(0x11)), timeout_ms=5000,
                                                              metadata={"x-request-id": "req-1", "Bad Key": "v", "k": "v" * 40})))
    write(t, "frame-short-deadline", b"\x02" + frame(request_frame(9, METHODS[method("AnalyzeResume")], CALLS[4][3], timeout_ms=1)))
    write(t, "frame-unknown-fields", b"\x00" + frame(request_frame(5, METHODS[method("Echo")], field_bytes(1, b"x") + field_varint(9, 7))
                                                     + field_varint(15, 1) + field_bytes(16, b"zz")))
    write(t, "frame-bad-utf8-payload", b"\x02" + frame(request_frame(6, METHODS[method("CreateResume")], field_bytes(1, b"T\xff") + field_bytes(2, b"x\x00y"))))
    write(t, "frame-too-large", b"\x00" + b"\x00\x01\x00\x01" + b"\x08\x01")


def frame_decoder_seeds():
    t = "frame-decoder"
    frames = frame(b"abc") + frame(b"") + frame(b"\x00\x00\x00\x00") + frame(bytes(range(200)))
    write(t, "frames-max-239", bytes([239, 0x12, 0x34]) + frames)
    write(t, "frames-byte-by-byte", bytes([239, 0, 1]) + frames)
    write(t, "frame-at-max", bytes([16, 0xAB, 0xCD]) + frame(b"x" * 16) + frame(b"y"))
    write(t, "frame-over-max", bytes([16, 0, 7]) + frame(b"x" * 17) + frame(b"y"))
    write(t, "max-zero", bytes([0, 3, 3]) + frame(b"") + frame(b"") + frame(b"z"))
    write(t, "length-ffffffff", bytes([200, 9, 9]) + b"\xff\xff\xff\xff" + b"\x00" * 8)
    write(t, "large-max-partial", bytes([255, 1, 2]) + struct.pack(">I", 50_000) + b"q" * 3000)
    write(t, "request-frames", bytes([239, 7, 7]) + frame(request_frame(1, METHODS[method("Echo")], field_bytes(1, b"hi")))
          + frame(request_frame(2, METHODS[method("Check")])))


def redactor_seeds():
    t = "redactor"
    write(t, "resume", b"\x00" + RESUME_TEXT.encode())
    write(t, "job", b"\x01" + JOB_TEXT.encode())
    write(t, "pii-mix", b"\x00" + ("Maria Garcia\nDOB: 04/07/1990 | SSN 123-45-6789 | Card 4111 1111 1111 1111\n"
                                   "Address: Calle Mayor 12, 28013 Madrid | +34 612 345 678 ext. 12 | www.maria.dev\n"
                                   "Geburtsdatum: 1. Mai 1985, NI: QQ 12 34 56 C, P.O. Box 42\n").encode())
    write(t, "invalid-utf8", b"\x00Jane \xff\xfe Doe\n\xc3(\xe2\x82 jane@ex\x80ample.com \xf0\x9f\x98 555-123-4567")
    write(t, "utf16-units", b"\x02" + "Zoë Ångström\n+1 555 000 1234 ✉ zoe@example.com".encode("utf-16-be") + b"\xd8\x00\x00A")
    write(t, "unicode", b"\x00" + "José Müller-Łukasiewicz\n📞 +49 30 1234567 — 10115 Berlin\nemail: józef@example.com\n".encode())


def analyzer_seeds():
    t = "analyzer"
    both = RESUME_TEXT.encode() + JOB_TEXT.encode()
    write(t, "resume-and-job", bytes([len(RESUME_TEXT.encode()) * 255 // len(both), 0]) + both)
    write(t, "stop-at-first-poll", bytes([128, 1]) + both)
    write(t, "stop-at-third-poll", bytes([128, 3]) + both)
    write(t, "skills-heavy", bytes([100, 0]) + b"Skills: C++, C#, .NET, Node.js, ASP.NET, machine learning, Google Cloud Platform, k8s\n"
          b"Requirements:\n- Kubernetes\n- Amazon S3\n- CI/CD\n- objective-c\n[NAME] [EMAIL] [PHONE]\n")
    write(t, "invalid-utf8", bytes([60, 0]) + b"Go \xff\xfe Rust \xc3( Swift\xe2\x82 Kafka \xf0\x9f\x98 SQL")
    write(t, "empty", b"")


def tokens_seeds():
    t = "tokens"
    write(t, "user-token-valid", b"\x00" + user_token(1).encode())
    write(t, "user-token-expired", b"\x00" + user_token(1, expires_at=1_000_000).encode())
    write(t, "user-token-padded", b"\x00" + (user_token(1) + "=").encode())
    write(t, "sign-and-verify", b"\x01" + uuid_bytes(1) + struct.pack(">q", FAR_FUTURE) + struct.pack(">q", 1_767_225_600_000_000) + b"\x05\x01")
    write(t, "page-token-valid", b"\x02\x00" + page_token("resumes", 1, seed_time(3), 0x12).encode())
    write(t, "page-token-other-user", b"\x02\x03" + page_token("resumes", 1, seed_time(3), 0x12).encode())
    write(t, "cursor-signed", b"\x03\x01" + b"\x01" + struct.pack(">q", seed_time(3)) + uuid_bytes(0x12))
    write(t, "cursor-bytes", b"\x04\x01" + struct.pack(">q", -1) + uuid_bytes(0x12))
    write(t, "base64url", b"\x05" + b"SGVsbG8td29ybGRf")
    write(t, "base64url-bad-tail", b"\x05" + b"SGVsbG9")
    write(t, "bearer", b"\x06" + b"BeArEr    " + user_token(2).encode())
    write(t, "uuid", b"\x07" + fixture_id(0x11).encode())
    write(t, "uuid-upper", b"\x07" + fixture_id(0xAB).upper().encode())


def regression_seeds():
    """Inputs that once failed, kept so every run replays them (see the tests named in the README)."""
    # FrameDecoder.receive(upTo: 0) on a decoder that had buffered nothing.
    write("frame-decoder", "regression-receive-no-room", bytes.fromhex("3dbfd4d4d42d00000000d0d47ad05a5a5a5abf"))
    # A bearer token starting with a combining mark (U+05A2).
    write("tokens", "regression-bearer-combining-mark", bytes.fromhex("0642654172457220d6a2"))


if __name__ == "__main__":
    for target in ["frame-decoder", "request-frame", "redactor", "analyzer", "tokens"]:
        shutil.rmtree(os.path.join(ROOT, target), ignore_errors=True)
    frame_decoder_seeds()
    request_frame_seeds()
    redactor_seeds()
    analyzer_seeds()
    tokens_seeds()
    regression_seeds()
