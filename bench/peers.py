#!/usr/bin/env python3
"""Peer benchmark: time the Python peers (mirt, catsim, scipy) on the data written by `talenta-bench`.

Usage: python bench/peers.py DATA_DIR [--only placement] > peers.json   (bench/peers.sh runs it for you)

Reads DATA_DIR/calibration_2pl.csv (50,000 x 100, 0/1, header of item ids),
DATA_DIR/calibration_2pl_true.json (true parameters, for recovery RMSE),
DATA_DIR/cat_bank_3pl.json (5,000-item 3PL bank) and DATA_DIR/cat_thetas.txt (1,000 abilities),
and DATA_DIR/placement_cases.json with its placement_*.bin fit matrices (scipy's
linear_sum_assignment on the same lexicographic objective as ours; see placement() below),
and prints a JSON object of timings and recovery figures. With --only placement, only the last.
"""
import json
import os
import sys
import time

import numpy as np


def placement(data: str) -> dict:
    """scipy.optimize.linear_sum_assignment on each fit matrix that talenta-bench wrote.

    The file holds numerators k (-1 = ineligible) of fits 100 k / d. Both sides solve, in integer
    micro-points units = round(100 k / d * 1e6) (exact in float64 here),
        maximise sum(units + BIG) over assigned eligible cells,  BIG = min(posts, candidates) * 1e8 + 1,
    with ineligible cells worth 0 (an assignment to one counts as unfilled): most posts filled,
    then the largest total fit. Best of `repeats` runs, like ours, in wall and CPU time.
    """
    from scipy.optimize import linear_sum_assignment
    import scipy
    manifest = json.load(open(f"{data}/placement_cases.json"))
    out = {"scipy_version": scipy.__version__}
    for case in manifest["cases"]:
        raw = open(f"{data}/{case['file']}", "rb").read()
        assert raw[:8] == b"TLNTPLC1"
        n, m, d = (int(x) for x in np.frombuffer(raw[8:20], dtype="<i4"))
        k = np.frombuffer(raw[20:], dtype="<i2").reshape(n, m)
        units = np.rint(k.astype(np.float64) * 100 / d * 1e6)
        eligible = k >= 0
        weights = np.where(eligible, units + (min(n, m) * 1e8 + 1), 0.0)
        repeats = manifest["repeats"] * (10 if n * m < 1_000_000 else 1)
        best = best_cpu = float("inf")
        for _ in range(repeats):
            start, start_cpu = time.perf_counter(), time.process_time()
            rows, cols = linear_sum_assignment(weights, maximize=True)
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.process_time() - start_cpu)
        filled = eligible[rows, cols]
        name = case["name"]
        out[f"scipy_{name}_seconds"] = best
        out[f"scipy_{name}_cpu_seconds"] = best_cpu
        out[f"scipy_{name}_filled"] = int(filled.sum())
        out[f"scipy_{name}_total_units"] = int(units[rows, cols][filled].sum())
    return out


def main() -> None:
    data = sys.argv[1] if len(sys.argv) > 1 else "bench-data"
    if "--only" in sys.argv and sys.argv[sys.argv.index("--only") + 1] == "placement":
        print(json.dumps(placement(data), indent=2))
        return
    import mirt
    x = np.loadtxt(f"{data}/calibration_2pl.csv", delimiter=",", skiprows=1, dtype=np.int64)
    truth = json.load(open(f"{data}/calibration_2pl_true.json"))["items"]
    true_a = np.array([item["a"] for item in truth])
    true_b = np.array([item["b"] for item in truth])

    start = time.perf_counter()
    fit = mirt.fit_mirt(x, model="2PL", n_quadpts=21, compute_standard_errors=False)
    fit_seconds = time.perf_counter() - start
    a = np.asarray(fit.model.parameters["discrimination"]).ravel()
    b = np.asarray(fit.model.parameters["difficulty"]).ravel()

    bank = json.load(open(f"{data}/cat_bank_3pl.json"))["items"]
    thetas = np.loadtxt(f"{data}/cat_thetas.txt")
    model = mirt.ThreeParameterLogistic(n_items=len(bank))
    shapes = {name: np.shape(value) for name, value in model.parameters.items()}
    model.set_parameters(
        discrimination=np.array([item["a"] for item in bank]).reshape(shapes["discrimination"]),
        difficulty=np.array([item["b"] for item in bank]).reshape(shapes["difficulty"]),
        guessing=np.array([item["c"] for item in bank]).reshape(shapes["guessing"]),
    )
    # A hand-built model must be marked fitted before mirt's CAT engine accepts it.
    model._is_fitted = True
    engine = mirt.cat.CATEngine(model, item_selection="MFI", scoring_method="EAP", max_items=30, se_threshold=1e-4)
    start = time.perf_counter()
    results = engine.run_batch_simulation(thetas)
    cat_seconds = time.perf_counter() - start
    estimates = np.array([r.theta for r in results]).ravel()

    # catsim 0.21 (numerical-search estimator) takes seconds per examinee, so it runs on the first few
    # abilities only (CATSIM_EXAMINEES, default 2) and is compared per examinee.
    catsim_n = int(os.environ.get("CATSIM_EXAMINEES", "2"))
    catsim_seconds = None
    if catsim_n > 0:
        from catsim.simulation import Simulator
        from catsim.initialization import FixedPointInitializer
        from catsim.selection import MaxInfoSelector
        from catsim.estimation import NumericalSearchEstimator
        from catsim.stopping import TestLengthStopper
        items = np.array([[item["a"], item["b"], item["c"], 1.0] for item in bank])
        sim = Simulator(items, thetas[:catsim_n])
        start = time.perf_counter()
        sim.simulate(initializer=FixedPointInitializer(0.0), selector=MaxInfoSelector(),
                     estimator=NumericalSearchEstimator(), stopper=TestLengthStopper(max_items=30))
        catsim_seconds = time.perf_counter() - start

    print(json.dumps({
        "mirt_version": getattr(mirt, "__version__", "unknown"),
        "mirt_fit_2pl_seconds": fit_seconds,
        "mirt_fit_iterations": int(fit.n_iterations),
        "mirt_fit_log_likelihood": float(fit.log_likelihood),
        "mirt_rmse_a": float(np.sqrt(np.mean((a - true_a) ** 2))),
        "mirt_rmse_b": float(np.sqrt(np.mean((b - true_b) ** 2))),
        "mirt_cat_seconds": cat_seconds,
        "mirt_cat_examinees": len(results),
        "mirt_cat_theta_rmse": float(np.sqrt(np.mean((estimates - thetas) ** 2))),
        "catsim_examinees": catsim_n,
        "catsim_seconds": catsim_seconds,
        **placement(data),
    }, indent=2))


if __name__ == "__main__":
    main()
