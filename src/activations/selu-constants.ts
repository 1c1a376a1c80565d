/**
 * SELU's constants, to the digits of the paper (and of PyTorch and JAX): the exact function
 * (elu.ts) and the --dtype model of PyTorch's kernel (src/dtype/torch.ts) share them, in a module
 * of their own so that the --dtype bundle does not take the catalog with them.
 */
export const SELU_ALPHA = 1.6732632423543772848170429916717;
export const SELU_SCALE = 1.0507009873554804934193349852946;
