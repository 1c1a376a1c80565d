/** Reads test/fixtures/torch-dtype.json (scripts/make_torch_dtype.py): PyTorch's values in each type. */
import { readFileSync } from 'node:fs';
import type { LowDType } from '../../src/dtype/types.js';

export interface TorchCase {
  readonly y: Float64Array;
  readonly dy: Float64Array;
  readonly zeros: { readonly left: number | null; readonly right: number | null };
}
export interface TorchVector {
  readonly x: Float64Array;
  readonly cases: Readonly<Record<string, { readonly y: Float64Array; readonly dy: Float64Array }>>;
}
export interface TorchDtype {
  readonly x: Float64Array;
  readonly cases: Readonly<Record<string, TorchCase>>;
  readonly unsupported: readonly string[];
  /** The vector functions over whole vectors: y, and the Jacobian's diagonal. */
  readonly vectors: readonly TorchVector[];
}
export interface TorchFixture {
  readonly torch: string;
  readonly step: number;
  readonly reach: number;
  readonly dtypes: Readonly<Partial<Record<LowDType, TorchDtype>>>;
}

/** Bit patterns in hex, 8 digits (float32) or 4 (bfloat16: a float32's upper half; float16), to values. */
export function decode(hex: string, dtype: LowDType): Float64Array {
  const digits = dtype === 'float32' ? 8 : 4;
  const out = new Float64Array(hex.length / digits);
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  for (let i = 0; i < out.length; i++) {
    const bits = Number.parseInt(hex.slice(i * digits, (i + 1) * digits), 16);
    if (dtype === 'float16') out[i] = halfBits(bits);
    else {
      u32[0] = dtype === 'bfloat16' ? bits << 16 : bits;
      out[i] = f32[0];
    }
  }
  return out;
}

function halfBits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  return sign * (e === 0 ? m * 2 ** -24 : (1 + m / 1024) * 2 ** (e - 15));
}

interface Raw {
  torch: string;
  step: number;
  reach: number;
  dtypes: Record<string, { x: string; cases: Record<string, { y: string; dy: string; zeros: TorchCase['zeros'] }>; unsupported: string[]; vectors: { x: string; cases: Record<string, { y: string; dy: string }> }[] }>;
}

export function readTorchFixture(): TorchFixture {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/torch-dtype.json', import.meta.url), 'utf8')) as Raw;
  const dtypes: Partial<Record<LowDType, TorchDtype>> = {};
  for (const [name, d] of Object.entries(raw.dtypes)) {
    const dtype = name as LowDType;
    const cases: Record<string, TorchCase> = {};
    for (const [spec, c] of Object.entries(d.cases)) cases[spec] = { y: decode(c.y, dtype), dy: decode(c.dy, dtype), zeros: c.zeros };
    const vectors = d.vectors.map((v) => ({
      x: decode(v.x, dtype),
      cases: Object.fromEntries(Object.entries(v.cases).map(([name, c]) => [name, { y: decode(c.y, dtype), dy: decode(c.dy, dtype) }])),
    }));
    dtypes[dtype] = { x: decode(d.x, dtype), cases, unsupported: d.unsupported, vectors };
  }
  return { torch: raw.torch, step: raw.step, reach: raw.reach, dtypes };
}
