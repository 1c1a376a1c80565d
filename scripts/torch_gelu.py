#!/usr/bin/env python3
"""PyTorch's float32 GELU at act's x points: the measured data of examples/plot-data.sh.

    bin/act eval gelu --from -6 --to 6 -n 97 | python3 scripts/torch_gelu.py > examples/data/gelu-torch-float32.csv

Reads act eval's CSV (the x column) on stdin; writes x, torch_gelu (torch.nn.functional.gelu) and
torch_gelu_tanh (approximate='tanh'), computed in float32 on the CPU, each value written as the
shortest decimal that reads back to that float32 value as a double. The grid's x values (multiples
of 0.125) are exact in float32, so the columns differ from act's exact values by float32 arithmetic
alone. Needs PyTorch (Debian: apt-get install python3-torch); CI uses the committed CSV.
"""
import csv
import sys

import torch


def main() -> None:
    rows = list(csv.DictReader(sys.stdin))
    xs = [float(r["x"]) for r in rows]
    x = torch.tensor(xs, dtype=torch.float32)
    if x.double().tolist() != xs:
        sys.exit("torch_gelu.py: some x values are not exact in float32; use a grid of multiples of a power of two")
    exact = torch.nn.functional.gelu(x)
    tanh = torch.nn.functional.gelu(x, approximate="tanh")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["x", "torch_gelu", "torch_gelu_tanh"])
    for u, g, t in zip(xs, exact.tolist(), tanh.tolist()):
        out.writerow([repr(u), repr(g), repr(t)])
    print(f"torch {torch.__version__}, float32, {len(xs)} points", file=sys.stderr)


if __name__ == "__main__":
    main()
