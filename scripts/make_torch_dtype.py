#!/usr/bin/env python3
"""PyTorch's own values and autograd derivatives in float32, bfloat16 and float16 (test/fixtures/torch-dtype.json).

    /usr/bin/python3 scripts/make_torch_dtype.py test/fixtures/torch-dtype.json

Needs PyTorch (Debian: apt-get install python3-torch; Debian 13 ships 1.13). CI reads the
committed JSON and does not need torch. For each dtype:

- `x`: the points, made in float64 (a fine linear grid on [-12, 12], a coarser one to ±100 and
  geometric magnitudes 1e-8..1e4 of both signs), rounded to the dtype and deduplicated, so that
  every point is exact in the dtype and act's input rounding is the identity on them; then -inf,
  inf and NaN;
- per case (an act spec: name and, where not the defaults, params): `y` and `dy`, torch's f(x)
  and x.grad after f(x).backward(ones) on the CPU, in that dtype;
- per case `zeros`: where f' is exactly 0 from some point on. On the grid of multiples of
  `step` in [-`reach`, `reach`], `right` is the smallest grid x >= 0 with dy = 0 at every grid
  point from x up to `reach` (null if dy(reach) != 0); `left` likewise the largest x <= 0 with
  dy = 0 from -`reach` up to x.

- `vectors`: the vector functions (softmax, log_softmax, softmin) over whole vectors of points
  (`x`, rounded to the dtype): `y`, and `dy`, the diagonal of the Jacobian as autograd gives it,
  x.grad[i] after y.backward(e_i) for each one-hot e_i (act's f' of a vector function).

Values are written as the dtype's bit patterns in hex (8 digits a value for float32, 4 for
bfloat16 and float16), concatenated: exact, and a third of the size of decimals. A case torch
does not implement for a dtype on the CPU ("not implemented for 'Half'") is left out and
listed under `unsupported`.
"""
import json
import math
import sys

import torch
import torch.nn.functional as F

INF = float("inf")

# act spec -> torch call, with act's parameter values (prelu's weight is act's default 0.1;
# softplus's threshold is act's default ∞, and 20, PyTorch's default, as a case of its own).
CASES = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": F.relu,
    "leaky_relu": lambda x: F.leaky_relu(x, 0.01),
    "leaky_relu(alpha=0.2)": lambda x: F.leaky_relu(x, 0.2),
    "prelu": lambda x: F.prelu(x, torch.tensor([0.1], dtype=x.dtype)),
    "elu": lambda x: F.elu(x, 1.0),
    "elu(alpha=0.5)": lambda x: F.elu(x, 0.5),
    "swish": F.silu,
    "swish(beta=2)": lambda x: x * torch.sigmoid(2 * x),
    "gelu": F.gelu,
    "quick_gelu": lambda x: x * torch.sigmoid(1.702 * x),
    "gelu_tanh": lambda x: F.gelu(x, approximate="tanh"),
    "selu": F.selu,
    "celu": lambda x: F.celu(x, 1.0),
    "celu(alpha=2)": lambda x: F.celu(x, 2.0),
    "rrelu": lambda x: F.rrelu(x, 1 / 8, 1 / 3, training=False),
    "softplus": lambda x: F.softplus(x, 1, INF),
    "softplus(threshold=20)": lambda x: F.softplus(x, 1, 20),
    "softplus(beta=2, threshold=20)": lambda x: F.softplus(x, 2, 20),
    "mish": F.mish,
    "softsign": F.softsign,
    "logsigmoid": F.logsigmoid,
    "tanhshrink": F.tanhshrink,
    "hardtanh": F.hardtanh,
    "relu6": F.relu6,
    "hardsigmoid": F.hardsigmoid,
    "hardswish": F.hardswish,
    "softshrink": lambda x: F.softshrink(x, 0.5),
    "hardshrink": lambda x: F.hardshrink(x, 0.5),
    "threshold": lambda x: F.threshold(x, 0.0, 0.0),
    "exponential": torch.exp,
}

VECTOR_CASES = {
    "softmax": lambda x: F.softmax(x, -1),
    "log_softmax": lambda x: F.log_softmax(x, -1),
    "softmin": lambda x: F.softmin(x, -1),
}
VECTORS = [(-10, 10, 201), (-40, 40, 161)]

