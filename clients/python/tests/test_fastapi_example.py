"""The README's FastAPI example, run with FastAPI's TestClient against a real
daemon (when fastapi is installed, with httpx2 or httpx: the `fastapi-example` extra)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from resumed_client import Client, ResumeServiceStub, resumes_pb2

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "fastapi_app.py"
README = HERE.parent / "README.md"


def test_readme_shows_the_tested_example() -> None:
    assert EXAMPLE.read_text().strip() in README.read_text()


def load_example():
    if os.environ.get("RESUMED_CLIENT_REQUIRE_FASTAPI") != "1":  # scripts/python-client sets it
        pytest.importorskip("fastapi")
    spec = importlib.util.spec_from_file_location("fastapi_app", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fastapi_example_against_the_daemon(daemon, user, monkeypatch: pytest.MonkeyPatch) -> None:
    example = load_example()
    from fastapi.testclient import TestClient

    with Client(daemon.address, token=user["token"]) as c:
        resume = ResumeServiceStub(c).create_resume(resumes_pb2.CreateResumeRequest(
            title="From FastAPI", raw_text="Jane Doe\njane@example.com\nPython, FastAPI"))

    monkeypatch.setenv("RESUMED_SERVER", daemon.address)
    auth = {"Authorization": "Bearer " + user["token"]}
    with TestClient(example.app) as http:
        ok = http.get("/resumes/" + resume.id, headers=auth)
        assert ok.status_code == 200, ok.text
        assert ok.json()["title"] == "From FastAPI" and ok.json()["version"] == 1
        assert "[EMAIL]" in ok.json()["redacted_text"]
        # Every request reuses the lifespan's client and its connections.
        for _ in range(20):
            assert http.get("/resumes/" + resume.id, headers=auth).status_code == 200
        assert http.get("/resumes/00000000-0000-4000-8000-000000000000", headers=auth).status_code == 404
        bad = http.get("/resumes/NOT-A-UUID", headers=auth)
        assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "id"
        assert http.get("/resumes/" + resume.id, headers={"Authorization": "Bearer nope"}).status_code == 401
        assert example.app.state.resumed.connections_opened >= 1
