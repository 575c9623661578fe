/// The request messages of the scenarios, encoded by hand with `ProtoBytes`
/// (the field numbers of `proto/resume`), so a call whose payload changes
/// every time costs a few appends rather than an encoder round trip.
public enum RequestPayloads {
    /// `EchoRequest{payload}`.
    public static func echo(_ payload: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        ProtoBytes.appendBytesField(1, payload, to: &out)
        return out
    }

    /// `HealthCheckRequest{}`.
    public static func health() -> [UInt8] { [] }

    /// `GetResumeRequest{id}`.
    public static func getResume(id: String) -> [UInt8] {
        var out: [UInt8] = []
        ProtoBytes.appendStringField(1, id, to: &out)
        return out
    }

    /// `ListResumesRequest{page_size}`.
    public static func listResumes(pageSize: Int32) -> [UInt8] {
        var out: [UInt8] = []
        ProtoBytes.appendVarintField(1, UInt64(max(pageSize, 0)), to: &out)
        return out
    }

    /// `AnalyzeResumeRequest{resume_id, job_description_id}`, written over `out`.
    public static func analyzeResume(resumeID: String, jobDescriptionID: String, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        ProtoBytes.appendStringField(1, resumeID, to: &out)
        ProtoBytes.appendStringField(2, jobDescriptionID, to: &out)
    }

    /// `CreateResumeRequest{title, raw_text}` with `raw_text` = `firstLine`, a
    /// newline, then `body`; written over `out`.
    public static func createResume(title: String, firstLine: String, body: [UInt8], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        ProtoBytes.appendStringField(1, title, to: &out)
        let first = firstLine.utf8
        let n = first.count + 1 + body.count
        ProtoBytes.appendVarint(2 << 3 | 2, to: &out)
        ProtoBytes.appendVarint(UInt64(n), to: &out)
        out.append(contentsOf: first)
        out.append(0x0A)
        out.append(contentsOf: body)
    }
}
