/** --vary: parsing NAME=VALUES, the values of a range, and the families of specs (src/spec/vary.ts). */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { evaluate } from '../../src/spec/evaluate.js';
import { parseVary, varySpecs, varyValues, specsVaried, MAX_VARY_VALUES } from '../../src/spec/vary.js';

describe('parseVary', () => {
  it('reads a list, a range with a step (rounded as written) and a range without', () => {
    expect(parseVary('alpha=0.5,1,2')).toEqual({ name: 'alpha', values: [0.5, 1, 2] });
    expect(parseVary('b=0.1:0.3:0.1').values).toEqual([0.1, 0.2, 0.3]);
    expect(parseVary('b=0.1:3:0.1').values).toHaveLength(30);
    expect(parseVary('b=0.1:3:0.1').values![29]).toBe(3);
    expect(parseVary('b=0.1:3:0.1').values![2]).toBe(0.3); // not 0.30000000000000004
    expect(parseVary('b=-1:1:0.5').values).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(parseVary('b=0.5:3')).toEqual({ name: 'b', range: [0.5, 3] });
  });

  it('refuses what is not NAME=VALUES, as a usage error naming it', () => {
    for (const bad of ['alpha', '=1,2', 'alpha=', 'alpha=1,x', 'alpha=3:1', 'alpha=1:2:0', 'alpha=1:2:-1', 'alpha=1:2:3:4', 'x=1,2', 'alpha=1,1', 'alpha=inf,1']) {
      expect(() => parseVary(bad), bad).toThrow(UsageError);
    }
    expect(() => parseVary(`a=0:${MAX_VARY_VALUES}:1`)).toThrow(/at most 500/);
  });
});

describe('varyValues of a range without a step', () => {
  it('gives 5 to 7 round values for curves, and a finer slider, both ends included', () => {
    expect(varyValues({ name: 'b', range: [0.5, 3] }, 'curves')).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
    expect(varyValues({ name: 'a', range: [0.2, 2] }, 'curves')).toEqual([0.2, 0.5, 0.8, 1.1, 1.4, 1.7, 2]);
    const slider = varyValues({ name: 'a', range: [0.2, 2] }, 'slider');
    expect(slider).toHaveLength(19);
    expect(slider[1]).toBe(0.3);
    expect(slider.at(-1)).toBe(2);
    for (const [a, b] of [[0, 1], [-3, 7], [0.1, 3], [1e-3, 2e-3]] as const) {
      const curves = varyValues({ name: 'a', range: [a, b] }, 'curves');
      expect(curves.length).toBeGreaterThanOrEqual(5);
      expect(curves.length).toBeLessThanOrEqual(7);
      expect([curves[0], curves.at(-1)]).toEqual([a, b]);
    }
  });
});

describe('varySpecs', () => {
  it("sets a catalog function's parameter per value, labelled by the value alone for one function", () => {
    const specs = varySpecs(['elu'], 'alpha', [0.5, 1, 2]);
    expect(specs.map((s) => s.label)).toEqual(['alpha=0.5', 'alpha=1', 'alpha=2']);
    expect(specs.map((s) => s.params.alpha)).toEqual([0.5, 1, 2]);
    expect(evaluate(specs[2], [-1])[0]).toBe(evaluate('elu(alpha=2)', [-1])[0]);
  });

  it('labels members with the function with several functions, and keeps one that takes no such parameter', () => {
    const specs = varySpecs(['elu', 'relu', 'celu'], 'alpha', [0.5, 2]);
    expect(specs.map((s) => s.label)).toEqual(['elu alpha=0.5', 'elu alpha=2', 'relu', 'celu alpha=0.5', 'celu alpha=2']);
  });

  it("takes a parameter by its framework alias (leaky_relu's negative_slope)", () => {
    expect(varySpecs(['leaky_relu'], 'negative_slope', [0.1]).map((s) => s.params.alpha)).toEqual([0.1]);
  });

  it("refuses values outside the parameter's domain with the spec's own message", () => {
    let vary: unknown;
    let spec: unknown;
    try {
      varySpecs(['elu'], 'alpha', [1, -1]);
    } catch (e) {
      vary = (e as Error).message;
    }
    try {
      evaluate('elu(alpha=-1)', [0]);
    } catch (e) {
      spec = (e as Error).message;
    }
    expect(vary).toBe(spec);
    expect(vary).toMatch(/^elu: parameter alpha must be/);
  });

  it("takes a parameter named as an expression-language or catalog name (hardtanh's min, softplus's threshold), never as an expression's constant", () => {
    expect(varySpecs(['hardtanh'], 'min', [-3, -2]).map((s) => s.params.min)).toEqual([-3, -2]);
    expect(varySpecs(['softplus'], 'threshold', [20]).map((s) => s.params.threshold)).toEqual([20]);
    expect(() => varySpecs(['x*pi'], 'pi', [1])).toThrow(/no function takes a parameter or constant named pi \(x\*pi\); in an expression, pi is a name of the expression language/);
    expect(() => varySpecs(['min(x,1)'], 'min', [1])).toThrow(/in an expression, min is a name/);
  });

  it('refuses a name that no function takes', () => {
    expect(() => varySpecs(['relu', 'gelu'], 'alpha', [1])).toThrow(/no function takes a parameter or constant named alpha/);
  });

  it('puts the value of a named constant into an expression exactly, negative values and exponents too', () => {
    const values = [0.5, -1.25, 1e-7, 1 / 3];
    const specs = varySpecs(['x*sigmoid(b*x)'], 'b', values);
    expect(specs.map((s) => s.label)).toEqual(values.map((v) => `b=${v}`));
    const xs = [-2, 0.5, 3];
    specs.forEach((s, i) => {
      expect(Array.from(evaluate(s, xs))).toEqual(xs.map((x) => evaluate(`x*sigmoid(${values[i]}*x)`.replace('-1.25', '(-1.25)'), [x])[0]));
    });
    // not a named argument's key, nor a call
    const named = varySpecs(['q=elu(b*x, alpha=b)'], 'b', [2]);
    expect(named[0].label).toBe('b=2');
    expect(evaluate(named[0], [-1])[0]).toBe(evaluate('elu(2*x, alpha=2)', [-1])[0]);
  });

  it('leaves the specs alone without --vary', () => {
    expect(specsVaried(['gelu'], undefined, 'curves').map((s) => s.label)).toEqual(['gelu']);
    expect(specsVaried(['elu'], { name: 'alpha', range: [0, 1] }, 'curves').map((s) => s.params.alpha)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
