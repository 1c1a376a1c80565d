import { elementwise } from '../core/define.js';
import { sigmoid, sigmoidDerivative } from '../core/math.js';

/** x·σ(βx) and its derivative σ(βx) + βx·σ'(βx), with the limits at ±∞ made explicit. */
function swishValue(x: number, beta: number): number {
  if (x === -Infinity) return 0;
  return x * sigmoid(beta * x);
}

function swishDerivative(x: number, beta: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const bx = beta * x;
  if (bx === Infinity || bx === -Infinity) return bx > 0 ? 1 : 0; // βx overflowed: the limits
  return sigmoid(bx) + bx * sigmoidDerivative(bx);
}

export const swish = elementwise({
  name: 'swish',
  aliases: ['silu'],
  summary: 'Self-gated x·σ(βx); with β = 1 it is SiLU.',
  params: { beta: { default: 1, min: 0, minExclusive: true, doc: 'sharpness of the gate; β → ∞ approaches ReLU' } },
  f: (x, p) => swishValue(x, p.beta),
  df: (x, p) => swishDerivative(x, p.beta),
  formula: { text: 'f(x) = x·σ(βx) = x / (1 + e^(-βx))', tex: 'f(x) = x\\,\\sigma(\\beta x) = \\frac{x}{1 + e^{-\\beta x}}' },
  derivative: { text: "f'(x) = σ(βx) + βx·σ(βx)·(1 - σ(βx))", tex: "f'(x) = \\sigma(\\beta x) + \\beta x\\,\\sigma(\\beta x)\\,(1 - \\sigma(\\beta x))" },
  defaultRange: [-5, 5],
  notes: {
    useCase: 'Deep image and language models (EfficientNet, many LLM gated units), where it beats ReLU slightly.',
    limitations: 'Costs an exponential; non-monotonic, with a minimum of about -0.278 at x ≈ -1.28 (β = 1).',
    reference: 'Ramachandran, Zoph & Le, "Searching for Activation Functions" (2017); Elfwing et al., SiLU (2017).',
  },
});

export const quickGelu = elementwise({
  name: 'quick_gelu',
  aliases: ['quickgelu'],
  summary: 'x·σ(1.702x): the sigmoid approximation of GELU used by CLIP.',
  f: (x) => swishValue(x, 1.702),
  df: (x) => swishDerivative(x, 1.702),
  formula: { text: 'f(x) = x·σ(1.702x)', tex: 'f(x) = x\\,\\sigma(1.702\\,x)' },
  derivative: { text: "f'(x) = σ(1.702x) + 1.702x·σ(1.702x)·(1 - σ(1.702x))", tex: "f'(x) = \\sigma(1.702x) + 1.702x\\,\\sigma(1.702x)(1 - \\sigma(1.702x))" },
  defaultRange: [-5, 5],
  notes: {
    useCase: 'Models trained with it (CLIP, some vision transformers) must use it again at inference.',
    limitations: 'Only an approximation of GELU, off by up to about 0.02.',
    reference: 'Hendrycks & Gimpel (2016), section 2; Radford et al., CLIP (2021).',
  },
});
