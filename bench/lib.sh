# The start-up that bench/load.sh, bench/crash.sh and bench/two-instances.sh share. Sourced from the
# repository's root, after `set -euo pipefail`.
#
# TALENTA_LOAD_BUILD=debug uses debug builds (CI, quick checks); the default is release.
python=python3
[ -x .build/ci-venv/bin/python ] && python=.build/ci-venv/bin/python
mode=${TALENTA_LOAD_BUILD:-release}
bin=$PWD/.build/$mode

# Builds the server and the harness. One product per `swift build` (SwiftPM builds a single --product);
# the second reuses the first's NIO.
build_products() {
  swift build -c "$mode" --product talenta
  swift build -c "$mode" --product talenta-load
}

# One socket per participant on each side, plus the database's files: raises the open-file limit for
# $1 participants, as far as the hard limit allows.
raise_file_limit() {
  local wanted=$(( $1 * 2 + 1024 )) hard
  hard=$(ulimit -Hn)
  [ "$hard" != unlimited ] && [ "$wanted" -gt "$hard" ] && wanted=$hard
  ulimit -n "$wanted" 2>/dev/null || true
}

# DATABASE_URL when it is set, else a temporary SQLite file in the folder $1; says which.
choose_database() {
  if [ -z "${DATABASE_URL:-}" ]; then
    export TALENTA_SQLITE_PATH=$1/talenta.sqlite
    echo "database: temporary SQLite $TALENTA_SQLITE_PATH"
  else
    echo "database: $DATABASE_URL"
  fi
}

# A TCP port that is free on the loopback now.
free_port() {
  "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts `talenta serve` on port $1, appending its output to the file $2, and waits until /health answers
# (at most 60 s). Sets $started to the server's process id. If the server exits first, or does not answer
# in time, prints why and exits.
start_serve() {
  HOST=127.0.0.1 PORT=$1 "$bin/talenta" serve >> "$2" 2>&1 &
  started=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$1/health" > /dev/null 2>&1 && return 0
    kill -0 "$started" 2>/dev/null || { cat "$2"; exit 1; }
    sleep 0.1
  done
  echo "the server on port $1 did not come up within 60 s" >&2
  kill "$started" 2>/dev/null || true
  exit 1
}
