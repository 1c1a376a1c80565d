/**
 * The math functions an expression may call, each with its exact derivative. The catalog's
 * activations (sigmoid, tanh, softplus, gelu...) are callable too; they are not repeated here.
 *
 * A unary function gives f(a) and f'(a) (the evaluator applies the chain rule); a function of two
 * or more arguments gives its value and its slope from the arguments' values and slopes.
 */
import erf from '@stdlib/math-base-special-erf';
import { exp } from '../core/exp.js';
import { erfc, expNegSquare, normalCdf, normalPdf } from '../core/math.js';
import { maxSlope, minSlope, power, powerSlope, strongProduct } from './arithmetic.js';

export interface UnaryFunction {
  readonly kind: 'unary';
  readonly name: string;
  readonly doc: string;
  readonly f: (a: number) => number;
  /** f'(a); `value` is f(a), for the functions that are their own derivative's building block. */
  readonly df: (a: number, value: number) => number;
}

/** A function of two arguments; with `variadic`, of two or more, folded from the left. */
export interface BinaryFunction {
  readonly kind: 'binary';
  readonly name: string;
  readonly doc: string;
  readonly variadic: boolean;
  readonly f: (a: number, b: number) => number;
  /** The slope of f(a, b), from the slopes da, db of its arguments; `value` is f(a, b). */
  readonly slope: (a: number, b: number, da: number, db: number, value: number) => number;
}

export type MathFunction = UnaryFunction | BinaryFunction;

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const flat = (a: number): number => (a === a ? 0 : NaN);

const unary = (name: string, doc: string, f: UnaryFunction['f'], df: UnaryFunction['df']): UnaryFunction =>
  Object.freeze({ kind: 'unary', name, doc, f, df });
const binary = (name: string, doc: string, variadic: boolean, f: BinaryFunction['f'], slope: BinaryFunction['slope']): BinaryFunction =>
  Object.freeze({ kind: 'binary', name, doc, variadic, f, slope });

/** The slope of hypot(a, b): (a·da + b·db)/h; 0 at the origin (the corner's minimum-norm slope). */
function hypotSlope(a: number, b: number, da: number, db: number, h: number): number {
  if (h === 0) return da === da && db === db ? 0 : NaN;
  if (h === Infinity) return (Number.isFinite(a) ? 0 : Math.sign(a) * da) + (Number.isFinite(b) ? 0 : Math.sign(b) * db);
  return strongProduct(a / h, da) + strongProduct(b / h, db);
}

export const mathFunctions: readonly MathFunction[] = Object.freeze([
  unary('exp', 'e^a', exp, (_a, v) => v),
  unary('expm1', 'e^a - 1, exact near 0', Math.expm1, exp),
  unary('log', 'natural logarithm', Math.log, (a) => 1 / a),
  unary('log1p', 'log(1 + a), exact near 0', Math.log1p, (a) => 1 / (1 + a)),
  unary('log2', 'base-2 logarithm', Math.log2, (a) => 1 / (a * Math.LN2)),
  unary('log10', 'base-10 logarithm', Math.log10, (a) => 1 / (a * Math.LN10)),
  unary('sqrt', 'square root', Math.sqrt, (_a, v) => 0.5 / v),
  unary('cbrt', 'cube root', Math.cbrt, (_a, v) => 1 / (3 * v * v)),
  unary('abs', "|a|; abs'(0) = 0", Math.abs, (a) => (a > 0 ? 1 : a < 0 ? -1 : a === 0 ? 0 : NaN)),
  unary('sign', "-1, 0 or 1; sign' = 0", Math.sign, flat),
  unary('floor', "largest integer ≤ a; floor' = 0", Math.floor, flat),
  unary('ceil', "smallest integer ≥ a; ceil' = 0", Math.ceil, flat),
  unary('sin', 'sine', Math.sin, Math.cos),
  unary('cos', 'cosine', Math.cos, (a) => -Math.sin(a)),
  unary('tan', 'tangent', Math.tan, (a) => {
    const c = Math.cos(a);
    return 1 / (c * c);
  }),
  unary('asin', 'arc sine', Math.asin, (a) => 1 / Math.sqrt((1 - a) * (1 + a))),
  unary('acos', 'arc cosine', Math.acos, (a) => -1 / Math.sqrt((1 - a) * (1 + a))),
  unary('atan', 'arc tangent', Math.atan, (a) => 1 / (1 + a * a)),
  unary('sinh', 'hyperbolic sine', Math.sinh, Math.cosh),
  unary('cosh', 'hyperbolic cosine', Math.cosh, Math.sinh),
  unary('asinh', 'inverse hyperbolic sine', Math.asinh, (a) => 1 / Math.hypot(1, a)),
  unary('acosh', 'inverse hyperbolic cosine', Math.acosh, (a) => 1 / (Math.sqrt(a - 1) * Math.sqrt(a + 1))),
  unary('atanh', 'inverse hyperbolic tangent', Math.atanh, (a) => 1 / ((1 - a) * (1 + a))),
  unary('erf', 'error function', erf, (a) => TWO_OVER_SQRT_PI * expNegSquare(a)),
  unary('erfc', '1 - erf(a), exact in the right tail', erfc, (a) => -TWO_OVER_SQRT_PI * expNegSquare(a)),
  unary('normcdf', 'standard normal CDF Φ(a)', normalCdf, normalPdf),
  unary('normpdf', 'standard normal density φ(a)', normalPdf, (a, v) => strongProduct(-a, v)),
  binary('min', "smallest argument; at a tie the slope nearest 0", true, Math.min, minSlope),
  binary('max', "largest argument; at a tie the slope nearest 0 (max(0,x)' at 0 is 0)", true, Math.max, maxSlope),
  binary('pow', 'a^b, the same as a ^ b', false, power, powerSlope),
  binary('hypot', '√(a² + b²) without overflow', false, Math.hypot, hypotSlope),
]);
