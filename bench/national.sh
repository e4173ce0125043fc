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
. bench/lib.sh
swift build -c "$mode" --product talenta
work=$(mktemp -d "${TMPDIR:-/tmp}/talenta-national-XXXXXX")
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
choose_database "$work"
"$bin/talenta" demo --national --seed-only
port=$(free_port)
start_serve "$port" "$work/server.log"
server=$started
echo "machine: $(nproc) cores, $(uname -srm); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$python" bench/national.py "http://127.0.0.1:$port" "$@"
