/**
 * A deep, fully connected network with one activation, built to watch gradients vanish or
 * explode: depth square layers of the given width, no biases, weights drawn from the chosen
 * initialisation, inputs N(0, 1), and a loss that sends the same fixed random gradient into the
 * output whatever the activation: L = Σ g·h_L / batch with g drawn once from N(0, 1), so
 * ∂L/∂h_L = g / batch. (‖h_L‖²/(2·batch) would scale the output layer's gradient with the forward
 * activations: ReLU's read 1e-4 beside sigmoid's 0.25, which looks like vanishing and is not.)
 */
import type { ElementwiseActivation, Params } from '../core/define.js';
import { evaluateInto } from '../core/evaluate.js';
import { multiplyByTransposed, norm, transpose } from './matrix.js';
import { normalArray, normalSampler } from './random.js';

export type Init = { readonly kind: 'xavier' | 'he' | 'lecun' } | { readonly kind: 'normal'; readonly std: number };

export interface NetworkShape {
  readonly depth: number;
  readonly width: number;
  readonly batch: number;
}

export interface Network extends NetworkShape {
  /** One width×width matrix per layer, row-major: z = h·W. */
  readonly weights: Float64Array[];
  /** The batch of inputs, batch×width. */
  readonly input: Float64Array;
  /** The gradient sent into the output, g (batch×width, N(0, 1)): the same for every activation. */
  readonly upstream: Float64Array;
}

/** The standard deviation of a layer's weights: Glorot (Xavier), He, LeCun, or a fixed one. */
export function initStd(init: Init, fanIn: number, fanOut: number): number {
  switch (init.kind) {
    case 'xavier':
      return Math.sqrt(2 / (fanIn + fanOut));
    case 'he':
      return Math.sqrt(2 / fanIn);
    case 'lecun':
      return Math.sqrt(1 / fanIn);
    case 'normal':
      return init.std;
  }
}

/** Weights and inputs from the seed: the same seed gives every activation the same network. */
export function createNetwork(shape: NetworkShape, init: Init, seed: number): Network {
  const normal = normalSampler(seed);
  const { depth, width, batch } = shape;
  const std = initStd(init, width, width);
  const weights = Array.from({ length: depth }, () => normalArray(width * width, std, normal));
  const input = normalArray(batch * width, 1, normal);
  // drawn last: the weights and inputs are those of the same seed before the upstream gradient existed
  return { ...shape, weights, input, upstream: normalArray(batch * width, 1, normal) };
}

export interface Activation1D {
  readonly activation: ElementwiseActivation;
  readonly params: Params;
  /**
   * Run in a low-precision type (act gradient --dtype): every value the network stores (weights,
   * inputs, pre-activations, gradients) rounded to it, and the backward pass through the
   * activation as PyTorch's backward kernel computes g·f'(z). Without it, float64.
   */
  readonly precision?: NetworkPrecision;
}

export interface NetworkPrecision {
  readonly round: (v: number) => number;
  /** g·f'(z) as the type's backward kernel computes it. */
  readonly backward: (z: number, g: number) => number;
}

/** A matrix product's result stored in the type: accumulated exactly, rounded once (as oneDNN and cuBLAS accumulate in float32 and store). */
function stored(values: Float64Array, precision: NetworkPrecision | undefined): Float64Array {
  if (precision) for (let i = 0; i < values.length; i++) values[i] = precision.round(values[i]);
  return values;
}

/** The network's weights, inputs and upstream gradient in the type. */
function networkIn(net: Network, precision: NetworkPrecision | undefined): Network {
  if (!precision) return net;
  const round = (a: Float64Array) => a.map(precision.round);
  return { ...net, weights: net.weights.map(round), input: round(net.input), upstream: round(net.upstream) };
}

export interface ForwardPass {
  /** Pre-activations z_l, l = 1..depth (index l-1). */
  readonly z: Float64Array[];
  /** Outputs h_l = f(z_l); h[0] is the input, h[depth] the output. */
  readonly h: Float64Array[];
}

export function forward(net: Network, f: Activation1D): ForwardPass {
  const { width, batch } = net;
  const z: Float64Array[] = [];
  const h: Float64Array[] = [net.input];
  for (const w of net.weights) {
    // z = h·W = h·(Wᵀ)ᵀ
    const zl = stored(multiplyByTransposed(h[h.length - 1], transpose(w, width, width), batch, width, width, new Float64Array(batch * width)), f.precision);
    z.push(zl);
    h.push(evaluateInto(f.activation, f.params, zl, false, new Float64Array(zl.length)));
  }
  return { z, h };
}

/** L = Σ g·h_L / batch: linear in the output, so its gradient there is g / batch for any activation. */
export function loss(net: Network, pass: ForwardPass): number {
  const out = pass.h[net.depth];
  let s = 0;
  for (let i = 0; i < out.length; i++) s += net.upstream[i] * out[i];
  return s / net.batch;
}

export interface BackwardPass {
  /** ∂L/∂z_l for l = 1..depth (index l-1): the error signal that reaches each layer. */
  readonly deltas: Float64Array[];
  /** ∂L/∂W_l for l = 1..depth (index l-1). */
  readonly weightGradients: Float64Array[];
  /** f'(z_l), kept for the saturation statistics. */
  readonly slopes: Float64Array[];
}

/** What the backward pass hands over for layer l: f'(z_l), ∂L/∂z_l and ∂L/∂W_l (reused after the call). */
export type LayerGradients = (l: number, slope: Float64Array, delta: Float64Array, weightGradient: Float64Array) => void;

/**
 * The backward pass, layer by layer from the last: each layer's gradients go to `visit` and are
 * not kept, so that memory holds the weights and the forward pass, not depth copies of width².
 */
