/** The roundings to each type: ties to even, subnormals, overflow, NaN and -0, and the ulp. */
import { describe, expect, it } from 'vitest';
import { bfloat16FromFloat32, ROUND, toBfloat16, toFloat16, ulp } from '../../src/dtype/rounding.js';

describe('bfloat16', () => {
  it('rounds to nearest, ties to even', () => {
    // 1 + 2^-8 is halfway between 1 and 1 + 2^-7: to the even one, 1
    expect(toBfloat16(1 + 2 ** -8)).toBe(1);
    // 1 + 3·2^-8 is halfway between 1 + 2^-7 and 1 + 2^-6: to the even one, 1 + 2^-6
    expect(toBfloat16(1 + 3 * 2 ** -8)).toBe(1 + 2 ** -6);
    expect(toBfloat16(1 + 2 ** -8 + 2 ** -20)).toBe(1 + 2 ** -7);
    expect(toBfloat16(0.1)).toBe(0.10009765625);
    expect(toBfloat16(-0.1)).toBe(-0.10009765625);
  });
  it('keeps subnormals and rounds them at 2^-133', () => {
    expect(toBfloat16(2 ** -133)).toBe(2 ** -133);
    expect(toBfloat16(3 * 2 ** -134)).toBe(2 ** -132); // tie: to even
    expect(toBfloat16(2 ** -134)).toBe(0); // tie with 0: to even, 0
    expect(toBfloat16(1.5 * 2 ** -134)).toBe(2 ** -133);
  });
  it('overflows to infinity past the largest, keeps NaN and -0', () => {
    expect(toBfloat16(3.3895313892515355e38)).toBe(3.3895313892515355e38);
    expect(toBfloat16(3.40e38)).toBe(Infinity);
    expect(toBfloat16(-Infinity)).toBe(-Infinity);
    expect(toBfloat16(NaN)).toBeNaN();
    expect(Object.is(toBfloat16(-0), -0)).toBe(true);
    expect(Object.is(toBfloat16(-1e-60), -0)).toBe(true);
  });
  it('from float32 bits: NaN payloads that would carry into the sign stay NaN', () => {
    const f = new Float32Array(new Uint32Array([0x7fffffff]).buffer)[0];
    expect(bfloat16FromFloat32(f)).toBeNaN();
  });
});

describe('float16', () => {
  it('rounds to nearest, ties to even, through float32 as torch converts', () => {
    expect(toFloat16(1 + 2 ** -11)).toBe(1);
    expect(toFloat16(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9);
    expect(toFloat16(65504)).toBe(65504);
    expect(toFloat16(65519)).toBe(65504);
    expect(toFloat16(65520)).toBe(Infinity); // the tie past the largest goes to infinity
  });
  it('keeps subnormals down to 2^-24, NaN and -0', () => {
    expect(toFloat16(2 ** -24)).toBe(2 ** -24);
    expect(toFloat16(2 ** -25)).toBe(0);
    expect(toFloat16(3 * 2 ** -25)).toBe(2 ** -23);
    expect(toFloat16(NaN)).toBeNaN();
    expect(Object.is(toFloat16(-0), -0)).toBe(true);
  });
});

describe('float32 and float64', () => {
  it('float32 is Math.fround, float64 the value itself', () => {
    expect(ROUND.float32(0.1)).toBe(Math.fround(0.1));
    expect(ROUND.float64(0.1)).toBe(0.1);
    expect(ROUND.float32(2 ** -149)).toBe(2 ** -149);
    expect(ROUND.float32(2 ** -151)).toBe(0);
  });
});

describe('ulp', () => {
  it('is the spacing of the type in the binade of the value', () => {
    expect(ulp('float32', 1)).toBe(2 ** -23);
    expect(ulp('float32', 0.9999999)).toBe(2 ** -24);
    expect(ulp('bfloat16', 1)).toBe(2 ** -7);
    expect(ulp('bfloat16', -3)).toBe(2 ** -6);
    expect(ulp('float16', 1)).toBe(2 ** -10);
    expect(ulp('float64', 1)).toBe(2 ** -52);
  });
  it('is the smallest subnormal below the normal range, and NaN where undefined', () => {
    expect(ulp('float32', 0)).toBe(2 ** -149);
    expect(ulp('float32', 1e-40)).toBe(2 ** -149);
    expect(ulp('bfloat16', 1e-40)).toBe(2 ** -133);
    expect(ulp('float16', 1e-6)).toBe(2 ** -24);
    expect(ulp('float32', Infinity)).toBeNaN();
  });
});
