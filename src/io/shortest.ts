/**
 * Numbers to ASCII bytes in their shortest round-trip form: the same characters as JavaScript's
 * String(x) (ECMAScript Number::toString), written straight into a byte buffer.
 *
 * Why: String(x) costs 150-200 ns a number here (V8's dtoa, a heap string, the number-string
 * cache, then encoding it again for the stream), and `act eval` writes millions of them; this
 * takes 50-100 ns, with no string made at all.
 *
 * How: x = c·2^q is scaled by a power of ten so that V = x·10^s lies in [1e16, 2e17), and so do
 * the ends of its rounding interval, L = V - (half the gap below x)·10^s and U = V + (half the
 * gap above)·10^s. Every decimal that reads back as x is, at this scale, a number in [L, U]; the
 * shortest ones are the multiples of the largest power 10^r that [L, U] holds, and ECMAScript
 * picks the one nearest V. V is computed with about 104 correct bits (10^s as a double-double,
 * c·10^s by Dekker's exact product) as an integer anchor A plus a small offset, so the integers
 * in [L, U] are known exactly unless an end of the interval (or V, between two candidates) lies
 * within 2^-30 of the boundary of the decision. The error of the scaled values is below 2^-44,
 * far inside that margin; in those cases, and for subnormals, String(x) decides. That happens by
 * chance about once in 10^8 numbers, and as a rule only where x·10^s is exact with few fractional
 * bits (|x| above about 1e13), where such ties are real. test/io/shortest.test.ts checks the
 * result against String(x) on millions of doubles of every kind.
 */

import { twoProductError } from '../core/math.js';

// ------------------------------------------------------------ small exact tools

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HIGH = LITTLE_ENDIAN ? 1 : 0;
const LOW = 1 - HIGH;

/**
 * 2^n for the n that scale c·10^s into [1e16, 2e17) (-51 to -48 for every double), from a
 * table: building it from bits each time would store two words and load them back as one
 * double, a stall.
 */
const SCALE_MIN = -64;
const SCALES = Float64Array.from({ length: 32 }, (_, i) => 2 ** (SCALE_MIN + i));

// ------------------------------------------------------------ powers of ten, on first use

const S_MIN = -292;
const S_MAX = 325;
let tables: { hi: Float64Array; lo: Float64Array; exp: Int16Array; ready: Uint8Array } | undefined;

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/**
 * 10^s = (hi + lo)·2^exp, hi a 53-bit integer, 0 <= lo < 1, to about 2^-116 relative: from
 * exact integers (BigInt), once per exponent, the first time it is needed.
 */
function computePower(s: number, at: number): void {
  const t = tables!;
  let n: bigint;
  let extra = 0;
  if (s >= 0) n = 10n ** BigInt(s);
  else {
    const d = 10n ** BigInt(-s);
    extra = bitLength(d) + 117;
    n = (1n << BigInt(extra)) / d; // 10^s·2^extra, truncated: 117 bits or more
  }
  const shift = bitLength(n) - 53;
  if (shift <= 0) {
    t.hi[at] = Number(n << BigInt(-shift));
    t.lo[at] = 0;
  } else {
    const hi = n >> BigInt(shift);
    const rest = n - (hi << BigInt(shift)); // < 2^shift
    const rest64 = shift >= 64 ? rest >> BigInt(shift - 64) : rest << BigInt(64 - shift);
    t.hi[at] = Number(hi);
    t.lo[at] = Number(rest64) / 18446744073709551616; // / 2^64
  }
  t.exp[at] = shift - extra;
  t.ready[at] = 1;
}

function powerTables() {
  const size = S_MAX - S_MIN + 1;
  tables = { hi: new Float64Array(size), lo: new Float64Array(size), exp: new Int16Array(size), ready: new Uint8Array(size) };
  return tables;
}

// ------------------------------------------------------------ digits

/** "00" to "99" as character codes, two per entry. */
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + Math.floor(i / 10);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}

/** Scratch for the digits of one number (at most 18). */
const digits = new Uint8Array(24);

/** Writes the 8 digits of n (0 <= n < 1e8, zero-padded) into `digits` at `at`. */
function eightDigits(n: number, at: number): void {
  // products with 1e-4 and 1e-2 rather than quotients (a division takes a dozen cycles): for
  // integers below 1e8 their floors are the same
  const hi = Math.floor(n * 1e-4);
  const lo = n - hi * 10000;
  const a = Math.floor(hi * 0.01);
  const b = hi - a * 100;
  const c = Math.floor(lo * 0.01);
  const d = lo - c * 100;
  digits[at] = PAIRS[2 * a];
  digits[at + 1] = PAIRS[2 * a + 1];
  digits[at + 2] = PAIRS[2 * b];
  digits[at + 3] = PAIRS[2 * b + 1];
  digits[at + 4] = PAIRS[2 * c];
  digits[at + 5] = PAIRS[2 * c + 1];
  digits[at + 6] = PAIRS[2 * d];
  digits[at + 7] = PAIRS[2 * d + 1];
}

