import ResumeCore
import Testing

@Suite struct NearCacheTests {
    @Test func theLeastRecentlyUsedGoFirst() {
        var c = NearCache<String, Int>(maxEntries: 3, maxBytes: 1_000)
        for (i, k) in ["a", "b", "c"].enumerated() { c.set(k, i, bytes: 1, ttl: 100, now: 0) }
        #expect(c.get("a", now: 1) == 0) // a is now the most recent
        c.set("d", 3, bytes: 1, ttl: 100, now: 1)
        do { let ok = c.get("b", now: 1) == nil; #expect(ok) }
        do { let ok = c.get("a", now: 1) == 0 && c.get("c", now: 1) == 2 && c.get("d", now: 1) == 3; #expect(ok) }
        #expect(c.count == 3 && c.evictions == 1)
    }

    @Test func bytesAreBoundedToo() {
        var c = NearCache<Int, String>(maxEntries: 100, maxBytes: 10)
        c.set(1, "x", bytes: 4, ttl: 100, now: 0)
        c.set(2, "y", bytes: 4, ttl: 100, now: 0)
        c.set(3, "z", bytes: 4, ttl: 100, now: 0)
        do { let ok = c.bytes == 8 && c.count == 2 && c.get(1, now: 0) == nil; #expect(ok) }
        c.set(4, "too big", bytes: 11, ttl: 100, now: 0)
        do { let ok = c.get(4, now: 0) == nil && c.count == 2; #expect(ok) }
    }

    @Test func entriesExpire() {
        var c = NearCache<Int, Int>(maxEntries: 10, maxBytes: 10)
        c.set(1, 1, bytes: 1, ttl: 50, now: 100)
        do { let ok = c.get(1, now: 149) == 1; #expect(ok) }
        do { let ok = c.get(1, now: 150) == nil; #expect(ok) }
        #expect(c.count == 0 && c.bytes == 0)
    }

    @Test func replacingAndRemovingKeepTheAccountsRight() {
        var c = NearCache<Int, Int>(maxEntries: 10, maxBytes: 100)
        c.set(1, 1, bytes: 10, ttl: 50, now: 0)
        c.set(1, 2, bytes: 20, ttl: 50, now: 0)
        do { let ok = c.bytes == 20 && c.count == 1 && c.get(1, now: 0) == 2; #expect(ok) }
        for k in 2...5 { c.set(k, k, bytes: 1, ttl: 50, now: 0) }
        do { let ok = c.removeAll { k, _ in k % 2 == 0 } == 2; #expect(ok) }
        #expect(c.count == 3 && c.bytes == 22)
        do { let ok = c.remove(3) && !c.remove(3); #expect(ok) }
        c.removeAll()
        do { let ok = c.count == 0 && c.bytes == 0 && c.get(1, now: 0) == nil; #expect(ok) }
        c.set(9, 9, bytes: 1, ttl: 50, now: 0)
        do { let ok = c.get(9, now: 0) == 9; #expect(ok, "usable after removeAll") }
    }
}
