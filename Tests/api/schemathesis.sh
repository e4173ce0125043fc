#!/usr/bin/env bash
# Schemathesis against the OpenAPI document the app serves, signed in as each staff role of the demo:
# no server error and no response that breaks the schema, on every documented operation.
#
#   Tests/api/schemathesis.sh            (needs .build/debug/talenta and schemathesis, see requirements.txt)
#   SCHEMATHESIS=path/to/schemathesis SCHEMATHESIS_SECONDS=60 Tests/api/schemathesis.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.build/debug/talenta
ST=${SCHEMATHESIS:-.build/ci-venv/bin/schemathesis}
SECONDS_PER_ROLE=${SCHEMATHESIS_SECONDS:-60}
[ -x "$BIN" ] || swift build --product talenta
WORK=$(mktemp -d /tmp/talenta-schemathesis.XXXXXX)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
# A throwaway SQLite demo; plain-HTTP cookies so curl keeps the session.
env -u DATABASE_URL PORT="$PORT" HOST=127.0.0.1 TALENTA_SQLITE_PATH="$WORK/talenta.sqlite" TALENTA_INSECURE_COOKIES=1 \
  "$BIN" demo > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs -o /dev/null "$BASE/health" && break; sleep 1; done
curl -fs -o /dev/null "$BASE/health" || { echo "the demo server did not start"; cat "$WORK/server.log"; exit 1; }

field() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }

status=0
for login in admin:demo-admin-talenta serang.pimpinan:demo-serang-pimpinan serang.admin:demo-serang-admin \
             serang.pengawas:demo-serang-pengawas nasional:demo-nasional-bkn asesor:demo-asesor-bkn; do
  user=${login%%:*}; password=${login#*:}
  jar="$WORK/$user.jar"
  curl -fs -c "$jar" -b "$jar" "$BASE/masuk" > "$WORK/$user-login.html"
  curl -fs -c "$jar" -b "$jar" -o /dev/null -X POST \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "next=/" \
    --data-urlencode "_csrf=$(field "$WORK/$user-login.html")" "$BASE/masuk"
  curl -fs -c "$jar" -b "$jar" "$BASE/akun/sandi" > "$WORK/$user-account.html"
  cookie=$(awk '$6 == "talenta_staff" { print $7 }' "$jar")
  csrf=$(field "$WORK/$user-account.html")
  [ -n "$cookie" ] && [ -n "$csrf" ] || { echo "could not sign in as $user"; exit 1; }
  echo "== schemathesis as $user (${SECONDS_PER_ROLE}s)"
  "$ST" run "$BASE/openapi.json" -H "Cookie: talenta_staff=$cookie" -H "X-CSRF-Token: $csrf" \
    --checks not_a_server_error,response_schema_conformance --max-examples 10 --max-time "$SECONDS_PER_ROLE" \
    --exclude-path /masuk --exclude-path /ujian/masuk --seed 1 --warnings off \
    --report junit --report-dir "$WORK/report-$user" > "$WORK/$user.log" 2>&1 || { status=1; cat "$WORK/$user.log"; }
  grep -E "generated|passed|failed" "$WORK/$user.log" | tail -2
done
exit $status
