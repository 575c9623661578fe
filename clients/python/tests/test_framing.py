"""The wire layer without a daemon: encoding, reassembly, bounds, status
mapping; and, against a scripted in-test server, what a real daemon does not
do on demand (goodbye frames, oversized or odd answers)."""

from __future__ import annotations

import asyncio
import pickle
import socket
import struct
import threading
import time
from typing import Callable, List, Optional

import pytest

import resumed_client
from resumed_client import (
    AsyncClient,
    AsyncDiagnosticsStub,
    Client,
    DiagnosticsStub,
    Internal,
    InvalidArgument,
    NotFound,
    ResourceExhausted,
    RPCError,
    StatusCode,
    Unavailable,
    Unknown,
    diagnostics_pb2,
)
from resumed_client import _framing as F
from resumed_client._proto.resume.rpc.v1 import rpc_pb2
from resumed_client.errors import error_for_status

ECHO = "/resume.rpc.v1.Diagnostics/Echo"

# PROTOCOL.md §9: one Echo call, call_id 1, timeout_ms 1000, payload "hi".
SECTION_9_REQUEST = bytes.fromhex(
    "0000002c" "0801" "121f" "2f726573756d652e7270632e76312e" "446961676e6f73746963732f4563686f"
    "1a04" "0a026869" "20e807")
SECTION_9_RESPONSE = bytes.fromhex("0000000a" "0801" "1200" "1a04" "0a026869")


def test_request_frame_matches_section_9() -> None:
    rest = F.encode_rest(ECHO, diagnostics_pb2.EchoRequest(payload=b"hi").SerializeToString(), {}, 4 << 20)
    ours = F.frame(1, F.timeout_ms(1.0), rest)
    assert struct.unpack(">I", ours[:4])[0] == len(ours) - 4 == 44
    # Decode, then compare (PROTOCOL.md §9: encoders may order fields differently).
    assert rpc_pb2.RequestFrame.FromString(ours[4:]) == rpc_pb2.RequestFrame.FromString(SECTION_9_REQUEST[4:])


def test_section_9_response_decodes() -> None:
    (body,) = F.FrameDecoder(1024).feed(SECTION_9_RESPONSE)
    response = F.parse_response(body)
    assert response.call_id == 1
    assert F.result(response, diagnostics_pb2.EchoResponse, ECHO).payload == b"hi"


def test_decoder_reassembles_by_length() -> None:
    frames = [struct.pack(">I", len(b)) + b for b in (b"", b"a", b"bc" * 1000, b"xyz")]
    stream = b"".join(frames)
    d = F.FrameDecoder(4096)
    got: List[bytes] = []
    for i in range(len(stream)):  # one byte at a time
        got += d.feed(stream[i:i + 1])
    assert got == [b"", b"a", b"bc" * 1000, b"xyz"] and d.buffered == 0
    assert F.FrameDecoder(4096).feed(stream + stream[:3]) == got  # many frames in one read, a partial one kept


def test_decoder_refuses_an_oversized_prefix_before_buffering() -> None:
    d = F.FrameDecoder(1024)
    with pytest.raises(F.FrameTooLarge):
        d.feed(struct.pack(">I", 1025))
    assert F.FrameDecoder(1024).feed(struct.pack(">I", 1024) + b"x" * 1024) == [b"x" * 1024]


def test_timeout_ms() -> None:
    assert F.timeout_ms(None) == 0
    assert F.timeout_ms(1.5) == 1500
    assert F.timeout_ms(0.0001) == 1  # never 0, which would mean the server's default
    assert F.timeout_ms(-1) == 1
    assert F.timeout_ms(10**9) == 2**32 - 1