/** Writes the digits of n (1 <= n < 1e10, no leading zeros) into `digits` at 0; returns how many. */
function smallDigits(n: number): number {
  let len = 1;
  for (let p = 10; p <= n && len < 10; p *= 10) len++;
  let m = n;
  for (let i = len - 1; i >= 0; i--) {
    const q = Math.floor(m / 10);
    digits[i] = 48 + (m - q * 10);
    m = q;
  }
  return len;
}

/** The decimal digits of hi·1e8 + lo (1 <= hi < 1e10, 0 <= lo < 1e8) into `digits`; returns how many. */
function allDigits(hi: number, lo: number): number {
  let len: number;
  if (hi >= 1e8) {
    const top = Math.floor(hi * 1e-8); // 1 to 99
    if (top >= 10) {
      digits[0] = PAIRS[2 * top];
      digits[1] = PAIRS[2 * top + 1];
      len = 2;
    } else {
      digits[0] = 48 + top;
      len = 1;
    }
    eightDigits(hi - top * 1e8, len);
    len += 8;
  } else len = smallDigits(hi);
  eightDigits(lo, len);
  return len + 8;
}

/** Writes the ASCII of `text` (as String(x) gave it) into out at `at`. */
function writeText(text: string, out: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
  return at + text.length;
}

/**
 * Writes the k digits in `digits`, their decimal point n places from the left (value =
 * 0.d1…dk × 10^n), the way ECMAScript's Number::toString lays them out.
 */
function layout(k: number, n: number, out: Uint8Array, at: number): number {
  if (k <= n && n <= 21) {
    for (let i = 0; i < k; i++) out[at++] = digits[i];
    for (let i = k; i < n; i++) out[at++] = 48;
    return at;
  }
  if (0 < n && n <= 21) {
    for (let i = 0; i < n; i++) out[at++] = digits[i];
    out[at++] = 46; // .
    for (let i = n; i < k; i++) out[at++] = digits[i];
    return at;
  }
  if (-6 < n && n <= 0) {
    out[at++] = 48;
    out[at++] = 46;
    for (let i = n; i < 0; i++) out[at++] = 48;
    for (let i = 0; i < k; i++) out[at++] = digits[i];
    return at;
  }
  out[at++] = digits[0];
  if (k > 1) {
    out[at++] = 46;
    for (let i = 1; i < k; i++) out[at++] = digits[i];
  }
  out[at++] = 101; // e
  let e = n - 1;
  out[at++] = e < 0 ? 45 : 43; // - or +
  if (e < 0) e = -e;
  if (e >= 100) {
    out[at++] = 48 + Math.floor(e / 100);
    e %= 100;
    out[at++] = PAIRS[2 * e];
    out[at++] = PAIRS[2 * e + 1];
  } else if (e >= 10) {
    out[at++] = PAIRS[2 * e];
    out[at++] = PAIRS[2 * e + 1];
  } else out[at++] = 48 + e;
  return at;
}

// ------------------------------------------------------------ the conversion

/** How close (in units of the last of 17 digits) a decision may come before String(x) decides. */
const MARGIN = 2 ** -30;
const LOG10_2 = 0.3010299956639812;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
// 10^-r, for floors of quotients of integers below 1e10 by 10^r, as products: the product of such
// an integer and the rounded reciprocal has the same floor as the exact quotient, since a quotient
// that is not an integer is at least 1e-10 (relatively) away from the next one.
const INV_POW10 = [1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10];

let fallbacks = 0;

/** How many numbers went to String(x) so far (for tests: the fast path must be the usual one). */
export function shortestFallbacks(): number {
  return fallbacks;
}

/**
 * The room writeShortest needs from `at`: the longest form is 25 bytes
 * ("-0.0000012345678901234567"), and it may write up to 3 scratch digits past the end.
 */
export const SHORTEST_MAX_BYTES = 28;

/**
 * Writes x as String(x) would, as ASCII into out at `at`; returns the position after it. out
 * must have SHORTEST_MAX_BYTES of room from `at` (digits are written four at a time).
 */
