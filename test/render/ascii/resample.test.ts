import { describe, expect, it } from 'vitest';
import { resample } from '../../../src/render/ascii/resample.js';

describe('resample', () => {
  it('takes data values exactly at data points and interpolates between them', () => {
    const r = resample([0, 1, 2], [0, 10, 0], [0, 0.25, 1, 1.5, 2]);
    expect([...r.values]).toEqual([0, 2.5, 10, 5, 0]);
    expect([...r.broken]).toEqual([0, 0, 0, 0]);
  });

  it('is NaN outside the data and next to values that are not finite', () => {
    const r = resample([0, 1, 2, 3], [1, Infinity, 1, 1], [-1, 0, 0.5, 1, 2, 2.5, 4]);
    expect([...r.values]).toEqual([NaN, 1, NaN, Infinity, 1, 1, NaN]);
  });

  it('marks an interval with a value that is not finite strictly inside, and says how far the line reaches', () => {
    const r = resample([0, 1, 2, 3, 4], [0, 1, NaN, 3, 4], [0, 4]);
    expect([...r.values]).toEqual([0, 4]);
    expect([...r.broken]).toEqual([1]);
    expect(r.exit[0]).toBe(1);
    expect(r.entry[0]).toBe(3);
  });

  it('has no exit or entry for a clean interval', () => {
    const r = resample([0, 1, 2], [0, 1, 2], [0, 2]);
    expect(r.exit[0]).toBeNaN();
    expect(r.entry[0]).toBeNaN();
  });

  it('sorts data given in any order, skipping points whose x is not finite', () => {
    const r = resample([2, NaN, 0, 1], [4, 99, 0, 1], [0, 0.5, 1.5, 2]);
    expect([...r.values]).toEqual([0, 0.5, 2.5, 4]);
  });

  it('takes the last value of a jump given as two points at one x', () => {
    const r = resample([0, 1, 1, 2], [0, 0, 1, 1], [0, 1, 2]);
    expect([...r.values]).toEqual([0, 1, 1]);
  });
});