def test_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    assert F.parse_address("127.0.0.1:7700") == ("tcp", "127.0.0.1", 7700)
    assert F.parse_address("[::1]:7701") == ("tcp", "::1", 7701)
    assert F.parse_address("localhost:1") == ("tcp", "localhost", 1)
    assert F.parse_address("unix:/run/resumed.sock") == ("unix", "/run/resumed.sock", 0)
    for bad in ("127.0.0.1", ":7700", "host:0", "host:99999", "[::1]7700", "unix:"):
        with pytest.raises(ValueError):
            F.parse_address(bad)
    monkeypatch.delenv("RESUMED_SERVER", raising=False)
    assert Client().address == "127.0.0.1:7700"
    monkeypatch.setenv("RESUMED_SERVER", "localhost:9")
    assert Client().address == AsyncClient().address == "localhost:9"
    assert Client("127.0.0.1:1").address == "127.0.0.1:1"


def test_metadata_precedence() -> None:
    assert F.call_metadata(None, None, None) == {}
    assert F.call_metadata("c", None, None) == {"authorization": "Bearer c"}
    assert F.call_metadata("c", {"authorization": "Bearer m", "x-request-id": "r"}, None) == {
        "authorization": "Bearer m", "x-request-id": "r"}
    assert F.call_metadata("c", {"authorization": "Bearer m"}, "t") == {"authorization": "Bearer t"}
    with pytest.raises(InvalidArgument):
        F.call_metadata("c\x00", None, None)
    with pytest.raises(InvalidArgument):
        F.call_metadata(None, {"x-a": "\ud800"}, None)
    with pytest.raises(TypeError):
        F.call_metadata(None, {"x-a": 1}, None)  # type: ignore[dict-item]


def test_oversized_request_refused_with_the_limit_in_the_message() -> None:
    with pytest.raises(ResourceExhausted) as info:
        F.encode_rest(ECHO, b"x" * 2000, {}, 1024)
    assert "1024-byte frame limit" in str(info.value) and "not sent" in str(info.value)


def test_every_status_code_has_its_exception() -> None:
    for code in StatusCode:
        if code is StatusCode.OK:
            continue
        e = error_for_status(int(code), "m")
        assert e.code is code and type(e).__name__.upper() == code.name.replace("_", "")
        assert getattr(resumed_client, type(e).__name__) is type(e)
    unknown = error_for_status(99, "odd")
    assert isinstance(unknown, Unknown) and unknown.code is StatusCode.UNKNOWN and "99" in unknown.message


def test_errors_carry_metadata_and_pickle() -> None:
    e = error_for_status(8, "lane full", metadata={"retry-after-ms": "250"}, method=ECHO)
    assert isinstance(e, ResourceExhausted) and e.retry_after == 0.25
    copy = pickle.loads(pickle.dumps(e))
    assert type(copy) is ResourceExhausted and copy.metadata == e.metadata and str(copy) == str(e)
    assert error_for_status(5, "gone").retry_after is None
    assert isinstance(error_for_status(5, "gone"), NotFound)


# -- a scripted server -------------------------------------------------------

Handler = Callable[[int, "Peer"], None]


