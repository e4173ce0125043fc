#!/usr/bin/env python3
"""Checks a load run's acknowledged answers against what the server stored (bench/crash.sh,
bench/two-instances.sh). Python standard library only.

  check_acks.py --url URL --logins logins.csv --acks acks.csv --stored stored.csv
                [--clock-log clock.csv --killed-at EPOCH --restarted-at EPOCH [--tolerance S]]

- acks.csv: talenta-load's --ack-log, `nip,item,answer,sequence`, one line per HTTP 200 answer save.
  Per participant and item the highest acknowledged sequence is the answer that must be stored.
- stored.csv: `talenta attempt-answers`, every stored answer read from the database. Each acknowledged
  answer must be stored with the same sequence and answer, or with a higher sequence (a later save).
- Over HTTP, each participant logs in afresh (POST /ujian/masuk resumes the attempt with a new cookie)
  and reads GET /api/runner/state: the attempt of each participant with an acknowledged answer must be in progress with a section running (or, between
  sections, the next one pending), and
  each acknowledged answer to an item of the section now shown must appear in view.section.answers (the
  acknowledged answer, or a later one).
- With --clock-log and the outage's times: for each participant whose section clock was observed just
  before the kill and again after the restart, in the same section, the remaining time must have fallen by
  at least the downtime (time while the server is down counts as used: SectionClock's policy) and by at
  most the downtime plus the time between those two replies and the outage, each within --tolerance
  seconds (default 0.5).

Prints a PASS/FAIL summary with counts and exits 1 on FAIL.
"""
import argparse
import csv
import http.client
import json
import secrets
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor


def read_csv(path):
    with open(path, newline="") as handle:
        return [row for row in csv.reader(handle) if row]


def acknowledged(path):
    """(nip, item) -> (sequence, answer) of the highest acknowledged sequence."""
    best = {}
    count = 0
    for row in read_csv(path):
        if row[0] == "nip":
            continue
        nip, item, answer, sequence = row[0], row[1], row[2], int(row[3])
        count += 1
        key = (nip, item)
        if key not in best or sequence > best[key][0]:
            best[key] = (sequence, answer)
    return best, count


def stored_answers(path):
    stored = {}
    for row in read_csv(path):
        if row[0] == "nip":
            continue
        stored[(row[0], row[1])] = (int(row[3]), row[2])
    return stored


def resume(base, nip, token):
    """A fresh login and the runner state, tried up to five times (a busy server may refuse one)."""
    for attempt in range(5):
        result = resume_once(base, nip, token)
        if result[1] is not None:
            return result
        time.sleep(0.2 * 2 ** attempt)
    return result


