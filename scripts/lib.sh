# Shared by scripts/run, scripts/test, scripts/bench and scripts/generate: install
# what is missing, start the project-local PostgreSQL and Redis, export their URLs.
# Everything lives under .local/ (git-ignored); every step is idempotent.
# RESUMED_LOCAL_DIR moves that state (the cluster, Redis' files, the secrets)
# elsewhere, so a second set of services (scripts/chaos) never shares the
# developer's: the PostgreSQL cluster is per folder, not per port.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOCAL=${RESUMED_LOCAL_DIR:-"$ROOT/.local"}
PG_PORT=${RESUMED_PG_PORT:-55432}
REDIS_PORT=${RESUMED_REDIS_PORT:-56379}
PG_USER=resumed
PG_PASSWORD=resumed-dev-password   # loopback-only development instance

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# ensure_packages PKG...: apt-get installs those not yet installed.
ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Every system package the build, the services and the tests need.
ensure_all_packages() {
  ensure_packages build-essential pkg-config \
    protobuf-c-compiler libprotobuf-c-dev libpq-dev libhiredis-dev libcrypt-dev \
    postgresql postgresql-contrib redis-server redis-tools \
    protobuf-compiler python3-protobuf python3-venv libphonenumber-dev
}

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  echo "$d"
}

# Runs a command as the PostgreSQL owner: postgres refuses to run as root.
as_pg() {
  # From /, so the postgres user is never asked to enter a private folder.
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# The data folder must be reachable by the postgres user. A clone under a
# private folder (mktemp -d is mode 700) is not, so then the cluster lives in
# a folder of its own under /var/tmp and .local/postgres links to it.
pg_home() {
  local want="$LOCAL/postgres"
  # Resolved, so the postgres user never walks through the private folder.
  if [ -L "$want" ] || [ -d "$want" ]; then readlink -f "$want"; return; fi
  mkdir -p "$LOCAL"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$LOCAL"; then
    # Named after the checkout (as before) or, when moved, after the folder.
    local key=$ROOT; [ "$LOCAL" = "$ROOT/.local" ] || key=$LOCAL
    local alt="/var/tmp/resumed-postgres-$(printf '%s' "$key" | md5sum | cut -c1-12)"
    mkdir -p "$alt"; chown postgres: "$alt"
    ln -s "$alt" "$want"
    echo "$alt"
    return
  else
    mkdir -p "$want"
    [ "$(id -u)" = 0 ] && chown postgres: "$want"
  fi
  echo "$want"
}

start_postgres() {
  local bin home
  bin=$(pg_bin); home=$(pg_home)
  local data="$home/data" run="$home/run"
  if [ ! -f "$data/PG_VERSION" ]; then
    log "initialising PostgreSQL cluster in $data"
    as_pg mkdir -p "$data" "$run"
    local pwfile="$home/pwfile"
    printf '%s\n' "$PG_PASSWORD" > "$pwfile"; [ "$(id -u)" = 0 ] && chown postgres: "$pwfile"
    as_pg "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 --pwfile="$pwfile" >/dev/null
    rm -f "$pwfile"
  fi
  if ! as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_pg mkdir -p "$run"
    as_pg "$bin/pg_ctl" -D "$data" -l "$home/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$run -c max_connections=300" \
      start >/dev/null
  fi
  export PGHOST="$run" PGPORT="$PG_PORT"
  local psql="$bin/psql"
  if ! as_pg "$psql" -h "$run" -p "$PG_PORT" -U postgres -d postgres -tAc "select 1 from pg_roles where rolname='$PG_USER'" | grep -q 1; then
    as_pg "$psql" -q -h "$run" -p "$PG_PORT" -U postgres -d postgres \
      -c "create role $PG_USER login createdb password '$PG_PASSWORD'"
  fi
  for db in resumed resumed_test; do
    if ! as_pg "$psql" -h "$run" -p "$PG_PORT" -U postgres -d postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
      as_pg "$psql" -q -h "$run" -p "$PG_PORT" -U postgres -d postgres -c "create database $db owner $PG_USER"
    fi
  done
  unset PGHOST PGPORT
}

start_redis() {
  local dir="$LOCAL/redis"
  mkdir -p "$dir"
  if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then return 0; fi
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --dir "$dir" \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save "" --appendonly no >/dev/null
  for _ in $(seq 1 100); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && return 0
    sleep 0.1
  done
  echo "Redis did not start; see $dir/redis.log" >&2
  return 1
}

# Installs, starts both services and exports the settings the daemon and the tests read.
start_services() {
  ensure_all_packages
  start_postgres
  start_redis
  export DATABASE_URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/resumed"
  export TEST_DATABASE_URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/resumed_test"
  export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
  export TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/1"
  export RESUMED_PG_BIN
  RESUMED_PG_BIN=$(pg_bin)
}

# Development credentials, made once under .local/ and reused: a service token
# for the service-level methods and the user-token secret (so user tokens
# survive restarts). Exports the variables resumed reads.
dev_secrets() {
  mkdir -p "$LOCAL"
  [ -s "$LOCAL/service-token" ] || { umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$LOCAL/service-token"; }
  [ -s "$LOCAL/token-secret" ] || { umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$LOCAL/token-secret"; }
  export RESUMED_SERVICE_TOKENS_FILE="$LOCAL/service-token"
  RESUMED_TOKEN_SECRET=$(cat "$LOCAL/token-secret")
  export RESUMED_TOKEN_SECRET
}

# Quotas out of the way for load, benchmarks and chaos: they measure the
# daemon's throughput and durability, not its per-user limits (which one
# synthetic user with thousands of analyses a minute would hit at once).
# Exported as the settings' environment variables, which a flag still overrides.
unlimited_quotas() {
  export RESUMED_QUOTA_RESUMES=1000000 RESUMED_QUOTA_JOB_DESCRIPTIONS=1000000 \
    RESUMED_QUOTA_STORED_TEXT_BYTES=1099511627776 RESUMED_QUOTA_ANALYSES_PER_MINUTE=1000000 \
    RESUMED_QUOTA_GENERATED_PER_ANALYSIS=1000000
}
