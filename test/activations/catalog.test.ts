/** The catalog as a whole: complete declarations, unique names, and derivatives that are derivatives. */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { defaultParams, type ElementwiseActivation } from '../../src/core/define.js';
import { findActivation, normalizeName } from '../../src/activations/lookup.js';
import { linspace } from '../../src/core/grid.js';

describe('catalog declarations', () => {
  it('holds the seed article’s nine and the issue’s list', () => {
    const required = 'sigmoid tanh relu leaky_relu prelu elu softmax swish gelu gelu_tanh identity binary_step selu celu softplus mish softsign logsigmoid tanhshrink hardtanh relu6 hardsigmoid hardswish softshrink hardshrink squareplus bent_identity gaussian relu2 log_softmax softmin'.split(' ');
    const names = activations.map((a) => a.name);
    expect(required.filter((n) => !names.includes(n))).toEqual([]);
  });

  it('has the defaults the reference data uses', () => {
    const d = (n: string) => defaultParams(findActivation(n)!);
    expect(d('leaky_relu')).toEqual({ alpha: 0.01 });
    expect(d('prelu')).toEqual({ alpha: 0.1 });
    expect(d('elu')).toEqual({ alpha: 1 });
    expect(d('celu')).toEqual({ alpha: 1 });
    expect(d('swish')).toEqual({ beta: 1 });
    expect(d('softplus')).toEqual({ beta: 1, threshold: Infinity });
    expect(d('hardtanh')).toEqual({ min: -1, max: 1 });
    expect(d('softshrink')).toEqual({ lambda: 0.5 });
    expect(d('hardshrink')).toEqual({ lambda: 0.5 });
    expect(d('squareplus')).toEqual({ b: 4 });
  });

  it('gives every name and alias to exactly one function', () => {
    const seen = new Map<string, string>();
    for (const a of activations) {
      for (const n of [a.name, ...a.aliases]) {
        const key = normalizeName(n);
        const owner = seen.get(key);
        expect(owner === undefined || owner === a.name, `${n} (${a.name}) collides with ${owner}`).toBe(true);
        seen.set(key, a.name);
        expect(findActivation(n)?.name).toBe(a.name);
      }
    }
  });

  for (const a of activations) {
    it(`${a.name}: every field is filled in`, () => {
      expect(a.name).toMatch(/^[a-z][a-z0-9_]*$/);
      for (const text of [a.summary, a.formula.text, a.formula.tex, a.derivative.text, a.derivative.tex, a.notes.useCase, a.notes.limitations, a.notes.reference]) {
        expect(text.trim().length).toBeGreaterThan(0);
      }
      expect(a.defaultRange[0]).toBeLessThan(a.defaultRange[1]);
      for (const [k, d] of Object.entries(a.params)) {
        expect(d.doc.length, `${k} has a doc`).toBeGreaterThan(0);
        if (d.min !== undefined) expect(d.minExclusive ? d.default > d.min : d.default >= d.min).toBe(true);
        if (d.max !== undefined) expect(d.maxExclusive ? d.default < d.max : d.default <= d.max).toBe(true);
      }
      expect(a.check?.(defaultParams(a))).toBeUndefined();
    });
  }
});

/** Fourth-order central difference; h chosen for ~1e-10 accuracy on smooth functions of size 1. */
function centralDifference(f: (x: number) => number, x: number): number {
  const h = 1e-3 * Math.max(1, Math.abs(x));
  return (8 * (f(x + h) - f(x - h)) - (f(x + 2 * h) - f(x - 2 * h))) / (12 * h);
}

describe('derivatives agree with central differences at ordinary points', () => {
  // Off every breakpoint of the catalog (integers, halves), where a difference quotient straddles a jump in f''.
  const xs = [...linspace(-7.93, 7.71, 53), -0.37, 0.21, 1.3];
  const elementwise = activations.filter((a): a is ElementwiseActivation => a.kind === 'elementwise');
  for (const a of elementwise) {
    it(a.name, () => {
      const p = defaultParams(a);
      const kinks = a.kinks(p);
      const fails: string[] = [];
      for (const x of xs) {
        if (kinks.some((k) => Math.abs(k - x) < 0.01 * Math.max(1, Math.abs(x)))) continue;
        if (a.name === 'binary_step' || a.name === 'hardshrink' || a.name === 'threshold') continue; // jumps: checked below
        const want = centralDifference((t) => a.f(t, p), x);
        const got = a.df(x, p);
        const err = Math.abs(got - want) / Math.max(1, Math.abs(want));
        if (!(err < 1e-7)) fails.push(`${a.name}' at x=${x}: got ${got}, central difference ${want}, error ${err.toExponential(2)}`);
      }
      expect(fails, fails.join('\n')).toEqual([]);
    });
  }

  it('piecewise-constant functions have derivative 0 away from their jumps', () => {
    for (const name of ['binary_step', 'hardshrink', 'threshold']) {
      const a = findActivation(name) as ElementwiseActivation;
      const p = defaultParams(a);
      for (const x of [-2.5, -0.25, 0.25, 2.5]) {
        const want = centralDifference((t) => a.f(t, p), x);
        expect(a.df(x, p), `${name}' at ${x}`).toBeCloseTo(want, 9);
      }
    }
  });
});

