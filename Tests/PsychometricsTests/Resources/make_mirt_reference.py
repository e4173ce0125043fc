#!/usr/bin/env python3
"""Generates the mirt agreement fixture used by MirtAgreementTests.swift.

Run from this directory with the venv that has mirt 1.2 installed:

    /work/scratch/venv/bin/python make_mirt_reference.py

Writes mirt_2pl_500x10.csv (500 persons x 10 items, 2PL, numpy seed 20240611) and prints
mirt's estimates as JSON (they are pasted into MirtAgreementTests.swift):
  - fit_mirt(X, model="2PL", n_quadpts=21, compute_standard_errors=False): mirt 1.2 reports
    discrimination a and difficulty b in the a(theta - b) metric without the 1.702 constant
    (checked: model.probability equals 1/(1+exp(-a(theta-b))) to machine precision);
  - the marginal log-likelihood of the fit;
  - fscores(fit, X[:20], method="EAP") with mirt's default 49 Gauss-Hermite points, N(0,1) prior.
"""
import json

import numpy as np
import mirt

rng = np.random.default_rng(20240611)
n_persons, n_items = 500, 10
a = rng.uniform(0.7, 2.0, n_items)
b = rng.normal(0.0, 1.0, n_items)
theta = rng.normal(0.0, 1.0, n_persons)
p = 1.0 / (1.0 + np.exp(-a * (theta[:, None] - b)))
x = (rng.random((n_persons, n_items)) < p).astype(int)

ids = [f"i{j + 1}" for j in range(n_items)]
with open("mirt_2pl_500x10.csv", "w") as f:
    f.write(",".join(ids) + "\n")
    for row in x:
        f.write(",".join(str(v) for v in row) + "\n")

fit = mirt.fit_mirt(x, model="2PL", n_quadpts=21, compute_standard_errors=False)
est_a = np.asarray(fit.model.parameters["discrimination"]).ravel()
est_b = np.asarray(fit.model.parameters["difficulty"]).ravel()
check = fit.model.probability(np.array([[0.3]])).ravel()
assert np.allclose(check, 1.0 / (1.0 + np.exp(-est_a * (0.3 - est_b))), atol=1e-12)

scores = mirt.fscores(fit, x[:20], method="EAP")
reference = {
    "generator": "make_mirt_reference.py with mirt " + getattr(mirt, "__version__", "?"),
    "true_a": a.tolist(),
    "true_b": b.tolist(),
    "a": est_a.tolist(),
    "b": est_b.tolist(),
    "log_likelihood": float(fit.log_likelihood),
    "iterations": int(fit.n_iterations),
    "eap_theta": np.asarray(scores.theta).ravel().tolist(),
    "eap_se": np.asarray(scores.standard_error).ravel().tolist(),
}
print(json.dumps(reference, indent=2))
