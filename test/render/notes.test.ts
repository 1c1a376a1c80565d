import { describe, expect, it } from 'vitest';
import { notedLabel, notesLine, seriesNotes } from '../../src/render/notes.js';

const xs = [-2, -1, 0, 1, 2];
const s = (y: number[]) => ({ x: xs, y });

describe('seriesNotes', () => {
  it('is empty for a series drawn whole', () => {
    expect(seriesNotes(s([1, 2, 3, 4, 5]))).toEqual([]);
  });

  it('notes a series with no finite value within the x range', () => {
    expect(seriesNotes(s([NaN, NaN, NaN, NaN, NaN]))).toEqual(['no finite values']);
    expect(seriesNotes(s([1, 2, NaN, NaN, NaN]), { xRange: [0, 2] })).toEqual(['no finite values']);
  });

  it('says where a series is infinite: from a point on, at a point, or between two', () => {
    expect(seriesNotes(s([1, 2, 3, Infinity, Infinity]))).toEqual(['∞ from x ≈ 1']);
    expect(seriesNotes(s([1, 2, -Infinity, 4, 5]))).toEqual(['-∞ at x = 0']);
    expect(seriesNotes(s([1, Infinity, Infinity, 4, 5]))).toEqual(['∞ for x ≈ -1 to 0']);
  });

  it('says each stretch of infinity in turn, not the first to the last as one (exp(|x|) was "∞ from x ≈ -800")', () => {
    // exp(|x|) on [-800, 800]: infinite at both ends, finite between
    expect(seriesNotes(s([Infinity, Infinity, 3, Infinity, Infinity]))).toEqual(['∞ up to x ≈ -1', '∞ from x ≈ 1']);
    // sinh: -∞ on the left, ∞ on the right
    expect(seriesNotes(s([-Infinity, -Infinity, 0, Infinity, Infinity]))).toEqual(['-∞ up to x ≈ -1', '∞ from x ≈ 1']);
    // data: ∞ in one row, -∞ in another, finite between and after
    expect(seriesNotes(s([Infinity, 2, 3, -Infinity, 5]))).toEqual(['∞ at x = -2', '-∞ at x = 1']);
    // one sign changing within a stretch is two stretches
    expect(seriesNotes(s([1, Infinity, -Infinity, 4, 5]))).toEqual(['∞ at x = -1', '-∞ at x = 0']);
    // the whole range: as before
    expect(seriesNotes(s([Infinity, Infinity, Infinity, Infinity, Infinity]))).toEqual(['no finite values', '∞ from x ≈ -2']);
    // many stretches: one note that counts them
    const many = { x: [0, 1, 2, 3, 4, 5, 6, 7, 8], y: [Infinity, 0, Infinity, 0, -Infinity, 0, Infinity, 0, 1] };
    expect(seriesNotes(many)).toEqual(['∞ and -∞ in 4 stretches, x ≈ 0 to 6']);
  });

  it('notes values cut by a y range, and values a log axis cannot show (once, if a bound cuts them)', () => {
    expect(seriesNotes(s([-3, 0, 1, 2, 9]), { yRange: [-1, 5] })).toEqual(['cut above 5', 'cut below -1']);
    expect(seriesNotes(s([-3, 0, 1, 2, 9]), { logy: true })).toEqual(['y ≤ 0 not drawn on a log scale']);
    expect(seriesNotes(s([-3, 0, 1, 2, 9]), { logy: true, yRange: [0.5, undefined] })).toEqual(['cut below 0.5']);
    expect(seriesNotes(s([1, 1, 1, 1, 1]), { logx: true })).toEqual(['x ≤ 0 not drawn on a log scale']);
  });

  it('holds no parenthesis, so that a legend label, which wraps the notes in one pair, never nests them', () => {
    const ys = [[-3, 0, 1, 2, 9], [1, 2, 3, Infinity, Infinity], [NaN, NaN, NaN, NaN, NaN], [-Infinity, 0, 1, 2, Infinity]];
    const options = [{}, { logy: true }, { logx: true }, { logx: true, logy: true }, { yRange: [-1, 5] as const }, { logy: true, yRange: [undefined, 1] as const }];
    const all = ys.flatMap((y) => options.flatMap((o) => seriesNotes(s(y), o)));
    expect(new Set(all).size).toBeGreaterThan(6);
    for (const note of all) expect(note, note).not.toMatch(/[()]/);
    expect(notedLabel('relu', seriesNotes(s([-3, 0, 1, 2, 9]), { logy: true }))).toBe('relu (y ≤ 0 not drawn on a log scale)');
  });

  it('goes into a legend label, and into one warning line for the chart', () => {
    expect(notedLabel('exp', ['∞ from x ≈ 709.783'])).toBe('exp (∞ from x ≈ 709.783)');
    expect(notedLabel('relu', [])).toBe('relu');
    expect(notesLine(['a', 'b', 'c'], [['x', 'y'], [], ['z']])).toBe('a: x, y; c: z');
    expect(notesLine(['a'], [[]])).toBe('');
  });
});
