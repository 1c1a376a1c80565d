import { elementwise } from '../core/define.js';
import { NEGATIVE_INFINITY_NAN } from './frameworks.js';
import { exp } from '../core/exp.js';
import {
  expNegHalfSquare,
  INV_SQRT_2PI,
  nearRoot,
  normalCdf,
  normalTail,
  rootSeries,
  sech2,
  sigmoid,
  SQRT1_2,
  twoProductError,
  twoSquareError,
} from '../core/math.js';
import { span } from '../core/range.js';
import { GELU_DERIVATIVE_ROOT, GELU_TANH_DERIVATIVE_ROOT } from './derivative-roots.js';

// Extremes, from mpmath at 60 digits (rounded once to double). GELU's minimum is at x = -0.751792,
// and f'' = φ(x)(2 - x²) puts the extremes of f' at x = ±√2; the tanh form's are nearby.
const GELU_MIN = -0.16997120747990366;
const GELU_DERIVATIVE_MIN = -0.12890414518515478;
const GELU_DERIVATIVE_MAX = 1.1289041451851547;
const GELU_TANH_MIN = -0.17004075057125406;
const GELU_TANH_DERIVATIVE_MIN = -0.12899306865877178;
const GELU_TANH_DERIVATIVE_MAX = 1.1289930686587717;
const geluProperties = { monotonic: 'no', continuity: Infinity, zeroCentred: true, saturates: 'left', selfGated: true, nearIdentity: false } as const;

function geluValue(x: number): number {
  if (x === -Infinity) return 0;
  return x * normalCdf(x);
}

function geluDerivative(x: number): number {
  if (x === -Infinity) return 0;
  if (x === Infinity) return 1;
  if (nearRoot(GELU_DERIVATIVE_ROOT, x)) return rootSeries(GELU_DERIVATIVE_ROOT, x, 0); // Φ and xφ cancel
  if (x !== x) return NaN;
  // Φ and φ share one e^(-x²/2): Φ(-|x|) = e^(-x²/2)·erfcx(|x|/√2)/2
  const e = expNegHalfSquare(x);
  const tail = normalTail(e, Math.abs(x) * SQRT1_2);
  return (x < 0 ? tail : 1 - tail) + x * e * INV_SQRT_2PI;
}

// √(2/π) and 0.044715 as double-doubles (HI + LO), for the tanh approximation's argument.
const C_HI = 0.7978845608028654;
const C_LO = -4.98465440455546e-17;
const K_HI = 0.044715;
const K_LO = 2.1960211427085595e-18;

/**
 * u = √(2/π)(x + 0.044715x³) in double-double, returned as [hi, lo]. For x ≪ 0, e^(2u) is
 * taken of an argument in the hundreds, and its rounding error would be multiplied by |2u|.
 */
function tanhArgument(x: number): [number, number] {
  const x2 = x * x;
  const x2lo = twoSquareError(x, x2);
  const x3 = x * x2;
  const x3lo = twoProductError(x, x2, x3) + x * x2lo;
  const kx3 = K_HI * x3;
  const kx3lo = twoProductError(K_HI, x3, kx3) + K_HI * x3lo + K_LO * x3;
  // s = x + kx3, with its rounding error (Knuth's two-sum)
  const s = x + kx3;
  const bb = s - x;
  const slo = (x - (s - bb)) + (kx3 - bb) + kx3lo;
  const u = C_HI * s;
  const ulo = twoProductError(C_HI, s, u) + C_HI * slo + C_LO * s;
  return [u, ulo];
}

/** e^(2u) for u < 0 (so that it cannot overflow), from the double-double u. */
function expTwiceArgument(u: number, ulo: number): number {
  return exp(2 * u) * (1 + 2 * ulo);
}

// Beyond |x| = 30, e^(-2|u|) underflows (|u| > 980): f is 0 or x and f' is 0 or 1 to double
// precision, while x³ and the double-double argument would overflow for |x| far beyond it.
const TAIL = 30;

function geluTanhValue(x: number): number {
  if (x === -Infinity) return 0;
  if (x < -TAIL) return -0;
  if (!(x < -1)) return x * sigmoid(2 * (C_HI * (x + K_HI * x * x * x)));
  const [u, ulo] = tanhArgument(x);
  const e = expTwiceArgument(u, ulo);
  return (x * e) / (1 + e);
}

