#!/usr/bin/env python3
"""Reference values at points that are not in the shared reference grid (test/fixtures/offgrid.csv).

Uses the exact definitions of ../shared/reference/make_reference.py (mpmath, 1000 digits) at
seeded random doubles: uniform in [-40, 40], and log-uniform magnitudes from 1e-300 to 1e3.

usage: python3 scripts/make_offgrid.py PATH/TO/make_reference.py OUT.csv   (needs mpmath)
"""
import importlib.util
import random
import sys

spec = importlib.util.spec_from_file_location("make_reference", sys.argv[1])
ref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ref)

rng = random.Random(20261128)
xs = [rng.uniform(-40, 40) for _ in range(40)]
xs += [rng.choice((-1, 1)) * 10 ** rng.uniform(-300, 3) for _ in range(40)]

with open(sys.argv[2], "w") as f:
    f.write("function,params,x,y,dy\n")
    for name in ref.FUNCS:
        for row in ref.rows_for(name, {}, xs):
            f.write(",".join(row) + "\n")
    for name, params in ref.VARIANTS:
        for row in ref.rows_for(name, params, xs):
            f.write(",".join(row) + "\n")
