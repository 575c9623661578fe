#if canImport(Glibc)
import Glibc
#endif
import ResumeCore
import ResumeProto
import ResumeTestSupport
import ResumeTransport
import ResumeWire
import Testing

/// The daemon as a process of its own under clients that pipeline large calls and never read:
/// its resident memory stays within the budgets while they attack, and falls back near where
/// it started once they are gone (glibc keeps freed memory unless the daemon tells it not to).
/// Serialized and off the cooperative pool: each test waits synchronously (sockets, resident
/// size) for seconds, and two such waits held both of the pool's threads on a 2-core machine,
/// stalling every async test meanwhile ("database unavailable", Redis timeouts in CI).
@Suite(.serialized, .onOwnExecutor) struct MemoryReturnTests {
    static let mib = 1024 * 1024

    @Test func residentMemoryIsBoundedDuringAnAttackAndReturnedAfterIt() throws {
        let budget = 64 * Self.mib
        let daemon = try DaemonProcess(redisURL: try TestEnvironment.redisURL(),
                                       arguments: ["--output-budget-bytes", "\(budget)", "--input-budget-bytes", "\(16 * Self.mib)"])
        // Warm the daemon up (threads, caches, a few large frames) before taking its baseline.
        let warm = try RawWireClient(.unix(path: daemon.socketPath))
        for i in 1...8 {
            try warm.echo(UInt64(i), String(repeating: "w", count: Self.mib))
            _ = try warm.readFrame()
        }
        let baseline = try #require(daemon.residentBytes)

        // 24 clients each send 12 Echo calls of 1 MiB (288 MiB of answers between them) and never read.
        let attack = try RawWireClient.echoFrames(count: 12, payloadBytes: Self.mib)
        var attackers = try (0..<24).map { _ in try RawWireClient(.unix(path: daemon.socketPath)) }
        var offsets = [Int](repeating: 0, count: attackers.count)
        var peak = baseline, quietRounds = 0
        let until = Deadline.after(milliseconds: 30_000)
        // Until every socket has stopped taking bytes for 25 rounds: the daemon stopped reading them or shed them.
        while quietRounds < 25 && offsets.contains(where: { $0 < attack.count }) && !until.hasPassed() {
            var progressed = false
            for (i, a) in attackers.enumerated() where offsets[i] < attack.count {
                let sent = a.push(attack, from: offsets[i])
                progressed = progressed || sent != offsets[i]
                offsets[i] = sent
            }
            peak = max(peak, daemon.residentBytes ?? 0)
            if progressed {
                quietRounds = 0
            } else {
                quietRounds += 1
                _ = poll(nil, 0, 20) // pace the rounds; their count is what ends the loop
            }
        }
        peak = max(peak, daemon.residentBytes ?? 0)
        // Both budgets, the frames being decoded and answered at the moment, and slack for the runtime.
        let bound = baseline + budget + 16 * Self.mib + 96 * Self.mib
        #expect(peak <= bound, "resident \(peak / Self.mib) MiB at the peak: baseline \(baseline / Self.mib) MiB, bound \(bound / Self.mib) MiB")

        attackers.removeAll()
        // The daemon notices the closed sockets and frees what they held; wait for its memory, not for a time.
        let target = baseline + 32 * Self.mib
        var now = daemon.residentBytes ?? 0
        let settle = Deadline.after(milliseconds: 20_000)
        while now > target && !settle.hasPassed() {
            // Each call passes through the daemon's loop, which frees and trims after a shed.
            let probe = try RawWireClient(.unix(path: daemon.socketPath))
            try probe.echo(1, "probe")
            _ = try probe.readFrame()
            _ = poll(nil, 0, 50)
            now = daemon.residentBytes ?? 0
        }
        #expect(now <= target, "resident \(now / Self.mib) MiB after the attack against \(baseline / Self.mib) MiB before it (peak \(peak / Self.mib) MiB)")
    }

    @Test func idleConnectionsKeepNoLargeBuffers() throws {
        let daemon = try DaemonProcess(redisURL: try TestEnvironment.redisURL())
        let warm = try RawWireClient(.unix(path: daemon.socketPath))
        for i in 1...4 {
            try warm.echo(UInt64(i), String(repeating: "w", count: Self.mib))
            _ = try warm.readFrame()
        }
        let baseline = try #require(daemon.residentBytes)
        // 48 connections each make one 1 MiB Echo and then stay open, idle: each grew a 1 MiB
        // input and output buffer for it, 96 MiB between them if they were kept.
        let payload = String(repeating: "i", count: Self.mib)
        let idle = try (0..<48).map { _ in try RawWireClient(.unix(path: daemon.socketPath)) }
        for connection in idle {
            try connection.echo(1, payload)
            #expect(try connection.readFrame().payload.count > Self.mib)
        }
        let resident = try #require(daemon.residentBytes)
        #expect(resident <= baseline + 32 * Self.mib,
                "resident \(resident / Self.mib) MiB with 48 idle connections against \(baseline / Self.mib) MiB before them")
        withExtendedLifetime(idle) {}
    }

    @Test func waveAfterWaveOfConnectionsLeavesNoHeapBehind() throws {
        // 2,000 sockets at once need more descriptors than a test process gets by default.
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        let wanted = rlim_t(4_096)
        if limit.rlim_cur < wanted && limit.rlim_max >= wanted {
            limit.rlim_cur = wanted
            setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
        let daemon = try DaemonProcess(redisURL: try TestEnvironment.redisURL())
        let warm = try RawWireClient(.unix(path: daemon.socketPath))
        try warm.echo(1, "warm")
        _ = try warm.readFrame()
        let baseline = try #require(daemon.residentBytes)
        // Each wave: 1,500 connections each make one Echo call, then all close. Without a trim
        // after such a wave, every one left ~4 KB of heap behind (84, 125, 167 MB after three
        // waves of 10,000 in a release build).
        for wave in 1...3 {
            var connections: [RawWireClient] = []
            for _ in 0..<1_500 {
                // One at a time: a burst of connects overflows the listen backlog of a loaded daemon.
                let c = try RawWireClient(.unix(path: daemon.socketPath))
                try c.echo(1, "wave \(wave)")
                _ = try c.readFrame()
                connections.append(c)
            }
            connections.removeAll()
            let target = baseline + 12 * Self.mib
            var now = daemon.residentBytes ?? 0
            let settle = Deadline.after(milliseconds: 15_000)
            while now > target && !settle.hasPassed() {
                try warm.echo(2, "probe")
                _ = try warm.readFrame()
                _ = poll(nil, 0, 100) // pace the probes; the resident size is what ends the wait
                now = daemon.residentBytes ?? 0
            }
            #expect(now <= target, "after wave \(wave): resident \(now / Self.mib) MiB against \(baseline / Self.mib) MiB before the first")
        }
    }
}
