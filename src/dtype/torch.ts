/**
 * Each catalog function as PyTorch computes it (1.13, CPU): the forward kernel and the autograd
 * backward kernel, written with the rounded arithmetic of src/dtype/ops.ts. Read from ATen's
 * kernels (native/cpu/Activation.cpp, UnaryOpsKernel.cpp, BinaryOpsKernel.cpp) and
 * tools/autograd/derivatives.yaml, and checked against torch itself
 * (test/fixtures/torch-dtype.json, made by scripts/make_torch_dtype.py).
 *
 * `forward(x)` gets x already in the type and returns f(x) as the kernel computes it (the engine
 * stores it as the type); `backward(x, y, g)` gets x, the stored f(x) and the incoming gradient g
 * and returns g·f'(x) as the backward kernel computes it, in the order it multiplies. `torch`
 * names the call. A function without an entry has no PyTorch formula, and --dtype refuses it.
 */
import { SELU_ALPHA, SELU_SCALE } from '../activations/selu-constants.js';
import type { Params } from '../core/define.js';
import { onednnGelu, onednnGeluDerivative } from './onednn.js';
import type { Ops } from './ops.js';
import type { LowDType } from './types.js';

export interface TorchFormula {
  /** The PyTorch call, with act's parameters. */
  readonly torch: (p: Params) => string;
  readonly forward: (x: number, p: Params, m: Ops) => number;
  readonly backward: (x: number, y: number, g: number, p: Params, m: Ops) => number;
  /**
   * The types whose kernels round every operation to the type (PyTorch 1.13's kernels written on
   * Vectorized<BFloat16>, found by the fixture); the others compute in float32 and round once.
   */
  readonly perOp?: (dtype: LowDType, p: Params) => boolean;
  /** How act's model departs from PyTorch, or which of PyTorch's paths it follows, in this type. */
  readonly note?: (dtype: LowDType) => string | undefined;
  /** The types PyTorch 1.13 has a CPU kernel for (default float32 and bfloat16; the fixture lists the others as unsupported). */
  readonly cpu?: readonly LowDType[];
}

/** √(2/π), tanh-GELU's β (M_SQRT2 * M_2_SQRTPI * 0.5). */
const GELU_TANH_BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5;

/** elu_kernel and elu_backward_kernel (is_result false): ELU, SELU and CELU are all this one. */
function eluKernels(coefficients: (p: Params) => { alpha: number; scale: number; inputScale: number }): Pick<TorchFormula, 'forward' | 'backward'> {
  const floats = (p: Params, m: Ops) => {
    const c = coefficients(p);
    return { neg: m.k.mul(m.scalar(c.alpha), m.scalar(c.scale)), pos: m.scalar(c.scale), negInput: m.scalar(c.inputScale) };
  };
  return {
    forward: (x, p, m) => {
      const { k } = m;
      const c = floats(p, m);
      return x <= 0 ? k.mul(k.sub(k.exp(k.mul(x, c.negInput)), 1), c.neg) : k.mul(x, c.pos);
    },
    backward: (x, _y, g, p, m) => {
      const { k } = m;
      const c = floats(p, m);
      // blendv(negative branch, positive branch, x > 0): NaN takes the negative one
      return x > 0 ? k.mul(g, c.pos) : k.mul(k.mul(k.mul(g, c.negInput), c.neg), k.exp(k.mul(x, c.negInput)));
    },
  };
}

/** leaky_relu_kernel and leaky_relu_backward_kernel. */
function leaky(slope: (p: Params) => number): Pick<TorchFormula, 'forward' | 'backward'> {
  return {
    forward: (x, p, m) => (x > 0 ? x : m.k.mul(x, m.scalar(slope(p)))),
    backward: (x, _y, g, p, m) => (x > 0 ? g : m.k.mul(g, m.scalar(slope(p)))),
  };
}

/**
 * shrink_backward (softshrink, hardshrink): g outside [-λ, λ], else 0 (NaN too, as the vector kernel
 * masks). λ is lambd.to<scalar_t>(), the tensor's type: in bfloat16 λ = 0.3 is 0.30078125, and
 * x = 0.30078125 is inside (torch 1.13: f' = 0 there).
 */
const shrinkBackward = (x: number, g: number, p: Params, m: Ops): number => {
  const l = m.out(m.scalar(p.lambda));
  return x < -l || x > l ? g : 0;
};

