#!/usr/bin/env bash
# Two app instances on one PostgreSQL, one command:
#   DATABASE_URL=postgres://talenta:talenta@127.0.0.1:5432/talenta_load \
#     bench/two-instances.sh [--participants 200] [--seconds 15] [--switch-every 5] [--think-ms 250] [--seed 2026]
#
# Seeds N load participants (a fresh session) into DATABASE_URL, starts two `talenta serve` on two ports
# over that database, and runs talenta-load's paced phase with --url A --url2 B: participants log in at the
# two instances alternately, and each switches instance every K acknowledged saves, mid-section, carrying on
# with the same cookie (the attempt lives in the database); the test fails if nobody switched. Then bench/check_acks.py checks that every acknowledged answer is stored (read from the
# database with `talenta attempt-answers`, and on screen for the section the runner shows) and that every
# attempt resumes with a fresh login. Prints PASS or FAIL with the counts; the exit status says the same.
#
# Builds in release; TALENTA_LOAD_BUILD=debug uses debug builds (CI, quick checks).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${DATABASE_URL:-}" in
  postgres://*|postgresql://*) ;;
  *) echo "bench/two-instances.sh needs DATABASE_URL=postgres://... (two instances share one PostgreSQL)" >&2; exit 2 ;;
esac
. bench/lib.sh
participants=200 seconds=15 every=5 think=250 seed=2026
while [ $# -gt 0 ]; do
  case "$1" in
    --participants) participants=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --switch-every) every=$2; shift 2 ;;
    --think-ms) think=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
build_products
work=$(mktemp -d "${TMPDIR:-/tmp}/talenta-two-XXXXXX")
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [ -n "${TALENTA_KEEP_WORK:-}" ] && echo "work files kept in $work" || rm -rf "$work"
}
trap cleanup EXIT
raise_file_limit "$participants"
echo "database: $DATABASE_URL"
session="TWO-$(date -u +%Y%m%d-%H%M%S)-$$"
"$bin/talenta" load-seed --participants "$participants" --session "$session" --output "$work/logins.csv"
urls=()
for instance in a b; do
  port=$(free_port)
  start_serve "$port" "$work/server-$instance.log"
  servers+=("$started")
  urls+=("http://127.0.0.1:$port")
done
echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); build: $mode; session $session; instances ${urls[*]}"
echo "machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$bin/talenta-load" --url "${urls[0]}" --url2 "${urls[1]}" --switch-every "$every" --logins "$work/logins.csv" \
  --participants "$participants" --phases paced --seconds "$seconds" --think-ms "$think" --seed "$seed" \
  --ack-log "$work/acks.csv" | tee "$work/load.log" || { echo "FAIL: talenta-load exited with $?"; exit 1; }
switched=$(sed -n 's/^two instances: [0-9]* switches between them; \([0-9]*\) participants.*/\1/p' "$work/load.log")
if [ "${switched:-0}" -eq 0 ]; then
  echo "FAIL: no participant switched instance (fewer acknowledged saves than --switch-every $every each)"
  exit 1
fi
"$bin/talenta" attempt-answers --session "$session" --output "$work/stored.csv"
"$python" bench/check_acks.py --url "${urls[1]}" --logins "$work/logins.csv" --participants "$participants" \
  --acks "$work/acks.csv" --stored "$work/stored.csv"
