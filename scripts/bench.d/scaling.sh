# Sourced by scripts/bench after the paired runs: how resumed scales with
# connections, payload size and table size, and what idle connections cost.
# Uses scripts/bench's loadgen, measure_loadgen, M and friends. One run of
# $scale_seconds per point (BENCH_SCALING_SECONDS, default 3).
#
#   Echo 50 B at 1, 16, 64, 256, 1024, 10000 connections (depth 1), redis PING beside it;
#   Echo of 64 B, 4 KiB, 64 KiB, 1 MiB at 50x1, redis GET of a value of the same size beside it;
#   GetResume and ListResumes 20x1 with 10k and then 1M resumes in the table (bulk-loaded with SQL
#     into a database of their own, resumed_scale, served by a second resumed), and the list
#     query's plan;
#   resumed's resident memory with 10,000 idle connections open.

scale_seconds=${BENCH_SCALING_SECONDS:-3}
scale_connections=(1 16 64 256 1024 10000)
scale_payloads=(64 4096 65536 1048576)
scale_idle=${BENCH_IDLE_CONNECTIONS:-10000}
scale_pid=
scale_plan=
scale_rows=()

scaling_measure() {
  local c s
  # First, while the daemon has served only the paired runs' 50 connections: later runs leave
  # the heap fragmented (the 10,000-connection run left it at ~190 MB; see docs/BENCHMARKS.md).
  log "scaling: resumed's memory with $scale_idle idle connections"
  local out
  out=$(PYTHONPATH="$work/py" /usr/bin/python3 scripts/bench.d/scaling.py idle "127.0.0.1:$port" "$scale_idle" "$pid") \
    || fail "opening $scale_idle idle connections failed"
  read -r scale_idle_open scale_idle_before scale_idle_rss scale_idle_hwm <<<"$out"
  log "scaling: Echo and redis PING at ${scale_connections[*]} connections (${scale_seconds} s each)"
  # redis-server takes 10,000 clients by default, the bench's own connections included.
  local maxclients
  maxclients=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" CONFIG GET maxclients | sed -n 2p)
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" CONFIG SET maxclients 19000 >/dev/null || true
  for c in "${scale_connections[@]}"; do
    measure_loadgen "conn$c" resumed 0 echo 127.0.0.1 "$port" "$c" 1 "$scale_seconds"
    measure_loadgen "ping$c" redis 0 resp 127.0.0.1 "$REDIS_PORT" "$c" 1 "$scale_seconds"
  done
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" CONFIG SET maxclients "$maxclients" >/dev/null || true

  log "scaling: Echo and redis GET of ${scale_payloads[*]} bytes at 50x1"
  for s in "${scale_payloads[@]}"; do
    PYTHONPATH="$work/py" /usr/bin/python3 scripts/bench.d/scaling.py echo-frames "$s" "$work/echo$s.frames"
    head -c "$s" /dev/zero | tr '\0' x | redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -x SET "rb:bench:value$s" >/dev/null
    measure_loadgen "pay$s" resumed 0 frames "$work/echo$s.frames" 127.0.0.1 "$port" 50 1 "$scale_seconds"
    measure_loadgen "rget$s" redis 0 resp-get "rb:bench:value$s" 127.0.0.1 "$REDIS_PORT" 50 1 "$scale_seconds"
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" DEL "rb:bench:value$s" >/dev/null
  done

  scaling_tables
  scale_rss_after=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
}

# GetResume and ListResumes against a table of 10k, then 1M resumes.
scaling_tables() {
  local scale_db=resumed_scale scale_port=$((port + 1)) url target have
  url="${DATABASE_URL%/*}/$scale_db"
  # Afresh each run, so the first point really has 10k rows (loading 1M takes about a minute).
  "${pgenv[@]}" "$pg/psql" -q "${pgconn[@]}" -d postgres -c "drop database if exists $scale_db" -c "create database $scale_db"
  "$bin" --listen "127.0.0.1:$scale_port" --database-url "$url" --migrate --log-level warning \
    --max-connections 1000 >"$bench_dir/resumed-scale.log" 2>&1 &
  scale_pid=$!
  bg_pids+=("$scale_pid")
  for i in $(seq 1 300); do
    kill -0 "$scale_pid" 2>/dev/null || { tail -n 20 "$bench_dir/resumed-scale.log" >&2; fail "the second resumed exited during start-up"; }
    "$loadgen" echo 127.0.0.1 "$scale_port" 1 1 0 >/dev/null 2>&1 && break
    [ "$i" = 300 ] && fail "the second resumed did not answer on 127.0.0.1:$scale_port"
    sleep 0.1
  done
  mkdir -p "$work/scale"
  PYTHONPATH="$work/py" /usr/bin/python3 scripts/bench.d/setup.py setup --address "127.0.0.1:$scale_port" \
    --service-token-file "$RESUMED_SERVICE_TOKENS_FILE" --resumes 25 --out "$work/scale" >/dev/null \
    || fail "setting up the table-size data failed (above)"
  local sql=("${pgenv[@]}" "$pg/psql" -q "${pgconn[@]}" -d "$scale_db")
  for target in 10000 1000000; do
    have=$("${sql[@]}" -tAc "select count(*) from resumes")
    if [ "$have" -lt "$target" ]; then
      log "scaling: loading $((target - have)) resumes with SQL (the table holds $have)"
      PYTHONPATH="$work/py" /usr/bin/python3 scripts/bench.d/scaling.py bulk-sql $(( (target - have) / 1000 + 1 )) $((target - have)) \
        | "${sql[@]}" >/dev/null || fail "bulk-loading resumes failed"
    fi
    have=$("${sql[@]}" -tAc "select count(*) from resumes")
    scale_rows+=("$have")
    local row=t$target
    measure_loadgen "get$row" scale 1 frames "$work/scale/get.frames" 127.0.0.1 "$scale_port" 20 1 "$scale_seconds"
    measure_loadgen "list$row" scale 1 frames "$work/scale/list.frames" 127.0.0.1 "$scale_port" 20 1 "$scale_seconds"
  done
  local user; user=$(cat "$work/scale/user-id")
  scale_plan=$("${sql[@]}" -tAc "EXPLAIN SELECT x.id FROM resumes x WHERE x.user_id = '$user' ORDER BY x.created_at DESC, x.id DESC LIMIT 21" \
    | sed -n '2p' | sed 's/^ *-> *//; s/  (cost.*//')
  PYTHONPATH="$work/py" /usr/bin/python3 scripts/bench.d/setup.py cleanup --address "127.0.0.1:$scale_port" \
    --service-token-file "$RESUMED_SERVICE_TOKENS_FILE" --user-id-file "$work/scale/user-id" >/dev/null || true
  kill -TERM "$scale_pid" 2>/dev/null || true
  wait "$scale_pid" 2>/dev/null || true
}

