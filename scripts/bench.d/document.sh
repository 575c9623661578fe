# Sourced by scripts/bench: writes docs/BENCHMARKS.md (the machine, the settings,
# the goals and where resumed stands, then the whole report) and
# docs/benchmarks.json (every median, for comparing a later run).

# GOAL-TEXT MEASURED-RATIO THRESHOLD: a row of the goals table (met when measured >= threshold).
goal_row() {
  local met="not met"
  [ -n "$2" ] && [ "$2" != n/a ] && awk -v a="$2" -v b="$3" 'BEGIN {exit !(a >= b)}' && met=met
  [ -z "$2" ] || [ "$2" = n/a ] && met="not measured"
  printf '| %s | %s | %s |\n' "$1" "${2:-n/a}" "$met"
}

write_benchmarks_md() { # REPORT-FILE
  local report=$1 doc=docs/BENCHMARKS.md json=docs/benchmarks.json
  local cpu_model mem kernel swift_v pg_v redis_v
  cpu_model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  mem=$(awk '/^MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
  kernel=$(uname -r)
  swift_v=$(swift --version 2>/dev/null | head -n 1)
  pg_v=$("$pg/postgres" --version)
  redis_v=$(redis-server --version | awk '{print $3}')
  {
    printf '# Benchmarks\n\n'
    printf 'Written by `scripts/bench` on %s; every figure below is from that one run, each pair measured\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'on the same machine in the same run (the machine is shared and noisy: ratios and medians, not absolute numbers,\n'
    printf 'are what carry over). Rerun with `scripts/bench [ROUNDS] [SECONDS]`; `BENCH_SCALING=0` skips the scaling part.\n\n'
    printf '## Machine and settings\n\n'
    printf -- '- %s, %s cores, %s, Linux %s\n' "$cpu_model" "$(nproc)" "$mem" "$kernel"
    printf -- '- %s; %s; redis-server %s\n' "$swift_v" "$pg_v" "$redis_v"
    printf -- '- resumed release build, started as `resumed --listen 127.0.0.1:%s %s` (defaults otherwise: `resumed --print-settings`)\n' "$port" "${daemon_flags[*]}"
    printf -- '- clients: `scripts/bench.d/loadgen.c` (one epoll thread) for resumed and redis alike; pgbench for PostgreSQL\n\n'
    printf '## Goals\n\n| goal | measured (ours / theirs) | |\n|---|---|---|\n'
    goal_row "Echo ≥ 1.0 × redis PING, 50 connections × 1" "$(ratio "$(m echo1 rps)" "$(m redis1 rps)")" 1.0
    goal_row "Echo ≥ 1.0 × redis PING, 50 connections × 8" "$(ratio "$(m echo8 rps)" "$(m redis8 rps)")" 1.0
    goal_row "Echo CPU per call ≤ 1.1 × redis' (50×1; shown: redis' / ours, goal ≥ 0.91)" "$(ratio "$(m redis1 cpu)" "$(m echo1 cpu)")" 0.91
    goal_row "GetResume ≥ 0.8 × pgbench -S (20 clients)" "$(ratio "$(m get rps)" "$(m pg rps)")" 0.8
    goal_row "AnalyzeResume, near cache warm, ≥ 0.8 × redis GET of the same bytes" "$(ratio "$(m analyze rps)" "$(m redisget rps)")" 0.8
    if [ "$scaling" = 1 ]; then
      goal_row "Echo at 1,024 connections within 20% of 64 (1,024 / 64)" "$(ratio "$(m conn1024 rps)" "$(m conn64 rps)")" 0.8
      goal_row "10,000 concurrent connections held (Echo calls/s at 10,000)" "$(m conn10000 rps)" 1
      goal_row "RSS with 10,000 idle connections ≤ 150 MB (150 / MB measured)" "$(ratio 150 "$((scale_idle_rss / 1024))")" 1.0
    fi
    if [ "$scaling" = 1 ]; then
      printf '\n![Latency by percentile](bench-latency.png)\n\n![Throughput against connections](bench-connections.png)\n'
    fi
    printf '\n'
    cat scripts/bench.d/shortfalls.md
    printf '\n## Results\n'
    cat "$report"
  } >"$doc"
  {
    printf '{\n  "written": "%s",\n  "machine": {"cpu": "%s", "cores": %s, "kernel": "%s"},\n' \
      "$(date -u '+%Y-%m-%dT%H:%M:%SZ')" "$cpu_model" "$(nproc)" "$kernel"
    printf '  "rounds": %s, "seconds": %s, "scaling_seconds": %s,\n  "medians": {' "$rounds" "$seconds" "${scale_seconds:-0}"
    local first=1 key
    for key in $(printf '%s\n' "${!M[@]}" | tr ' ' '.' | sort); do
      local value; value=$(median "${key%%.*}" "${key#*.}")
      [ -n "$value" ] || continue
      [ $first = 1 ] || printf ','
      printf '\n    "%s": %s' "$key" "$value"
      first=0
    done
    printf '\n  }\n}\n'
  } >"$json"
  log "wrote $doc and $json"
}
