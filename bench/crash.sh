#!/usr/bin/env bash
# The crash test, one command:
#   bench/crash.sh [--participants 200] [--before 5] [--down 5] [--after 10] [--think-ms 250] [--seed 2026]
#
# Seeds N load participants (a fresh session) into a temporary SQLite file, or into DATABASE_URL when it is
# set, starts `talenta serve`, and runs talenta-load's paced phase with --ack-log (every answer the server
# acknowledged with HTTP 200) and --clock-log (the section clock of every reply). Once everyone is logged
# in it waits --before seconds, kills the server with SIGKILL, waits --down seconds, restarts it on the same
# database and port, and lets the harness carry on for --after seconds (it counts the refused connections
# and reconnects). Then bench/check_acks.py checks that every acknowledged answer is stored (read from the
# database with `talenta attempt-answers`, and on screen for the section the runner shows), that every
# attempt resumes with a fresh login, and that each section's remaining time fell by the downtime (time
# while the server is down counts as used) and at most by the downtime plus the time between the replies
# observed around the outage and the outage itself (each within --tolerance, 0.5 s). It prints
# PASS or FAIL with the counts; the exit status says the same.
#
# Builds in release; TALENTA_LOAD_BUILD=debug uses debug builds (CI, quick checks).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
participants=200 before=5 down=5 after=10 think=250 seed=2026 tolerance=0.5
while [ $# -gt 0 ]; do
  case "$1" in
    --participants) participants=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --down) down=$2; shift 2 ;;
    --after) after=$2; shift 2 ;;
    --think-ms) think=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --tolerance) tolerance=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
build_products
work=$(mktemp -d "${TMPDIR:-/tmp}/talenta-crash-XXXXXX")
server= load=
cleanup() {
  if [ -n "$load" ]; then kill "$load" 2>/dev/null && wait "$load" 2>/dev/null || true; fi
  if [ -n "$server" ]; then kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; fi
  [ -n "${TALENTA_KEEP_WORK:-}" ] && echo "work files kept in $work" || rm -rf "$work"
}
trap cleanup EXIT
raise_file_limit "$participants"
choose_database "$work"
session="CRASH-$(date -u +%Y%m%d-%H%M%S)-$$"
"$bin/talenta" load-seed --participants "$participants" --session "$session" --output "$work/logins.csv"
port=$(free_port)
url=http://127.0.0.1:$port
start_serve "$port" "$work/server.log"
server=$started
echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); build: $mode; session $session; $participants participants"
echo "machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$bin/talenta-load" --url "$url" --logins "$work/logins.csv" --participants "$participants" --phases paced \
  --seconds "$((before + down + after))" --think-ms "$think" --seed "$seed" --timeout 10 \
  --ack-log "$work/acks.csv" --clock-log "$work/clock.csv" > "$work/load.log" 2>&1 &
load=$!
# The paced phase starts once every participant has logged in (the harness prints the login line).
until grep -qs '^login' "$work/load.log"; do
  kill -0 "$load" 2>/dev/null || { cat "$work/load.log"; exit 1; }
  sleep 0.2
done
sleep "$before"
kill -9 "$server"
killed_at=$(date +%s.%N)
wait "$server" 2>/dev/null || true
server=
echo "server killed (SIGKILL) at $killed_at; down for $down s"
sleep "$down"
start_serve "$port" "$work/server.log"
server=$started
restarted_at=$(date +%s.%N)
echo "server restarted on the same database, answering at $restarted_at"
status=0
wait "$load" || status=$?
load=
cat "$work/load.log"
[ "$status" -eq 0 ] || { echo "FAIL: talenta-load exited with $status"; exit 1; }
"$bin/talenta" attempt-answers --session "$session" --output "$work/stored.csv"
"$python" bench/check_acks.py --url "$url" --logins "$work/logins.csv" --participants "$participants" \
  --acks "$work/acks.csv" --stored "$work/stored.csv" --clock-log "$work/clock.csv" \
  --killed-at "$killed_at" --restarted-at "$restarted_at" --tolerance "$tolerance"
