/**
 * writeShortest must give exactly String(x), for every double: checked on the hard cases by
 * name, on fast-check's doubles (which favour the extremes), and on millions of seeded random
 * doubles of several shapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHORTEST_MAX_BYTES, shortest, shortestFallbacks, writeShortest } from '../../src/io/shortest.js';

/** A small seeded generator (xorshift128+ on doubles' two 32-bit halves), for repeatable runs. */
function seeded(seed: number): () => number {
  let a = seed >>> 0 || 1;
  let b = (seed * 2654435761) >>> 0 || 2;
  return () => {
    let t = a ^ (a << 11);
    a = b;
    b = (b ^ (b >>> 19) ^ t ^ (t >>> 8)) >>> 0;
    t >>>= 0;
    return b;
  };
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function fromWords(hi: number, lo: number): number {
  words[1] = hi;
  words[0] = lo;
  return bits[0];
}

/** The values where v and String(v) differ, at most `limit` of them. */
function mismatches(values: Iterable<number>, limit = 10): string[] {
  const bad: string[] = [];
  for (const v of values) {
    const got = shortest(v);
    if (got !== String(v)) {
      bad.push(`${String(v)}: got ${got}`);
      if (bad.length >= limit) break;
    }
  }
  return bad;
}

function* neighbours(x: number): Generator<number> {
  bits[0] = x;
  const hi = words[1];
  const lo = words[0];
  yield x;
  for (const d of [-2, -1, 1, 2]) {
    const l = lo + d;
    yield fromWords(hi + (l < 0 ? -1 : l > 0xffffffff ? 1 : 0), l >>> 0);
  }
}

describe('writeShortest: the characters of String(x)', () => {
  it('on named cases: zeros, specials, integers, layouts, extremes', () => {
    const cases = [
      0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, 0.2 + 0.1, 1 / 3, -2 / 3, 5e-324, -5e-324, 2.2250738585072014e-308,
      2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 9007199254740991, 9007199254740992,
      9007199254740993, 18014398509481984, 123456789012345680, 1e21, 1e21 - 65536, 999999999999999900000, 1.5e-7,
      1e-7, 1.2345e-6, 0.000001, 0.0000012345678901234567, 123.456, 1e16, 1e17, 9.999999999999999e22, 1e23,
      5e-7, 4.35, 0.3, 2 ** -1074, 2 ** -1022, 2 ** 52, 2 ** 53, 2 ** 63, 2 ** 64, 2 ** 1023, 1.25e-5, 0.5, 100, 1e100,
    ];
    expect(mismatches(cases)).toEqual([]);
  });

  it('on the powers of ten and two, and their neighbours', () => {
    const values: number[] = [];
    for (let e = -325; e <= 309; e++) values.push(...neighbours(Number(`1e${e}`)), ...neighbours(-Number(`1e${e}`)));
    for (let e = -1074; e <= 1023; e++) values.push(...neighbours(2 ** e));
    expect(mismatches(values)).toEqual([]);
  });

  it('on fast-check doubles', () => {
    fc.assert(
      fc.property(fc.double(), (x) => shortest(x) === String(x)),
      { numRuns: 200_000 },
    );
  });

  it('on millions of seeded random doubles of every shape', () => {
    const next = seeded(20240521);
    const unit = () => next() / 4294967296;
    function* draws(): Generator<number> {
      for (let i = 0; i < 600_000; i++) yield fromWords(next(), next()); // any bit pattern
      for (let i = 0; i < 400_000; i++) yield (unit() - 0.5) * 20; // plot and grid ranges
      for (let i = 0; i < 400_000; i++) yield (unit() - 0.5) * 2 ** (unit() * 200 - 100); // wide magnitudes
      for (let i = 0; i < 200_000; i++) yield fromWords(next() & 0x000fffff, next()); // subnormals
      for (let i = 0; i < 300_000; i++) yield Number((unit() * 1000).toFixed(i % 9)) * 10 ** ((i % 50) - 25); // short decimals
      for (let i = 0; i < 200_000; i++) yield ((199_999 - i) * -10 + i * 10) / 199_999; // act's grid
    }
    expect(mismatches(draws())).toEqual([]);
  });

  it('takes the fast path for ordinary values (String(x) only for ties, subnormals, huge values)', () => {
    const before = shortestFallbacks();
    const next = seeded(7);
    // magnitudes 1e-300 to 1e12: above that, few fractional bits make exact ties common
    for (let i = 0; i < 100_000; i++) shortest((next() / 4294967296 - 0.5) * 20 * 10 ** ((i % 312) - 300));
    expect(shortestFallbacks() - before).toBeLessThan(10);
    shortest(5e-324); // a subnormal: String(x) decides
    expect(shortestFallbacks() - before).toBeGreaterThan(0);
  });

  it('writes at the given position and returns the end, within SHORTEST_MAX_BYTES', () => {
    const out = new Uint8Array(3 + SHORTEST_MAX_BYTES).fill(120);
    const end = writeShortest(-0.0000012345678901234567, out, 3);
    expect(new TextDecoder().decode(out.subarray(0, end))).toBe('xxx-0.0000012345678901234567');
    expect(end).toBe(28);
  });
});
