/** Exact derivatives: against hand-derived formulas, and the conventions at corners and infinities. */
import { describe, expect, it } from 'vitest';
import { linspace } from '../../src/core/grid.js';
import { compileExpression } from '../../src/expr/activation.js';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const sp = (x: number) => Math.log1p(Math.exp(x));
const sech2 = (x: number) => 1 / Math.cosh(x) ** 2;

/** |got - want| within 1e-12 relative, or 1e-14 absolute where the value is near 0 (the hand formula rounds too). */
function close(got: number, want: number): boolean {
  return Math.abs(got - want) <= 1e-12 * Math.abs(want) + 1e-14;
}

const grid = [...linspace(-4, 4, 81), -0.3, 0.7, 2.5];
const positive = grid.filter((x) => x > 0);

// [expression, hand-derived f', where]
const cases: [string, (x: number) => number, readonly number[]][] = [
  ['x^3 - 2*x', (x) => 3 * x * x - 2, grid],
  ['exp(-x^2/2)', (x) => -x * Math.exp(-x * x / 2), grid],
  ['sin(x)*cos(x)', (x) => Math.cos(x) ** 2 - Math.sin(x) ** 2, grid],
  ['log1p(x^2)', (x) => 2 * x / (1 + x * x), grid],
  ['sqrt(1 + x^2)', (x) => x / Math.sqrt(1 + x * x), grid],
  ['1/(1 + x^2)', (x) => -2 * x / (1 + x * x) ** 2, grid],
  ['atan(2*x)', (x) => 2 / (1 + 4 * x * x), grid],
  ['x*exp(-x)', (x) => (1 - x) * Math.exp(-x), grid],
  ['tanh(x)^2', (x) => 2 * Math.tanh(x) * sech2(x), grid],
  ['erf(x/sqrt(2))', (x) => SQRT_2_OVER_PI * Math.exp(-x * x / 2), grid],
  ['erfc(x)', (x) => -2 / Math.sqrt(Math.PI) * Math.exp(-x * x), grid],
  ['2^x', (x) => 2 ** x * Math.LN2, grid],
  ['e^(3*x)', (x) => 3 * Math.exp(3 * x), grid],
  ['x^x', (x) => x ** x * (Math.log(x) + 1), positive],
  ['pow(x, 3) + hypot(x, 1)', (x) => 3 * x * x + x / Math.hypot(x, 1), grid],
  ['asinh(x) + cosh(x/2)', (x) => 1 / Math.sqrt(1 + x * x) + Math.sinh(x / 2) / 2, grid],
  ['sinh(x) - acosh(x^2 + 2)', (x) => Math.cosh(x) - 2 * x / Math.sqrt((x * x + 2) ** 2 - 1), grid],
  ['log(x) + log2(x) + log10(x)', (x) => 1 / x + 1 / (x * Math.LN2) + 1 / (x * Math.LN10), positive],
  ['cbrt(x)', (x) => 1 / (3 * Math.cbrt(x) ** 2), grid.filter((x) => x !== 0)],
  ['x/(1 + abs(x))', (x) => 1 / (1 + Math.abs(x)) ** 2, grid],
  ['sigmoid(x)*(1 - sigmoid(x))', (x) => sig(x) * (1 - sig(x)) * (1 - 2 * sig(x)), grid],
  ['x*tanh(softplus(x))', (x) => Math.tanh(sp(x)) + x * sech2(sp(x)) * sig(x), grid],
  ['x > 0 ? x^2 : -x^3', (x) => (x > 0 ? 2 * x : -3 * x * x), grid],
  ['min(x, 1)*max(x, -1)', (x) => (x < -1 ? -1 : x > 1 ? 1 : 2 * x), grid.filter((x) => Math.abs(x) !== 1)],
  ['elu(2*x, alpha=0.5)', (x) => (x > 0 ? 2 : Math.exp(2 * x)), grid],
  ['tan(x/4) + asin(x/5) + acos(x/6)', (x) => 1 / (4 * Math.cos(x / 4) ** 2) + 1 / (5 * Math.sqrt(1 - (x / 5) ** 2)) - 1 / (6 * Math.sqrt(1 - (x / 6) ** 2)), grid],
  ['atanh(x/5)', (x) => 1 / 5 / (1 - (x / 5) ** 2), grid],
  ['normcdf(x) + normpdf(x)', (x) => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * (1 - x), grid],
  ['expm1(x) - exp(x)', () => 0, grid],
  ['floor(x) + ceil(x) + sign(x)', () => 0, grid.filter((x) => !Number.isInteger(x))],
  ['-x/3 + pi*x - e', (x) => -1 / 3 + Math.PI + 0 * x, grid],
  ['swish(x, beta=2)/x', (x) => 2 * sig(2 * x) * (1 - sig(2 * x)), grid.filter((x) => x !== 0)],
];

describe("f' against hand-derived derivatives", () => {
  for (const [expression, df, at] of cases) {
    it(expression, () => {
      const e = compileExpression(expression);
      const fails = at.filter((x) => !close(e.df(x), df(x))).map((x) => `x=${x}: got ${e.df(x)}, want ${df(x)}`);
      expect(fails, fails.slice(0, 10).join('\n')).toEqual([]);
    });
  }

  it('is not a finite difference: exact where a difference quotient loses half the digits', () => {
    const e = compileExpression('exp(x)');
    for (const x of [-3, 0.5, 7]) expect(e.df(x)).toBe(Math.exp(x));
    const h = 1e-8;
    const x = 0.5;
    expect(Math.abs((Math.exp(x + h) - Math.exp(x - h)) / (2 * h) - Math.exp(x))).toBeGreaterThan(1e-12);
  });
});

