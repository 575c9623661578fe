"""Statuses as typed exceptions; credentials per client and per call; bounds."""

from __future__ import annotations

import asyncio

import pytest

from resumed_client import (
    AlreadyExists,
    AsyncClient,
    AsyncUserServiceStub,
    Client,
    DiagnosticsStub,
    FieldViolation,
    InvalidArgument,
    PermissionDenied,
    ResourceExhausted,
    RPCError,
    StatusCode,
    Unauthenticated,
    Unimplemented,
    UserServiceStub,
    diagnostics_pb2,
    users_pb2,
)

from conftest import unique_email


def test_violations_round_trip(daemon) -> None:
    secret_password = "short"
    with Client(daemon.address, token=daemon.service_token) as client:
        with pytest.raises(InvalidArgument) as info:
            UserServiceStub(client).create_user(
                users_pb2.CreateUserRequest(email="not-an-address", password=secret_password))
    e = info.value
    assert e.code is StatusCode.INVALID_ARGUMENT and e.code == 3
    assert [v.field for v in e.violations] == ["email", "password"]
    assert all(isinstance(v, FieldViolation) and v.description for v in e.violations)
    assert e.method == "/resume.v1.UserService/CreateUser"
    assert "not-an-address" not in str(e) and secret_password not in str(e)  # no request content


def test_violations_round_trip_asyncio(daemon) -> None:
    async def main() -> InvalidArgument:
        async with AsyncClient(daemon.address, token=daemon.service_token) as client:
            with pytest.raises(InvalidArgument) as info:
                await AsyncUserServiceStub(client).create_user(
                    users_pb2.CreateUserRequest(email="a@b.example.com", password="x"))
            return info.value

    e = asyncio.run(main())
    assert [v.field for v in e.violations] == ["password"]


def test_already_exists(daemon, user) -> None:
    with Client(daemon.address, token=daemon.service_token) as client:
        with pytest.raises(AlreadyExists):
            UserServiceStub(client).create_user(
                users_pb2.CreateUserRequest(email=user["email"].upper(), password="another password"))


def test_unknown_method_is_unimplemented(daemon) -> None:
    with Client(daemon.address) as client:
        with pytest.raises(Unimplemented) as info:
            client.call("/resume.v1.NoSuchService/Nothing", diagnostics_pb2.EchoRequest(), diagnostics_pb2.EchoResponse)
        assert info.value.code == StatusCode.UNIMPLEMENTED
        # The connection stays usable.
        assert DiagnosticsStub(client).echo(diagnostics_pb2.EchoRequest(payload=b"ok")).payload == b"ok"
        assert client.connections_opened == 1


def test_token_per_client_and_per_call(daemon, user) -> None:
    get_me = users_pb2.GetMeRequest()
    with Client(daemon.address) as anonymous:
        with pytest.raises(Unauthenticated):
            UserServiceStub(anonymous).get_me(get_me)
        # A call's own token.
        assert UserServiceStub(anonymous).get_me(get_me, token=user["token"]).id == user["id"]
    with Client(daemon.address, token=user["token"]) as as_user:
        users = UserServiceStub(as_user)
        assert users.get_me(get_me).id == user["id"]  # the client's token
        with pytest.raises(PermissionDenied):  # a user token may not create users
            users.create_user(users_pb2.CreateUserRequest(email=unique_email(), password="correct horse"))
        # The call's token wins over the client's.
        with pytest.raises(PermissionDenied):
            users.get_me(get_me, token=daemon.service_token)
        with pytest.raises(Unauthenticated):
            users.get_me(get_me, token="v1.forged")
        # Explicit metadata works too; the token argument still wins over it.
        assert users.get_me(get_me, metadata={"authorization": "Bearer " + user["token"],
                                               "x-request-id": "py-test-1"}).id == user["id"]
    with Client(daemon.address, token=daemon.service_token) as as_service:
        with pytest.raises(PermissionDenied):
            UserServiceStub(as_service).get_me(get_me)
        assert UserServiceStub(as_service).get_me(get_me, token=user["token"]).id == user["id"]


def test_bad_metadata_key_is_the_servers_invalid_argument(daemon) -> None:
    with Client(daemon.address) as client:
        with pytest.raises(InvalidArgument) as info:
            DiagnosticsStub(client).echo(diagnostics_pb2.EchoRequest(), metadata={"Upper-Case": "x"})
        assert [v.field for v in info.value.violations] == ["metadata"]


def test_nul_in_metadata_is_refused_before_sending(daemon) -> None:
    # A NUL would make the whole frame invalid and end the connection for
    # every call on it (PROTOCOL.md §7); the client refuses the one call.
    with Client(daemon.address) as client:
        echo = DiagnosticsStub(client)
        echo.echo(diagnostics_pb2.EchoRequest())
        with pytest.raises(InvalidArgument) as info:
            echo.echo(diagnostics_pb2.EchoRequest(), metadata={"x-request-id": "a\x00b"})
        assert info.value.violations[0].field == "metadata[x-request-id]"
        echo.echo(diagnostics_pb2.EchoRequest())
        assert client.connections_opened == 1


def test_request_over_the_frame_limit_is_refused_before_sending(daemon) -> None:
    big = b"\xab" * (4 * 1024 * 1024)
    with Client(daemon.address) as client:
        echo = DiagnosticsStub(client)
        with pytest.raises(ResourceExhausted) as info:
            echo.echo(diagnostics_pb2.EchoRequest(payload=big))
        assert "frame limit" in info.value.message and "not sent" in info.value.message
        assert client.connections_opened == 0  # refused before connecting
        # Just under the limit goes through.
        fits = b"\xcd" * (4 * 1024 * 1024 - 200)
        assert echo.echo(diagnostics_pb2.EchoRequest(payload=fits)).payload == fits


def test_error_hierarchy() -> None:
    assert issubclass(Unimplemented, RPCError) and issubclass(RPCError, Exception)
    assert [c.value for c in StatusCode] == list(range(17))
    assert StatusCode.UNAUTHENTICATED.name == "UNAUTHENTICATED"


def test_resource_exhausted_carries_retry_after(tmp_path) -> None:
    """A saturated password-hashing lane answers RESOURCE_EXHAUSTED with
    response metadata retry-after-ms (PROTOCOL.md §5.5), exposed on the error."""
    from conftest import Daemon

    tight = Daemon(tmp_path, "tight", ["--hash-threads", "1", "--hash-max-queued", "1"],
                   env={"RESUMED_BCRYPT_COST": "12"}).start()
    try:
        async def main() -> list:
            async with AsyncClient(tight.address, token=tight.service_token) as client:
                users = AsyncUserServiceStub(client)
                return await asyncio.gather(*(users.create_user(users_pb2.CreateUserRequest(
                    email=unique_email(), password="correct horse")) for _ in range(12)), return_exceptions=True)

        results = asyncio.run(main())
        refused = [r for r in results if isinstance(r, ResourceExhausted)]
        created = [r for r in results if isinstance(r, users_pb2.User)]
        assert len(refused) + len(created) == len(results), results
        assert refused and created
        for e in refused:
            assert "retry-after-ms" in e.metadata
            assert e.retry_after is not None and 0.1 <= e.retry_after <= 60
        with Client(tight.address, token=tight.service_token) as client:
            for u in created:
                UserServiceStub(client).delete_user(users_pb2.DeleteUserRequest(user_id=u.id))
    finally:
        tight.stop()
