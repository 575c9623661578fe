"""What `pip install ./clients/python` puts in place, and the protobuf runtime
under test lying within the range pyproject.toml claims."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from google.protobuf import __version__ as protobuf_version

import resumed_client

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def version_tuple(text: str) -> tuple:
    return tuple(int(x) for x in re.findall(r"\d+", text)[:3])


def test_protobuf_runtime_is_within_the_claimed_range() -> None:
    spec = re.search(r'"protobuf>=([\d.]+),<([\d.]+)"', PYPROJECT.read_text())
    assert spec, "pyproject.toml: the protobuf dependency is not of the form protobuf>=X,<Y"
    low, high = version_tuple(spec.group(1)), version_tuple(spec.group(2))
    assert low <= version_tuple(protobuf_version) < high


@pytest.mark.skipif(os.environ.get("RESUMED_CLIENT_INSTALLED") != "1",
                    reason="the package under test is not the installed one")
def test_installed_package_is_complete() -> None:
    package = Path(resumed_client.__file__).parent
    assert "site-packages" in package.parts, package  # not the source tree
    assert (package / "py.typed").is_file()
    for name in ("users", "resumes", "job_descriptions", "analyses", "generation"):
        assert (package / "_proto" / "resume" / "v1" / (name + "_pb2.py")).is_file()
    for name in ("rpc", "health", "diagnostics", "admin"):
        assert (package / "_proto" / "resume" / "rpc" / "v1" / (name + "_pb2.py")).is_file()


def test_public_names() -> None:
    for name in resumed_client.__all__:
        assert getattr(resumed_client, name) is not None
        obj = getattr(resumed_client, name)
        if isinstance(obj, type):
            assert obj.__doc__, name  # docstrings on public classes
    for method in (resumed_client.Client.call, resumed_client.AsyncClient.call,
                   resumed_client.Client.close, resumed_client.AsyncClient.close):
        assert method.__doc__
