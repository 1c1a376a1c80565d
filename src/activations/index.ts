/**
 * The catalog: every activation act knows, in the order `act list` shows them (the seed article's
 * functions first). Adding a function means declaring it in its own file and naming it here.
 */
import type { Activation } from '../core/define.js';
import { bentIdentity } from './bent-identity.js';
import { binaryStep } from './binary-step.js';
import { celu, elu, selu } from './elu.js';
import { exponential } from './exponential.js';
import { gaussian } from './gaussian.js';
import { gelu, geluTanh } from './gelu.js';
import { glu } from './glu.js';
import { hardsigmoid, hardswish, hardtanh } from './hard.js';
import { identity } from './identity.js';
import { leakyRelu, prelu, rrelu } from './leaky-relu.js';
import { mish } from './mish.js';
import { relu, relu2, relu6 } from './relu.js';
import { hardshrink, softshrink } from './shrink.js';
import { logsigmoid, sigmoid } from './sigmoid.js';
import { logSoftmax, softmax, softmin } from './softmax.js';
import { softplus } from './softplus.js';
import { softsign } from './softsign.js';
import { sparsePlus, sparseSigmoid } from './sparse.js';
import { sparsemax } from './sparsemax.js';
import { squareplus } from './squareplus.js';
import { quickGelu, swish } from './swish.js';
import { tanh, tanhshrink } from './tanh.js';
import { threshold } from './threshold.js';

export const activations: readonly Activation[] = Object.freeze([
  // the seed article's nine
  sigmoid, tanh, relu, leakyRelu, prelu, elu, softmax, swish, gelu,
  // the rest of PyTorch, JAX and Keras, and the classics
  geluTanh, quickGelu, identity, binaryStep, selu, celu, rrelu, softplus, mish, softsign, logsigmoid,
  tanhshrink, hardtanh, relu6, hardsigmoid, hardswish, softshrink, hardshrink, threshold,
  squareplus, sparsePlus, sparseSigmoid, bentIdentity, gaussian, relu2, exponential,
  logSoftmax, softmin, sparsemax, glu,
]);
