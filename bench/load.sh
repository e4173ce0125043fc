#!/usr/bin/env bash
# The load benchmark, one command:
#   bench/load.sh [--battery standard|linear] [--participants 1000] [--seconds 15] [--rounds 3] [--think-ms 250] [--seed 2026] [--max-requests N]
#
# --battery standard (the default) seats everyone at the start of the four-hour battery, whose first section
# is the adaptive one: every save there also gives the next item, so the attempt's state is rewritten with
# it. --battery linear leaves that section out: every save is one appended row.
# Builds talenta and talenta-load in release, seeds N load participants (`talenta load-seed`, instansi
# uji-beban, a fresh session code per run) into a temporary SQLite file, or into DATABASE_URL when it is set
# (e.g. postgres://talenta:talenta@127.0.0.1:5432/talenta_load), starts `talenta serve` on a free port,
# and runs talenta-load: every participant logs in over loopback (one keep-alive connection each), then
# timed phases: the stack's bare route (GET /health/live) and answer saves at saturation (no think time),
# alternating for --rounds rounds (3 unless given), then paced saves (think time uniform in 0..2×think-ms).
# It prints each phase's requests per second, p50/p95/p99/max latency and errors, each round's ratio
# saves/s ÷ bare route req/s (against the bare phase just before it), their median, and a last
# `RESULT {json}` line. The machine's speed drifts from minute to minute (other tenants share its cores):
# one pair of phases gave ratios 5-10 points apart on one build, and back-to-back pairs see the same machine.
# Arguments pass through to talenta-load (see `talenta-load --help`). The machine's cores and load average
# are printed before and after: the harness and the server share them.
#
# TALENTA_LOAD_BUILD=debug uses debug builds instead (quick checks of the script; the figures are not
# representative).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
participants=1000
battery=standard
rounds=3
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --battery) battery=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --participants) participants=$2; args+=("$1" "$2"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
build_products
work=$(mktemp -d "${TMPDIR:-/tmp}/talenta-load-XXXXXX")
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
raise_file_limit "$participants"
choose_database "$work"
session="LOAD-$(date -u +%Y%m%d-%H%M%S)-$$"
"$bin/talenta" load-seed --participants "$participants" --session "$session" --battery "$battery" --output "$work/logins.csv"
port=$(free_port)
start_serve "$port" "$work/server.log"
server=$started
echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); build: $mode; session $session; battery: $battery"
echo "machine: $(nproc) cores, $(uname -srm); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
"$bin/talenta-load" --url "http://127.0.0.1:$port" --logins "$work/logins.csv" --rounds "$rounds" "${args[@]}" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
