#!/usr/bin/env bash
# One function at several parameter values, overlaid: ELU at alpha = 0.5, 1, 1.5 and 2.
# usage: examples/compare-params.sh [OUT.png]    (uses ./bin/act, or $ACT)
set -euo pipefail
act=${ACT:-"$(dirname "$0")/../bin/act"}
alphas=(0.5 1 1.5 2)
specs=()
for a in "${alphas[@]}"; do specs+=("elu(alpha=$a)"); done

# In the terminal (80x24 when piped), with the derivatives' jump at 0 for alpha != 1 ...
"$act" plot "${specs[@]}" --from -4 --to 2 --title "ELU at several alphas"

# ... the numbers behind it: f(-4) approaches -alpha, f'(0) from the left is alpha ...
"$act" eval "${specs[@]}" -d --from -4 --to 0 -n 2

# ... and as an image, when a file name is given.
if [[ $# -ge 1 ]]; then
  "$act" plot "${specs[@]}" --from -4 --to 2 --title "ELU at several alphas" --ylabel "ELU(x)" -o "$1"
  echo "wrote $1"
fi