export function writeShortest(x: number, out: Uint8Array, at: number): number {
  if (x !== x) return writeText('NaN', out, at);
  if (x === 0) {
    out[at] = 48;
    return at + 1;
  }
  if (x < 0) {
    out[at++] = 45;
    x = -x;
  }
  if (x === Infinity) return writeText('Infinity', out, at);
  if (x < 9007199254740992 && Math.floor(x) === x) {
    // an integer: its digits, as they are
    let hi = Math.floor(x / 1e8);
    let lo = x - hi * 1e8;
    if (lo < 0) {
      hi--;
      lo += 1e8;
    }
    const k = hi === 0 ? smallDigits(x) : allDigits(hi, lo);
    for (let i = 0; i < k; i++) out[at + i] = digits[i];
    return at + k;
  }
  float[0] = x;
  const high = words[HIGH];
  const biased = high >>> 20;
  if (biased === 0) return fallback(x, out, at); // subnormal: a wider interval than this method allows for
  const c = (high & 0xfffff) * 4294967296 + words[LOW] + 4503599627370496; // + 2^52
  const q = biased - 1075;

  // V = x·10^s in [1e16, 2e17): s from x's binary exponent alone
  const s = 16 - Math.floor((q + 52) * LOG10_2);
  const t = tables ?? powerTables();
  const index = s - S_MIN;
  if (t.ready[index] === 0) computePower(s, index);
  const ph = t.hi[index];
  const scale = SCALES[q + t.exp[index] - SCALE_MIN];
  const p = c * ph;
  const anchor = p * scale; // an integer (>= 2^53), exact
  const v = (twoProductError(c, ph, p) + c * t.lo[index]) * scale; // V - anchor
  const up = (ph * scale) / 2; // half the gap above x, scaled
  const down = c === 4503599627370496 && biased > 1 ? up / 2 : up;
  const a = v - down;
  const b = v + up;
  const ra = a - Math.round(a);
  const rb = b - Math.round(b);
  if (ra < MARGIN && ra > -MARGIN) return fallback(x, out, at);
  if (rb < MARGIN && rb > -MARGIN) return fallback(x, out, at);
  const kl = Math.ceil(a); // the integers in [L, U] are anchor + kl … anchor + ku
  const ku = Math.floor(b);

  // anchor = H·1e8 + low, exactly
  let H = Math.floor(anchor * 1e-8); // may be one off either way: corrected below
  let low = anchor - H * 1e8;
  if (low < 0) {
    H--;
    low += 1e8;
  } else if (low >= 1e8) {
    H++;
    low -= 1e8;
  }
  // NU = anchor + ku and NL - 1 = anchor + kl - 1, as (high, low) pairs
  let uH = H;
  let uL = low + ku;
  if (uL >= 1e8) {
    uH++;
    uL -= 1e8;
  } else if (uL < 0) {
    uH--;
    uL += 1e8;
  }
  let lH = H;
  let lL = low + kl - 1;
  if (lL >= 1e8) {
    lH++;
    lL -= 1e8;
  } else if (lL < 0) {
    lH--;
    lL += 1e8;
  }

  // the largest r such that a multiple of 10^r lies in [NL, NU]: floor(NU/10^r) > floor((NL-1)/10^r)
  let r = 0;
  while (r < 17) {
    const next = r + 1;
    let crosses: boolean;
    if (next <= 8) {
      const d = INV_POW10[next];
      crosses = uH !== lH || Math.floor(uL * d) !== Math.floor(lL * d);
    } else {
      const d = INV_POW10[next - 8];
      crosses = Math.floor(uH * d) !== Math.floor(lH * d);
    }
    if (!crosses) break;
    r = next;
  }

  // the multiple of 10^r in [NL, NU] nearest V, as (mH, mL)
  let mH: number;
  let mL: number;
  if (r >= 2) {
    // [NL, NU] spans fewer than 100 integers: one multiple, the largest <= NU
    if (r <= 8) {
      mH = uH;
      mL = Math.floor(uL * INV_POW10[r]) * POW10[r];
    } else {
      mH = Math.floor(uH * INV_POW10[r - 8]) * POW10[r - 8];
      mL = 0;
    }
  } else {
    const d = POW10[r];
    const rho = r === 0 ? 0 : low - Math.floor(low * 0.1) * 10; // anchor mod 10^r
    const w = (v + rho) * INV_POW10[r];
    const f = w - Math.floor(w);
    if (f > 0.5 - MARGIN && f < 0.5 + MARGIN) return fallback(x, out, at); // a tie, or too close to call
    let o = Math.round(w) * d - rho; // offset from the anchor of the multiple nearest V
    if (o < kl) o += d;
    else if (o > ku) o -= d;
    mH = H;
    mL = low + o;
    if (mL >= 1e8) {
      mH++;
      mL -= 1e8;
    } else if (mL < 0) {
      mH--;
      mL += 1e8;
    }
  }
  return writeDigits(mH, mL, r, s, out, at);
}

