import { describe, expect, it } from 'vitest';
import type { ElementwiseActivation } from '../../src/core/define.js';
import { parseSpec } from '../../src/spec/parse.js';
import { backward, createNetwork, forward, gradientExperiment, initStd, loss, meanStd, type Activation1D } from '../../src/gradient/network.js';
import { normalSampler } from '../../src/gradient/random.js';

const activation = (text: string): Activation1D => {
  const s = parseSpec(text);
  return { activation: s.activation as ElementwiseActivation, params: s.params };
};

describe('the backward pass', () => {
  for (const name of ['tanh', 'gelu', 'elu(alpha=0.5)', 'softplus']) {
    it(`matches central differences of the loss on a small network (${name})`, () => {
      const f = activation(name);
      const net = createNetwork({ depth: 4, width: 5, batch: 3 }, { kind: 'xavier' }, 7);
      const grads = backward(net, f, forward(net, f)).weightGradients;
      const fails: string[] = [];
      for (let l = 0; l < net.depth; l++) {
        for (const i of [0, 7, 13, 24]) {
          const w = net.weights[l];
          const keep = w[i];
          const h = 1e-5;
          w[i] = keep + h;
          const up = loss(net, forward(net, f));
          w[i] = keep - h;
          const down = loss(net, forward(net, f));
          w[i] = keep;
          const numeric = (up - down) / (2 * h);
          const err = Math.abs(grads[l][i] - numeric) / Math.max(1e-8, Math.abs(numeric));
          if (!(err < 1e-5)) fails.push(`layer ${l + 1} weight ${i}: backprop ${grads[l][i]}, central difference ${numeric}`);
        }
      }
      expect(fails, fails.join('\n')).toEqual([]);
    });
  }
});

describe('known results', () => {
  const shape = { depth: 50, width: 128, batch: 32 };
  const ratio = (stats: { gradNorm: number }[], from: number, to: number) => stats[to - 1].gradNorm / stats[from - 1].gradNorm;

  it('sigmoid with Xavier: the gradient norm shrinks by at least 10x over 10 layers', () => {
    const stats = gradientExperiment(activation('sigmoid'), { ...shape, depth: 10 }, { kind: 'xavier' }, 1);
    expect(ratio(stats, 1, 10)).toBeGreaterThan(10); // the layer at the output gets 10x the gradient of the first
  });

  it('ReLU with He: the gradient norm stays within a factor of 10 over 50 layers (the defaults: width 256, batch 64)', () => {
    const norms = gradientExperiment(activation('relu'), { depth: 50, width: 256, batch: 64 }, { kind: 'he' }, 1).map((s) => s.gradNorm);
    expect(Math.max(...norms) / Math.min(...norms)).toBeLessThan(10);
  });

  it('ReLU with a too-large initialisation explodes', () => {
    const norms = gradientExperiment(activation('relu'), { ...shape, depth: 20 }, { kind: 'normal', std: 0.5 }, 1).map((s) => s.gradNorm);
    expect(norms[0] / norms[19]).toBeGreaterThan(1e6); // the input-side layer gets vastly more gradient
    expect(Number.isFinite(norms[0])).toBe(true);
  });

  it('reports dead units and saturation', () => {
    const relu = gradientExperiment(activation('relu'), { depth: 3, width: 64, batch: 16 }, { kind: 'he' }, 3);
    for (const s of relu) {
      expect(s.saturated).toBeGreaterThan(0.3); // about half the ReLU inputs are negative
      expect(s.saturated).toBeLessThan(0.7);
      expect(s.dead).toBeLessThan(0.2);
    }
    const saturatedSigmoid = gradientExperiment(activation('sigmoid'), { depth: 2, width: 32, batch: 8 }, { kind: 'normal', std: 10 }, 3);
    expect(saturatedSigmoid[0].saturated).toBeGreaterThan(0.8);
  });
});

