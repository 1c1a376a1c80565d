#!/usr/bin/env bash
# The seed article's nine figures as its numpy/matplotlib code draws them (the peer script
# ../shared/anchors/mpl_seed9.py): the same x grids (linspace(-10, 10, 100); softmax on
# linspace(-2, 2, 10) with markers), titles, axis labels, colours and legend entries, the
# sigmoid's green dashed "y = 0.5" line included, as 640x480 PNGs. All nine are drawn by one act
# process (act batch), which starts Node and loads act and vega once.
# Usage: examples/seed-figures.sh OUTPUT_FOLDER
set -euo pipefail
out=${1:?usage: examples/seed-figures.sh OUTPUT_FOLDER}
act=${ACT:-"$(cd "$(dirname "$0")/.." && pwd)/bin/act"}
mkdir -p "$out"
cd "$out"

"$act" batch --fail-fast <<'LINES'
# act plot NAME --from -10 --to 10 -n 100 ... is numpy's x = np.linspace(-10, 10, 100)
plot sigmoid --from -10 --to 10 -n 100 --title "Sigmoid Function Graph" --ylabel "Sigmoid(x)" --hline 0.5 --hline-label "y = 0.5" --hline-color green --scale 1 -o sigmoid.png
plot tanh --from -10 --to 10 -n 100 --title "tanh Function Graph" --ylabel "tanh(x)" --colors blue --scale 1 -o tanh.png
plot relu --from -10 --to 10 -n 100 --title "ReLU Function Graph" --ylabel "ReLU(x)" --colors red --scale 1 -o relu.png
plot leaky_relu --from -10 --to 10 -n 100 --title "Leaky ReLU Function Graph" --ylabel "Leaky ReLU(x)" --colors purple --scale 1 -o leaky_relu.png
plot "prelu=prelu(alpha=0.1)" --from -10 --to 10 -n 100 --title "Parametric ReLU (PReLU) Function Graph" --ylabel "PReLU(x)" --colors orange --scale 1 -o prelu.png
plot elu --from -10 --to 10 -n 100 --title "Exponential Linear Unit (ELU) Function Graph" --ylabel "ELU(x)" --colors green --scale 1 -o elu.png
plot swish --from -10 --to 10 -n 100 --title "Swish Function Graph" --ylabel "Swish(x)" --colors magenta --scale 1 -o swish.png
plot gelu --from -10 --to 10 -n 100 --title "GELU Function Graph" --ylabel "GELU(x)" --colors cyan --scale 1 -o gelu.png
# plt.plot(xs, s, "bo-", label="Softmax Function") on xs = np.linspace(-2, 2, 10)
plot "Softmax Function=softmax" --from -2 --to 2 -n 10 --markers --title "Softmax Function Graph" --ylabel "Softmax(x)" --colors blue --scale 1 -o softmax.png
LINES
