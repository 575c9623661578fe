# Sourced by scripts/bench: resume-load, the project's harness, on the same
# calls as loadgen, so its figures and its own CPU per call stand beside the
# lean client's (what a user's resume-load run costs the machine it runs on).

harness_rows=("echo1|echo|50|1|Echo 50×1" "echo8|echo|50|8|Echo 50×8" "get|get-resume|20|1|GetResume 20×1" "analyze|analyze-cached|50|1|AnalyzeResume cached 50×1")

harness_measure() {
  log "building resume-load (release)"
  swift build -c release --product resume-load >/dev/null
  local harness r key scenario c d label
  harness=$(swift build -c release --show-bin-path)/resume-load
  log "resume-load beside loadgen (${scale_seconds} s each)"
  for r in "${harness_rows[@]}"; do
    IFS='|' read -r key scenario c d label <<<"$r"
    "$harness" --server "127.0.0.1:$port" --scenario "$scenario" --connections "$c" --in-flight "$d" \
      --duration "${scale_seconds}s" --warmup 500ms --payload-bytes 40 --service-token-file "$RESUMED_SERVICE_TOKENS_FILE" \
      --cleanup --format json >"$work/harness-$key.json" 2>"$work/harness-$key.err" \
      || { cat "$work/harness-$key.err" >&2; fail "resume-load $scenario failed"; }
    read -r rps p50 p99 cpu < <(/usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
l = r["latency_ns"]
print(r["rps"], l["p50"] / 1000, l["p99"] / 1000, r["harness_cpu_ns_per_call"] / 1000)' "$work/harness-$key.json")
    add "h$key" rps "$rps"; add "h$key" p50 "$p50"; add "h$key" p99 "$p99"; add "h$key" cpu "$cpu"
  done
}

harness_report() {
  local r key scenario c d label
  printf '\n### resume-load beside loadgen\n\nThe same calls driven by the harness (one epoll thread per core) and by loadgen (one thread); client CPU per call from /proc (the harness reports its own).\n\n'
  printf '| call | resume-load calls/s | p50 / p99 µs | resume-load CPU µs/call | loadgen calls/s | p50 / p99 µs |\n|---|---|---|---|---|---|\n'
  for r in "${harness_rows[@]}"; do
    IFS='|' read -r key scenario c d label <<<"$r"
    printf '| %s | %s | %s / %s | %s | %s | %s / %s |\n' "$label" "$(num "$(m "h$key" rps)" 0)" "$(num "$(m "h$key" p50)" 0)" \
      "$(num "$(m "h$key" p99)" 0)" "$(num "$(m "h$key" cpu)" 1)" "$(num "$(m "$key" rps)" 0)" "$(num "$(m "$key" p50)" 0)" "$(num "$(m "$key" p99)" 0)"
  done
}
