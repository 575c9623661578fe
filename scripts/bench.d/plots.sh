# Sourced by scripts/bench: the pictures docs/BENCHMARKS.md embeds, drawn with gnuplot.
#   docs/bench-latency.png      latency distribution (HdrHistogram percentile plot, log scale):
#                               resumed Echo vs redis PING at 50x1 and 50x8, GetResume 20x1
#   docs/bench-connections.png  calls/s against connections, resumed Echo and redis PING

plots_measure() {
  log "plots: latency distributions (${scale_seconds} s runs with loadgen recording percentiles)"
  LOADGEN_PERCENTILES="$work/pct-echo1" "$loadgen" echo 127.0.0.1 "$port" 50 1 "$scale_seconds" >/dev/null
  LOADGEN_PERCENTILES="$work/pct-ping1" "$loadgen" resp 127.0.0.1 "$REDIS_PORT" 50 1 "$scale_seconds" >/dev/null
  LOADGEN_PERCENTILES="$work/pct-echo8" "$loadgen" echo 127.0.0.1 "$port" 50 8 "$scale_seconds" >/dev/null
  LOADGEN_PERCENTILES="$work/pct-ping8" "$loadgen" resp 127.0.0.1 "$REDIS_PORT" 50 8 "$scale_seconds" >/dev/null
  LOADGEN_PERCENTILES="$work/pct-get" "$loadgen" $get 127.0.0.1 "$port" 20 1 "$scale_seconds" >/dev/null
}

plots_draw() {
  ensure_packages gnuplot-nox
  local c
  : >"$work/connections.dat"
  for c in "${scale_connections[@]}"; do
    printf '%s %s %s\n' "$c" "$(median "conn$c" rps)" "$(median "ping$c" rps)" >>"$work/connections.dat"
  done
  gnuplot <<GP
set terminal pngcairo size 900,540 font "sans,10"
set output "docs/bench-latency.png"
set title "Latency by percentile (loadgen, same client for both servers)"
set logscale x
set logscale y
set xlabel "percentile"
set ylabel "latency (µs)"
set xtics ("50%%" 2, "90%%" 10, "99%%" 100, "99.9%%" 1000, "99.99%%" 10000, "99.999%%" 100000)
set key left top
set grid
f(p) = 1 / (1 - p / 100)
plot "$work/pct-echo1" using (f(\$1)):2 with lines lw 2 title "resumed Echo 50x1", \
     "$work/pct-ping1" using (f(\$1)):2 with lines lw 2 dt 2 title "redis PING 50x1", \
     "$work/pct-echo8" using (f(\$1)):2 with lines lw 2 title "resumed Echo 50x8", \
     "$work/pct-ping8" using (f(\$1)):2 with lines lw 2 dt 2 title "redis PING 50x8", \
     "$work/pct-get" using (f(\$1)):2 with lines lw 2 title "resumed GetResume 20x1"
set output "docs/bench-connections.png"
set title "Throughput against connections (depth 1, loadgen)"
unset logscale y
set logscale x
set xtics auto
set format x "%g"
set xlabel "connections"
set ylabel "calls per second"
set key right top
plot "$work/connections.dat" using 1:2 with linespoints lw 2 title "resumed Echo", \
     "$work/connections.dat" using 1:3 with linespoints lw 2 dt 2 title "redis PING"
GP
}
