/**
 * What the declarations say about the frameworks (their `frameworks` field) where the same words
 * serve several functions.
 */

/** gelu, swish, mish...: x·g(x) with g(-∞) = 0. */
export const NEGATIVE_INFINITY_NAN =
  "f(-∞) = 0 and f'(-∞) = 0 here, the limits; PyTorch computes -∞·0 there and gives NaN.";

/** A vector function's derivative column, against what autograd gives for a gradient of ones. */
export const jacobianDiagonal = (backwardOfOnes: string): string =>
  `f' here is the diagonal of the Jacobian, ∂f_i/∂x_i; PyTorch's f(x).backward(torch.ones_like(x)) sums each column instead and gives ${backwardOfOnes}.`;
