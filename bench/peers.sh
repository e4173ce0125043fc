#!/usr/bin/env bash
# The peer benchmark, one command: bench/peers.sh [DATA_DIR] [--only placement]
#
# Creates its own Python venv with mirt, catsim, numpy and scipy from PyPI, builds our release
# benchmark executable (it depends only on the pure modules), and runs both sides in one run on the
# same generated data: talenta-bench writes the data, times our side, runs bench/peers.py on the same
# files, and prints one JSON report with the ratios (peer time / our time: higher is better for us).
#
# `--only placement` runs just the placement solver against scipy.optimize.linear_sum_assignment
# (a few minutes instead of the calibration and CAT runs; only numpy and scipy are installed): for
# each matrix, "placement_<case>" has both times (best of 3, wall and CPU: the machine may be
# shared), the ratios (scipy / ours) and whether the filled counts and optimal totals agree.
set -euo pipefail
cd "$(dirname "$0")/.."
data=.build/bench-data
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --only) only=(--only "$2"); shift 2 ;;
    *) data=$1; shift ;;
  esac
done
venv=.build/bench-venv
mkdir -p "$data"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if [ -n "${only[*]-}" ]; then
  "$venv/bin/pip" install -q numpy "scipy>=1.11"
else
  "$venv/bin/pip" install -q "mirt==1.2.*" "catsim==0.21.*" numpy "scipy>=1.11"
fi
swift build -c release --product talenta-bench
# OPENBLAS_CORETYPE/L2_SIZE slow a current numpy; unset them for the peer's sake (see the env notes).
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE .build/release/talenta-bench "$data" --python "$venv/bin/python" ${only[@]+"${only[@]}"} \
  | tee "$data/report.json"
