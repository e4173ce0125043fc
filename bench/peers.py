#!/usr/bin/env python3
"""Peer benchmark: time the Python `mirt` package on the data written by `psy-bench`.

Usage: python bench/peers.py DATA_DIR > peers.json   (bench/peers.sh runs it for you)

Reads DATA_DIR/calibration_2pl.csv (50,000 x 100, 0/1, header of item ids),
DATA_DIR/calibration_2pl_true.json (true parameters, for recovery RMSE),
DATA_DIR/cat_bank_3pl.json (5,000-item 3PL bank) and DATA_DIR/cat_thetas.txt (1,000 abilities),
and prints a JSON object of timings and recovery figures.
"""
import json
import os
import sys
import time

import numpy as np
import mirt


def main() -> None:
    data = sys.argv[1] if len(sys.argv) > 1 else "bench-data"
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
    }, indent=2))


if __name__ == "__main__":
    main()
