// libFuzzer target: request frames as the server meets them — bytes through
// the frame decoder, each body through RequestFrameParser.parseView, each
// call looked up in the MethodRegistry and run by the real handler of every
// service (inline, inline-first or as a task), with the database replaced by
// an in-memory stand-in (MemoryStores.swift); each answer is written by
// ResponseFrameWriter and read back.
//
// Input: byte 0 — bits 0-2 choose credentials put into every call's
// `authorization` (0 and 7: as sent; 1 service token; 2 the active user's
// token; 3 a deactivated user's; 4 an expired one; 5 a user that does not
// exist; 6 another user's, scheme in lower case), bit 3 the mode:
//   0: the rest is a stream of frames (up to 8 calls);
//   1: byte 1 picks a declared method, the rest is its payload (one call).
// Checked: no handler answers INTERNAL or UNKNOWN; every answer encodes
// to a ResponseFrame that decodes, with the call's id, and an OK payload
// decodes as the method's response type; a payload the validator accepts
// protobuf-c decodes too, and decoded messages re-encode stably.
import Foundation
import FuzzSupport
import ResumeCore
import ResumeProto
import ResumeServer
import ResumeWire

private let maxCallsPerInput = 8

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let selector = input.byte()
    let authorization = Fixture.authorization(selector)
    let registry = Fixture.registry()
    Messages.checkCoverage(registry)

    if selector & 8 != 0 {
        let methods = registry.declaredMethods
        let method = methods[Int(input.byte()) % methods.count]
        let frame = Resume_Rpc_V1_RequestFrame(callID: 1, method: method.path, payload: Array(input.rest()), timeoutMs: 0,
                                               metadata: authorization.map { [CallMetadata.authorizationKey: $0] } ?? [:])
        let body = try! frame.serializedBytes()
        body.withUnsafeBytes { serve($0, registry: registry, authorization: nil) }
        return 0
    }

    var decoder = FrameDecoder(maxFrameSize: 64 * 1024)
    decoder.feed(input.rest())
    for _ in 0..<maxCallsPerInput {
        let step = decoder.next { serve($0, registry: registry, authorization: authorization) }
        guard case .frame(let keepGoing) = step, keepGoing else { break }
    }
    return 0
}

/// One frame body, as `ServerConnection.decodeFrames` and `start` handle it.
/// False when the connection would close.
private func serve(_ body: UnsafeRawBufferPointer, registry: MethodRegistry, authorization: String?) -> Bool {
    switch RequestFrameParser.parseView(body, limits: Fixture.limits, intern: registry.intern) {
    case .closeConnection(let error):
        answer(callID: 0, .failure(error), responseType: nil)
        return false
    case .rejectCall(let callID, let error):
        require(callID != 0, "a call was rejected on call_id 0")
        answer(callID: callID, .failure(error), responseType: nil)
        return true
    case .call(let call):
        require(call.callID != 0, "a call with call_id 0")
        require(call.method.utf8.count <= Fixture.limits.maxMethodBytes, "method of \(call.method.utf8.count) bytes")
        require(call.metadata.count <= Fixture.limits.maxMetadataEntries, "\(call.metadata.count) metadata entries")
        var metadata = call.metadata
        if let authorization { metadata[CallMetadata.authorizationKey] = authorization }
        dispatch(call, metadata: metadata, registry: registry)
        return true
    }
}

private func dispatch(_ call: RequestFrameParser.CallView, metadata: CallMetadata, registry: MethodRegistry) {
    let handler: MethodHandler
    switch registry.lookup(call.method) {
    case .handler(let h): handler = h
    case .declaredWithoutHandler:
        answer(callID: call.callID, .failure(MethodRegistry.unimplemented(call.method, declared: true)), responseType: nil)
        return
    case .unknown:
        answer(callID: call.callID, .failure(MethodRegistry.unimplemented(call.method, declared: false)), responseType: nil)
        return
    }
    Messages.check(handler.requestType, call.payload)
    let deadline = InboundCall.deadline(timeoutMilliseconds: call.timeoutMilliseconds, receivedAt: MonotonicClock.nanoseconds(),
                                        defaultMilliseconds: 30_000, maximumMilliseconds: 300_000)
    let context = CallContext(method: call.method, callID: call.callID, deadline: deadline, metadata: metadata,
                              cancellation: CallCancellation(), logger: Fixture.logger, connectionID: 1)
    let payload = Array(call.payload)
    let result: Result<[UInt8], RPCError>
    if handler.lane == .task {
        result = runBlocking { await handler.run(payload: payload, context: context) }
    } else {
        switch handler.runInline(payload: call.payload, context: handler.needsContext ? context : nil) {
        case .response(let bytes): result = .success(bytes)
        case .failure(let error): result = .failure(error)
        case .requestBytes:
            // Echo: the request's bytes are the answer, written in place.
            var out: [UInt8] = []
            let written = ResponseFrameWriter.appendOK(callID: call.callID, payload: call.payload, maxFrameSize: Fixture.limits.maxFrameSize, to: &out)
            if written { readBack(out, callID: call.callID, expectedCode: .ok, responseType: handler.responseType) }
            result = .success(payload)
        case .deferred:
            require(handler.lane == .inlineFirst, "\(handler.path) deferred but is not inline-first")
            result = runBlocking { await handler.run(payload: payload, context: context) }
        }
    }
    if case .failure(let e) = result {
        require(e.code != .internal && e.code != .unknown, "\(handler.path) answered \(e.code.name): \(e.message) (\(e.cause ?? "no cause"))")
    }
    answer(callID: call.callID, result, responseType: handler.responseType)
}

/// Writes the answer as the server does and reads it back as a client would.
private func answer(callID: UInt64, _ result: Result<[UInt8], RPCError>, responseType: String?) {
    var out: [UInt8] = []
    ResponseFrameWriter.append(callID: callID, result: result, maxFrameSize: Fixture.limits.maxFrameSize, to: &out)
    let code: StatusCode = switch result { case .success: .ok; case .failure(let e): e.code }
    readBack(out, callID: callID, expectedCode: code, responseType: responseType)
}

private func readBack(_ bytes: [UInt8], callID: UInt64, expectedCode: StatusCode, responseType: String?) {
    var decoder = FrameDecoder(maxFrameSize: Fixture.limits.maxFrameSize)
    decoder.feed(bytes)
    guard case .frame(let body) = decoder.nextFrame() else { require(false, "the answer is not one whole frame"); return }
    require(decoder.bufferedByteCount == 0, "bytes after the answer's frame")
    guard let frame = try? Resume_Rpc_V1_ResponseFrame(serializedBytes: body) else {
        require(false, "the answer to call \(callID) is not a valid ResponseFrame")
        return
    }
    require(frame.callID == callID, "answer for call \(frame.callID), not \(callID)")
    let status = frame.status ?? Resume_Rpc_V1_Status()
    require(status.code == expectedCode, "answered \(status.code), the handler said \(expectedCode.name)")
    if status.code == .ok, let responseType {
        frame.payload.withUnsafeBytes { Messages.check(responseType, $0, mustDecode: true) }
    } else {
        require(frame.payload.isEmpty, "a payload with status \(status.code)")
    }
}
