extension LoadReport {
    /// The report as one JSON object, ghz-like and stable: fields keep their
    /// names and meaning within `schema` `resume-load.report.v1` (README,
    /// "Load testing", lists them). Durations are integer nanoseconds (`_ns`).
    public func json(failOn: [FailCondition] = []) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("schema", "resume-load.report.v1")
        w.beginObject("options")
        w.string("server", options.server)
        w.string("scenario", options.scenario.rawValue)
        if let mix = options.mix {
            w.beginObject("mix")
            for e in mix.entries { w.int(e.scenario.rawValue, e.weight) }
            w.endObject()
        } else {
            w.null("mix")
        }
        w.int("connections", options.connections)
        w.int("in_flight", options.inFlight)
        w.int("threads", threads)
        if let rate = options.rate { w.number("rate", rate, decimals: 3) } else { w.null("rate") }
        if let d = options.effectiveDurationNanoseconds { w.int("duration_ns", d) } else { w.null("duration_ns") }
        if let r = options.requests { w.int("requests", r) } else { w.null("requests") }
        w.int("warmup_ns", options.warmupNanoseconds)
        w.int("timeout_ms", options.timeoutMilliseconds)
        w.int("payload_bytes", options.payloadBytes)
        w.int("resumes", options.resumes)
        w.int("jobs", options.jobs)
        w.int("text_bytes", options.textBytes)
        w.int("seed", options.seed)
        w.endObject()
        w.int("count", count)
        w.int("ok", ok)
        w.int("errors", errors)
        w.number("error_rate", errorRate, decimals: 6)
        w.int("total_ns", measuredNanoseconds)
        w.number("rps", rps, decimals: 2)
        w.int("unsent", unsent)
        w.int("warmup_calls", warmupCalls)
        w.int("late_answers", lateAnswers)
        w.int("harness_cpu_ns", harnessCPUNanoseconds)
        w.number("harness_cpu_ns_per_call", harnessCPUNanosecondsPerCall, decimals: 1)
        Self.writeLatency(&w, "latency_ns", latency)
        w.beginArray("latency_distribution")
        for p in latency.percentiles {
            w.beginObject()
            w.number("percentage", p.percentage, decimals: 2)
            w.int("latency_ns", p.nanoseconds)
            w.endObject()
        }
        w.endArray()
        w.beginArray("histogram")
        for b in histogram {
            w.beginObject()
            w.int("mark_ns", b.upperBoundNanoseconds)
            w.int("count", b.count)
            w.number("frequency", b.fraction, decimals: 6)
            w.endObject()
        }
        w.endArray()
        Self.writeStatuses(&w, statusCounts)
        w.beginArray("scenarios")
        for s in scenarios {
            w.beginObject()
            w.string("name", s.scenario.rawValue)
            w.int("count", s.count)
            w.int("errors", s.errors)
            Self.writeLatency(&w, "latency_ns", s.latency)
            Self.writeStatuses(&w, s.statusCounts)
            w.int("cache_hits", s.cacheHits)
            w.int("cache_misses", s.cacheMisses)
            w.endObject()
        }
        w.endArray()
        w.beginArray("fail_on")
        for c in failOn {
            w.beginObject()
            w.string("condition", c.text)
            w.bool("breached", c.isBreached(by: self))
            w.string("explanation", c.explain(self))
            w.endObject()
        }
        w.endArray()
        w.beginArray("warnings")
        for note in warnings { w.string(nil, note) }
        w.endArray()
        w.string("setup", setupSummary)
        w.endObject()
        return w.text + "\n"
    }

    private static func writeLatency(_ w: inout JSONWriter, _ key: String, _ l: Latency) {
        w.beginObject(key)
        w.int("min", l.min)
        w.int("mean", l.mean)
        w.int("p50", l.p50)
        w.int("p90", l.p90)
        w.int("p99", l.p99)
        w.int("p99_9", l.p99_9)
        w.int("p99_99", l.p99_99)
        w.int("max", l.max)
        w.endObject()
    }

    private static func writeStatuses(_ w: inout JSONWriter, _ statuses: [(name: String, count: UInt64)]) {
        w.beginObject("status_code_distribution")
        for s in statuses { w.int(s.name, s.count) }
        w.endObject()
    }
}
