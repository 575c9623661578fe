/// A bounded in-process LRU cache with a TTL per entry: at most
/// `maxEntries` entries and `maxBytes` bytes (as the caller weighs them);
/// the least recently used go first. Not thread-safe: its owner confines it
/// (the cache layer keeps it behind a lock).
public struct NearCache<Key: Hashable, Value> {
    private final class Node {
        let key: Key
        var value: Value
        var bytes: Int
        var expiresAt: UInt64
        var previous: Node?
        var next: Node?
        init(key: Key, value: Value, bytes: Int, expiresAt: UInt64) {
            self.key = key
            self.value = value
            self.bytes = bytes
            self.expiresAt = expiresAt
        }
    }

    public let maxEntries: Int
    public let maxBytes: Int
    private var nodes: [Key: Node] = [:]
    private var newest: Node?
    private var oldest: Node?
    /// Bytes held now.
    public private(set) var bytes = 0
    /// Entries dropped to make room (for statistics).
    public private(set) var evictions = 0

    public init(maxEntries: Int, maxBytes: Int) {
        precondition(maxEntries >= 1 && maxBytes >= 1)
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    /// Entries held now.
    public var count: Int { nodes.count }

    /// The value for `key` if present and not expired at `now` (it becomes the most recent).
    public mutating func get(_ key: Key, now: UInt64) -> Value? {
        guard let node = nodes[key] else { return nil }
        guard now < node.expiresAt else {
            remove(node)
            return nil
        }
        moveToFront(node)
        return node.value
    }

    /// Stores `value` for `ttl` nanoseconds from `now`, weighing `bytes`; an
    /// entry bigger than the whole cache is not kept.
    public mutating func set(_ key: Key, _ value: Value, bytes: Int, ttl: UInt64, now: UInt64) {
        if let old = nodes[key] { remove(old) }
        guard bytes <= maxBytes else { return }
        let node = Node(key: key, value: value, bytes: bytes, expiresAt: now &+ ttl)
        nodes[key] = node
        self.bytes += bytes
        node.next = newest
        newest?.previous = node
        newest = node
        if oldest == nil { oldest = node }
        while nodes.count > maxEntries || self.bytes > maxBytes, let victim = oldest {
            remove(victim)
            evictions += 1
        }
    }

    /// Drops `key`; returns whether it was held.
    @discardableResult
    public mutating func remove(_ key: Key) -> Bool {
        guard let node = nodes[key] else { return false }
        remove(node)
        return true
    }

    /// Drops every entry `matching` says to; returns how many.
    @discardableResult
    public mutating func removeAll(where matching: (Key, Value) -> Bool) -> Int {
        var dropped = 0
        var node = newest
        while let n = node {
            node = n.next
            if matching(n.key, n.value) {
                remove(n)
                dropped += 1
            }
        }
        return dropped
    }

    /// Drops everything.
    public mutating func removeAll() {
        var node = newest
        while let n = node {
            node = n.next
            n.previous = nil
            n.next = nil
        }
        nodes.removeAll()
        newest = nil
        oldest = nil
        bytes = 0
    }

    private mutating func remove(_ node: Node) {
        nodes[node.key] = nil
        bytes -= node.bytes
        if let p = node.previous { p.next = node.next } else { newest = node.next }
        if let n = node.next { n.previous = node.previous } else { oldest = node.previous }
        node.previous = nil
        node.next = nil
    }

    private mutating func moveToFront(_ node: Node) {
        guard newest !== node else { return }
        if let p = node.previous { p.next = node.next }
        if let n = node.next { n.previous = node.previous } else { oldest = node.previous }
        node.previous = nil
        node.next = newest
        newest?.previous = node
        newest = node
    }
}