/** "0000" to "9999" as four ASCII bytes in a little-endian 32-bit word, made on first use. */
let quads: Uint32Array | undefined;

function makeQuads(): Uint32Array {
  const q = new Uint32Array(10000);
  for (let i = 0; i < 10000; i++) {
    const a = Math.floor(i / 1000);
    const b = Math.floor(i / 100) % 10;
    const c = Math.floor(i / 10) % 10;
    const d = i % 10;
    q[i] = (48 + a) | ((48 + b) << 8) | ((48 + c) << 16) | ((48 + d) << 24);
  }
  quads = q;
  return q;
}

// A DataView of the last output buffer: digits go out four at a time, one store each.
let viewed: Uint8Array | undefined;
let view: DataView | undefined;

function viewOf(out: Uint8Array): DataView {
  if (out !== viewed) {
    view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    viewed = out;
  }
  return view!;
}

/** Writes the 8 digits of g (0 <= g < 1e8, zero-padded) at `at`. */
function eightInto(g: number, v: DataView, q: Uint32Array, at: number): void {
  const hi = Math.floor(g * 1e-4); // a product, not a quotient: the same floor below 1e8
  v.setUint32(at, q[hi], true);
  v.setUint32(at + 4, q[g - hi * 10000], true);
}

/**
 * Writes M = mH·1e8 + mL (a multiple of 10^r) scaled by 10^-s as Number::toString lays it out.
 * All of M's digits are written, straight into out, and the layout then moves the few before the
 * decimal point; the digits past the last significant one are zeros (M is a multiple of 10^r), and
 * are either part of the output or left beyond its end.
 */
function writeDigits(mH: number, mL: number, r: number, s: number, out: Uint8Array, at: number): number {
  if (mH < 1e8) {
    // M below 1e16 (V just under 1e16, rare): the general path
    const len = allDigits(mH, mL);
    return layout(len - r, len - s, out, at);
  }
  const top = Math.floor(mH * 1e-8); // 1 to 20
  const topLen = top >= 10 ? 2 : 1;
  const len = topLen + 16;
  const k = len - r; // significant digits
  const n = len - s; // value = 0.d1…dk × 10^n
  let start: number; // where the digits go
  if (n <= 0 && n > -6) {
    out[at++] = 48; // 0.000…
    out[at++] = 46;
    for (let i = n; i < 0; i++) out[at++] = 48;
    start = at;
  } else start = at + 1; // one place left free for the layout below
  if (topLen === 2) {
    out[start] = PAIRS[2 * top];
    out[start + 1] = PAIRS[2 * top + 1];
  } else out[start] = 48 + top;
  const v = viewOf(out);
  const q = quads ?? makeQuads();
  eightInto(mH - top * 1e8, v, q, start + topLen);
  eightInto(mL, v, q, start + topLen + 8);
  if (start === at) return at + k; // 0.000ddd
  if (n > 0 && n <= 21) {
    if (k <= n) {
      // an integer: the first n digits (zeros past the k-th), and zeros past M's own
      for (let i = 0; i < n; i++) out[at + i] = i < len ? out[start + i] : 48;
      return at + n;
    }
    for (let i = 0; i < n; i++) out[at + i] = out[start + i];
    out[at + n] = 46; // .
    return at + k + 1;
  }
  // d.ddde±x
  out[at] = out[start];
  let end = at + 1;
  if (k > 1) {
    out[at + 1] = 46;
    end = at + k + 1;
  }
  out[end++] = 101; // e
  let e = n - 1;
  out[end++] = e < 0 ? 45 : 43;
  if (e < 0) e = -e;
  if (e >= 100) {
    const h = Math.floor(e * 0.01);
    out[end++] = 48 + h;
    e -= h * 100;
    out[end++] = PAIRS[2 * e];
    out[end++] = PAIRS[2 * e + 1];
  } else if (e >= 10) {
    out[end++] = PAIRS[2 * e];
    out[end++] = PAIRS[2 * e + 1];
  } else out[end++] = 48 + e;
  return end;
}

function fallback(x: number, out: Uint8Array, at: number): number {
  fallbacks++;
  return writeText(String(x), out, at);
}

const scratch = new Uint8Array(SHORTEST_MAX_BYTES);
const decoder = new TextDecoder('latin1');

/** x in its shortest round-trip form, as a string (String(x), by the same path as writeShortest). */
export function shortest(x: number): string {
  return decoder.decode(scratch.subarray(0, writeShortest(x, scratch, 0)));
}