def resume_once(base, nip, token):
    """A fresh login and the runner state: (status code of the login, view or None, error text)."""
    parsed = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port or 80, timeout=60)
    try:
        csrf = secrets.token_hex(8)
        body = urllib.parse.urlencode({"nip": nip, "token": token})
        connection.request("POST", "/ujian/masuk", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"talenta_csrf={csrf}", "X-CSRF-Token": csrf})
        response = connection.getresponse()
        response.read()
        if response.status != 303:
            return response.status, None, f"login answered HTTP {response.status}"
        cookie = None
        for name, value in response.getheaders():
            if name.lower() == "set-cookie" and value.startswith("talenta_attempt="):
                cookie = value.split(";", 1)[0]
        if cookie is None:
            return response.status, None, "login set no attempt cookie"
        connection.request("GET", "/api/runner/state", headers={"Cookie": cookie})
        response = connection.getresponse()
        data = response.read()
        if response.status != 200:
            return 303, None, f"state answered HTTP {response.status}"
        return 303, json.loads(data)["view"], None
    except (OSError, http.client.HTTPException, ValueError) as error:
        return 0, None, f"{type(error).__name__}: {error}"
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--logins", required=True)
    parser.add_argument("--acks", required=True)
    parser.add_argument("--stored", required=True)
    parser.add_argument("--clock-log")
    parser.add_argument("--killed-at", type=float)
    parser.add_argument("--restarted-at", type=float)
    parser.add_argument("--tolerance", type=float, default=0.5)
    parser.add_argument("--participants", type=int, help="check only the first N logins")
    args = parser.parse_args()

    logins = [(row[0], row[1]) for row in read_csv(args.logins) if row[0] != "nip"]
    if args.participants:
        logins = logins[:args.participants]
    acks, ack_lines = acknowledged(args.acks)
    stored = stored_answers(args.stored)
    failures = []

    # 1. The database holds every acknowledged answer (or a later one).
    missing, wrong = [], []
    for key, (sequence, answer) in sorted(acks.items()):
        kept = stored.get(key)
        if kept is None:
            missing.append(key)
        elif kept[0] < sequence or (kept[0] == sequence and kept[1] != answer):
            wrong.append((key, (sequence, answer), kept))
    print(f"acknowledged saves in the log: {ack_lines}; distinct (participant, item): {len(acks)}")
    print(f"database: {len(acks) - len(missing) - len(wrong)} stored as acknowledged or later, "
          f"{len(missing)} missing, {len(wrong)} older or different")
    for key, expected, kept in wrong[:5]:
        print(f"  {key[0]} {key[1]}: acknowledged {expected}, stored {kept}")
    for key in missing[:5]:
        print(f"  {key[0]} {key[1]}: acknowledged, not stored")
    if missing or wrong:
        failures.append("acknowledged answers lost")

    # 2. Every attempt resumes, and the section on screen shows the acknowledged answers.
    with ThreadPoolExecutor(max_workers=8) as pool:
        views = list(pool.map(lambda login: resume(args.url, *login), logins))
    resumed, waiting, not_resumed, shown_checked, shown_bad = 0, 0, [], 0, []
    final = {}
    by_participant = {}
    for (nip, item), value in acks.items():
        by_participant.setdefault(nip, {})[item] = value
    started = 0
    for (nip, _), (login_status, view, error) in zip(logins, views):
        section = (view or {}).get("section") or {}
        if nip not in by_participant:
            # No acknowledged answer: the harness never got this participant going (e.g. its logins failed).
            if view is not None and view.get("status") == "not-started":
                started += 1
            continue
        if view is not None and view.get("status") == "in-progress" and section.get("state") in ("running", "pending"):
            resumed += 1
            if section.get("state") == "pending":
                waiting += 1  # between sections: the next one waits for its start, as the runner shows it
        elif view is not None and view.get("status") == "finished":
            resumed += 1  # the battery is done: nothing to resume, nothing lost
        else:
            state = error or f"status {view.get('status')}, section {section.get('state')}"
            not_resumed.append((nip, state))
        if view is None:
            continue
        final[nip] = (section.get("id"), section.get("state"), view.get("serverTime"), section.get("remainingSeconds"))
        shown = section.get("answers")
        form = {entry["key"] for entry in (section.get("form") or [])}
        if shown is None:
            continue
        for item, (sequence, answer) in by_participant.get(nip, {}).items():
            if item not in form:
                continue
            shown_checked += 1
            later = stored.get((nip, item), (0, ""))[0] > sequence
            if shown.get(item) is None or (shown.get(item) != answer and not later):
                shown_bad.append((nip, item, answer, shown.get(item)))
    print(f"attempts: {len(by_participant)} participants had acknowledged answers; {len(logins) - len(by_participant)} had none "
          f"({started} of these have not started)")
    print(f"attempts: {resumed} of {len(by_participant)} resumed (fresh login, in progress with a section running; "
          f"{waiting} of them between sections, the next one pending)")
    for nip, state in not_resumed[:5]:
        print(f"  {nip}: {state}")
    print(f"runner view: {shown_checked} acknowledged answers of the section on screen checked, {len(shown_bad)} not shown")
    for entry in shown_bad[:5]:
        print(f"  {entry[0]} {entry[1]}: acknowledged {entry[2]}, shown {entry[3]}")
    if not_resumed:
        failures.append("attempts not resumed")
    if shown_bad:
        failures.append("acknowledged answers not shown")

    # 3. The section clocks counted the outage as used time.
    if args.clock_log and args.killed_at and args.restarted_at:
        downtime = args.restarted_at - args.killed_at
        before, after = {}, {}
        for row in read_csv(args.clock_log):
            nip, section, state, at, remaining = row[0], row[1], row[2], float(row[3]), float(row[4])
            if state != "running":
                continue
            if at < args.killed_at:
                if nip not in before or at > before[nip][1]:
                    before[nip] = (section, at, remaining)
            elif nip not in after or at < after[nip][1]:
                after[nip] = (section, at, remaining)
        compared, too_little, too_much = 0, [], []
        excess, gaps = [], []
        for nip, (section, at, remaining) in before.items():
            later = after.get(nip)
            if later is None:
                final_view = final.get(nip)
                if final_view and final_view[0] == section and final_view[1] == "running":
                    later = (final_view[0], final_view[2], final_view[3])
            if later is None or later[0] != section:
                continue
            compared += 1
            decrease = remaining - later[2]
            # The time observed outside the outage: from the last reply before the kill to the kill, and from
            # the restart to the first reply after it.
            gap = (args.killed_at - at) + max(0.0, later[1] - args.restarted_at)
            excess.append(decrease - downtime)
            gaps.append(gap)
            if decrease < downtime - args.tolerance:
                too_little.append((nip, decrease, gap))
            if decrease > downtime + gap + args.tolerance:
                too_much.append((nip, decrease, gap))
        print(f"clock: downtime {downtime:.2f} s; {compared} participants observed in the same running section before "
              f"the kill and after the restart")
        if excess:
            print(f"  remaining time fell by downtime + {min(excess):.2f} .. {max(excess):.2f} s; the replies around the "
                  f"outage were {min(gaps):.2f} .. {max(gaps):.2f} s apart from it (tolerance {args.tolerance:.2f} s)")
            print(f"  {len(too_little)} fell by less than the downtime, {len(too_much)} by more than the downtime plus "
                  f"the time observed around it")
        for nip, decrease, gap in (too_little + too_much)[:5]:
            print(f"  {nip}: remaining time fell by {decrease:.2f} s (time around the outage {gap:.2f} s)")
        if compared == 0:
            failures.append("no section clock observed across the outage")
        if too_little or too_much:
            failures.append("remaining time does not follow the policy")

    if failures:
        print("FAIL: " + "; ".join(failures))
        return 1
    print(f"PASS: {len(acks)} acknowledged answers stored, {resumed} attempts resumed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