/**
 * x * torch.sigmoid(c * x), each op a kernel (the Python c becomes a tensor of x's type: 1.702 is
 * 1.703125 in bfloat16); autograd adds mul's two gradients, the second through sigmoid_backward
 * and the scalar.
 */
function gatedSigmoid(x: number, c: number, { t, k, out }: Ops): number {
  return out(k.div(1, k.add(1, k.exp(k.neg(t.mul(x, out(c)))))));
}
const gatedForward = (x: number, c: number, m: Ops): number => m.t.mul(x, gatedSigmoid(x, c, m));
function gatedBackward(x: number, g: number, c: number, m: Ops): number {
  const { t, k, out } = m;
  const s = gatedSigmoid(x, c, m);
  const throughSigmoid = out(k.mul(k.mul(t.mul(g, x), k.sub(1, s)), s));
  return t.add(t.mul(g, s), t.mul(throughSigmoid, out(c)));
}

export const TORCH: Readonly<Record<string, TorchFormula>> = {
  sigmoid: {
    torch: () => 'torch.sigmoid(x)',
    forward: (x, _p, { k }) => k.div(1, k.add(1, k.exp(k.neg(x)))),
    backward: (_x, y, g, _p, { k }) => k.mul(k.mul(g, k.sub(1, y)), y),
  },
  tanh: {
    torch: () => 'torch.tanh(x)',
    note: () => "tanh is SLEEF's, as in PyTorch's vector kernel: ±1 from |x| > 8.664 (so f' = 0 from there in float32), where the correctly rounded tanh reaches 1 only at 9.01.",
    forward: (x, _p, { k }) => k.tanh(x),
    // one_vec - b * b, contracted to an FMA
    backward: (_x, y, g, _p, { k }) => k.mul(g, k.fma(-y, y, 1)),
  },
  relu: {
    torch: () => 'F.relu(x)',
    forward: (x) => (x <= 0 ? 0 : x),
    // threshold_backward(grad, result, 0): relu'(NaN) = 1
    backward: (_x, y, g) => (y <= 0 ? 0 : g),
  },
  leaky_relu: { torch: (p) => `F.leaky_relu(x, negative_slope=${p.alpha})`, ...leaky((p) => p.alpha) },
  prelu: {
    torch: (p) => `F.prelu(x, torch.tensor([${p.alpha}]))`,
    // the weight is a tensor of the type: 0.1 is stored as the type's 0.1
    forward: (x, p, m) => (x > 0 ? x : m.k.mul(m.out(p.alpha), x)),
    backward: (x, _y, g, p, m) => (x > 0 ? g : m.k.mul(m.out(p.alpha), g)),
  },
  rrelu: { torch: (p) => `F.rrelu(x, ${p.lower}, ${p.upper}, training=False)`, ...leaky((p) => (p.lower + p.upper) / 2) },
  elu: { torch: (p) => `F.elu(x, alpha=${p.alpha})`, ...eluKernels((p) => ({ alpha: p.alpha, scale: 1, inputScale: 1 })) },
  selu: { torch: () => 'F.selu(x)', ...eluKernels(() => ({ alpha: SELU_ALPHA, scale: SELU_SCALE, inputScale: 1 })) },
  celu: { torch: (p) => `F.celu(x, alpha=${p.alpha})`, ...eluKernels((p) => ({ alpha: p.alpha, scale: 1, inputScale: 1 / p.alpha })) },
  swish: {
    // β = 1 is F.silu's kernel; another β is written x * torch.sigmoid(beta * x), as quick_gelu
    torch: (p) => (p.beta === 1 ? 'F.silu(x)' : `x * torch.sigmoid(${p.beta} * x)`),
    perOp: (t, p) => t === 'bfloat16' && p.beta === 1,
    note: (t) => (t === 'bfloat16' ? "PyTorch 1.13's bfloat16 silu' rounds every operation to bfloat16, and so does act." : undefined),
    forward: (x, p, m) => (p.beta === 1 ? m.k.div(x, m.k.add(1, m.k.exp(m.k.neg(x)))) : gatedForward(x, p.beta, m)),
    backward: (x, _y, g, p, m) => {
      if (p.beta !== 1) return gatedBackward(x, g, p.beta, m);
      const { k } = m;
      const s = k.div(1, k.add(1, k.exp(k.neg(x))));
      return k.mul(k.mul(g, s), k.fma(x, k.sub(1, s), 1));
    },
  },
  quick_gelu: {
    // composite, as CLIP and transformers write it: x * torch.sigmoid(1.702 * x)
    torch: () => 'x * torch.sigmoid(1.702 * x)',
    forward: (x, _p, m) => gatedForward(x, 1.702, m),
    backward: (x, _y, g, _p, m) => gatedBackward(x, g, 1.702, m),
  },
  gelu: {
    // oneDNN's kernel, not ATen's (src/dtype/onednn.ts)
    torch: () => 'F.gelu(x)',
    note: (t) =>
      `PyTorch 1.13 computes GELU on the CPU with oneDNN (erf from Abramowitz and Stegun 7.1.26, absolute error 1.5e-7), for a float32 tensor of more than one element${t === 'bfloat16' ? ' (and for bfloat16 on CPUs with AVX-512)' : ''}, and act follows it: hence the left tail's large relative errors and f' = 0 from x = -6.16.`,
    forward: (x) => onednnGelu(x),
    backward: (x, _y, g, _p, { k }) => k.mul(g, onednnGeluDerivative(x)),
  },
  gelu_tanh: {
    torch: () => "F.gelu(x, approximate='tanh')",
    note: (t) => (t === 'bfloat16' ? "PyTorch 1.13's bfloat16 tanh-GELU rounds every operation and its constants to bfloat16, and so does act: f = 0 from x = -3.06." : undefined),
    perOp: (t) => t === 'bfloat16',
    forward: (x, _p, { k, scalar }) => {
      const inner = k.mul(scalar(GELU_TANH_BETA), k.fma(scalar(0.044715), k.mul(k.mul(x, x), x), x));
      return k.mul(k.mul(0.5, x), k.add(1, k.tanh(inner)));
    },
    backward: (x, _y, g, _p, { k, scalar }) => {
      const beta = scalar(GELU_TANH_BETA);
      const kappa = scalar(0.044715);
      const square = k.mul(x, x);
      const inner = k.mul(beta, k.fma(kappa, k.mul(k.mul(x, x), x), x));
      const t = k.tanh(inner);
      const left = k.mul(0.5, x);
      const leftDerivative = k.mul(0.5, k.add(1, t));
      const tanhDerivative = k.fma(-t, t, 1);
      const innerDerivative = k.mul(beta, k.fma(k.mul(3, kappa), square, 1));
      return k.mul(g, k.fma(k.mul(left, tanhDerivative), innerDerivative, leftDerivative));
    },
  },
  softplus: {
    torch: (p) => `F.softplus(x, beta=${p.beta}, threshold=${p.threshold === Infinity ? "float('inf')" : p.threshold})`,
    forward: (x, p, { k, scalar }) => {
      const bx = k.mul(x, scalar(p.beta));
      return bx > scalar(p.threshold) ? x : k.div(k.log1p(k.exp(bx)), scalar(p.beta));
    },
    backward: (x, _y, g, p, { k, scalar }) => {
      const bx = k.mul(x, scalar(p.beta));
      const z = k.exp(bx);
      return bx > scalar(p.threshold) ? g : k.div(k.mul(g, z), k.add(z, 1));
    },
  },
  mish: {
    torch: () => 'F.mish(x)',
    cpu: ['float32'],
    forward: (x, _p, { k }) => k.mul(x, k.tanh(k.log1p(k.exp(x)))),
    backward: (x, _y, g, _p, { k }) => {
      const s = k.div(1, k.add(1, k.exp(k.neg(x))));
      const ts = k.tanh(k.log1p(k.exp(x)));
      return k.mul(g, k.fma(k.mul(x, s), k.fma(-ts, ts, 1), ts));
    },
  },
  softsign: {
    // composite in PyTorch: input / (input.abs() + 1), each op a kernel; autograd sums the
    // gradients of div's two inputs (the second through abs: sgn(x))
    torch: () => 'F.softsign(x)',
    cpu: ['float32', 'bfloat16', 'float16'],
    forward: (x, _p, { t }) => t.div(x, t.add(t.abs(x), 1)),
    backward: (x, _y, g, _p, { t }) => {
      const d = t.add(t.abs(x), 1);
      const throughDenominator = t.mul(t.neg(g), t.div(t.div(x, d), d));
      return t.add(t.div(g, d), t.mul(throughDenominator, Math.sign(x)));
    },
  },
  logsigmoid: {
    // log_sigmoid_forward keeps buffer = e^-|x| (stored as the type) for the backward
    torch: () => 'F.logsigmoid(x)',
    forward: (x, _p, { k }) => k.sub(k.min(x, 0), k.log1p(k.exp(k.neg(k.abs(x))))),
    backward: (x, _y, g, _p, { k, out }) => {
      const b = out(k.exp(k.neg(k.abs(x))));
      const q = k.div(b, k.add(1, b));
      return k.mul(x < 0 ? k.sub(1, q) : k.sub(0, k.mul(-1, q)), g);
    },
  },
  tanhshrink: {
    // composite: input - input.tanh(); autograd adds g and tanh_backward(-g, tanh(x))
    torch: () => 'F.tanhshrink(x)',
    forward: (x, _p, { t }) => t.sub(x, t.tanh(x)),
    backward: (x, _y, g, _p, { t, k, out }) => {
      const y = t.tanh(x);
      return t.add(g, out(k.mul(-g, k.sub(1, k.mul(y, y)))));
    },
  },
  hardtanh: {
    torch: (p) => `F.hardtanh(x, min_val=${p.min}, max_val=${p.max})`,
    cpu: ['float32'],
    forward: (x, p, { k, scalar }) => k.min(k.max(x, scalar(p.min)), scalar(p.max)),
    // the vector kernel masks g with (min < x < max): 0 at the ends and at NaN
    backward: (x, _y, g, p, { scalar }) => (x > scalar(p.min) && x < scalar(p.max) ? g : 0),
  },
  relu6: {
    torch: () => 'F.relu6(x)',
    cpu: ['float32'],
    forward: (x, _p, { k }) => k.min(k.max(x, 0), 6),
    backward: (x, _y, g) => (x > 0 && x < 6 ? g : 0),
  },
  hardsigmoid: {
    torch: () => 'F.hardsigmoid(x)',
    forward: (x, _p, { k }) => k.div(k.min(k.max(k.add(x, 3), 0), 6), 6),
    backward: (x, _y, g, _p, { k, scalar }) => (x > -3 && x < 3 ? k.mul(g, scalar(1 / 6)) : 0),
  },
  hardswish: {
    torch: () => 'F.hardswish(x)',
    forward: (x, _p, { k }) => k.div(k.mul(x, k.min(k.max(k.add(x, 3), 0), 6)), 6),
    // the vector kernel: g from x >= 3 on, so hardswish'(3) = 1 (its scalar loop, which takes a
    // tensor's last elements, gives 1.5 there); NaN gives NaN
    backward: (x, _y, g, _p, { k }) => (x < -3 ? 0 : x >= 3 ? g : k.mul(g, k.add(k.div(x, 3), 0.5))),
  },
  softshrink: {
    torch: (p) => `F.softshrink(x, lambd=${p.lambda})`,
    forward: (x, p, { k, scalar }) => {
      const l = scalar(p.lambda);
      return x > l ? k.sub(x, l) : x < -l ? k.add(x, l) : 0;
    },
    backward: (x, _y, g, p, m) => shrinkBackward(x, g, p, m),
  },
  hardshrink: {
    torch: (p) => `F.hardshrink(x, lambd=${p.lambda})`,
    // λ in the tensor's type, as shrink_backward takes it (softshrink's forward keeps it a float)
    forward: (x, p, { scalar, out }) => {
      const l = out(scalar(p.lambda));
      return x >= -l && x <= l ? 0 : x;
    },
    backward: (x, _y, g, p, m) => shrinkBackward(x, g, p, m),
  },
  threshold: {
    torch: (p) => `F.threshold(x, ${p.threshold}, ${p.value})`,
    // threshold_kernel takes threshold.to<scalar_t>(): 0.3 is 0.30078125 in bfloat16, and x = 0.30078125 gets the value
    forward: (x, p, { scalar, out }) => (x <= out(scalar(p.threshold)) ? scalar(p.value) : x),
    backward: (x, _y, g, p, { scalar, out }) => (x <= out(scalar(p.threshold)) ? 0 : g),
  },
  identity: {
    torch: () => 'torch.nn.Identity()(x)',
    forward: (x) => x,
    backward: (_x, _y, g) => g,
  },
  exponential: {
    torch: () => 'torch.exp(x)',
    forward: (x, _p, { k }) => k.exp(x),
    // exp's backward: grad * result
    backward: (_x, y, g, _p, { k }) => k.mul(g, y),
  },
};
