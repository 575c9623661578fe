"""Typed stubs, one pair (blocking, asyncio) per service in proto/.

TEMPORARY, hand-written to the stub contract until scripts/generate writes
this file from proto/; it will be overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from resumed_client._proto.resume.rpc.v1 import admin_pb2
from resumed_client._proto.resume.rpc.v1 import diagnostics_pb2
from resumed_client._proto.resume.rpc.v1 import health_pb2
from resumed_client._proto.resume.v1 import analyses_pb2
from resumed_client._proto.resume.v1 import generation_pb2
from resumed_client._proto.resume.v1 import job_descriptions_pb2
from resumed_client._proto.resume.v1 import resumes_pb2
from resumed_client._proto.resume.v1 import users_pb2

if TYPE_CHECKING:
    from resumed_client._aio import AsyncClient
    from resumed_client._client import Client


class AdminStub:
    """resume.rpc.v1.Admin."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def get_stats(self, request: admin_pb2.GetStatsRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> admin_pb2.GetStatsResponse:
        """GetStats GetStatsRequest -> GetStatsResponse."""
        return self._client.call("/resume.rpc.v1.Admin/GetStats", request, admin_pb2.GetStatsResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AsyncAdminStub:
    """resume.rpc.v1.Admin."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def get_stats(self, request: admin_pb2.GetStatsRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> admin_pb2.GetStatsResponse:
        """GetStats GetStatsRequest -> GetStatsResponse."""
        return await self._client.call("/resume.rpc.v1.Admin/GetStats", request, admin_pb2.GetStatsResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class DiagnosticsStub:
    """Echo is the load-test target: it returns its payload unchanged and needs
    no credentials."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def echo(self, request: diagnostics_pb2.EchoRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> diagnostics_pb2.EchoResponse:
        """Echo EchoRequest -> EchoResponse."""
        return self._client.call("/resume.rpc.v1.Diagnostics/Echo", request, diagnostics_pb2.EchoResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AsyncDiagnosticsStub:
    """Echo is the load-test target: it returns its payload unchanged and needs
    no credentials."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def echo(self, request: diagnostics_pb2.EchoRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> diagnostics_pb2.EchoResponse:
        """Echo EchoRequest -> EchoResponse."""
        return await self._client.call("/resume.rpc.v1.Diagnostics/Echo", request, diagnostics_pb2.EchoResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class HealthStub:
    """Needs no credentials. Answers from the daemon's last dependency probe, so
    it never waits on a dependency."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def check(self, request: health_pb2.HealthCheckRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> health_pb2.HealthCheckResponse:
        """Check HealthCheckRequest -> HealthCheckResponse."""
        return self._client.call("/resume.rpc.v1.Health/Check", request, health_pb2.HealthCheckResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AsyncHealthStub:
    """Needs no credentials. Answers from the daemon's last dependency probe, so
    it never waits on a dependency."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def check(self, request: health_pb2.HealthCheckRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> health_pb2.HealthCheckResponse:
        """Check HealthCheckRequest -> HealthCheckResponse."""
        return await self._client.call("/resume.rpc.v1.Health/Check", request, health_pb2.HealthCheckResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AnalysisServiceStub:
    """resume.v1.AnalysisService."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def analyze_resume(self, request: analyses_pb2.AnalyzeResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> analyses_pb2.Analysis:
        """Analyses the resume (at its current version) against the job
        description. The same inputs give the same analysis, stored once: a
        repeated call returns it with cached = true and computes nothing."""
        return self._client.call("/resume.v1.AnalysisService/AnalyzeResume", request, analyses_pb2.Analysis,
                                 timeout=timeout, metadata=metadata, token=token)

    def get_analysis(self, request: analyses_pb2.GetAnalysisRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> analyses_pb2.Analysis:
        """GetAnalysis GetAnalysisRequest -> Analysis."""
        return self._client.call("/resume.v1.AnalysisService/GetAnalysis", request, analyses_pb2.Analysis,
                                 timeout=timeout, metadata=metadata, token=token)

    def list_analyses(self, request: analyses_pb2.ListAnalysesRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> analyses_pb2.ListAnalysesResponse:
        """ListAnalyses ListAnalysesRequest -> ListAnalysesResponse."""
        return self._client.call("/resume.v1.AnalysisService/ListAnalyses", request, analyses_pb2.ListAnalysesResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    def delete_analysis(self, request: analyses_pb2.DeleteAnalysisRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> analyses_pb2.DeleteAnalysisResponse:
        """DeleteAnalysis DeleteAnalysisRequest -> DeleteAnalysisResponse."""
        return self._client.call("/resume.v1.AnalysisService/DeleteAnalysis", request, analyses_pb2.DeleteAnalysisResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AsyncAnalysisServiceStub:
    """resume.v1.AnalysisService."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def analyze_resume(self, request: analyses_pb2.AnalyzeResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> analyses_pb2.Analysis:
        """Analyses the resume (at its current version) against the job
        description. The same inputs give the same analysis, stored once: a
        repeated call returns it with cached = true and computes nothing."""
        return await self._client.call("/resume.v1.AnalysisService/AnalyzeResume", request, analyses_pb2.Analysis,
                                 timeout=timeout, metadata=metadata, token=token)

    async def get_analysis(self, request: analyses_pb2.GetAnalysisRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> analyses_pb2.Analysis:
        """GetAnalysis GetAnalysisRequest -> Analysis."""
        return await self._client.call("/resume.v1.AnalysisService/GetAnalysis", request, analyses_pb2.Analysis,
                                 timeout=timeout, metadata=metadata, token=token)

    async def list_analyses(self, request: analyses_pb2.ListAnalysesRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> analyses_pb2.ListAnalysesResponse:
        """ListAnalyses ListAnalysesRequest -> ListAnalysesResponse."""
        return await self._client.call("/resume.v1.AnalysisService/ListAnalyses", request, analyses_pb2.ListAnalysesResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    async def delete_analysis(self, request: analyses_pb2.DeleteAnalysisRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> analyses_pb2.DeleteAnalysisResponse:
        """DeleteAnalysis DeleteAnalysisRequest -> DeleteAnalysisResponse."""
        return await self._client.call("/resume.v1.AnalysisService/DeleteAnalysis", request, analyses_pb2.DeleteAnalysisResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class GenerationServiceStub:
    """resume.v1.GenerationService."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def save_generated_resume(self, request: generation_pb2.SaveGeneratedResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> generation_pb2.GeneratedResume:
        """With the user's token, or with a service token and user_id naming the
        owner (a background LLM worker)."""
        return self._client.call("/resume.v1.GenerationService/SaveGeneratedResume", request, generation_pb2.GeneratedResume,
                                 timeout=timeout, metadata=metadata, token=token)

    def get_generated_resume(self, request: generation_pb2.GetGeneratedResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> generation_pb2.GeneratedResume:
        """GetGeneratedResume GetGeneratedResumeRequest -> GeneratedResume."""
        return self._client.call("/resume.v1.GenerationService/GetGeneratedResume", request, generation_pb2.GeneratedResume,
                                 timeout=timeout, metadata=metadata, token=token)

    def list_generated_resumes(self, request: generation_pb2.ListGeneratedResumesRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> generation_pb2.ListGeneratedResumesResponse:
        """ListGeneratedResumes ListGeneratedResumesRequest -> ListGeneratedResumesResponse."""
        return self._client.call("/resume.v1.GenerationService/ListGeneratedResumes", request, generation_pb2.ListGeneratedResumesResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    def delete_generated_resume(self, request: generation_pb2.DeleteGeneratedResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> generation_pb2.DeleteGeneratedResumeResponse:
        """DeleteGeneratedResume DeleteGeneratedResumeRequest -> DeleteGeneratedResumeResponse."""
        return self._client.call("/resume.v1.GenerationService/DeleteGeneratedResume", request, generation_pb2.DeleteGeneratedResumeResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AsyncGenerationServiceStub:
    """resume.v1.GenerationService."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def save_generated_resume(self, request: generation_pb2.SaveGeneratedResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> generation_pb2.GeneratedResume:
        """With the user's token, or with a service token and user_id naming the
        owner (a background LLM worker)."""
        return await self._client.call("/resume.v1.GenerationService/SaveGeneratedResume", request, generation_pb2.GeneratedResume,
                                 timeout=timeout, metadata=metadata, token=token)

    async def get_generated_resume(self, request: generation_pb2.GetGeneratedResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> generation_pb2.GeneratedResume:
        """GetGeneratedResume GetGeneratedResumeRequest -> GeneratedResume."""
        return await self._client.call("/resume.v1.GenerationService/GetGeneratedResume", request, generation_pb2.GeneratedResume,
                                 timeout=timeout, metadata=metadata, token=token)

    async def list_generated_resumes(self, request: generation_pb2.ListGeneratedResumesRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> generation_pb2.ListGeneratedResumesResponse:
        """ListGeneratedResumes ListGeneratedResumesRequest -> ListGeneratedResumesResponse."""
        return await self._client.call("/resume.v1.GenerationService/ListGeneratedResumes", request, generation_pb2.ListGeneratedResumesResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    async def delete_generated_resume(self, request: generation_pb2.DeleteGeneratedResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> generation_pb2.DeleteGeneratedResumeResponse:
        """DeleteGeneratedResume DeleteGeneratedResumeRequest -> DeleteGeneratedResumeResponse."""
        return await self._client.call("/resume.v1.GenerationService/DeleteGeneratedResume", request, generation_pb2.DeleteGeneratedResumeResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class JobDescriptionServiceStub:
    """resume.v1.JobDescriptionService."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def create_job_description(self, request: job_descriptions_pb2.CreateJobDescriptionRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> job_descriptions_pb2.JobDescription:
        """CreateJobDescription CreateJobDescriptionRequest -> JobDescription."""
        return self._client.call("/resume.v1.JobDescriptionService/CreateJobDescription", request, job_descriptions_pb2.JobDescription,
                                 timeout=timeout, metadata=metadata, token=token)

    def get_job_description(self, request: job_descriptions_pb2.GetJobDescriptionRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> job_descriptions_pb2.JobDescription:
        """GetJobDescription GetJobDescriptionRequest -> JobDescription."""
        return self._client.call("/resume.v1.JobDescriptionService/GetJobDescription", request, job_descriptions_pb2.JobDescription,
                                 timeout=timeout, metadata=metadata, token=token)

    def list_job_descriptions(self, request: job_descriptions_pb2.ListJobDescriptionsRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> job_descriptions_pb2.ListJobDescriptionsResponse:
        """ListJobDescriptions ListJobDescriptionsRequest -> ListJobDescriptionsResponse."""
        return self._client.call("/resume.v1.JobDescriptionService/ListJobDescriptions", request, job_descriptions_pb2.ListJobDescriptionsResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    def delete_job_description(self, request: job_descriptions_pb2.DeleteJobDescriptionRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> job_descriptions_pb2.DeleteJobDescriptionResponse:
        """DeleteJobDescription DeleteJobDescriptionRequest -> DeleteJobDescriptionResponse."""
        return self._client.call("/resume.v1.JobDescriptionService/DeleteJobDescription", request, job_descriptions_pb2.DeleteJobDescriptionResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AsyncJobDescriptionServiceStub:
    """resume.v1.JobDescriptionService."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def create_job_description(self, request: job_descriptions_pb2.CreateJobDescriptionRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> job_descriptions_pb2.JobDescription:
        """CreateJobDescription CreateJobDescriptionRequest -> JobDescription."""
        return await self._client.call("/resume.v1.JobDescriptionService/CreateJobDescription", request, job_descriptions_pb2.JobDescription,
                                 timeout=timeout, metadata=metadata, token=token)

    async def get_job_description(self, request: job_descriptions_pb2.GetJobDescriptionRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> job_descriptions_pb2.JobDescription:
        """GetJobDescription GetJobDescriptionRequest -> JobDescription."""
        return await self._client.call("/resume.v1.JobDescriptionService/GetJobDescription", request, job_descriptions_pb2.JobDescription,
                                 timeout=timeout, metadata=metadata, token=token)

    async def list_job_descriptions(self, request: job_descriptions_pb2.ListJobDescriptionsRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> job_descriptions_pb2.ListJobDescriptionsResponse:
        """ListJobDescriptions ListJobDescriptionsRequest -> ListJobDescriptionsResponse."""
        return await self._client.call("/resume.v1.JobDescriptionService/ListJobDescriptions", request, job_descriptions_pb2.ListJobDescriptionsResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    async def delete_job_description(self, request: job_descriptions_pb2.DeleteJobDescriptionRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> job_descriptions_pb2.DeleteJobDescriptionResponse:
        """DeleteJobDescription DeleteJobDescriptionRequest -> DeleteJobDescriptionResponse."""
        return await self._client.call("/resume.v1.JobDescriptionService/DeleteJobDescription", request, job_descriptions_pb2.DeleteJobDescriptionResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class ResumeServiceStub:
    """resume.v1.ResumeService."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def create_resume(self, request: resumes_pb2.CreateResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.Resume:
        """CreateResume CreateResumeRequest -> Resume."""
        return self._client.call("/resume.v1.ResumeService/CreateResume", request, resumes_pb2.Resume,
                                 timeout=timeout, metadata=metadata, token=token)

    def get_resume(self, request: resumes_pb2.GetResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.Resume:
        """GetResume GetResumeRequest -> Resume."""
        return self._client.call("/resume.v1.ResumeService/GetResume", request, resumes_pb2.Resume,
                                 timeout=timeout, metadata=metadata, token=token)

    def update_resume(self, request: resumes_pb2.UpdateResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.Resume:
        """UpdateResume UpdateResumeRequest -> Resume."""
        return self._client.call("/resume.v1.ResumeService/UpdateResume", request, resumes_pb2.Resume,
                                 timeout=timeout, metadata=metadata, token=token)

    def list_resumes(self, request: resumes_pb2.ListResumesRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.ListResumesResponse:
        """ListResumes ListResumesRequest -> ListResumesResponse."""
        return self._client.call("/resume.v1.ResumeService/ListResumes", request, resumes_pb2.ListResumesResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    def delete_resume(self, request: resumes_pb2.DeleteResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.DeleteResumeResponse:
        """DeleteResume DeleteResumeRequest -> DeleteResumeResponse."""
        return self._client.call("/resume.v1.ResumeService/DeleteResume", request, resumes_pb2.DeleteResumeResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AsyncResumeServiceStub:
    """resume.v1.ResumeService."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def create_resume(self, request: resumes_pb2.CreateResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.Resume:
        """CreateResume CreateResumeRequest -> Resume."""
        return await self._client.call("/resume.v1.ResumeService/CreateResume", request, resumes_pb2.Resume,
                                 timeout=timeout, metadata=metadata, token=token)

    async def get_resume(self, request: resumes_pb2.GetResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.Resume:
        """GetResume GetResumeRequest -> Resume."""
        return await self._client.call("/resume.v1.ResumeService/GetResume", request, resumes_pb2.Resume,
                                 timeout=timeout, metadata=metadata, token=token)

    async def update_resume(self, request: resumes_pb2.UpdateResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.Resume:
        """UpdateResume UpdateResumeRequest -> Resume."""
        return await self._client.call("/resume.v1.ResumeService/UpdateResume", request, resumes_pb2.Resume,
                                 timeout=timeout, metadata=metadata, token=token)

    async def list_resumes(self, request: resumes_pb2.ListResumesRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.ListResumesResponse:
        """ListResumes ListResumesRequest -> ListResumesResponse."""
        return await self._client.call("/resume.v1.ResumeService/ListResumes", request, resumes_pb2.ListResumesResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    async def delete_resume(self, request: resumes_pb2.DeleteResumeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> resumes_pb2.DeleteResumeResponse:
        """DeleteResume DeleteResumeRequest -> DeleteResumeResponse."""
        return await self._client.call("/resume.v1.ResumeService/DeleteResume", request, resumes_pb2.DeleteResumeResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class UserServiceStub:
    """Service-token methods (CreateUser, Authenticate, VerifyEmail,
    DeactivateUser, DeleteUser) and one user-token method (GetMe)."""

    def __init__(self, client: "Client") -> None:
        self._client = client

    def create_user(self, request: users_pb2.CreateUserRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.User:
        """CreateUser CreateUserRequest -> User."""
        return self._client.call("/resume.v1.UserService/CreateUser", request, users_pb2.User,
                                 timeout=timeout, metadata=metadata, token=token)

    def authenticate(self, request: users_pb2.AuthenticateRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.AuthenticateResponse:
        """Authenticate AuthenticateRequest -> AuthenticateResponse."""
        return self._client.call("/resume.v1.UserService/Authenticate", request, users_pb2.AuthenticateResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    def get_me(self, request: users_pb2.GetMeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.User:
        """GetMe GetMeRequest -> User."""
        return self._client.call("/resume.v1.UserService/GetMe", request, users_pb2.User,
                                 timeout=timeout, metadata=metadata, token=token)

    def verify_email(self, request: users_pb2.VerifyEmailRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.User:
        """VerifyEmail VerifyEmailRequest -> User."""
        return self._client.call("/resume.v1.UserService/VerifyEmail", request, users_pb2.User,
                                 timeout=timeout, metadata=metadata, token=token)

    def deactivate_user(self, request: users_pb2.DeactivateUserRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.User:
        """DeactivateUser DeactivateUserRequest -> User."""
        return self._client.call("/resume.v1.UserService/DeactivateUser", request, users_pb2.User,
                                 timeout=timeout, metadata=metadata, token=token)

    def delete_user(self, request: users_pb2.DeleteUserRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.DeleteUserResponse:
        """DeleteUser DeleteUserRequest -> DeleteUserResponse."""
        return self._client.call("/resume.v1.UserService/DeleteUser", request, users_pb2.DeleteUserResponse,
                                 timeout=timeout, metadata=metadata, token=token)


class AsyncUserServiceStub:
    """Service-token methods (CreateUser, Authenticate, VerifyEmail,
    DeactivateUser, DeleteUser) and one user-token method (GetMe)."""

    def __init__(self, client: "AsyncClient") -> None:
        self._client = client

    async def create_user(self, request: users_pb2.CreateUserRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.User:
        """CreateUser CreateUserRequest -> User."""
        return await self._client.call("/resume.v1.UserService/CreateUser", request, users_pb2.User,
                                 timeout=timeout, metadata=metadata, token=token)

    async def authenticate(self, request: users_pb2.AuthenticateRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.AuthenticateResponse:
        """Authenticate AuthenticateRequest -> AuthenticateResponse."""
        return await self._client.call("/resume.v1.UserService/Authenticate", request, users_pb2.AuthenticateResponse,
                                 timeout=timeout, metadata=metadata, token=token)

    async def get_me(self, request: users_pb2.GetMeRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.User:
        """GetMe GetMeRequest -> User."""
        return await self._client.call("/resume.v1.UserService/GetMe", request, users_pb2.User,
                                 timeout=timeout, metadata=metadata, token=token)

    async def verify_email(self, request: users_pb2.VerifyEmailRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.User:
        """VerifyEmail VerifyEmailRequest -> User."""
        return await self._client.call("/resume.v1.UserService/VerifyEmail", request, users_pb2.User,
                                 timeout=timeout, metadata=metadata, token=token)

    async def deactivate_user(self, request: users_pb2.DeactivateUserRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.User:
        """DeactivateUser DeactivateUserRequest -> User."""
        return await self._client.call("/resume.v1.UserService/DeactivateUser", request, users_pb2.User,
                                 timeout=timeout, metadata=metadata, token=token)

    async def delete_user(self, request: users_pb2.DeleteUserRequest, *, timeout: float | None = None,
            metadata: Mapping[str, str] | None = None, token: str | None = None) -> users_pb2.DeleteUserResponse:
        """DeleteUser DeleteUserRequest -> DeleteUserResponse."""
        return await self._client.call("/resume.v1.UserService/DeleteUser", request, users_pb2.DeleteUserResponse,
                                 timeout=timeout, metadata=metadata, token=token)
