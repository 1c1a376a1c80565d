import { elementwise, type Properties } from '../core/define.js';
import { NEGATIVE_INFINITY_NAN } from './frameworks.js';
import { exp } from '../core/exp.js';
import { EXP_SUBNORMAL, nearRoot, productLowForExp, rootSeries, sigmoid, sigmoidOfSum, timesExp, twoProductError } from '../core/math.js';
import { span } from '../core/range.js';
import { SWISH_DERIVATIVE_ROOT } from './derivative-roots.js';

// Extremes of t·σ(t) and of its derivative, from mpmath at 60 digits (rounded once to double).
// The minimum of x·σ(βx) is SWISH_MIN/β (at x = -1.27846.../β); f' has the same extremes for every
// β, SWISH_DERIVATIVE_MIN at βx = -2.39936 and SWISH_DERIVATIVE_MAX at βx = 2.39936.
const SWISH_MIN = -0.2784645427610738;
const SWISH_DERIVATIVE_MIN = -0.09983932012886691;
const SWISH_DERIVATIVE_MAX = 1.099839320128867;
const swishDerivativeRange = span(SWISH_DERIVATIVE_MIN, SWISH_DERIVATIVE_MAX, '[]');
const swishProperties: Properties = { monotonic: 'no', continuity: Infinity, zeroCentred: true, saturates: 'left', selfGated: true, nearIdentity: false };
const swishCost = { level: 'moderate', ops: 'one exp' } as const;

/**
 * x·σ(βx), with the limit at -∞ made explicit. Unless β = 1, βx is carried as a double-double: its
 * rounding alone would move e^(βx) by up to 5.7e-14, relatively, where βx nears -745.
 */
function swishValue(x: number, beta: number): number {
  if (x === -Infinity) return 0;
  if (beta === 1) return x * sigmoid(x);
  const t = beta * x;
  // σ(t) = e^t there, subnormal, while x·e^t need not be (β = 1e-300, x = -7e302): x·e^(t + lo) in halves
  if (t < EXP_SUBNORMAL && t > -Infinity) return timesExp(x, t) * (1 + twoProductError(beta, x, t));
  return x * sigmoidOfSum(t, productLowForExp(beta, x, t));
}

/**
 * σ(t) + t·σ'(t) with t = βx, from one exp: with e = e^(-|t|) and d = 1 + e, σ(t) is 1/d (t ≥ 0)
 * or e/d, and σ'(t) = e/d². Near its root the two terms cancel: there the series in t, with βx
 * as a double-double (its rounding alone would move t by more than t's distance to the root);
 * elsewhere βx's low part enters to first order.
 */
function swishDerivative(x: number, beta: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const t = beta * x;
  if (nearRoot(SWISH_DERIVATIVE_ROOT, t)) return rootSeries(SWISH_DERIVATIVE_ROOT, t, twoProductError(beta, x, t));
  if (t === Infinity || t === -Infinity) return t > 0 ? 1 : 0; // βx overflowed: the limits
  const e = exp(-Math.abs(t));
  const d = 1 + e;
  const s = (t >= 0 ? 1 : e) / d;
  const slope = e / (d * d); // σ'(t)
  const g = s + t * slope;
  if (beta === 1) return g;
  // βx as a double-double, as in swishValue: g(t + lo) = g(t) + lo·g'(t), g' = σ'·(2 + t(1 - 2σ))
  const lo = productLowForExp(beta, x, t);
  return lo === 0 ? g : g + lo * (slope * (2 + t * (1 - 2 * s)));
}

export const swish = elementwise({
  name: 'swish',
  frameworks: { pytorch: ["torch.nn.SiLU", "F.silu"], jax: ["jax.nn.silu", "jax.nn.swish"], keras: ["keras.activations.silu", "keras.activations.swish"], differences: ['The frameworks have β = 1 only: SiLU.', NEGATIVE_INFINITY_NAN] },
  aliases: ['silu'],
  summary: 'Self-gated x·σ(βx); with β = 1 it is SiLU.',
  params: { beta: { default: 1, min: 0, minExclusive: true, doc: 'sharpness of the gate; β → ∞ approaches ReLU' } },
  f: (x, p) => swishValue(x, p.beta),
  df: (x, p) => swishDerivative(x, p.beta),
  formula: { text: 'f(x) = x·σ(βx) = x / (1 + e^(-βx))', tex: 'f(x) = x\\,\\sigma(\\beta x) = \\frac{x}{1 + e^{-\\beta x}}' },
  derivative: { text: "f'(x) = σ(βx) + βx·σ(βx)·(1 - σ(βx))", tex: "f'(x) = \\sigma(\\beta x) + \\beta x\\,\\sigma(\\beta x)\\,(1 - \\sigma(\\beta x))" },
  defaultRange: [-5, 5],
  range: (p) => span(SWISH_MIN / p.beta, Infinity, '[)'),
  derivativeRange: swishDerivativeRange,
  properties: swishProperties,
  cost: swishCost,
  notes: {
    useCase: 'Deep image and language models (EfficientNet, many LLM gated units), where it beats ReLU slightly.',
    limitations: 'Costs an exponential; non-monotonic, with a minimum of about -0.278 at x ≈ -1.28 (β = 1).',
    reference:
      'Ramachandran, Zoph & Le, "Searching for Activation Functions" (2017), who named it swish; Elfwing, Uchibe & Doya, "Sigmoid-Weighted Linear Units for Neural Network Function Approximation in Reinforcement Learning" (2017), SiLU; Hendrycks & Gimpel (2016) first wrote x·σ(x), as SiLU.',
  },
});

export const quickGelu = elementwise({
  name: 'quick_gelu',
  frameworks: { pytorch: [], jax: [], keras: [], differences: ["Not in the frameworks themselves: OpenAI's CLIP and Hugging Face transformers' QuickGELUActivation define it."] },
  aliases: ['quickgelu'],
  summary: 'x·σ(1.702x): the sigmoid approximation of GELU used by CLIP.',
  f: (x) => swishValue(x, 1.702),
  df: (x) => swishDerivative(x, 1.702),
  formula: { text: 'f(x) = x·σ(1.702x)', tex: 'f(x) = x\\,\\sigma(1.702\\,x)' },
  derivative: { text: "f'(x) = σ(1.702x) + 1.702x·σ(1.702x)·(1 - σ(1.702x))", tex: "f'(x) = \\sigma(1.702x) + 1.702x\\,\\sigma(1.702x)(1 - \\sigma(1.702x))" },
  defaultRange: [-5, 5],
  range: span(SWISH_MIN / 1.702, Infinity, '[)'),
  derivativeRange: swishDerivativeRange,
  properties: swishProperties,
  cost: swishCost,
  notes: {
    useCase: 'Models trained with it (CLIP, some vision transformers) must use it again at inference.',
    limitations: 'Only an approximation of GELU, off by up to about 0.02.',
    reference:
      'Hendrycks & Gimpel, "Gaussian Error Linear Units (GELUs)" (2016), which gives x·σ(1.702x) as an approximation; Radford et al., "Learning Transferable Visual Models From Natural Language Supervision" (CLIP, ICML 2021), which uses it.',
  },
});
