#!/usr/bin/env python3
"""Reference values at points that are not in the shared reference grid (test/fixtures/offgrid.csv).

Uses the exact definitions of ../shared/reference/make_reference.py (mpmath, 1000 digits) at
seeded random doubles: uniform in [-40, 40], log-uniform magnitudes from 1e-300 to 1e3, and (drawn
after those, so that they stay the same) log-uniform magnitudes from 1e3 to 1e308, where squares
overflow; then six points that a random draw rarely hits. A row mpmath cannot compute (its erfc
overflows for |x| near 1e300) is left out.

usage: python3 scripts/make_offgrid.py PATH/TO/make_reference.py OUT.csv   (needs mpmath)
"""
import random
import sys

from reference_defs import load_reference

ref = load_reference(sys.argv[1])

rng = random.Random(20261128)
xs = [rng.uniform(-40, 40) for _ in range(40)]
xs += [rng.choice((-1, 1)) * 10 ** rng.uniform(-300, 3) for _ in range(40)]
xs += [rng.choice((-1, 1)) * 10 ** rng.uniform(3, 308) for _ in range(20)]
xs += [2e155, -3e154]  # x² overflows, 1/x² is still above the absolute floor 1e-300
xs += [9e307, -9e307]  # x + |x| overflows
xs += [5e-324, -5e-324]  # the smallest subnormals, whose halves round to 0
# parameter sets beyond the shared reference's: squareplus at b = 0 (ReLU) and at a b so large that
# it matters against x² even where x² overflows
EXTRA_VARIANTS = [("squareplus", {"b": "0"}), ("squareplus", {"b": "1e300"})]


def rows(name, params):
    out = []
    for x in xs:
        try:
            out += ref.rows_for(name, params, [x])
        except OverflowError:
            pass
    return out


with open(sys.argv[2], "w") as f:
    f.write("function,params,x,y,dy\n")
    for name in ref.FUNCS:
        for row in rows(name, {}):
            f.write(",".join(row) + "\n")
    for name, params in ref.VARIANTS + EXTRA_VARIANTS:
        for row in rows(name, params):
            f.write(",".join(row) + "\n")
