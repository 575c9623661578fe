import Logging
import ResumeCore
import ResumeStores
import Synchronization

/// Deletes expired idempotency keys and over authentication-failure
/// windows: every `intervalSeconds` (default 60), in batches of
/// `batch` rows (one statement each, 10 s deadline) until a batch comes back
/// short, so each statement holds the database briefly and a round keeps up
/// with whatever expired (`maxBatches`, 10,000 a round, only bounds one round).
/// Every daemon runs one; they delete disjoint rows or nothing.
final class ExpiryPurge: Sendable {
    let store: any GuardStore
    let authenticationWindowSeconds: Int
    let logger: Logger
    let intervalSeconds: UInt64
    let batch = 1_000
    let maxBatches = 10_000
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(store: any GuardStore, authenticationWindowSeconds: Int, logger: Logger, intervalSeconds: UInt64 = 60) {
        self.store = store
        self.authenticationWindowSeconds = authenticationWindowSeconds
        self.logger = logger
        self.intervalSeconds = intervalSeconds
    }

    func start() {
        let interval = intervalSeconds, batch = self.batch, maxBatches = self.maxBatches
        let store = self.store, authenticationWindowSeconds = self.authenticationWindowSeconds, logger = self.logger
        task.withLock { current in
            current?.cancel()
            current = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(interval))
                    if Task.isCancelled { return }
                    for _ in 0..<maxBatches {
                        do {
                            let deleted = try await store.purgeExpired(limit: batch, authenticationWindowSeconds: authenticationWindowSeconds,
                                                                       context: .administrative("expiry-purge", seconds: 10))
                            if deleted < batch { break }
                        } catch {
                            logger.warning("deleting expired idempotency keys failed", metadata: ["cause": "\(error)"])
                            break
                        }
                    }
                }
            }
        }
    }

    func stop() {
        task.withLock { $0?.cancel(); $0 = nil }
    }
}