DTYPES = {
    "float32": (torch.float32, torch.int32, 8),
    "bfloat16": (torch.bfloat16, torch.int16, 4),
    "float16": (torch.float16, torch.int16, 4),
}

STEP = 1 / 64
REACH = 128


def points() -> list:
    xs = [-12 + 24 * i / 1600 for i in range(1601)]
    xs += [-100 + 200 * i / 400 for i in range(401)]
    mags = [10 ** (-8 + 12 * i / 120) for i in range(121)]
    xs += mags + [-m for m in mags]
    return xs


def in_dtype(xs: list, dtype) -> list:
    t = torch.tensor(xs, dtype=torch.float64).to(dtype)
    # the grid, then -inf, inf and NaN at the end
    return sorted(set(t.double().tolist())) + [-INF, INF, float("nan")]


def hex_bits(t: torch.Tensor, int_type, digits: int) -> str:
    mask = (1 << (4 * digits)) - 1
    return "".join(format(v & mask, f"0{digits}x") for v in t.detach().view(int_type).tolist())


def value_and_grad(fn, xs: list, dtype):
    x = torch.tensor(xs, dtype=torch.float64).to(dtype).requires_grad_(True)
    y = fn(x)
    y.backward(torch.ones_like(y))
    return y, x.grad


def zeros(fn, dtype) -> dict:
    n = int(REACH / STEP)
    right = [i * STEP for i in range(n + 1)]
    left = [-i * STEP for i in range(n + 1)]
    out = {}
    for side, xs in (("right", right), ("left", left)):
        _, dy = value_and_grad(fn, xs, dtype)
        dy = dy.double().tolist()
        if dy[-1] != 0:
            out[side] = None
            continue
        i = len(dy) - 1
        while i > 0 and dy[i - 1] == 0:
            i -= 1
        out[side] = xs[i]
    return out


def diagonal(fn, xs: list, dtype):
    x = torch.tensor(xs, dtype=torch.float64).to(dtype).requires_grad_(True)
    y = fn(x)
    dy = []
    for i in range(len(xs)):
        g = torch.zeros_like(y)
        g[i] = 1
        (gx,) = torch.autograd.grad(y, x, g, retain_graph=True)
        dy.append(gx[i])
    return y, torch.stack(dy)


def vectors(dtype, int_type, digits: int) -> list:
    out = []
    for lo, hi, n in VECTORS:
        xs = torch.linspace(lo, hi, n, dtype=torch.float64).to(dtype).double().tolist()
        x = torch.tensor(xs, dtype=torch.float64).to(dtype)
        cases = {}
        for name, fn in VECTOR_CASES.items():
            try:
                y, dy = diagonal(fn, xs, dtype)
            except RuntimeError as e:
                if "not implemented" not in str(e):
                    raise
                continue
            cases[name] = {"y": hex_bits(y, int_type, digits), "dy": hex_bits(dy, int_type, digits)}
        out.append({"x": hex_bits(x, int_type, digits), "cases": cases})
    return out


def main() -> None:
    out = {
        "torch": torch.__version__,
        "device": "cpu",
        "step": STEP,
        "reach": REACH,
        "dtypes": {},
    }
    for name, (dtype, int_type, digits) in DTYPES.items():
        xs = in_dtype(points(), dtype)
        x = torch.tensor(xs, dtype=torch.float64).to(dtype)
        entry = {"x": hex_bits(x, int_type, digits), "cases": {}, "unsupported": []}
        for spec, fn in CASES.items():
            try:
                y, dy = value_and_grad(fn, xs, dtype)
                z = zeros(fn, dtype)
            except RuntimeError as e:
                if "not implemented" not in str(e):
                    raise
                entry["unsupported"].append(spec)
                continue
            entry["cases"][spec] = {
                "y": hex_bits(y, int_type, digits),
                "dy": hex_bits(dy, int_type, digits),
                "zeros": z,
            }
        entry["vectors"] = vectors(dtype, int_type, digits)
        out["dtypes"][name] = entry
        print(f"{name}: {len(xs)} points, {len(entry['cases'])} cases, unsupported: {entry['unsupported']}", file=sys.stderr)
    with open(sys.argv[1], "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
