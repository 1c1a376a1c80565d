/**
 * act's kernels in-process: f and f' of catalog functions over a Float64Array grid, through the
 * library's evaluateInto (the loop every command uses). Prints one JSON line per function.
 * Run by bench/run.mjs, one process per function so that functions do not disturb each other's
 * JIT state: node bench/kernels.mjs POINTS NAME...
 */
import { activations, defaultParams, evaluateInto, linspace } from '../dist/index.js';
import { measure } from './harness.mjs';

const [pointsText, ...names] = process.argv.slice(2);
const points = Number(pointsText);
const quick = process.env.BENCH_QUICK === '1';
const options = quick ? { warmupMs: 50, sampleMs: 60, samples: 10 } : {};
const xs = linspace(-10, 10, points);
const out = new Float64Array(points);
for (const name of names) {
  const a = activations.find((x) => x.name === name);
  if (!a) throw new Error(`no activation ${name}`);
  const p = defaultParams(a);
  const f = measure(() => evaluateInto(a, p, xs, false, out), points, options);
  const df = measure(() => evaluateInto(a, p, xs, true, out), points, options);
  console.log(JSON.stringify({ name, f, df }));
}
