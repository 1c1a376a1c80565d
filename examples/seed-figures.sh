#!/usr/bin/env bash
# Regenerates the seed article's nine matplotlib figures with act, one command each:
# same titles, y labels and colours. Usage: examples/seed-figures.sh OUTPUT_FOLDER
set -euo pipefail
out=${1:?usage: examples/seed-figures.sh OUTPUT_FOLDER}
mkdir -p "$out"
act=${ACT:-"$(dirname "$0")/../bin/act"}

"$act" plot sigmoid   --from -10 --to 10 --title "Sigmoid Function Graph" --ylabel "Sigmoid(x)" --hline 0.5 -o "$out/sigmoid.png"
"$act" plot tanh      --from -10 --to 10 --title "Tanh Function Graph" --ylabel "Tanh(x)" --colors blue -o "$out/tanh.png"
"$act" plot relu      --from -10 --to 10 --title "ReLU Function Graph" --ylabel "ReLU(x)" --colors red -o "$out/relu.png"
"$act" plot leaky_relu --from -10 --to 10 --title "Leaky ReLU Function Graph" --ylabel "Leaky ReLU(x)" --colors purple -o "$out/leaky_relu.png"
"$act" plot prelu --from -10 --to 10 --title "PReLU Function Graph" --ylabel "PReLU(x)" --colors orange -o "$out/prelu.png"
"$act" plot elu       --from -10 --to 10 --title "ELU Function Graph" --ylabel "ELU(x)" --colors green -o "$out/elu.png"
"$act" plot softmax   --from -5 --to 5 -n 11 --markers --title "Softmax Function Graph" --ylabel "Softmax(x)" -o "$out/softmax.png"
"$act" plot swish     --from -10 --to 10 --title "Swish Function Graph" --ylabel "Swish(x)" --colors magenta -o "$out/swish.png"
"$act" plot gelu      --from -10 --to 10 --title "GELU Function Graph" --ylabel "GELU(x)" --colors cyan -o "$out/gelu.png"
