import ResumeCore
import ResumeProto
import ResumeWire

extension AdminService {
    /// The daemon's statistics in the Prometheus text format (0.0.4): the
    /// same sources `GetStats` reads (`CallStatistics` and the daemon's
    /// snapshot), so the two never disagree.
    public func prometheusText() -> String {
        var out = PrometheusText()
        let entries = calls.snapshot
        out.family("resumed_calls_total", type: "counter", help: "Calls answered, by method and status code.")
        for e in entries { out.sample("resumed_calls_total", ["method": e.method, "code": e.code.name], Double(e.calls)) }
        out.family("resumed_call_duration_seconds", type: "histogram", help: "Time from a call's arrival to its answer.")
        for e in entries {
            var cumulative: UInt64 = 0
            for (i, bound) in CallStatistics.boundsMicroseconds.enumerated() {
                cumulative += e.buckets[i]
                out.sample("resumed_call_duration_seconds_bucket", ["method": e.method, "code": e.code.name, "le": PrometheusText.number(Double(bound) / 1e6)],
                           Double(cumulative))
            }
            out.sample("resumed_call_duration_seconds_bucket", ["method": e.method, "code": e.code.name, "le": "+Inf"], Double(e.calls))
            out.sample("resumed_call_duration_seconds_sum", ["method": e.method, "code": e.code.name], Double(e.latencySumMicroseconds) / 1e6)
            out.sample("resumed_call_duration_seconds_count", ["method": e.method, "code": e.code.name], Double(e.calls))
        }
        let now = snapshot()
        out.gauge("resumed_connections_open", "Client connections open.", Double(now.connectionsOpen))
        out.gauge("resumed_calls_in_flight", "Calls received and not answered yet.", Double(now.callsInFlight))
        out.gauge("resumed_uptime_seconds", "Seconds since the daemon started.", Double(MonotonicClock.nanoseconds() &- startedAt) / 1e9)
        let b = now.budgets
        out.gauge("resumed_output_buffered_bytes", "Unsent response bytes across all connections.", Double(b.outputBytes))
        out.gauge("resumed_output_budget_bytes", "The server-wide budget for unsent response bytes.", Double(b.outputLimit))
        out.gauge("resumed_input_buffered_bytes", "Bytes of incomplete request frames across all connections.", Double(b.inputBytes))
        out.gauge("resumed_input_budget_bytes", "The server-wide budget for incomplete request frames.", Double(b.inputLimit))
        out.family("resumed_connections_shed_total", type: "counter", help: "Connections shed because a budget ran out.")
        out.sample("resumed_connections_shed_total", ["budget": "output"], Double(b.outputSheds))
        out.sample("resumed_connections_shed_total", ["budget": "input"], Double(b.inputSheds))
        out.family("resumed_lane_queued", type: "gauge", help: "Jobs waiting for a work lane's thread.")
        for l in now.lanes { out.sample("resumed_lane_queued", ["lane": l.name], Double(l.queued)) }
        out.family("resumed_lane_running", type: "gauge", help: "Jobs running on a work lane.")
        for l in now.lanes { out.sample("resumed_lane_running", ["lane": l.name], Double(l.running)) }
        out.family("resumed_lane_queue_limit", type: "gauge", help: "Jobs that may wait for a work lane at most.")
        for l in now.lanes { out.sample("resumed_lane_queue_limit", ["lane": l.name], Double(l.maxQueued)) }
        let db = now.database
        for (name, help, value) in [("open", "Database connections open.", db.open), ("in_use", "Database connections running statements.", db.inUse),
                                    ("idle", "Database connections idle.", db.idle), ("waiting", "Requests waiting for a database connection.", db.waiting)] {
            out.gauge("resumed_db_connections_\(name)", help, Double(value))
        }
        for (name, help, value) in [("statements", "Statements sent to PostgreSQL.", db.statements), ("batches", "Pipelined batches sent.", db.batches),
                                    ("checkout_timeouts", "Requests that waited past their deadline for a connection.", db.checkoutTimeouts),
                                    ("opened", "Database connections opened.", db.opened), ("replaced", "Database connections replaced.", db.replaced)] {
            out.family("resumed_db_\(name)_total", type: "counter", help: help)
            out.sample("resumed_db_\(name)_total", [:], Double(value))
        }
        out.family("resumed_cache_events_total", type: "counter", help: "Cache events by policy: hits, misses, errors, sets, invalidations, near hits, evictions.")
        for p in now.cache {
            for (event, value) in [("hit", p.hits), ("miss", p.misses), ("error", p.errors), ("set", p.sets), ("invalidation", p.invalidations),
                                   ("near_hit", p.nearHits), ("eviction", p.evictions)] {
                out.sample("resumed_cache_events_total", ["policy": p.policy, "event": event], Double(value))
            }
        }
        out.family("resumed_cache_breaker_open", type: "gauge", help: "1 while a policy's Redis circuit breaker is not closed.")
        for p in now.cache { out.sample("resumed_cache_breaker_open", ["policy": p.policy, "state": p.breakerState], p.breakerState == "closed" ? 0 : 1) }
        return out.text
    }
}

/// Builds the Prometheus text exposition format: `# HELP`, `# TYPE`, then
/// samples with escaped label values.
struct PrometheusText {
    private(set) var text = ""

    mutating func family(_ name: String, type: String, help: String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
    }

    mutating func gauge(_ name: String, _ help: String, _ value: Double) {
        family(name, type: "gauge", help: help)
        sample(name, [:], value)
    }

    mutating func sample(_ name: String, _ labels: [String: String], _ value: Double) {
        text += name
        if !labels.isEmpty {
            text += "{" + labels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\(Self.escape($0.value))\"" }.joined(separator: ",") + "}"
        }
        text += " " + Self.number(value) + "\n"
    }

    /// A label value with `\`, `"` and newlines escaped.
    static func escape(_ value: String) -> String {
        var out = ""
        for c in value.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A sample value: integers without a fraction, others as Swift prints them.
    static func number(_ value: Double) -> String {
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value.isNaN { return "NaN" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
