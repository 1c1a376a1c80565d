import { elementwise } from '../core/define.js';
import { sech2, sigmoid, softplus } from '../core/math.js';

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
  notes: {
    useCase: 'Object detectors (YOLOv4) and image classifiers, where it matched or beat Swish.',
    limitations: 'More expensive than Swish (exp, log and tanh); non-monotonic, with a minimum of about -0.31.',
    reference: 'Misra, "Mish: A Self Regularized Non-Monotonic Activation Function" (2019).',
  },
});
