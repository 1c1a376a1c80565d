#!/usr/bin/env bash
# act eval writes plain CSV, so the usual tools take it from there.
# usage: examples/csv-pipeline.sh        (uses ./bin/act, or $ACT)
set -euo pipefail
act=${ACT:-"$(dirname "$0")/../bin/act"}

# Where does GELU's slope peak on [-5, 5]? Sort the rows by the derivative column.
echo "steepest GELU: $("$act" eval gelu -d --from -5 --to 5 -n 1001 | tail -n +2 | sort -t, -k3 -g -r | head -1)"

# How far is the tanh approximation from the exact GELU? awk keeps the largest gap.
"$act" eval gelu gelu_tanh --from -6 --to 6 -n 2001 |
  awk -F, 'NR > 1 { d = $2 - $3; if (d < 0) d = -d; if (d > m) { m = d; x = $1 } }
           END { printf "max |gelu - gelu_tanh| = %.3g at x = %s\n", m, x }'

# Compose functions: relu(gelu(x)) by piping act into act and picking the column (headed gelu,relu).
"$act" eval gelu -n 5 | "$act" eval relu --column gelu

# Any x values: a column of numbers from seq, printed to 6 significant digits.
seq -3 1.5 3 | "$act" eval sigmoid tanh --precision 6
