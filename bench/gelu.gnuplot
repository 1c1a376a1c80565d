# The gnuplot jobs: GELU on [-5, 5], 1000 samples. Pass term='dumb' for an ASCII chart on
# stdout, or term='png' and out='file.png' for an image: gnuplot -e "term='dumb'" gelu.gnuplot
if (!exists("term")) term = 'dumb'
if (term eq 'dumb') { set terminal dumb size 80,24 } else { set terminal pngcairo size 640,480; set output out }
set samples 1000
set xrange [-5:5]
set grid
plot x * 0.5 * (1 + erf(x / sqrt(2))) title 'gelu'