describe('the closures specialised for a constant operand', () => {
  it('give what the general ones give (the constant disguised as c + 0*x)', () => {
    for (const op of ['+', '-', '*', '/', '^']) {
      for (const c of ['3', '0.5', '2', 'pi']) {
        for (const [special, general] of [
          [`sin(x) ${op} ${c}`, `sin(x) ${op} (${c} + 0*x)`],
          [`${c} ${op} sin(x)`, `(${c} + 0*x) ${op} sin(x)`],
          [`max(${c}, sin(x))`, `max(${c} + 0*x, sin(x))`],
        ]) {
          const a = compileExpression(special);
          const b = compileExpression(general);
          for (const x of [-2, -0.5, 0, 0.25, 1, 3]) {
            expect(a.f(x), `${special} at ${x}`).toBe(b.f(x));
            expect(a.df(x), `${special}' at ${x}`).toBe(b.df(x));
          }
        }
      }
    }
  });
});

describe('conventions at corners: the one-sided slope nearest 0, as the catalog', () => {
  const at = (text: string, x: number) => compileExpression(text).df(x);

  it("max(0,x)' and max(x,0)' are 0 at 0 (relu'(0) = 0), 1 above, 0 below", () => {
    for (const t of ['max(0, x)', 'max(x, 0)', 'relu(x)']) {
      expect([at(t, -1), at(t, 0), at(t, 1)], t).toEqual([0, 0, 1]);
    }
  });

  it("abs'(0) = 0, and so for its other spellings", () => {
    for (const t of ['abs(x)', 'max(x, -x)', 'sqrt(x^2)', 'hypot(x, 0)']) expect(at(t, 0), t).toBe(0);
    expect([at('abs(x)', -2), at('abs(x)', 2)]).toEqual([-1, 1]);
  });

  it("keeps a slope that both sides share in sign: max(x, 0.25*x)' at 0 is 0.25, min(x, 6)' at 6 is 0", () => {
    expect(at('max(x, 0.25*x)', 0)).toBe(0.25);
    expect(at('min(x, 2*x)', 0)).toBe(1);
    expect(at('min(x, 6)', 6)).toBe(0);
    expect(at('min(max(0, x), 6)', 6)).toBe(0);
  });

  it('at ±∞ a tie is a limit: max(x, 0.01*x) follows x at +∞ and 0.01*x at -∞, like leaky_relu', () => {
    expect(at('max(x, 0.01*x)', Infinity)).toBe(1);
    expect(at('max(x, 0.01*x)', -Infinity)).toBe(0.01);
    expect(at('min(x, 0.01*x)', Infinity)).toBe(0.01);
    expect(at('min(x, 0.01*x)', -Infinity)).toBe(1);
  });

  it('takes the slope of the branch a conditional picks', () => {
    expect(at('x > 0 ? x : 0', 0)).toBe(0);
    expect(at('x >= 0 ? x : 0', 0)).toBe(1);
    expect(at('x >= 0 ? x : 0', -1e-300)).toBe(0);
  });

  it('gives 0 for steps and comparisons, NaN for NaN', () => {
    for (const t of ['sign(x)', 'floor(x)', 'ceil(x)', 'x > 1', 'x == 0', '!(x < 0)', 'x > 0 && x < 1', 'x < 0 || x > 1']) {
      expect(at(t, 0), t).toBe(0);
      expect(at(t, 0.5), t).toBe(0);
      expect(at(t, NaN), t).toBeNaN();
    }
  });

  it("is infinite where the function is vertical: sqrt'(0), cbrt'(0), log'(0)", () => {
    expect(at('sqrt(x)', 0)).toBe(Infinity);
    expect(at('cbrt(x)', 0)).toBe(Infinity);
    expect(at('log(x)', 0)).toBe(Infinity);
  });
});

describe('at the infinities and NaN', () => {
  const e = (t: string) => compileExpression(t);

  it('takes 0·∞ as 0 in products, so x·σ(x) has the limits 0 and 1 of its slope', () => {
    expect(e('x*sigmoid(x)').f(-Infinity)).toBe(-0); // signed as the product: approached from below
    expect(e('x*sigmoid(x)').df(Infinity)).toBe(1);
    expect(e('x*sigmoid(x)').df(-Infinity)).toBe(0);
    expect(e('x*exp(-x^2)').df(Infinity)).toBe(0);
    expect(e('x^0').df(0)).toBe(0);
  });

  it('leaves ∞ - ∞ and ∞/∞ as NaN, and NaN in gives NaN out', () => {
    expect(e('x - x').f(Infinity)).toBeNaN();
    expect(e('x/x').f(Infinity)).toBeNaN();
    for (const t of ['x', 'x*sigmoid(x)', 'max(0, x)', 'x > 0 ? x : 0', '-x', 'x^2', 'gelu(x)', 'min(x, 1, 2)']) {
      expect(e(t).f(NaN), t).toBeNaN();
      expect(e(t).df(NaN), t).toBeNaN();
    }
  });

  it("gives a constant's derivative as 0, even at NaN", () => {
    expect(e('2*pi + sin(1)').df(NaN)).toBe(0);
    expect(e('2*pi + sin(1)').f(3)).toBe(2 * Math.PI + Math.sin(1));
  });
});
