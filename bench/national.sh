#!/usr/bin/env bash
# The national talent search benchmark, one command:
#   bench/national.sh [--searches 500] [--concurrency 1] [--seed 2025]
#
# Builds talenta in release, seeds `talenta demo --national --seed-only` (the demo and 100,000 synthetic
# profiles across about 500 instansi) into a temporary SQLite file, or into DATABASE_URL when it is set
# (e.g. postgres://talenta:talenta@127.0.0.1:5432/talenta: the seed is idempotent and the data stays),
# starts `talenta serve` on a free port, signs in as the demo's national viewer, runs searches with random
# filter combinations from a fixed seed (bench/national.py, standard library only), and prints the
# latency percentiles and whether p95 is under 200 ms (the exit status says the same).
set -euo pipefail
cd "$(dirname "$0")/.."
python=python3
[ -x .build/ci-venv/bin/python ] && python=.build/ci-venv/bin/python
swift build -c release --product talenta
bin=$PWD/.build/release/talenta
work=$(mktemp -d "${TMPDIR:-/tmp}/talenta-national-XXXXXX")
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DATABASE_URL:-}" ]; then
  export TALENTA_SQLITE_PATH=$work/talenta.sqlite
  echo "database: temporary SQLite $TALENTA_SQLITE_PATH"
else
  echo "database: $DATABASE_URL"
fi
"$bin" demo --national --seed-only
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
HOST=127.0.0.1 PORT=$port "$bin" serve > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health" > /dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done
echo "machine: $(nproc) cores, $(uname -srm); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$python" bench/national.py "http://127.0.0.1:$port" "$@"