class Peer:
    """One accepted connection of the scripted server."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.decoder = F.FrameDecoder(4 << 20)
        self.frames: List[bytes] = []

    def read(self) -> Optional[rpc_pb2.RequestFrame]:
        while not self.frames:
            data = self.sock.recv(65536)
            if not data:
                return None
            self.frames += self.decoder.feed(data)
        return rpc_pb2.RequestFrame.FromString(self.frames.pop(0))

    def send(self, response: rpc_pb2.ResponseFrame) -> None:
        body = response.SerializeToString()
        self.sock.sendall(struct.pack(">I", len(body)) + body)

    def echo(self, request: rpc_pb2.RequestFrame) -> None:
        payload = diagnostics_pb2.EchoResponse(
            payload=diagnostics_pb2.EchoRequest.FromString(request.payload).payload).SerializeToString()
        self.send(rpc_pb2.ResponseFrame(call_id=request.call_id, status=rpc_pb2.Status(), payload=payload))


class ScriptedServer:
    def __init__(self, handler: Handler) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.address = "127.0.0.1:%d" % self.listener.getsockname()[1]
        self.handler = handler
        self.accepted = 0
        self.done = threading.Event()
        self.peers: List[Peer] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.done.is_set():
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            self.accepted += 1
            peer = Peer(sock)
            self.peers.append(peer)
            threading.Thread(target=self._serve, args=(self.accepted, peer), daemon=True).start()

    def _serve(self, index: int, peer: Peer) -> None:
        try:
            self.handler(index, peer)
        except OSError:
            pass

    def close(self) -> None:
        self.done.set()
        self.listener.close()
        for p in self.peers:
            p.sock.close()


@pytest.fixture
def scripted():
    servers: List[ScriptedServer] = []

    def make(handler: Handler) -> ScriptedServer:
        servers.append(ScriptedServer(handler))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


def serve_echo(index: int, peer: Peer) -> None:
    while True:
        request = peer.read()
        if request is None:
            return
        peer.echo(request)


def test_frame_fields_on_the_wire(scripted) -> None:
    seen: List[rpc_pb2.RequestFrame] = []

    def handler(index: int, peer: Peer) -> None:
        while True:
            request = peer.read()
            if request is None:
                return
            seen.append(request)
            peer.echo(request)

    server = scripted(handler)
    with Client(server.address, token="client-token") as client:
        echo = DiagnosticsStub(client)
        assert echo.echo(diagnostics_pb2.EchoRequest(payload=b"a"), timeout=1.5,
                         metadata={"x-request-id": "r-1"}).payload == b"a"
        assert echo.echo(diagnostics_pb2.EchoRequest(payload=b"b"), token="call-token").payload == b"b"
    first, second = seen
    assert first.method == ECHO and first.call_id == 1 and second.call_id == 2
    assert 1000 < first.timeout_ms <= 1500
    assert 29000 < second.timeout_ms <= 30000  # the client's default timeout
    assert dict(first.metadata) == {"authorization": "Bearer client-token", "x-request-id": "r-1"}
    assert dict(second.metadata) == {"authorization": "Bearer call-token"}


def reverse_order(batch: int) -> Handler:
    """Reads `batch` calls, then answers them last first."""

    def handler(index: int, peer: Peer) -> None:
        while True:
            requests = [peer.read() for _ in range(batch)]
            if any(r is None for r in requests):
                return
            for r in reversed(requests):
                peer.echo(r)  # type: ignore[arg-type]

    return handler


def test_answers_in_reverse_order_reach_their_callers(scripted) -> None:
    server = scripted(reverse_order(8))
    errors: List[BaseException] = []
    with Client(server.address) as client:
        echo = DiagnosticsStub(client)

        def worker(i: int) -> None:
            try:
                assert echo.echo(diagnostics_pb2.EchoRequest(payload=b"%d" % i), timeout=10).payload == b"%d" % i
            except BaseException as e:
                errors.append(e)

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
    assert errors == []


def test_answers_in_reverse_order_asyncio(scripted) -> None:
    server = scripted(reverse_order(16))

    async def main() -> None:
        async with AsyncClient(server.address) as client:
            echo = AsyncDiagnosticsStub(client)
            answers = await asyncio.gather(*(echo.echo(diagnostics_pb2.EchoRequest(payload=b"%d" % i), timeout=10)
                                             for i in range(16)))
            assert [a.payload for a in answers] == [b"%d" % i for i in range(16)]

    asyncio.run(main())


def test_goaway_fails_pending_calls_and_new_calls_use_a_new_connection(scripted) -> None:
    def handler(index: int, peer: Peer) -> None:
        if index == 1:
            peer.read()
            # A connection-level error, and the socket left open: the client
            # must act on the frame itself, not wait for the close.
            peer.send(rpc_pb2.ResponseFrame(call_id=0, status=rpc_pb2.Status(
                code=rpc_pb2.UNAVAILABLE, message="server shutting down")))
            peer.sock.recv(1)  # until the client closes
            return
        serve_echo(index, peer)

    server = scripted(handler)
    with Client(server.address) as client:
        echo = DiagnosticsStub(client)
        started = time.monotonic()
        with pytest.raises(Unavailable) as info:
            echo.echo(diagnostics_pb2.EchoRequest(payload=b"first"), timeout=20)
        assert time.monotonic() - started < 5
        assert "server shutting down" in info.value.message
        assert echo.echo(diagnostics_pb2.EchoRequest(payload=b"second")).payload == b"second"
        assert server.accepted == 2 and client.connections_opened == 2


def test_goaway_asyncio(scripted) -> None:
    def handler(index: int, peer: Peer) -> None:
        if index == 1:
            peer.read()
            peer.send(rpc_pb2.ResponseFrame(call_id=0, status=rpc_pb2.Status(code=rpc_pb2.UNAVAILABLE)))
            peer.sock.recv(1)
            return
        serve_echo(index, peer)

    server = scripted(handler)

    async def main() -> None:
        async with AsyncClient(server.address) as client:
            echo = AsyncDiagnosticsStub(client)
            with pytest.raises(Unavailable):
                await echo.echo(diagnostics_pb2.EchoRequest(payload=b"first"), timeout=20)
            assert (await echo.echo(diagnostics_pb2.EchoRequest(payload=b"second"))).payload == b"second"
            assert client.connections_opened == 2

    asyncio.run(main())


def oversized_answer(index: int, peer: Peer) -> None:
    peer.read()
    peer.sock.sendall(struct.pack(">I", 0x7FFFFFFF) + b"\0" * 1024)
    peer.sock.recv(1)


def test_oversized_answer_ends_the_connection(scripted) -> None:
    server = scripted(oversized_answer)
    with Client(server.address) as client:
        started = time.monotonic()
        with pytest.raises(Internal) as info:
            DiagnosticsStub(client).echo(diagnostics_pb2.EchoRequest(), timeout=20)
        assert time.monotonic() - started < 5
        assert "over the client's" in info.value.message


def test_oversized_answer_asyncio(scripted) -> None:
    server = scripted(oversized_answer)

    async def main() -> None:
        async with AsyncClient(server.address, max_frame_bytes=4096) as client:
            with pytest.raises(Internal):
                await AsyncDiagnosticsStub(client).echo(diagnostics_pb2.EchoRequest(), timeout=20)

    asyncio.run(main())


def test_unknown_status_number_and_missing_status(scripted) -> None:
    def handler(index: int, peer: Peer) -> None:
        first = peer.read()
        assert first is not None
        peer.send(rpc_pb2.ResponseFrame(call_id=first.call_id, status=rpc_pb2.Status(code=99, message="new")))
        second = peer.read()
        assert second is not None
        payload = diagnostics_pb2.EchoResponse(payload=b"no status").SerializeToString()
        peer.send(rpc_pb2.ResponseFrame(call_id=second.call_id, payload=payload))  # status omitted: OK
        serve_echo(index, peer)

    server = scripted(handler)
    with Client(server.address) as client:
        echo = DiagnosticsStub(client)
        with pytest.raises(Unknown) as info:
            echo.echo(diagnostics_pb2.EchoRequest())
        assert info.value.code is StatusCode.UNKNOWN
        assert echo.echo(diagnostics_pb2.EchoRequest()).payload == b"no status"


def test_connection_refused_is_unavailable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: refused
        with Client("127.0.0.1:%d" % port) as client:
            with pytest.raises(Unavailable) as info:
                DiagnosticsStub(client).echo(diagnostics_pb2.EchoRequest())
            assert "cannot connect" in info.value.message


def test_closed_client_refuses_calls(scripted) -> None:
    server = scripted(serve_echo)
    client = Client(server.address)
    DiagnosticsStub(client).echo(diagnostics_pb2.EchoRequest())
    client.close()
    with pytest.raises(RPCError) as info:
        DiagnosticsStub(client).echo(diagnostics_pb2.EchoRequest())
    assert info.value.code is StatusCode.CANCELLED