scaling_report() {
  local c s t
  printf '\n### Scaling\n\nMedian of one %s s run per point. Echo carries 40 bytes; redis PING beside it, same generator.\n\n' "$scale_seconds"
  printf '| connections | Echo calls/s | p50 / p99 µs | daemon CPU µs/call | redis PING rt/s | p50 / p99 µs | ratio |\n|---|---|---|---|---|---|---|\n'
  for c in "${scale_connections[@]}"; do
    printf '| %s | %s | %s / %s | %s | %s | %s / %s | %s |\n' "$(num "$c" 0)" "$(num "$(m "conn$c" rps)" 0)" \
      "$(num "$(m "conn$c" p50)" 0)" "$(num "$(m "conn$c" p99)" 0)" "$(num "$(m "conn$c" cpu)" 1)" \
      "$(num "$(m "ping$c" rps)" 0)" "$(num "$(m "ping$c" p50)" 0)" "$(num "$(m "ping$c" p99)" 0)" \
      "$(ratio "$(m "conn$c" rps)" "$(m "ping$c" rps)")"
  done
  printf '\nThroughput at 1,024 connections is %s of that at 64 (goal: within 20%%).\n' \
    "$(ratio "$(m conn1024 rps)" "$(m conn64 rps)")"
  printf '\n| payload | Echo calls/s | p50 / p99 µs | daemon CPU µs/call | redis GET rt/s (same size) | p50 / p99 µs | ratio |\n|---|---|---|---|---|---|---|\n'
  for s in "${scale_payloads[@]}"; do
    printf '| %s B | %s | %s / %s | %s | %s | %s / %s | %s |\n' "$(num "$s" 0)" "$(num "$(m "pay$s" rps)" 0)" \
      "$(num "$(m "pay$s" p50)" 0)" "$(num "$(m "pay$s" p99)" 0)" "$(num "$(m "pay$s" cpu)" 1)" \
      "$(num "$(m "rget$s" rps)" 0)" "$(num "$(m "rget$s" p50)" 0)" "$(num "$(m "rget$s" p99)" 0)" \
      "$(ratio "$(m "pay$s" rps)" "$(m "rget$s" rps)")"
  done
  printf '\n| resumes in the table | GetResume 20×1 calls/s | p50 / p99 µs | daemon CPU µs/call | ListResumes 20×1 calls/s | p50 / p99 µs | daemon CPU µs/call |\n|---|---|---|---|---|---|---|\n'
  local i=0
  for t in 10000 1000000; do
    printf '| %s | %s | %s / %s | %s | %s | %s / %s | %s |\n' "$(num "${scale_rows[$i]:-}" 0)" "$(num "$(m "gett$t" rps)" 0)" \
      "$(num "$(m "gett$t" p50)" 0)" "$(num "$(m "gett$t" p99)" 0)" "$(num "$(m "gett$t" cpu)" 1)" "$(num "$(m "listt$t" rps)" 0)" \
      "$(num "$(m "listt$t" p50)" 0)" "$(num "$(m "listt$t" p99)" 0)" "$(num "$(m "listt$t" cpu)" 1)"
    i=$((i + 1))
  done
  printf '\nThe list query'"'"'s plan at %s rows: `%s`.\n' "$(num "${scale_rows[1]:-}" 0)" "$scale_plan"
  printf '\nIdle connections: with %s connections open (each made one Echo call), resumed'"'"'s resident memory was %s MB (%s MB before them; peak so far %s MB; goal ≤ 150 MB).\n' \
    "$(num "$scale_idle_open" 0)" "$(num "$((scale_idle_rss / 1024))" 0)" "$(num "$((scale_idle_before / 1024))" 0)" "$(num "$((scale_idle_hwm / 1024))" 0)"
  printf 'After all the scaling runs (10,000 connections, 1 MiB payloads) resumed held %s MB.\n' "$(num "$((scale_rss_after / 1024))" 0)"
}
