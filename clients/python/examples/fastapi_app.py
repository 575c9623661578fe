from __future__ import annotations

import os
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import Depends, FastAPI, Header, HTTPException, Request

from resumed_client import (
    AsyncClient,
    AsyncResumeServiceStub,
    InvalidArgument,
    NotFound,
    Unauthenticated,
    Unavailable,
    resumes_pb2,
)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # One client for the whole app, like an async database engine: created at
    # start-up, shared by every request, closed at shutdown.
    async with AsyncClient(os.environ.get("RESUMED_SERVER"), connections=4, timeout=5.0) as client:
        app.state.resumed = client
        yield


app = FastAPI(lifespan=lifespan)


async def get_resumed(request: Request) -> AsyncIterator[AsyncClient]:
    """Dependency yielding the shared client (as `get_db` yields a session)."""
    yield request.app.state.resumed


def bearer_token(authorization: str = Header()) -> str:
    """The caller's user token, passed through to resumed."""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    return token


@app.get("/resumes/{resume_id}")
async def read_resume(
    resume_id: str,
    token: str = Depends(bearer_token),
    resumed: AsyncClient = Depends(get_resumed),
) -> dict:
    try:
        resume = await AsyncResumeServiceStub(resumed).get_resume(
            resumes_pb2.GetResumeRequest(id=resume_id), token=token)
    except NotFound:
        raise HTTPException(status_code=404, detail="resume not found")
    except InvalidArgument as e:
        raise HTTPException(status_code=422, detail=[{"field": v.field, "msg": v.description}
                                                     for v in e.violations])
    except Unauthenticated:
        raise HTTPException(status_code=401, detail="invalid or expired token")
    except Unavailable:
        raise HTTPException(status_code=503, detail="resume service unavailable")
    return {"id": resume.id, "title": resume.title, "version": resume.version,
            "redacted_text": resume.redacted_text}