describe('kink conventions', () => {
  const at = (name: string, x: number, params?: Record<string, number>) => {
    const a = findActivation(name) as ElementwiseActivation;
    return a.df(x, { ...defaultParams(a), ...params });
  };

  it('use the frameworks’ one-sided values', () => {
    expect(at('relu', 0)).toBe(0);
    expect(at('leaky_relu', 0)).toBe(0.01);
    expect(at('relu6', 0)).toBe(0);
    expect(at('relu6', 6)).toBe(0);
    expect(at('hardtanh', -1)).toBe(0);
    expect(at('hardsigmoid', 3)).toBe(0);
    expect(at('hardswish', -3)).toBe(-0.5); // PyTorch: (2x+3)/6 on the closed interval
    expect(at('hardswish', 3)).toBe(1.5);
    expect(at('elu', 0, { alpha: 0.5 })).toBe(0.5);
    expect(at('selu', 0)).toBeCloseTo(1.0507009873554805 * 1.6732632423543772, 15);
    expect(at('softshrink', 0.5)).toBe(0);
    expect(at('binary_step', 0)).toBe(0);
  });

  it('lists the kinks, depending on the parameters', () => {
    const kinks = (name: string, params?: Record<string, number>) => {
      const a = findActivation(name)!;
      return [...a.kinks({ ...defaultParams(a), ...params })];
    };
    expect(kinks('relu')).toEqual([0]);
    expect(kinks('elu')).toEqual([]);
    expect(kinks('elu', { alpha: 0.5 })).toEqual([0]);
    expect(kinks('hardtanh', { min: -2, max: 3 })).toEqual([-2, 3]);
    expect(kinks('hardsigmoid')).toEqual([-3, 3]);
    expect(kinks('gelu')).toEqual([]);
  });
});

describe('special values', () => {
  it('every function maps NaN to NaN, value and derivative', () => {
    for (const a of activations) {
      if (a.kind !== 'elementwise') continue;
      const p = defaultParams(a);
      expect(a.f(NaN, p), a.name).toBeNaN();
      expect(a.df(NaN, p), `${a.name}'`).toBeNaN();
    }
  });

  it('no function gives NaN at a number where it is defined, however large', () => {
    const xs = [-Infinity, -Number.MAX_VALUE, -1e308, -1e154, -1e20, -745.5, -1, -1e-320, -0, 0, 5e-324, 1e-300, 0.5, 709.9, 1e20, 1e154, 1e308, Number.MAX_VALUE, Infinity];
    for (const a of activations) {
      if (a.kind !== 'elementwise') continue;
      const p = defaultParams(a);
      for (const x of xs) {
        expect(Number.isNaN(a.f(x, p)), `${a.name}(${x})`).toBe(false);
        expect(Number.isNaN(a.df(x, p)), `${a.name}'(${x})`).toBe(false);
      }
    }
  });
});

describe('property: random finite x', () => {
  it('never gives NaN from a catalog function, value or derivative, at any parameter in its domain', async () => {
    const fc = (await import('fast-check')).default;
    const elementwise = activations.filter((a): a is ElementwiseActivation => a.kind === 'elementwise');
    fc.assert(
      fc.property(
        fc.constantFrom(...elementwise),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (a, x, raw) => {
          // parameters: defaults, or a random value inside the declared domain when it satisfies the checks
          const p: Record<string, number> = { ...defaultParams(a) };
          Object.entries(a.params).forEach(([k, d], i) => {
            const v = Math.min(d.max ?? Infinity, Math.max(d.min ?? -Infinity, raw[i]));
            const inside = (d.minExclusive ? v > d.min! : true) && (d.maxExclusive ? v < d.max! : true);
            if (inside) p[k] = v;
          });
          const params = a.check?.(p) === undefined ? p : defaultParams(a);
          expect(Number.isNaN(a.f(x, params)), `${a.name}(${x}; ${JSON.stringify(params)})`).toBe(false);
          expect(Number.isNaN(a.df(x, params)), `${a.name}'(${x}; ${JSON.stringify(params)})`).toBe(false);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