describe('the output layer', () => {
  it('gets the same random gradient whatever the activation: its norm depends only on the slopes there', () => {
    const shape = { depth: 10, width: 64, batch: 16 };
    const net = createNetwork(shape, { kind: 'xavier' }, 5);
    let g = 0;
    for (const v of net.upstream) g += v * v;
    const sent = Math.sqrt(g) / shape.batch; // ‖∂L/∂h_L‖
    const last = (name: string) => gradientExperiment(activation(name), shape, { kind: 'xavier' }, 5)[shape.depth - 1].gradNorm;
    // relu passes the gradient of its active half (slope 1): about 0.7 of it; sigmoid's slope is at most 1/4
    expect(last('relu') / sent).toBeGreaterThan(0.5);
    expect(last('relu') / sent).toBeLessThan(0.9);
    expect(last('sigmoid') / sent).toBeGreaterThan(0.15);
    expect(last('sigmoid') / sent).toBeLessThanOrEqual(0.25);
    // under ‖h_L‖²/(2·batch), relu's read 1e-4 beside sigmoid's 0.25; now it reads more than sigmoid's
    expect(last('relu')).toBeGreaterThan(last('sigmoid'));
  });
});

describe('determinism', () => {
  it('gives the same numbers for the same seed, and different ones for another', () => {
    const a = gradientExperiment(activation('tanh'), { depth: 5, width: 16, batch: 4 }, { kind: 'lecun' }, 42);
    const b = gradientExperiment(activation('tanh'), { depth: 5, width: 16, batch: 4 }, { kind: 'lecun' }, 42);
    const c = gradientExperiment(activation('tanh'), { depth: 5, width: 16, batch: 4 }, { kind: 'lecun' }, 43);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('draws the same first normals on every machine (golden values of the generator)', () => {
    const normal = normalSampler(1);
    const first = [normal(), normal(), normal()];
    for (const v of first) expect(Math.abs(v)).toBeLessThan(6);
    expect(first).toMatchInlineSnapshot(`
      [
        0.6930893327470792,
        -1.2156134771912355,
        0.7608035167672512,
      ]
    `);
  });

  it('scales the initialisations as the papers say', () => {
    expect(initStd({ kind: 'xavier' }, 100, 300)).toBeCloseTo(Math.sqrt(2 / 400), 15);
    expect(initStd({ kind: 'he' }, 50, 10)).toBeCloseTo(0.2, 15);
    expect(initStd({ kind: 'lecun' }, 25, 10)).toBeCloseTo(0.2, 15);
    expect(initStd({ kind: 'normal', std: 0.3 }, 1, 1)).toBe(0.3);
  });
});

describe("a layer's mean and std", () => {
  it('hold for outputs near the largest and the smallest doubles (--init normal:1e300, normal:1e-200)', () => {
    // std was Infinity (the squares overflowed) and 0 (they underflowed)
    const big = meanStd(Float64Array.from([1e300, -1e300, 3e300, 1e300]));
    expect(big.mean).toBeCloseTo(1e300, -286);
    expect(big.std / (Math.sqrt(2) * 1e300)).toBeCloseTo(1, 14);
    const small = meanStd(Float64Array.from([1e-200, 3e-200]));
    expect(small.mean / 2e-200).toBeCloseTo(1, 14);
    expect(small.std / 1e-200).toBeCloseTo(1, 14);
    // the mean of values near the largest double, whose plain sum overflows
    expect(meanStd(Float64Array.from([1.5e308, 1.5e308])).mean).toBe(1.5e308);
    // ordinary values: the plain sums, bit for bit
    const h = Float64Array.from([0.1, -2.5, 3.75, 1e-3]);
    const mean = h.reduce((a, v) => a + v, 0) / h.length;
    expect(meanStd(h)).toEqual({ mean, std: Math.sqrt(h.reduce((a, v) => a + (v - mean) * (v - mean), 0) / h.length) });
    expect(meanStd(Float64Array.from([0, 0]))).toEqual({ mean: 0, std: 0 });
    expect(meanStd(Float64Array.from([Infinity, 1])).mean).toBe(Infinity);
  });

  it('of a network whose weights are 1e300: finite where the outputs are', () => {
    const stats = gradientExperiment(activation('relu'), { depth: 1, width: 4, batch: 2 }, { kind: 'normal', std: 1e300 }, 1);
    expect(Number.isFinite(stats[0].std) && stats[0].std > 1e299).toBe(true);
  });
});
