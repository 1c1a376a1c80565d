#!/usr/bin/env python3
"""Reference values at points that are not in the shared reference grid (test/fixtures/offgrid.csv).

Uses the exact definitions of ../shared/reference/make_reference.py (mpmath, 1000 digits) at
seeded random doubles: uniform in [-40, 40], log-uniform magnitudes from 1e-300 to 1e3, and (drawn
after those, so that they stay the same) log-uniform magnitudes from 1e3 to 1e308, where squares
overflow; then six points that a random draw rarely hits. A row mpmath cannot compute (its erfc
overflows for |x| near 1e300) is left out. Appended after those rows: every parameter at extreme
values (1e-300, 1e300, the smallest subnormal), at points scaled by the parameter (EXTREME_VARIANTS).

usage: python3 scripts/make_offgrid.py PATH/TO/make_reference.py OUT.csv   (needs mpmath)
"""
import math
import random
import sys
from decimal import Decimal

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

# Extreme parameters (issue 22): 1e-300, 1e300 and the smallest subnormal wherever the domain
# allows, each at the shared points above and at points scaled by the parameter, where its
# argument (βx, x/α) crosses exp's underflow, swish's minimum or the dead zone's edge; with the
# points that broke before (swish' near -1.28/β, elu' at -746 for alpha = 1e300, softplus at
# -7.45e302 for beta = 1e-300, celu near 0 for alpha = 1e300).
TINY, HUGE, SUBNORMAL = "1e-300", "1e300", "5e-324"
EXTREME_VARIANTS = [
    *[("leaky_relu", {"alpha": v}) for v in (TINY, HUGE, SUBNORMAL, "-1e300")],
    *[("prelu", {"alpha": v}) for v in (TINY, HUGE, SUBNORMAL)],
    *[("elu", {"alpha": v}) for v in ("0", TINY, HUGE, SUBNORMAL)],
    *[("celu", {"alpha": v}) for v in (TINY, HUGE, SUBNORMAL)],
    *[("swish", {"beta": v}) for v in (TINY, "1e-301", HUGE, "1.3e300", SUBNORMAL)],
    *[("softplus", {"beta": v}) for v in (TINY, HUGE, SUBNORMAL)],
    *[("hardtanh", {"min": "-" + v, "max": v}) for v in (TINY, HUGE, SUBNORMAL)],
    *[(f, {"lambda": v}) for f in ("softshrink", "hardshrink") for v in ("0", TINY, HUGE, SUBNORMAL)],
    *[("squareplus", {"b": v}) for v in (TINY, SUBNORMAL)],
]
SCALED = (-1490.0, -1400.0, -746.0, -745.5, -708.5, -40.0, -2.3993572805154676, -1.2784645427610738, -1.0, -1e-3, 1e-3, 1.0, 40.0, 746.0)
BROKE = (-746.0, -7.45e302, -1.28e300, -1.28e-300, -1.28e301, 1e-24, -1e-24, 2.4e-24, -2.4e-24, 0.0)


def extreme_xs(params):
    """The shared points, then points c/v and c·v for each parameter value v, and BROKE."""
    more = list(BROKE)
    for v in (float(t) for t in params.values()):
        if v != 0:
            more += [c / v for c in SCALED] + [c * v for c in (-2.0, -1.0, -0.5, 0.5, 1.0, 2.0)]
    seen = set(xs)
    extra = []
    for x in more:
        if math.isfinite(x) and x not in seen:
            seen.add(x)
            extra.append(x)
    return xs + extra


def rows(name, params, points=None):
    out = []
    for x in points or xs:
        try:
            out += ref.rows_for(name, params, [x])
        except OverflowError:
            pass
    return out


def exact_rows(name, params, points):
    """rows() at the doubles the parameters parse to, exactly (1e-300 is not the double 1e-300,
    which matters where x meets the parameter: the dead zone's edge), labelled as written."""
    exact = {k: str(Decimal(float(v))) for k, v in params.items()}
    label = ";".join(f"{k}={v}" for k, v in params.items())
    return [(r[0], label, *r[2:]) for r in rows(name, exact, points)]


with open(sys.argv[2], "w") as f:
    f.write("function,params,x,y,dy\n")
    for name in ref.FUNCS:
        for row in rows(name, {}):
            f.write(",".join(row) + "\n")
    for name, params in ref.VARIANTS + EXTRA_VARIANTS:
        for row in rows(name, params):
            f.write(",".join(row) + "\n")
    for name, params in EXTREME_VARIANTS:
        for row in exact_rows(name, params, extreme_xs(params)):
            f.write(",".join(row) + "\n")
