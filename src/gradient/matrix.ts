/**
 * Dense products for the network's forward and backward pass, on row-major Float64Arrays.
 * Everything is one kernel, X·Yᵀ, whose inner loop runs along contiguous rows of both operands;
 * the other products transpose an operand first (cheap next to the product).
 */

function dot(x: Float64Array, xo: number, y: Float64Array, yo: number, k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) s += x[xo + i] * y[yo + i];
  return s;
}

/**
 * out (m×n) = X (m×k) · Yᵀ, for Y (n×k). Two rows by two columns at a time: four sums share
 * each pair of loads, which roughly doubles the speed of the plain dot product.
 */
export function multiplyByTransposed(x: Float64Array, y: Float64Array, m: number, n: number, k: number, out: Float64Array): Float64Array {
  let r = 0;
  for (; r + 1 < m; r += 2) {
    const x0 = r * k;
    const x1 = x0 + k;
    let c = 0;
    for (; c + 1 < n; c += 2) {
      const y0 = c * k;
      const y1 = y0 + k;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      for (let i = 0; i < k; i++) {
        const a0 = x[x0 + i];
        const a1 = x[x1 + i];
        const b0 = y[y0 + i];
        const b1 = y[y1 + i];
        s00 += a0 * b0;
        s01 += a0 * b1;
        s10 += a1 * b0;
        s11 += a1 * b1;
      }
      out[r * n + c] = s00;
      out[r * n + c + 1] = s01;
      out[(r + 1) * n + c] = s10;
      out[(r + 1) * n + c + 1] = s11;
    }
    if (c < n) {
      out[r * n + c] = dot(x, x0, y, c * k, k);
      out[(r + 1) * n + c] = dot(x, x1, y, c * k, k);
    }
  }
  if (r < m) for (let c = 0; c < n; c++) out[r * n + c] = dot(x, r * k, y, c * k, k);
  return out;
}

/** Aᵀ for A (rows×cols). */
export function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = a[r * cols + c];
  return t;
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
