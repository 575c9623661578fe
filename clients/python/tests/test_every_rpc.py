"""Every RPC of every service in proto/ is called once through the stubs, by
the blocking and the asyncio client alike. The list of methods comes from the
generated descriptors, so an RPC added to proto/ without a call here fails."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import re
from typing import Any, Callable, Dict, Set

import pytest

import resumed_client
from google.protobuf import descriptor_pb2
from resumed_client import (
    Aborted,
    AsyncClient,
    Client,
    NotFound,
    PermissionDenied,
    Unauthenticated,
    admin_pb2,
    analyses_pb2,
    diagnostics_pb2,
    generation_pb2,
    health_pb2,
    job_descriptions_pb2,
    reflection_pb2,
    resumes_pb2,
    users_pb2,
)

from conftest import unique_email


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def declared_services() -> Dict[str, Any]:
    """Every service descriptor of every generated *_pb2 module, by full name."""
    import resumed_client._proto as root

    services = {}
    for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
        if info.name.endswith("_pb2"):
            module = importlib.import_module(info.name)
            for svc in module.DESCRIPTOR.services_by_name.values():
                services[svc.full_name] = svc
    return services


def declared_methods() -> Set[str]:
    return {"/%s/%s" % (s.full_name, m.name) for s in declared_services().values() for m in s.methods}


def test_descriptors_found() -> None:
    # Guards the enumeration itself: the services of docs/API.md and PROTOCOL.md §10 at least.
    names = set(declared_services())
    assert {"resume.v1.UserService", "resume.v1.ResumeService", "resume.v1.JobDescriptionService",
            "resume.v1.AnalysisService", "resume.v1.GenerationService", "resume.rpc.v1.Health",
            "resume.rpc.v1.Diagnostics", "resume.rpc.v1.Admin"} <= names
    assert len(declared_methods()) >= 26


def test_a_stub_pair_per_service() -> None:
    """<Service>Stub and Async<Service>Stub, exported, with a snake_case method per RPC."""
    for svc in declared_services().values():
        sync_cls = getattr(resumed_client, svc.name + "Stub")
        async_cls = getattr(resumed_client, "Async" + svc.name + "Stub")
        assert sync_cls.__doc__ and async_cls.__doc__
        for m in svc.methods:
            assert not inspect.iscoroutinefunction(getattr(sync_cls, snake(m.name))), m.full_name
            assert inspect.iscoroutinefunction(getattr(async_cls, snake(m.name))), m.full_name


class Recorder:
    """Wraps a client's `call` to note every method path called."""

    def __init__(self) -> None:
        self.methods: Set[str] = set()

    def wrap_sync(self, client: Client) -> Client:
        inner = client.call

        def call(method: str, *args: Any, **kwargs: Any) -> Any:
            self.methods.add(method)
            return inner(method, *args, **kwargs)

        client.call = call  # type: ignore[method-assign]
        return client

    def wrap_async(self, client: AsyncClient) -> AsyncClient:
        inner = client.call

        async def call(method: str, *args: Any, **kwargs: Any) -> Any:
            self.methods.add(method)
            return await inner(method, *args, **kwargs)

        client.call = call  # type: ignore[method-assign]
        return client


class BlockingView:
    """Makes an Async<Service>Stub callable like the blocking one, on one event loop."""

    def __init__(self, stub: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._stub, self._loop = stub, loop

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._stub, name)
        return lambda *a, **kw: self._loop.run_until_complete(method(*a, **kw))


