/**
 * act as a library: evaluate functions and their exact derivatives, then draw them, as text and
 * as an SVG string. Run it with: npx tsx examples/api.ts [out.svg]
 */
import { writeFileSync } from 'node:fs';
import { chartOptions, chartSpec, evaluate, linspace, parseSpec, renderChart, renderImage, sampleSeries } from 'act-activations';

// A script piped into `head` sees its reader go away: that ends it quietly, as it ends act.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

// Values and derivatives over a grid, as Float64Arrays.
const xs = linspace(-3, 3, 7);
const gelu = evaluate('gelu', xs);
const eluSlope = evaluate('elu(alpha=0.5)', xs, { derivative: true });
const mine = evaluate('x*sigmoid(1.702*x)', xs); // an expression works wherever a name does
for (let i = 0; i < xs.length; i++) {
  console.log(`x=${xs[i]}  gelu=${gelu[i].toFixed(6)}  elu'(alpha=0.5)=${eluSlope[i].toFixed(6)}  quick=${mine[i].toFixed(6)}`);
}

// Sampled series, drawn as a text chart and as an SVG through vega-lite and vega.
const specs = ['gelu', 'relu'].map(parseSpec);
const series = sampleSeries(specs, { from: -3, to: 3, points: 301, derivative: true });
console.log(renderChart(series, { width: 72, height: 16, title: 'gelu and relu, with derivatives' }));

const svg = (await renderImage(chartSpec(series, chartOptions(series, { title: 'GELU and ReLU' })), 'svg')) as string;
const out = process.argv[2];
if (out) writeFileSync(out, svg);
console.log(`SVG: ${svg.length} characters${out ? `, written to ${out}` : ''}`);
