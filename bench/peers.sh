#!/usr/bin/env bash
# The peer benchmark, one command: bench/peers.sh [DATA_DIR]
#
# Creates its own Python venv with mirt, catsim and numpy from PyPI, builds our release benchmark
# executable (it depends only on the pure modules), and runs both sides in one run on the same
# generated data: talenta-bench writes the data, times our side, runs bench/peers.py on the same
# files, and prints one JSON report with the ratios (peer time / our time: higher is better for us).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-.build/bench-data}
venv=.build/bench-venv
mkdir -p "$data"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q "mirt==1.2.*" "catsim==0.21.*" numpy
swift build -c release --product talenta-bench
# OPENBLAS_CORETYPE/L2_SIZE slow a current numpy; unset them for the peer's sake (see the env notes).
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE .build/release/talenta-bench "$data" --python "$venv/bin/python" \
  | tee "$data/report.json"
