#!/usr/bin/env bash
# A throwaway PostgreSQL for tests: initdb in a temp dir, trust auth, 127.0.0.1 only,
# fsync off (the data is disposable, speed is what matters).
#
#   url=$(scripts/pg-throwaway.sh start)   # prints postgresql://postgres@127.0.0.1:<port>/postgres
#   scripts/pg-throwaway.sh stop "$url"    # stops it and deletes its data (a port works too)
#
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root);
# as any other user it runs as that user.
set -euo pipefail

log() { echo "[pg-throwaway] $*" >&2; }

find_bin_dir() {
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
    log "no PostgreSQL server found (initdb is neither on PATH nor in /usr/lib/postgresql/*/bin)"
    exit 1
  fi
  echo "$dir"
}

state_dir() { echo "${TMPDIR:-/tmp}/wph-pg-$1"; }

# Runs a command as the server's owner.
as_owner() {
  if [[ $EUID -eq 0 ]]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start() {
  local bin port dir
  bin=$(find_bin_dir)
  if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    log "running as root but there is no postgres user to run the server as"
    exit 1
  fi
  # The port is free when probed; another process may take it before the server binds,
  # so a failed start is retried on a fresh port.
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    dir=$(state_dir "$port")
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $EUID -eq 0 ]] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
      log "initdb failed:"
      cat "$dir/initdb.log" >&2
      rm -rf "$dir"
      exit 1
    }
    local opts="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir"
    opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null 2>&1; then
      log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
      log "stop with: $0 stop $port"
      echo "postgresql://postgres@127.0.0.1:$port/postgres"
      return
    fi
    log "attempt $attempt: server did not start on port $port"
    tail -n 5 "$dir/server.log" >&2 || true
    rm -rf "$dir"
  done
  exit 1
}

stop() {
  local target=${1:?usage: $0 stop <DATABASE_URL|port>}
  local port
  if [[ "$target" =~ ^[0-9]+$ ]]; then
    port=$target
  else
    port=$(sed -nE 's#^postgres(ql)?://[^/]*:([0-9]+)(/.*)?$#\2#p' <<<"$target")
  fi
  if [[ -z "$port" ]]; then
    log "cannot find a port in \"$target\""
    exit 1
  fi
  local dir
  dir=$(state_dir "$port")
  if [[ ! -d "$dir/data" ]]; then
    log "no throwaway PostgreSQL on port $port (nothing in $dir)"
    return
  fi
  as_owner "$(find_bin_dir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  log "stopped the throwaway PostgreSQL on port $port"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop <DATABASE_URL|port>" >&2
    exit 2
    ;;
esac
