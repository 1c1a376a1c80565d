/**
 * The three products of a dense layer's forward and backward pass, on row-major Float64Arrays,
 * with loops ordered so that the innermost runs along contiguous memory.
 */

/** C (rows×n) = A (rows×k) · W (k×n). */
export function multiply(a: Float64Array, w: Float64Array, rows: number, k: number, n: number, c: Float64Array): Float64Array {
  c.fill(0, 0, rows * n);
  for (let r = 0; r < rows; r++) {
    const cRow = r * n;
    for (let i = 0; i < k; i++) {
      const v = a[r * k + i];
      if (v === 0) continue;
      const wRow = i * n;
      for (let j = 0; j < n; j++) c[cRow + j] += v * w[wRow + j];
    }
  }
  return c;
}

/** G (rows×k) = D (rows×n) · Wᵀ, for W (k×n): the gradient flowing to the layer's input. */
export function multiplyTransposed(d: Float64Array, w: Float64Array, rows: number, k: number, n: number, g: Float64Array): Float64Array {
  for (let r = 0; r < rows; r++) {
    const dRow = r * n;
    for (let i = 0; i < k; i++) {
      const wRow = i * n;
      // four partial sums, so that the additions do not wait on each other
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let j = 0;
      for (; j + 3 < n; j += 4) {
        s0 += d[dRow + j] * w[wRow + j];
        s1 += d[dRow + j + 1] * w[wRow + j + 1];
        s2 += d[dRow + j + 2] * w[wRow + j + 2];
        s3 += d[dRow + j + 3] * w[wRow + j + 3];
      }
      for (; j < n; j++) s0 += d[dRow + j] * w[wRow + j];
      g[r * k + i] = s0 + s1 + (s2 + s3);
    }
  }
  return g;
}

/** dW (k×n) = Hᵀ · D, for H (rows×k) and D (rows×n): the gradient of the weights. */
export function transposedMultiply(h: Float64Array, d: Float64Array, rows: number, k: number, n: number, dw: Float64Array): Float64Array {
  dw.fill(0, 0, k * n);
  for (let r = 0; r < rows; r++) {
    const dRow = r * n;
    for (let i = 0; i < k; i++) {
      const v = h[r * k + i];
      if (v === 0) continue;
      const wRow = i * n;
      for (let j = 0; j < n; j++) dw[wRow + j] += v * d[dRow + j];
    }
  }
  return dw;
}

/** Frobenius norm, scaled so that it neither overflows nor underflows for exploding gradients. */
export function norm(a: Float64Array): number {
  let scale = 0;
  for (let i = 0; i < a.length; i++) scale = Math.max(scale, Math.abs(a[i]));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] / scale;
    s += v * v;
  }
  return scale * Math.sqrt(s);
}
