#!/usr/bin/env bash
# Plotting data: act's own output, and measured values (PyTorch's float32 GELU, computed at act's
# x points by scripts/torch_gelu.py into examples/data/) beside act's exact curves.
# usage: examples/plot-data.sh [OUT_FOLDER]    (uses ./bin/act, or $ACT)
set -euo pipefail
act=${ACT:-"$(dirname "$0")/../bin/act"}
data="$(dirname "$0")/data/gelu-torch-float32.csv"

# act eval's CSV piped into act plot: a series per column, named by its header
"$act" eval gelu gelu_tanh --from -4 --to 4 | "$act" plot --title "act eval | act plot"

# measured values as dots, the exact function as a line over the data's x range
"$act" plot gelu -i "$data" --y torch_gelu --title "PyTorch float32 GELU and act's"

# float32's error: act eval --keep puts the exact gelu beside torch's columns, awk subtracts
"$act" eval gelu -i "$data" --keep |
  awk -F, -v OFS=, 'NR == 1 { print "x", "torch - exact" } NR > 1 { printf "%s,%.17g\n", $1, $2 - $4 }' |
  "$act" plot --title "PyTorch float32 GELU minus the exact value"

if [[ $# -ge 1 ]]; then
  mkdir -p "$1"
  "$act" plot gelu -i "$data" --y torch_gelu --title "PyTorch float32 GELU and act's" -o "$1/torch-gelu.png"
  "$act" eval gelu -i "$data" --keep |
    awk -F, -v OFS=, 'NR == 1 { print "x", "torch - exact" } NR > 1 { printf "%s,%.17g\n", $1, $2 - $4 }' |
    "$act" plot --title "PyTorch float32 GELU minus the exact value" -o "$1/torch-gelu-error.png"
  echo "wrote $1/torch-gelu.png $1/torch-gelu-error.png"
fi
