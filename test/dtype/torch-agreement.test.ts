/**
 * act's --dtype against PyTorch itself (test/fixtures/torch-dtype.json, from
 * scripts/make_torch_dtype.py with Debian's python3-torch 1.13): within 1 ulp of the type at
 * 99% of the points or more, per function and type, for f and f'; and the points where f' becomes
 * exactly 0 for good agree to the fixture's grid step.
 */
import { describe, expect, it } from 'vitest';
import { inType } from '../../src/dtype/engine.js';
import { ulp } from '../../src/dtype/rounding.js';
import { derivativeZeroFrom } from '../../src/dtype/saturation.js';
import { TORCH } from '../../src/dtype/torch.js';
import { inDtype } from '../../src/dtype/view.js';
import { evaluateInto } from '../../src/core/evaluate.js';
import type { LowDType } from '../../src/dtype/types.js';
import { parseSpec } from '../../src/spec/parse.js';
import { readTorchFixture } from './torch-fixture.js';

const fixture = readTorchFixture();

/** Distance in ulps of the type at want; equal values (infinities, NaN with NaN) are 0. */
function ulps(dtype: LowDType, got: number, want: number): number {
  if (Object.is(got, want) || got === want || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  if (!Number.isFinite(want) || !Number.isFinite(got)) return Infinity;
  return Math.abs(got - want) / ulp(dtype, want);
}

for (const [dtype, d] of Object.entries(fixture.dtypes) as [LowDType, NonNullable<(typeof fixture.dtypes)[LowDType]>][]) {
  describe(`${dtype}, against torch ${fixture.torch}`, () => {
    for (const [text, c] of Object.entries(d.cases)) {
      const spec = parseSpec(text);
      const formula = TORCH[spec.activation.name];
      const fn = inType(formula, spec.params, dtype);
      for (const [what, compute, want] of [['f', fn.f, c.y], ["f'", fn.df, c.dy]] as const) {
        it(`${text} ${what}: within 1 ulp at >= 99% of ${d.x.length} points`, () => {
          const bad: string[] = [];
          for (let i = 0; i < d.x.length; i++) {
            const got = compute(d.x[i]);
            const e = ulps(dtype, got, want[i]);
            if (e > 1) bad.push(`${text} ${what} ${dtype} x=${d.x[i]}: got ${got}, want ${want[i]} (${e.toPrecision(3)} ulp)`);
          }
          const share = 1 - bad.length / d.x.length;
          expect(share, `${bad.length} points beyond 1 ulp, the first:\n${bad.slice(0, 8).join('\n')}`).toBeGreaterThanOrEqual(0.99);
        });
      }
      // the fixture's last points are -inf, inf and NaN; PyTorch's loop takes 16 floats or 32
      // bfloat16 at a time and leaves the rest to its scalar code, whose NaN rules differ from the
      // vector kernel's, which act follows: 2224 floats have no rest, 1478 bfloat16 a rest of 6
      if (d.x.length % 16 === 0) {
        it(`${text}: at -inf, inf and NaN, f and f' are torch's exactly`, () => {
          for (let i = d.x.length - 3; i < d.x.length; i++) {
            for (const [what, compute, want] of [['f', fn.f, c.y], ["f'", fn.df, c.dy]] as const) {
              const got = compute(d.x[i]);
              expect(ulps(dtype, got, want[i]), `${text} ${what} ${dtype} x=${d.x[i]}: got ${got}, want ${want[i]}`).toBe(0);
            }
          }
        });
      }
      // the 1% above may not hide an overflow: where torch gives ∞ or NaN act must too, and the
      // other way round (but for the scalar rest, as above, at -inf, inf and NaN)
      it(`${text}: infinite or NaN exactly where torch's is`, () => {
        const end = d.x.length % 16 === 0 ? d.x.length : d.x.length - 3;
        const bad: string[] = [];
        for (let i = 0; i < end; i++) {
          for (const [what, compute, want] of [['f', fn.f, c.y], ["f'", fn.df, c.dy]] as const) {
            const got = compute(d.x[i]);
            if (Number.isFinite(got) !== Number.isFinite(want[i]) || (!Number.isFinite(want[i]) && !Object.is(got, want[i]))) bad.push(`${what} x=${d.x[i]}: got ${got}, want ${want[i]}`);
          }
        }
        expect(bad).toEqual([]);
      });
      it(`${text}: f' is exactly 0 from where torch's is, to the grid step ${fixture.step}`, () => {
        const got = derivativeZeroFrom(fn.df, fixture.step, fixture.reach);
        for (const side of ['left', 'right'] as const) {
          const want = c.zeros[side];
          const message = `${text} ${dtype} ${side}: f' = 0 from ${got[side]}, torch from ${want}`;
          if (want === null) expect(got[side], message).toBeNull();
          else expect(Math.abs((got[side] ?? Infinity) - want), message).toBeLessThanOrEqual(fixture.step);
        }
      });
    }
  });
}

describe('vector functions against torch', () => {
  for (const [dtype, d] of Object.entries(fixture.dtypes) as [LowDType, NonNullable<(typeof fixture.dtypes)[LowDType]>][]) {
    d.vectors.forEach((v, k) => {
      for (const [name, c] of Object.entries(v.cases)) {
        it(`${name} ${dtype}, vector ${k + 1} (${v.x.length} points from ${v.x[0]} to ${v.x.at(-1)}): f and the Jacobian's diagonal within 1 ulp at >= 99%`, () => {
          const spec = inDtype(parseSpec(name), dtype);
          for (const [what, derivative, want] of [['f', false, c.y], ["f'", true, c.dy]] as const) {
            const got = evaluateInto(spec.activation, spec.params, v.x, derivative, new Float64Array(v.x.length));
            const bad: string[] = [];
            for (let i = 0; i < v.x.length; i++) {
              const e = ulps(dtype, got[i], want[i]);
              if (e > 1) bad.push(`${name} ${what} ${dtype} x=${v.x[i]}: got ${got[i]}, want ${want[i]} (${e.toPrecision(3)} ulp)`);
            }
            expect(1 - bad.length / v.x.length, `${bad.length} points beyond 1 ulp, the first:\n${bad.slice(0, 8).join('\n')}`).toBeGreaterThanOrEqual(0.99);
          }
        });
      }
    });
  }
});
