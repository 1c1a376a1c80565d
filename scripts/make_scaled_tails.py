#!/usr/bin/env python3
"""Reference values where a parameter scales exp's argument (test/fixtures/scaled-tails.csv).

swish, quick_gelu and softplus take e^(βx), celu e^(x/α): the rounding of βx or x/α moves the
result by up to half an ulp of the argument, relatively, which near t = βx = -745 is 5.7e-14. act
carries the argument as a double-double; these rows, with t from -744 to -1, check that to 3e-15.
Exact definitions of ../shared/reference/make_reference.py at 1000 digits, each parameter taken as
the double act computes with.

usage: python3 scripts/make_scaled_tails.py PATH/TO/make_reference.py OUT.csv   (needs mpmath)
"""
import random
import sys

from reference_defs import load_reference, quick_gelu_row

ref = load_reference(sys.argv[1])

CASES = [("swish", "beta", 2.0), ("swish", "beta", 0.3), ("swish", "beta", 7.3), ("quick_gelu", None, 1.702),
         ("softplus", "beta", 2.0), ("softplus", "beta", 0.3), ("softplus", "beta", 7.3),
         ("celu", "alpha", 2.0), ("celu", "alpha", 0.3), ("celu", "alpha", 7.3)]


def main():
    rng = random.Random(20261128)
    with open(sys.argv[2], "w") as f:
        f.write("function,params,x,y,dy\n")
        for name, param, scale in CASES:
            ts = [-rng.uniform(1, 744) for _ in range(40)] + [-rng.uniform(600, 744) for _ in range(20)]
            # x with t = βx (swish, softplus) or t = x/α (celu)
            xs = [t * scale if name == "celu" else t / scale for t in ts]
            for x in xs:
                row = quick_gelu_row(ref, x) if name == "quick_gelu" else ref.rows_for(name, {param: scale}, [x])[0]
                f.write(",".join(row) + "\n")


if __name__ == "__main__":
    main()
