/**
 * act as a library: evaluate functions and their exact derivatives, draw them in one call (SVG,
 * PNG, the text chart, the Vega-Lite spec), and read the facts of `act info` and `act gradient`.
 * Run it with: npx tsx examples/api.ts [out.svg]
 * The part between the README markers is the README's Library section, word for word
 * (test/examples.test.ts checks both).
 */
import { writeFileSync } from 'node:fs';

// A script piped into `head` sees its reader go away: that ends it quietly, as it ends act.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

// README:begin
import { evaluate, findActivation, gradientExperiment, info, linspace, plot } from 'act-activations';

// Values and exact derivatives over a grid, as Float64Arrays; an expression works wherever a name does.
const xs = linspace(-3, 3, 7);
const gelu = evaluate('gelu', xs);
const eluSlope = evaluate('elu(alpha=0.5)', xs, { derivative: true });
const quick = evaluate('x*sigmoid(1.702*x)', xs);
const bf16Slope = evaluate('sigmoid', xs, { derivative: true, dtype: 'bfloat16' }); // as PyTorch computes it in bfloat16

// One function, one point: missing parameters take their defaults, an unknown one throws.
const elu = findActivation('elu');
const atMinusOne = elu?.kind === 'elementwise' ? elu.f(-1, {}) : NaN; // alpha = 1: expm1(-1)

// A figure in one call, with act plot's defaults (range from the declarations, 1000 points, look).
const svg = await plot(['gelu', 'relu'], { derivative: true, title: 'GELU and ReLU' }); // SVG string
const png = await plot('gelu', { format: 'png', scale: 1 });                             // Uint8Array
const text = await plot(['gelu', 'relu'], { format: 'text', width: 72, height: 16, from: -3, to: 3, derivative: true });
const spec = await plot('gelu', { format: 'vega-lite' });                                // Vega-Lite, for your own charts
const family = await plot('elu', { vary: 'alpha=0.5,1,2' });                             // three curves (also { name, values })
const tail = await plot('gelu', { dtype: 'float32', exact: true, from: -8, to: -4 });     // float32 GELU beside the exact one
const page = await plot('elu', { format: 'html', vary: 'alpha=0.2:2', derivative: true }); // an interactive HTML page

// What `act info --format json` and `act gradient` print.
const facts = info('elu(alpha=0.5)');
const experiment = gradientExperiment({ functions: ['relu', 'sigmoid'], depth: 10 });
// README:end

for (let i = 0; i < xs.length; i++) {
  console.log(`x=${xs[i]}  gelu=${gelu[i].toFixed(6)}  elu'(alpha=0.5)=${eluSlope[i].toFixed(6)}  quick=${quick[i].toFixed(6)}`);
}
console.log(`elu(-1) = ${atMinusOne}`);
console.log(text);
console.log(`PNG: ${png.length} bytes, starting ${[...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')}`);
console.log(`Vega-Lite: ${spec.$schema}`);
console.log(`bfloat16 sigmoid' at x = ${xs[xs.length - 1]}: ${bf16Slope[xs.length - 1]} (exact ${evaluate('sigmoid', [xs[xs.length - 1]], { derivative: true })[0].toPrecision(3)})`);
console.log(`float32 GELU: ${tail.includes('aria-label="float32 gelu"') ? 'drawn' : 'missing'} beside the exact curve`);
console.log(`family: ${['alpha=0.5', 'alpha=1', 'alpha=2'].filter((l) => family.includes(`aria-label="${l}"`)).join(', ')}`);
console.log(`HTML page: ${page.slice(0, 15)}, ${(page.length / 1e6).toFixed(2)} MB`);
console.log(`info: ${facts.heading} has range ${facts.range.text}, f'(0) = ${facts.atZero?.df}`);
for (const r of experiment.results) console.log(`gradient: ${r.label} layer 1 norm ${r.layers[0].gradNorm.toPrecision(3)}, layer 10 ${r.layers[9].gradNorm.toPrecision(3)}`);
const out = process.argv[2];
if (out) writeFileSync(out, svg);
console.log(`SVG: ${svg.length} characters${out ? `, written to ${out}` : ''}`);
