import { elementwise } from '../core/define.js';
import { sech2, sigmoid, softplus } from '../core/math.js';
import { span } from '../core/range.js';

// Extremes, from mpmath at 60 digits (rounded once to double): the minimum of f at x = -1.19243,
// of f' at x = -2.25638 and the maximum of f' at x = 1.49057.
const MISH_MIN = -0.30884341301725043;
const MISH_DERIVATIVE_MIN = -0.11252612238946255;
const MISH_DERIVATIVE_MAX = 1.088498161251728;

export const mish = elementwise({
  name: 'mish',
  summary: 'Self-regularised x·tanh(softplus(x)).',
  f: (x) => (x === -Infinity ? 0 : x * Math.tanh(softplus(x))),
  df: (x) => {
    if (x === Infinity) return 1;
    if (x === -Infinity) return 0;
    const sp = softplus(x);
    return Math.tanh(sp) + x * sech2(sp) * sigmoid(x);
  },
  formula: { text: 'f(x) = x·tanh(log(1 + e^x))', tex: 'f(x) = x \\tanh\\left(\\log(1 + e^{x})\\right)' },
  derivative: { text: "f'(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x), sp = softplus", tex: "f'(x) = \\tanh(\\operatorname{sp}(x)) + x \\operatorname{sech}^2(\\operatorname{sp}(x))\\,\\sigma(x)" },
  defaultRange: [-5, 5],
  range: span(MISH_MIN, Infinity, '[)'),
  derivativeRange: span(MISH_DERIVATIVE_MIN, MISH_DERIVATIVE_MAX, '[]'),
  properties: { monotonic: 'no', continuity: Infinity, zeroCentred: true, saturates: 'left', selfGated: true, nearIdentity: false },
  cost: { level: 'expensive', ops: 'exp, log1p and tanh' },
  notes: {
    useCase: 'Object detectors (YOLOv4) and image classifiers, where it matched or beat Swish.',
    limitations: 'More expensive than Swish (exp, log and tanh); non-monotonic, with a minimum of about -0.31.',
    reference: 'Misra, "Mish: A Self Regularized Non-Monotonic Activation Function" (2019; BMVC 2020).',
  },
});
