// Speed of expressions against the catalog functions they spell: ns per point for f and f',
// over a Float64Array, and the ratio. Run after a build: `npm run build && node bench/expression.mjs`.
// Options: --points N (default 1e6), --rounds R (default 15). The figure kept is each case's
// fastest round, the one least disturbed by other work on the machine; the two sides of a
// comparison alternate round by round.
import { performance } from 'node:perf_hooks';
import { evaluateInto, linspace, parseSpec } from '../dist/index.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const points = arg('--points', 1e6);
const rounds = arg('--rounds', 15);

// [expression, the catalog function it equals]
const pairs = [
  ['x*sigmoid(x)', 'swish'],
  ['x*sigmoid(1.702*x)', 'quick_gelu'],
  ['max(0,x)^2', 'relu2'],
  ['x*tanh(softplus(x))', 'mish'],
  ['x > 0 ? x : exp(x) - 1', 'elu'],
  ['x*normcdf(x)', 'gelu'],
];

const xs = linspace(-10, 10, points);
const out = new Float64Array(points);

/** Fastest time of one pass, in ns per point. */
function timeOnce(spec, derivative) {
  const t0 = performance.now();
  evaluateInto(spec.activation, spec.params, xs, derivative, out);
  return ((performance.now() - t0) * 1e6) / points;
}

const rows = [];
for (const [expression, name] of pairs) {
  const e = parseSpec(expression);
  const c = parseSpec(name);
  for (const derivative of [false, true]) {
    // Warm both up, then alternate them round by round, so that both see the same machine load.
    for (let r = 0; r < 3; r++) timeOnce(e, derivative), timeOnce(c, derivative);
    let te = Infinity;
    let tc = Infinity;
    for (let r = 0; r < rounds; r++) {
      te = Math.min(te, timeOnce(e, derivative));
      tc = Math.min(tc, timeOnce(c, derivative));
    }
    rows.push({ expression: derivative ? `${expression} (f')` : expression, catalog: name, 'expr ns/pt': te.toFixed(2), 'catalog ns/pt': tc.toFixed(2), ratio: (te / tc).toFixed(2) });
  }
}
console.log(`${points} points in [-10, 10], fastest of ${rounds} rounds, node ${process.version}`);
console.table(rows);
