import { elementwise } from '../core/define.js';
import { span } from '../core/range.js';
import { sigmoid as sigmoidFn, sigmoidDerivative, softplus } from '../core/math.js';

export const sigmoid = elementwise({
  name: 'sigmoid',
  frameworks: { pytorch: ["torch.nn.Sigmoid", "torch.sigmoid"], jax: ["jax.nn.sigmoid"], keras: ["keras.activations.sigmoid"], differences: [] },
  aliases: ['logistic', 'expit'],
  summary: 'Logistic sigmoid 1/(1+e^-x), squashing to (0, 1).',
  f: sigmoidFn,
  df: sigmoidDerivative,
  formula: { text: 'f(x) = 1 / (1 + e^-x)', tex: 'f(x) = \\frac{1}{1 + e^{-x}}' },
  derivative: { text: "f'(x) = f(x) (1 - f(x))", tex: "f'(x) = f(x)\\,(1 - f(x))" },
  defaultRange: [-10, 10],
  range: span(0, 1),
  derivativeRange: span(0, 0.25, '(]'),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'moderate', ops: 'one exp' },
  notes: {
    useCase: 'Binary classification outputs and gates (LSTM, GRU) where a probability in (0, 1) is wanted.',
    limitations: "Saturates on both sides and f' is at most 0.25, so deep stacks of it make gradients vanish (see act gradient); not zero-centred.",
    reference:
      'Verhulst, "Recherches mathématiques sur la loi d\'accroissement de la population" (1845), the logistic curve; Rumelhart, Hinton & Williams, "Learning representations by back-propagating errors" (Nature, 1986), as a trained unit.',
  },
});

export const logsigmoid = elementwise({
  name: 'logsigmoid',
  frameworks: { pytorch: ["torch.nn.LogSigmoid", "F.logsigmoid"], jax: ["jax.nn.log_sigmoid"], keras: ["keras.activations.log_sigmoid"], differences: [] },
  aliases: ['log_sigmoid'],
  summary: 'log σ(x) = -softplus(-x): the log-probability form of the sigmoid.',
  f: (x) => -softplus(-x),
  df: (x) => sigmoidFn(-x),
  formula: { text: 'f(x) = log(1 / (1 + e^-x))', tex: 'f(x) = \\log \\frac{1}{1 + e^{-x}}' },
  derivative: { text: "f'(x) = 1 / (1 + e^x)", tex: "f'(x) = \\frac{1}{1 + e^{x}}" },
  defaultRange: [-10, 5],
  range: span(-Infinity, 0),
  derivativeRange: span(0, 1),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: false, saturates: 'right', selfGated: false, nearIdentity: false },
  cost: { level: 'expensive', ops: 'exp and log1p' },
  notes: {
    useCase: 'Numerically stable log-likelihoods for binary outputs (logistic loss, GAN and contrastive objectives).',
    limitations: 'Unbounded below and linear for large negative x; not used as a hidden-layer activation.',
    reference: 'No founding paper: the logarithm of the logistic function. As a layer: PyTorch torch.nn.LogSigmoid, JAX jax.nn.log_sigmoid.',
  },
});
