// swift-tools-version:6.0
// resumed: the data service of the Resume Builder.
//
// Targets, dependencies pointing one way:
//   C modules (CResumeProto, CEpoll, CLibPQ, CHiredis)
//   -> ResumeProto (the only code that calls protobuf-c) -> ResumeWire (frames, status; no sockets)
//   -> ResumeTransport (sockets, epoll event loop) -> ResumeServer / ResumeClient
//   -> ResumePostgres, ResumeRedis (dependencies) -> ResumeServices (handlers)
//   -> ResumeDaemon (assembly) -> executables (resumed, resume-codegen)
//   ResumeLoad (the load harness' logic, no I/O) -> ResumeLoadEngine (setup, epoll loops) -> resume-load
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    // Lets the generic protobuf reader/writer and other small generic helpers be
    // specialised across targets in release builds (the Echo path crosses five).
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
    // Dynamic exclusivity checks cost 13.5% of an Echo call's user time
    // (../shared/PERF-NOTES.md); the static checks stay on, and debug builds
    // (every test run) keep the dynamic ones.
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "resumed",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "resumed", targets: ["resumed"]),
        .executable(name: "resumectl", targets: ["resumectl"]),
        .executable(name: "resume-load", targets: ["resume-load"]),
        .library(name: "ResumeClient", targets: ["ResumeClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "3.12.3"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", exact: "0.2.0"),
    ],
    targets: [
        // MARK: C modules
        .target(
            name: "CResumeProto",
            path: "Sources/CResumeProto",
            linkerSettings: [.linkedLibrary("protobuf-c")]
        ),
        .target(name: "CEpoll", path: "Sources/CEpoll"),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq"),
        .systemLibrary(name: "CHiredis", path: "Sources/CHiredis"),
        .systemLibrary(name: "CCrypt", path: "Sources/CCrypt"),
        // libphonenumber's PhoneNumberMatcher behind a C interface (a C++
        // target: the library is C++ only; Debian libphonenumber-dev).
        .target(
            name: "CPhoneNumber",
            path: "Sources/CPhoneNumber",
            cxxSettings: [.unsafeFlags(["-std=c++17"])],
            linkerSettings: [.linkedLibrary("phonenumber"), .linkedLibrary("protobuf"), .linkedLibrary("stdc++")]
        ),

        // MARK: Core (deadlines, cancellation) and wire
        .target(name: "ResumeCore", swiftSettings: strict),
        .target(name: "ResumeProto", dependencies: ["CResumeProto"], swiftSettings: strict),
        .target(name: "ResumeWire", dependencies: ["ResumeCore", "ResumeProto"], swiftSettings: strict),

        // MARK: Transport, server, client
        .target(name: "ResumeTransport", dependencies: ["CEpoll", "ResumeCore"], swiftSettings: strict),
        .target(
            name: "ResumeServer",
            dependencies: ["ResumeWire", "ResumeTransport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(name: "ResumeClient", dependencies: ["ResumeWire", "ResumeTransport"], swiftSettings: strict),
        // Descriptor sets (what reflection serves), the protobuf wire format
        // and the proto3 JSON mapping, without I/O: for resumectl and the
        // Python stub generator.
        .target(name: "ResumeReflection", dependencies: ["ResumeCore"], swiftSettings: strict),

        // MARK: Dependencies
        .target(name: "ResumePool", dependencies: ["ResumeCore"], swiftSettings: strict),
        .target(
            name: "ResumePostgres",
            dependencies: ["CLibPQ", "ResumeCore", "ResumePool", "ResumeTransport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(
            name: "ResumeMigrations",
            dependencies: ["ResumePostgres", "ResumeCore", .product(name: "Crypto", package: "swift-crypto"), .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        // MARK: Stores: the protocols services see, and their PostgreSQL implementation
        .target(name: "ResumeStores", dependencies: ["ResumeCore"], swiftSettings: strict),
        .target(
            name: "ResumeData",
            dependencies: ["ResumeStores", "ResumePostgres", "ResumeMigrations", "ResumeCore"],
            swiftSettings: strict
        ),
        .target(
            name: "ResumeRedis",
            dependencies: ["CHiredis", "ResumeCore", "ResumePool", "ResumeTransport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),

        .target(
            name: "ResumeCache",
            dependencies: ["ResumeStores", "ResumeRedis", "ResumeCore", "ResumeTransport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),

        // MARK: Domain
        .target(
            name: "ResumeAuth",
            dependencies: ["CCrypt", "ResumeCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),

        .target(name: "ResumeRedaction", dependencies: ["CPhoneNumber"], swiftSettings: strict),
        .target(name: "ResumeAnalysis", swiftSettings: strict),

        // MARK: Handlers and assembly
        .target(
            name: "ResumeServices",
            dependencies: [
                "ResumeServer", "ResumeCore", "ResumeStores", "ResumeAuth", "ResumeRedaction", "ResumeAnalysis",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ResumeDaemon",
            dependencies: [
                "ResumeServices", "ResumeRedaction", "ResumeStores", "ResumeData", "ResumeCache", "ResumeMigrations", "ResumePostgres", "ResumeRedis", "ResumeAuth", "ResumeTransport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // MARK: Executables
        .executableTarget(name: "resumed", dependencies: ["ResumeDaemon"], swiftSettings: strict),
        .executableTarget(
            name: "resumectl",
            dependencies: [
                "ResumeData", "ResumeMigrations", "ResumeCore", "ResumeClient", "ResumeReflection", "ResumeRedaction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // How long redaction takes, against input size (scripts/bench-redaction).
        .executableTarget(name: "redaction-bench", dependencies: ["ResumeRedaction"], swiftSettings: strict),
        .executableTarget(name: "store-bench",
                          dependencies: ["ResumeData", "ResumeMigrations", "ResumePostgres", "ResumeStores", "ResumeCore", "ResumeTransport",
                                         "ResumeRedaction", .product(name: "Logging", package: "swift-log")],
                          swiftSettings: strict),
        .executableTarget(name: "resume-codegen", dependencies: ["CResumeProto", "ResumeReflection"], swiftSettings: strict),

        // MARK: Load harness
        // ResumeLoad: options, schedules, frame templates, the report and its
        // renderings, all without I/O; ResumeLoadEngine: the setup through the
        // API and one epoll loop per thread; resume-load: the command line.
        .target(name: "CResumeLoad", path: "Sources/CResumeLoad"),
        .target(
            name: "ResumeLoad",
            dependencies: ["ResumeWire", .product(name: "Histogram", package: "hdrhistogram-swift")],
            swiftSettings: strict
        ),
        .target(
            name: "ResumeLoadEngine",
            dependencies: ["ResumeLoad", "ResumeClient", "ResumeTransport", "ResumeWire", "ResumeProto", "ResumeCore", "CEpoll", "CResumeLoad"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "resume-load",
            dependencies: ["ResumeLoad", "ResumeLoadEngine", "ResumeTransport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),

        // MARK: Tests
        .target(
            name: "ResumeTestSupport",
            dependencies: ["ResumeDaemon", "ResumeClient", "ResumeData", "ResumeMigrations", "ResumePostgres", .product(name: "Logging", package: "swift-log")],
            path: "Tests/ResumeTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "ResumeCoreTests", dependencies: ["ResumeCore"], swiftSettings: strict),
        .testTarget(name: "ResumeAuthTests", dependencies: ["ResumeAuth", "ResumeCore", .product(name: "Crypto", package: "swift-crypto")], swiftSettings: strict),
        .testTarget(name: "ResumeRedactionTests", dependencies: ["ResumeRedaction", "ResumeTestSupport"], exclude: ["Corpus", "HeldOut", "Incoming"], swiftSettings: strict),
        .testTarget(name: "ResumeAnalysisTests", dependencies: ["ResumeAnalysis", "ResumeTestSupport"], exclude: ["Golden"], swiftSettings: strict),
        .testTarget(name: "ResumeCacheTests", dependencies: ["ResumeCache", "ResumeStores", "ResumeCore", .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        .testTarget(name: "ResumeProtoTests", dependencies: ["ResumeProto"], swiftSettings: strict),
        .testTarget(name: "ResumeWireTests", dependencies: ["ResumeWire"], swiftSettings: strict),
        .testTarget(
            name: "ResumePostgresTests",
            dependencies: ["ResumePostgres", "ResumeTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ResumeDataTests",
            dependencies: ["ResumeData", "ResumeMigrations", "ResumePostgres", "ResumeTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(name: "ResumePoolTests", dependencies: ["ResumePool", "ResumeTestSupport"], swiftSettings: strict),
        .testTarget(name: "ResumeReflectionTests", dependencies: ["ResumeReflection", "ResumeProto"], swiftSettings: strict),
        .testTarget(name: "ResumeTransportTests", dependencies: ["ResumeTransport", "ResumeTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ResumeServicesTests",
            dependencies: ["ResumeServices", "ResumeProto", "ResumePostgres", "ResumeTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ResumeDaemonTests",
            dependencies: ["ResumeDaemon", "ResumeClient", "ResumeReflection", "ResumeTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ResumeEndToEndTests",
            dependencies: ["ResumeClient", "ResumeProto", "ResumeAuth", "ResumePostgres", "ResumeTestSupport", "ResumeDaemon", "ResumeRedis", "ResumeCache"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ResumeRedisTests",
            dependencies: ["ResumeRedis", "ResumeTransport", "ResumeTestSupport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .testTarget(name: "ResumeServerTests", dependencies: ["ResumeServer", "ResumeClient", "ResumeTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ResumeLoadTests",
            dependencies: ["ResumeLoad", "ResumeProto", "ResumeWire", .product(name: "Histogram", package: "hdrhistogram-swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ResumeLoadEngineTests",
            dependencies: ["ResumeLoadEngine", "ResumeLoad", "ResumeClient", "ResumeProto", "ResumeTransport", "ResumeWire", "ResumeTestSupport"],
            swiftSettings: strict
        ),
    ]
)

// MARK: Fuzzing (scripts/fuzz)
// libFuzzer targets, declared only when RESUMED_FUZZ=1 (scripts/fuzz sets it).
// Each is an executable whose sources define LLVMFuzzerTestOneInput and have
// no top-level code; `--sanitize fuzzer` links libFuzzer's `main` into it.
// Without that flag they would still link (Swift gives each an empty `main`)
// into programs that do nothing and exit 0, so plain `swift build` and
// `swift test` leave them out rather than build what could pass for a fuzzer.
if Context.environment["RESUMED_FUZZ"] == "1" {
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        ("fuzz-frame-decoder", ["ResumeWire"]),
        ("fuzz-request-frame", ["ResumeWire", "ResumeProto", "ResumeServer", "ResumeServices", "ResumeStores", "ResumeAuth",
                                "ResumeCore", "ResumeRedaction", .product(name: "Logging", package: "swift-log")]),
        ("fuzz-redactor", ["ResumeRedaction"]),
        ("fuzz-analyzer", ["ResumeAnalysis"]),
        ("fuzz-tokens", ["ResumeAuth", "ResumeCore", "ResumeStores", "ResumeWire"]),
    ]
    package.targets.append(.target(name: "FuzzSupport", path: "Sources/Fuzz/support", swiftSettings: strict))
    for t in fuzzTargets {
        package.products.append(.executable(name: t.name, targets: [t.name]))
        package.targets.append(.executableTarget(
            name: t.name, dependencies: ["FuzzSupport"] + t.dependencies,
            path: "Sources/Fuzz/\(t.name.dropFirst("fuzz-".count))", swiftSettings: strict))
    }
}
