// resume-codegen: renders Swift from the protoc-c descriptors linked into this
// tool (messages, enums, method tables, typed client stubs), and embeds SQL
// migrations. Run by scripts/generate; never by hand.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ResumeReflection

struct Options {
    var messagesOut: String?
    var clientsOut: String?
    var migrationsDir: String?
    var migrationsOut: String?
    var descriptorSet: String?
    var pythonStubsOut: String?
}

func parse(_ args: [String]) -> Options {
    var o = Options()
    var it = args.makeIterator()
    while let a = it.next() {
        switch a {
        case "--messages-out": o.messagesOut = it.next()
        case "--clients-out": o.clientsOut = it.next()
        case "--migrations": o.migrationsDir = it.next()
        case "--migrations-out": o.migrationsOut = it.next()
        case "--descriptor-set": o.descriptorSet = it.next()
        case "--python-stubs-out": o.pythonStubsOut = it.next()
        default:
            FileHandle.standardError.write(Data("unknown argument \(a)\n".utf8))
            exit(2)
        }
    }
    return o
}

/// Writes `files` into `dir` and removes any other `.swift` file there: the folder holds generated code only.
func replaceContents(of dir: String, with files: [String: String]) throws {
    let fm = FileManager.default
    try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for old in try fm.contentsOfDirectory(atPath: dir) where old.hasSuffix(".swift") && files[old] == nil {
        try fm.removeItem(atPath: dir + "/" + old)
    }
    for (name, text) in files {
        try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
    }
}

struct CodegenError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func readBytes(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { throw CodegenError("cannot read \(path)") }
    return [UInt8](data)
}

do {
    let options = parse(Array(CommandLine.arguments.dropFirst()))
    if options.messagesOut != nil || options.clientsOut != nil {
        let packages = try DescriptorReader.read()
        var messages: [String: String] = [:]
        var clients: [String: String] = [:]
        for p in packages {
            let r = SwiftRenderer(package: p, all: packages)
            messages["\(p.name).pb.swift"] = try r.messagesFile()
            if let c = r.clientsFile() { clients["\(p.name).client.swift"] = c }
        }
        if let path = options.descriptorSet {
            messages["EmbeddedDescriptorSet.swift"] = DescriptorSetEmbedder(bytes: try readBytes(path)).swiftFile()
        }
        if let dir = options.messagesOut { try replaceContents(of: dir, with: messages) }
        if let dir = options.clientsOut { try replaceContents(of: dir, with: clients) }
    }
    if let out = options.pythonStubsOut {
        guard let path = options.descriptorSet else { throw CodegenError("--python-stubs-out needs --descriptor-set") }
        let descriptors = try DescriptorSet(serialized: try readBytes(path))
        try PythonRenderer(descriptors: descriptors).stubsFile().write(toFile: out, atomically: true, encoding: .utf8)
    }
    if let dir = options.migrationsDir, let out = options.migrationsOut {
        try MigrationEmbedder(directory: dir).write(to: out)
    }
} catch {
    FileHandle.standardError.write(Data("resume-codegen: \(error)\n".utf8))
    exit(1)
}
