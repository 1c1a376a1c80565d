import { elementwise } from '../core/define.js';
import { NEGATIVE_INFINITY_NAN } from './frameworks.js';
import { exp } from '../core/exp.js';
import { nearRoot, rootSeries } from '../core/math.js';
import { span } from '../core/range.js';
import { MISH_DERIVATIVE_ROOT } from './derivative-roots.js';

// Extremes, from mpmath at 60 digits (rounded once to double): the minimum of f at x = -1.19243,
// of f' at x = -2.25638 and the maximum of f' at x = 1.49057.
const MISH_MIN = -0.30884341301725043;
const MISH_DERIVATIVE_MIN = -0.11252612238946255;
const MISH_DERIVATIVE_MAX = 1.088498161251728;

/**
 * Above this tanh(softplus(x)) = 1 - 2/(e^2x + 2e^x + 2) rounds to 1 and f'(x) - 1 ≈ 4x·e^-2x is far
 * below an ulp of 1 (at 30: 1e-24), so f = x and f' = 1; below it nothing overflows.
 */
const MISH_IS_IDENTITY = 30;

/**
 * tanh(softplus(x)) from one exp: with e = e^x, (1 + e)² = e^(2·softplus), so
 * tanh(softplus(x)) = ((1+e)² - 1)/((1+e)² + 1) = n/(n + 2) with n = e(e + 2). Every term is
 * positive, so nothing cancels (relative error a few ulp); an exp, a log1p and a tanh took six
 * times as long.
 */
function mishValue(x: number): number {
  if (x > MISH_IS_IDENTITY) return x;
  if (x === -Infinity) return 0;
  const e = exp(x);
  const n = e * (e + 2);
  return (x * n) / (n + 2);
}

/**
 * f' = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x), from the same e: tanh(sp) = n/(n + 2),
 * sech²(sp) = 1 - tanh² = 4(n + 1)/(n + 2)² = 4(1 + e)²/(n + 2)² and σ(x) = e/(1 + e), so
 * f' = n/(n + 2) + 4x·e(1 + e)/(n + 2)².
 */
function mishDerivative(x: number): number {
  if (x > MISH_IS_IDENTITY) return 1;
  if (x === -Infinity) return 0;
  if (nearRoot(MISH_DERIVATIVE_ROOT, x)) return rootSeries(MISH_DERIVATIVE_ROOT, x, 0); // the two terms cancel
  const e = exp(x);
  const n = e * (e + 2);
  const d = n + 2;
  return n / d + (4 * (x * e) * (1 + e)) / (d * d); // x·e first: 4x alone can overflow
}

export const mish = elementwise({
  name: 'mish',
  frameworks: { pytorch: ["torch.nn.Mish", "F.mish"], jax: ["jax.nn.mish"], keras: ["keras.activations.mish"], differences: [NEGATIVE_INFINITY_NAN] },
  summary: 'Self-regularised x·tanh(softplus(x)).',
  f: mishValue,
  df: mishDerivative,
  formula: { text: 'f(x) = x·tanh(log(1 + e^x))', tex: 'f(x) = x \\tanh\\left(\\log(1 + e^{x})\\right)' },
  derivative: { text: "f'(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x), sp = softplus", tex: "f'(x) = \\tanh(\\operatorname{sp}(x)) + x \\operatorname{sech}^2(\\operatorname{sp}(x))\\,\\sigma(x)" },
  defaultRange: [-5, 5],
  range: span(MISH_MIN, Infinity, '[)'),
  derivativeRange: span(MISH_DERIVATIVE_MIN, MISH_DERIVATIVE_MAX, '[]'),
  properties: { monotonic: 'no', continuity: Infinity, zeroCentred: true, saturates: 'left', selfGated: true, nearIdentity: false },
  cost: { level: 'moderate', ops: 'one exp and a division (as written: exp, log1p and tanh)' },
  notes: {
    useCase: 'Object detectors (YOLOv4) and image classifiers, where it matched or beat Swish.',
    limitations: 'As written (exp, log and tanh) it costs more than Swish, and frameworks compute it so; from one exp, as act does, it costs the same. Non-monotonic, with a minimum of about -0.31.',
    reference: 'Misra, "Mish: A Self Regularized Non-Monotonic Activation Function" (2019; BMVC 2020).',
  },
});
