#!/usr/bin/env python3
"""Reference values for the vector functions (test/fixtures/vector.csv), with mpmath at 1000 digits.

Cases: the seed article's softmax input linspace(-2, 2, 10), logits of +-1000, a vector holding
-Infinity, and a wide one. Functions: softmax, softmin, log_softmax, sparsemax, then glu. Rows: function,case,i,x,y,dy (dy: the Jacobian's diagonal).

usage: python3 scripts/make_vector_reference.py OUT.csv   (needs mpmath)
"""
import math
import sys

import mpmath as mp

mp.mp.dps = 1000


def linspace(a, b, n):
    return [((n - 1 - i) * a + i * b) / (n - 1) for i in range(n)]


CASES = {
    "seed": linspace(-2.0, 2.0, 10),
    "extreme": [1000.0, -1000.0, 0.0, 999.0, -745.0],
    "neg_infinity": [0.5, -math.inf, 2.0, -1.0],
    "wide": linspace(-50.0, 50.0, 41),
    "tie": [3.0, 3.0, -1.0],
}


def exps(xs, sign):
    finite = [sign * mp.mpf(x) for x in xs if not math.isinf(x)]
    m = max(finite)
    return [mp.mpf(0) if math.isinf(x) and sign * x < 0 else mp.exp(sign * mp.mpf(x) - m) for x in xs], m


def softmax(xs, sign=1):
    inf = [math.isinf(x) and sign * x > 0 for x in xs]
    if any(inf):  # the limit of growing logits: the infinite ones share the mass
        return [mp.mpf(1) / sum(inf) if v else mp.mpf(0) for v in inf]
    e, _ = exps(xs, sign)
    s = sum(e)
    return [v / s for v in e]


def log_softmax(xs):
    e, m = exps(xs, 1)
    ls = mp.log(sum(e)) + m
    return [(-mp.inf if math.isinf(x) else mp.mpf(x) - ls) for x in xs]


def sparsemax(xs):
    z = sorted([mp.mpf(x) for x in xs if not math.isinf(x)], reverse=True)
    cum, k_best, sum_best = 0, 0, 0
    for k, v in enumerate(z, 1):
        cum += v
        if 1 + k * v > cum:
            k_best, sum_best = k, cum
    tau = (sum_best - 1) / k_best
    y = [mp.mpf(0) if math.isinf(x) else max(mp.mpf(x) - tau, 0) for x in xs]
    dy = [(1 - mp.mpf(1) / k_best) if (not math.isinf(x) and mp.mpf(x) > tau) else mp.mpf(0) for x in xs]
    return y, dy


def sig(x):
    return 1 / (1 + mp.exp(-x))


def glu(xs):
    """x_i·σ(partner): the first ⌊n/2⌋ entries gated by the last ⌊n/2⌋ and those by the first; an
    odd count's middle entry by σ(0) = 1/2. dy is σ(partner), the Jacobian's diagonal."""
    n, h = len(xs), len(xs) // 2
    second = n - h
    gates = []
    for i in range(n):
        p = i + second if i < h else (i - second if i >= second else None)
        gates.append(mp.mpf(0.5) if p is None else sig(mp.mpf(xs[p])))
    return [mp.mpf(x) * g for x, g in zip(xs, gates)], gates


def fmt(v):
    f = float(v)
    if math.isinf(f):
        return "Infinity" if f > 0 else "-Infinity"
    return "0" if f == 0 else repr(f)


def rows():
    for case, xs in CASES.items():
        s = softmax(xs)
        smin = softmax(xs, -1)
        out = {
            "softmax": (s, [p * (1 - p) for p in s]),
            "softmin": (smin, [-p * (1 - p) for p in smin]),
            "log_softmax": (log_softmax(xs), [1 - p for p in s]),
            "sparsemax": sparsemax(xs),
        }
        for name, (y, dy) in out.items():
            for i, x in enumerate(xs):
                yield f"{name},{case},{i},{fmt(x)},{fmt(y[i])},{fmt(dy[i])}"
    # after the others, so that their rows stay as they were
    for case, xs in CASES.items():
        y, dy = glu(xs)
        for i, x in enumerate(xs):
            yield f"glu,{case},{i},{fmt(x)},{fmt(y[i])},{fmt(dy[i])}"


with open(sys.argv[1], "w") as f:
    f.write("function,case,i,x,y,dy\n")
    for r in rows():
        f.write(r + "\n")
