/**
 * The library's evaluation fills in defaults and refuses unknown parameters (no silent NaN);
 * info() and gradientExperiment() return what `act info --format json` and `act gradient` print.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { activations, defaultParams, evaluate, evaluateInto, expressionActivation, findActivation, gradientExperiment, info, parseSpec, toSpec } from '../../src/index.js';
import { activations as plainActivations } from '../../src/activations/index.js';
import { jsonText } from '../../src/info/info-json.js';
import { act } from '../helpers/cli.js';

const X = [-2.5, -1, -0.25, 0, 0.3, 1, 4];

describe('evaluation from the library', () => {
  it('fills in the defaults: findActivation("elu").f(-1, {}) is elu(-1) with alpha = 1', () => {
    const elu = findActivation('elu')!;
    expect(elu.kind).toBe('elementwise');
    if (elu.kind !== 'elementwise') return;
    expect(elu.f(-1, {})).toBe(Math.expm1(-1));
    expect(elu.df(-1, { alpha: 0.5 })).toBe(0.5 * Math.exp(-1));
    const parsed = parseSpec('elu').activation;
    expect(parsed.kind === 'elementwise' && parsed.f(-1, {})).toBe(Math.expm1(-1));
  });

  it('for every catalog function, f and df with no or partial parameters equal them with the defaults', () => {
    for (const a of activations) {
      const plain = plainActivations.find((p) => p.name === a.name)!;
      const p = defaultParams(plain);
      if (a.kind === 'elementwise' && plain.kind === 'elementwise') {
        for (const x of X) {
          expect(a.f(x, {}), `${a.name}(${x})`).toBe(plain.f(x, p));
          expect(a.df(x, {}), `${a.name}'(${x})`).toBe(plain.df(x, p));
          expect(Number.isNaN(a.f(x, {})), a.name).toBe(false);
        }
      } else if (a.kind === 'vector' && plain.kind === 'vector') {
        const want = new Float64Array(X.length);
        plain.f(X, p, want);
        const got = new Float64Array(X.length);
        a.f(X, {}, got);
        expect([...got], a.name).toEqual([...want]);
      }
    }
  });

  it('an unknown, missing or out-of-domain parameter throws a UsageError, for every function', () => {
    for (const a of activations) {
      const call = (p: Record<string, unknown>) => (a.kind === 'elementwise' ? a.f(0.5, p as never) : a.f(X, p as never, new Float64Array(X.length)));
      expect(() => call({ nosuch: 1 }), a.name).toThrow(UsageError);
      for (const k of Object.keys(a.params)) {
        expect(() => call({ [k]: undefined }), `${a.name} ${k}`).toThrow(/must be/);
        expect(() => call({ [k]: NaN }), `${a.name} ${k}`).toThrow(/must be/);
      }
    }
    const elu = findActivation('elu')!;
    expect(() => (elu.kind === 'elementwise' ? elu.f(-1, { alhpa: 1 }) : 0)).toThrow('elu: unknown parameter "alhpa" (elu takes alpha)');
    expect(() => (elu.kind === 'elementwise' ? elu.df(-1, { alpha: -1 }) : 0)).toThrow(/alpha must be a number ≥ 0, got -1/);
  });

  it('evaluate and evaluateInto take the library\'s declarations at full speed, parameters checked once', () => {
    const elu = findActivation('elu')!;
    expect([...evaluate(elu, [-1, 1], { params: { alpha: 2 } })]).toEqual([2 * Math.expm1(-1), 1]);
    expect(evaluateInto(elu, {}, [-1], false, new Float64Array(1))[0]).toBe(Math.expm1(-1));
    expect(() => evaluateInto(elu, { alhpa: 1 }, [-1], false, new Float64Array(1))).toThrow(UsageError);
    expect(toSpec('elu', { alpha: 3 }).params).toEqual({ alpha: 3 });
    const quick = expressionActivation('x*sigmoid(1.702*x)');
    expect(quick.f(1, {})).toBeCloseTo(1 / (1 + Math.exp(-1.702)), 15);
    expect(() => quick.f(1, { a: 1 })).toThrow(UsageError);
  });

  it('hands out one checked copy per declaration', () => {
    expect(findActivation('gelu')).toBe(activations.find((a) => a.name === 'gelu'));
    expect(parseSpec('gelu').activation).toBe(findActivation('GELU'));
  });
});

describe('info()', () => {
  it('returns what act info --format json prints, for a catalog function and an expression', () => {
    for (const spec of ['gelu', 'elu(alpha=0.5)', 'softmax', 'x*sigmoid(1.702*x)']) {
      const r = act(['info', spec, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(JSON.parse(jsonText(info(spec)))).toEqual(JSON.parse(r.stdout));
    }
    const facts = info('elu', { alpha: 0.5 });
    expect(facts.heading).toBe('elu(alpha=0.5)');
    expect(facts.range.pieces[0].lo).toBe(-0.5);
    expect(facts.range.pieces[0].hi).toBe(Infinity); // a number here; JSON writes "Infinity"
    expect(() => info('elu', { beta: 1 })).toThrow(UsageError);
  });
});

describe('gradientExperiment()', () => {
  it('returns the per-layer numbers act gradient prints', () => {
    const args = ['--depth', '4', '--width', '16', '--batch', '8', '--init', 'he', '--seed', '7'];
    const cli = JSON.parse(act(['gradient', 'relu', 'tanh', ...args, '--format', 'json']).stdout);
    const { setting, results } = gradientExperiment({ functions: ['relu', 'tanh'], depth: 4, width: 16, batch: 8, init: 'he', seed: 7 });
    expect(setting).toEqual({ depth: 4, width: 16, batch: 8, init: 'he', seed: 7 });
    const rows = results.flatMap((r) =>
      r.layers.map((s) => ({ activation: r.label, layer: s.layer, grad_norm: s.gradNorm, weight_grad_norm: s.weightGradNorm, mean: s.mean, std: s.std, dead: s.dead, saturated: s.saturated })),
    );
    expect(rows).toEqual(cli);
    expect(rows).toHaveLength(8);
  });

  it('fills in the CLI\'s defaults and refuses what it refuses', () => {
    expect(gradientExperiment({ functions: 'sigmoid', depth: 2, width: 8, batch: 2 }).setting).toEqual({ depth: 2, width: 8, batch: 2, init: 'xavier', seed: 1 });
    expect(() => gradientExperiment({ functions: 'softmax', depth: 2 })).toThrow(/vector function/);
    expect(() => gradientExperiment({ functions: 'relu', depth: 0 })).toThrow(/depth must be a whole number from 1 to 1000/);
    expect(() => gradientExperiment({ functions: 'relu', width: 2.5 })).toThrow(/width must be a whole number/);
    expect(() => gradientExperiment({ functions: 'relu', init: 'zeros' })).toThrow(/--init must be/);
    // from JavaScript a dtype may be anything: a UsageError, not a TypeError from the dtype engine
    const int8 = 'int8' as 'float32';
    expect(() => gradientExperiment({ functions: 'relu', depth: 2, dtype: int8 })).toThrow(new UsageError('dtype must be one of float64, float32, bfloat16, float16, got "int8"'));
    expect(() => evaluate('gelu', [1], { dtype: int8 })).toThrow(new UsageError('dtype must be one of float64, float32, bfloat16, float16, got "int8"'));
  });
});