export function backwardLayers(net: Network, f: Activation1D, pass: ForwardPass, visit: LayerGradients): void {
  const { depth, width, batch } = net;
  // ∂L/∂h_L = g / batch, g the network's fixed upstream gradient
  const p = f.precision;
  let g: Float64Array = stored(net.upstream.map((v) => v / batch), p);
  for (let l = depth; l >= 1; l--) {
    const z = pass.z[l - 1];
    const slope = evaluateInto(f.activation, f.params, z, true, new Float64Array(batch * width));
    const d = p ? g.map((v, i) => p.backward(z[i], v)) : g.map((v, i) => v * slope[i]); // ∂L/∂z_l
    // ∂L/∂W = hᵀ·d = hᵀ·(dᵀ)ᵀ, and the gradient passed down, ∂L/∂h_(l-1) = d·Wᵀ
    const dw = stored(multiplyByTransposed(transpose(pass.h[l - 1], batch, width), transpose(d, batch, width), width, width, batch, new Float64Array(width * width)), p);
    visit(l, slope, d, dw);
    if (l > 1) g = stored(multiplyByTransposed(d, net.weights[l - 1], batch, width, width, new Float64Array(batch * width)), p);
  }
}

/** The backward pass with every layer's gradients kept (for tests and small networks). */
export function backward(net: Network, f: Activation1D, pass: ForwardPass): BackwardPass {
  const deltas: Float64Array[] = new Array(net.depth);
  const weightGradients: Float64Array[] = new Array(net.depth);
  const slopes: Float64Array[] = new Array(net.depth);
  backwardLayers(net, f, pass, (l, slope, delta, dw) => {
    slopes[l - 1] = slope;
    deltas[l - 1] = delta;
    weightGradients[l - 1] = dw;
  });
  return { deltas, weightGradients, slopes };
}

export interface LayerStats {
  /** 1 is the layer next to the input, depth the last. */
  readonly layer: number;
  /**
   * Frobenius norm of ∂L/∂z_l, the gradient that reaches the layer. This is what vanishes or
   * explodes with depth; for ReLU-like (homogeneous) activations the weight gradients ∂L/∂W_l keep
   * the same norm across layers even when ∂L/∂z_l explodes, so they are reported separately.
   */
  readonly gradNorm: number;
  /** Frobenius norm of ∂L/∂W_l. */
  readonly weightGradNorm: number;
  /** Mean and standard deviation of the layer's outputs over the batch and units. */
  readonly mean: number;
  readonly std: number;
  /** Fraction of units whose f' is 0 for every input of the batch. */
  readonly dead: number;
  /** Fraction of (input, unit) pairs where |f'(z)| < 0.01: the unit passes almost no gradient. */
  readonly saturated: number;
}

export const SATURATION_SLOPE = 0.01;

/** Beyond these magnitudes a sum of the values (or of their squares) could overflow or underflow. */
const PLAIN_SUMS = { above: 2 ** -450, below: 2 ** 450 } as const;

/**
 * The mean and standard deviation of h. Outputs as large as 1e300 (--init normal:1e300) would
 * overflow the sums (std Infinity) and outputs as small as 1e-200 underflow their squares (std 0):
 * there the values are scaled by their largest magnitude first, a power of two (exact), as norm() does.
 */
export function meanStd(h: Float64Array): { mean: number; std: number } {
  let largest = 0;
  for (let i = 0; i < h.length; i++) largest = Math.max(largest, Math.abs(h[i]));
  const plain = (largest > PLAIN_SUMS.above && largest < PLAIN_SUMS.below) || !Number.isFinite(largest) || largest === 0;
  const scale = plain ? 1 : 2 ** Math.floor(Math.log2(largest));
  let sum = 0;
  for (let i = 0; i < h.length; i++) sum += h[i] / scale;
  const mean = sum / h.length;
  let sq = 0;
  for (let i = 0; i < h.length; i++) sq += (h[i] / scale - mean) * (h[i] / scale - mean);
  return { mean: mean * scale, std: Math.sqrt(sq / h.length) * scale };
}

function layerStats(layer: number, h: Float64Array, slope: Float64Array, delta: Float64Array, dw: Float64Array, width: number, batch: number): LayerStats {
  const { mean, std } = meanStd(h);
  let saturated = 0;
  for (let i = 0; i < slope.length; i++) if (Math.abs(slope[i]) < SATURATION_SLOPE) saturated++;
  let dead = 0;
  for (let j = 0; j < width; j++) {
    let alive = false;
    for (let b = 0; b < batch && !alive; b++) alive = slope[b * width + j] !== 0;
    if (!alive) dead++;
  }
  return { layer, gradNorm: norm(delta), weightGradNorm: norm(dw), mean, std, dead: dead / width, saturated: saturated / slope.length };
}

/** The whole experiment for one activation: forward, backward, and per-layer statistics. */
export function gradientExperiment(f: Activation1D, shape: NetworkShape, init: Init, seed: number): LayerStats[] {
  const net = networkIn(createNetwork(shape, init, seed), f.precision);
  const pass = forward(net, f);
  const stats: LayerStats[] = new Array(net.depth);
  backwardLayers(net, f, pass, (l, slope, delta, dw) => {
    stats[l - 1] = layerStats(l, pass.h[l], slope, delta, dw, net.width, net.batch);
  });
  return stats;
}

/**
 * The bytes the experiment holds at its peak: the weights (depth × width²) and the forward pass
 * (z and h, 2 × depth × batch × width), as float64; the backward pass adds a few layers' worth.
 */
export function experimentBytes(shape: NetworkShape): number {
  const { depth, width, batch } = shape;
  return 8 * (depth * width * width + (2 * depth + 1) * batch * width + 3 * width * width);
}