def journey(stub: Callable[[str], Any], svc: str) -> None:
    """A service creates a user; the user goes through every resource; the service removes them."""
    health, diagnostics, admin = stub("Health"), stub("Diagnostics"), stub("Admin")
    reflection = stub("Reflection")
    users, resumes, jds = stub("UserService"), stub("ResumeService"), stub("JobDescriptionService")
    analyses, generation = stub("AnalysisService"), stub("GenerationService")

    h = health.check(health_pb2.HealthCheckRequest())
    assert h.status == health_pb2.SERVING_STATUS_SERVING
    assert "postgres" in [d.name for d in h.dependencies]
    assert diagnostics.echo(diagnostics_pb2.EchoRequest(payload=b"\x00\xff hi")).payload == b"\x00\xff hi"

    # Reflection: what the daemon serves, and the descriptors to call it without .proto files.
    served = reflection.list_services(reflection_pb2.ListServicesRequest()).services
    assert set(declared_services()) == set(served)
    raw = reflection.get_file_descriptor_set(reflection_pb2.GetFileDescriptorSetRequest()).file_descriptor_set
    files = descriptor_pb2.FileDescriptorSet.FromString(raw).file
    assert "resume/v1/resumes.proto" in [f.name for f in files]
    assert all(f.source_code_info.location for f in files)  # comments included

    email, password = unique_email(), "correct horse battery"
    user = users.create_user(users_pb2.CreateUserRequest(email=email, password=password), token=svc)
    assert user.email == email and user.is_active and not user.is_verified
    auth = users.authenticate(users_pb2.AuthenticateRequest(email=email.upper(), password=password), token=svc)
    assert auth.user.id == user.id and auth.token and auth.expires_at > 0
    tok = auth.token
    assert users.get_me(users_pb2.GetMeRequest(), token=tok).id == user.id
    assert users.verify_email(users_pb2.VerifyEmailRequest(user_id=user.id), token=svc).is_verified

    text = "Jane Doe\njane.doe@example.com\n+1 415 555 0100\nBackend engineer: Swift, PostgreSQL, Redis, Kubernetes."
    r = resumes.create_resume(resumes_pb2.CreateResumeRequest(title="Backend", raw_text=text), token=tok)
    assert r.version == 1 and r.user_id == user.id and r.raw_text == text
    assert "[EMAIL]" in r.redacted_text and "jane.doe@example.com" not in r.redacted_text
    assert resumes.get_resume(resumes_pb2.GetResumeRequest(id=r.id), token=tok) == r
    r2 = resumes.update_resume(resumes_pb2.UpdateResumeRequest(
        id=r.id, expected_version=1, title="Backend II", raw_text=text + "\nGo, gRPC."), token=tok)
    assert r2.version == 2 and r2.title == "Backend II"
    with pytest.raises(Aborted):
        resumes.update_resume(resumes_pb2.UpdateResumeRequest(
            id=r.id, expected_version=1, title="stale", raw_text=text), token=tok)
    listed = resumes.list_resumes(resumes_pb2.ListResumesRequest(page_size=10), token=tok)
    assert [x.id for x in listed.resumes] == [r.id] and listed.next_page_token == ""

    jd = jds.create_job_description(job_descriptions_pb2.CreateJobDescriptionRequest(
        company_name="Acme", position_title="Backend Engineer",
        raw_text="We need Swift, PostgreSQL, Kafka and Terraform. Contact hr@acme.example.com."), token=tok)
    assert jd.company_name == "Acme" and "[EMAIL]" in jd.redacted_text
    assert jds.get_job_description(job_descriptions_pb2.GetJobDescriptionRequest(id=jd.id), token=tok) == jd
    jd_list = jds.list_job_descriptions(job_descriptions_pb2.ListJobDescriptionsRequest(), token=tok)
    assert [x.id for x in jd_list.job_descriptions] == [jd.id]

    a = analyses.analyze_resume(analyses_pb2.AnalyzeResumeRequest(resume_id=r.id, job_description_id=jd.id),
                                token=tok)
    assert a.resume_version == 2 and not a.cached and 0 <= a.match_score <= 100
    again = analyses.analyze_resume(analyses_pb2.AnalyzeResumeRequest(resume_id=r.id, job_description_id=jd.id),
                                    token=tok)
    assert again.id == a.id and again.cached
    assert analyses.get_analysis(analyses_pb2.GetAnalysisRequest(id=a.id), token=tok).cached
    a_list = analyses.list_analyses(analyses_pb2.ListAnalysesRequest(resume_id=r.id), token=tok)
    assert [(s.analysis.id, s.resume_title, s.company_name) for s in a_list.analyses] == [(a.id, "Backend II", "Acme")]

    meta = generation_pb2.GenerationMetadata(prompt_tokens=120, completion_tokens=340, cost_usd=0.0042,
                                             latency_ms=900)
    g = generation.save_generated_resume(generation_pb2.SaveGeneratedResumeRequest(
        analysis_id=a.id, optimized_text="Jane Doe - Backend engineer (Swift, Kafka)", model_used="test-model",
        metadata=meta), token=tok)
    assert g.analysis_id == a.id and g.metadata.prompt_tokens == 120
    # A background worker saves with a service token, naming the owner.
    g2 = generation.save_generated_resume(generation_pb2.SaveGeneratedResumeRequest(
        analysis_id=a.id, optimized_text="second draft", model_used="test-model", user_id=user.id), token=svc)
    assert g2.user_id == user.id
    assert generation.get_generated_resume(generation_pb2.GetGeneratedResumeRequest(id=g.id), token=tok) == g
    g_list = generation.list_generated_resumes(generation_pb2.ListGeneratedResumesRequest(analysis_id=a.id),
                                               token=tok)
    assert {x.id for x in g_list.generated_resumes} == {g.id, g2.id}
    generation.delete_generated_resume(generation_pb2.DeleteGeneratedResumeRequest(id=g2.id), token=tok)
    with pytest.raises(NotFound):
        generation.get_generated_resume(generation_pb2.GetGeneratedResumeRequest(id=g2.id), token=tok)

    analyses.delete_analysis(analyses_pb2.DeleteAnalysisRequest(id=a.id), token=tok)
    with pytest.raises(NotFound):  # its generated resumes went with it
        generation.get_generated_resume(generation_pb2.GetGeneratedResumeRequest(id=g.id), token=tok)
    jds.delete_job_description(job_descriptions_pb2.DeleteJobDescriptionRequest(id=jd.id), token=tok)
    resumes.delete_resume(resumes_pb2.DeleteResumeRequest(id=r.id), token=tok)
    with pytest.raises(NotFound):
        resumes.get_resume(resumes_pb2.GetResumeRequest(id=r.id), token=tok)

    with pytest.raises(PermissionDenied):  # a user token is not a service token
        admin.get_stats(admin_pb2.GetStatsRequest(), token=tok)
    stats = admin.get_stats(admin_pb2.GetStatsRequest(), token=svc)
    assert stats.uptime_ms > 0 and stats.connections_open >= 1
    assert any(m.method == "/resume.v1.ResumeService/CreateResume" and m.code == "OK" for m in stats.methods)
    with pytest.raises(PermissionDenied):
        admin.rewrite_redactions(admin_pb2.RewriteRedactionsRequest(max_documents=1), token=tok)
    batch = admin.rewrite_redactions(admin_pb2.RewriteRedactionsRequest(max_documents=1), token=svc)
    assert batch.redactor_version >= 1 and batch.examined <= 1

    assert not users.deactivate_user(users_pb2.DeactivateUserRequest(user_id=user.id), token=svc).is_active
    with pytest.raises(Unauthenticated):
        users.get_me(users_pb2.GetMeRequest(), token=tok)
    users.delete_user(users_pb2.DeleteUserRequest(user_id=user.id), token=svc)
    with pytest.raises(NotFound):
        users.verify_email(users_pb2.VerifyEmailRequest(user_id=user.id), token=svc)


def assert_every_method_called(recorder: Recorder) -> None:
    missing = declared_methods() - recorder.methods
    assert not missing, "RPCs without a call in journey(): %s" % sorted(missing)


def test_every_rpc_blocking(daemon) -> None:
    recorder = Recorder()
    with Client(daemon.address) as client:
        recorder.wrap_sync(client)
        journey(lambda name: getattr(resumed_client, name + "Stub")(client), daemon.service_token)
    assert_every_method_called(recorder)


def test_every_rpc_asyncio(daemon) -> None:
    recorder = Recorder()
    loop = asyncio.new_event_loop()
    try:
        client = recorder.wrap_async(AsyncClient(daemon.address))
        journey(lambda name: BlockingView(getattr(resumed_client, "Async" + name + "Stub")(client), loop),
                daemon.service_token)
        loop.run_until_complete(client.close())
    finally:
        loop.close()
    assert_every_method_called(recorder)