function geluTanhDerivative(x: number): number {
  if (x < -TAIL) return 0;
  if (x > TAIL) return 1;
  if (nearRoot(GELU_TANH_DERIVATIVE_ROOT, x)) return rootSeries(GELU_TANH_DERIVATIVE_ROOT, x, 0); // the two terms cancel
  const inner = C_HI * (1 + 3 * K_HI * x * x);
  if (!(x < -1)) {
    const u = C_HI * (x + K_HI * x * x * x);
    return sigmoid(2 * u) + 0.5 * x * sech2(u) * inner;
  }
  const [u, ulo] = tanhArgument(x);
  const e = expTwiceArgument(u, ulo); // = e^(-2|u|)
  const d = 1 + e;
  // σ(2u) = e/(1+e); sech²(u) = 4e/(1+e)²
  return e / d + (2 * x * e * inner) / (d * d);
}

export const gelu = elementwise({
  name: 'gelu',
  frameworks: { pytorch: ["torch.nn.GELU()", "F.gelu(x, approximate='none')"], jax: ["jax.nn.gelu(x, approximate=False)"], keras: ["keras.activations.gelu(x, approximate=False)"], differences: ["jax.nn.gelu's default is approximate=True, which is gelu_tanh here.", NEGATIVE_INFINITY_NAN] },
  aliases: ['gelu_exact', 'gelu_erf'],
  summary: 'Gaussian error linear unit x·Φ(x), with the exact normal CDF.',
  choices: { approximate: { none: 'gelu', tanh: 'gelu_tanh' } }, // PyTorch's gelu(x, approximate='tanh')
  f: geluValue,
  df: geluDerivative,
  formula: { text: 'f(x) = x·Φ(x) = x/2·(1 + erf(x/√2))', tex: 'f(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\frac{x}{\\sqrt 2}\\right)' },
  derivative: { text: "f'(x) = Φ(x) + x·φ(x)", tex: "f'(x) = \\Phi(x) + x\\,\\varphi(x)" },
  defaultRange: [-5, 5],
  range: span(GELU_MIN, Infinity, '[)'),
  derivativeRange: span(GELU_DERIVATIVE_MIN, GELU_DERIVATIVE_MAX, '[]'),
  properties: geluProperties,
  cost: { level: 'expensive', ops: 'erfc, and exp for the derivative' },
  notes: {
    useCase: 'Transformers (BERT, GPT, ViT): a smooth ReLU that weights each input by the probability that it is positive.',
    limitations: 'Needs erf, which costs more than ReLU; non-monotonic, with a minimum of about -0.17 at x ≈ -0.75.',
    reference: 'Hendrycks & Gimpel, "Gaussian Error Linear Units (GELUs)" (2016).',
  },
});

export const geluTanh = elementwise({
  name: 'gelu_tanh',
  frameworks: { pytorch: ["torch.nn.GELU(approximate='tanh')", "F.gelu(x, approximate='tanh')"], jax: ["jax.nn.gelu (approximate=True, its default)"], keras: ["keras.activations.gelu(x, approximate=True)"], differences: [NEGATIVE_INFINITY_NAN] },
  aliases: ['gelu_approx', 'gelu_approximate', 'gelu_new', 'approx_gelu'],
  summary: "GELU's tanh approximation 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))).",
  choices: { approximate: { none: 'gelu', tanh: 'gelu_tanh' } },
  f: geluTanhValue,
  df: geluTanhDerivative,
  formula: {
    text: 'f(x) = x/2·(1 + tanh(√(2/π)·(x + 0.044715x³)))',
    tex: 'f(x) = \\frac{x}{2}\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)\\right)\\right)',
  },
  derivative: {
    text: "f'(x) = (1 + tanh u)/2 + x/2·sech²(u)·√(2/π)(1 + 0.134145x²), u = √(2/π)(x + 0.044715x³)",
    tex: "f'(x) = \\tfrac{1}{2}(1 + \\tanh u) + \\tfrac{x}{2}\\operatorname{sech}^2 u\\,\\sqrt{2/\\pi}\\,(1 + 0.134145\\,x^2)",
  },
  defaultRange: [-5, 5],
  range: span(GELU_TANH_MIN, Infinity, '[)'),
  derivativeRange: span(GELU_TANH_DERIVATIVE_MIN, GELU_TANH_DERIVATIVE_MAX, '[]'),
  properties: geluProperties,
  cost: { level: 'moderate', ops: 'one exp (a tanh), with a cubic' },
  notes: {
    useCase: 'Models trained with it (GPT-2, BERT checkpoints, PyTorch approximate="tanh") must use it again at inference.',
    limitations: 'Within about 5e-4 of the exact GELU, but not equal to it; costs a tanh.',
    reference: 'Hendrycks & Gimpel, "Gaussian Error Linear Units (GELUs)" (2016), which gives it as an approximation of GELU.',
  },
});
