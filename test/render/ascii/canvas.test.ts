import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canvasLines, TextCanvas } from '../../../src/render/ascii/canvas.js';

describe('TextCanvas', () => {
  it('drops what falls outside, so no line is wider than the canvas', () => {
    const c = new TextCanvas(5, 2);
    c.write(3, 0, 'abcdef');
    c.write(-2, 1, 'xyz');
    c.set(2.5, 1, 'q');
    expect(canvasLines(c)).toEqual(['   ab', 'z']);
  });

  it('never lets text write control characters such as ESC; a tab (which a label may hold) is a blank, as in an image', () => {
    const c = new TextCanvas(12, 1);
    c.write(0, 0, 'a\x1b[31mb\tc');
    expect(canvasLines(c)).toEqual(['a?[31mb c']);
  });

  it('gives a wide character two cells and a combining mark none, and never half a wide character', () => {
    const c = new TextCanvas(6, 3);
    c.write(0, 0, '门x');
    c.write(0, 1, 'e\u0301a');
    c.write(4, 2, 'a门'); // 门 would need columns 5 and 6
    expect(c.chars.slice(0, 3)).toEqual(['门', '', 'x']);
    expect(canvasLines(c)).toEqual(['门x', 'e\u0301a', '    a']);
    const joined = new TextCanvas(6, 1);
    joined.write(0, 0, '门\u0301a'); // the mark joins 门, not the empty cell after it
    expect(joined.chars.slice(0, 3)).toEqual(['门\u0301', '', 'a']);
    const left = new TextCanvas(4, 1);
    left.write(-1, 0, '门b'); // its right half at column 0 shows as a blank
    expect(canvasLines(left)).toEqual([' b']);
  });

  it('copies another canvas, inks included', () => {
    const a = new TextCanvas(4, 1);
    const b = new TextCanvas(2, 1);
    b.write(0, 0, '─╮', 7);
    a.blit(b, 1, 0);
    expect(a.get(2, 0)).toBe('╮');
    expect(a.inks[2]).toBe(7);
  });

  it('copies exactly the cells that land inside, wherever the source is placed', () => {
    // The reference is the cell-by-cell definition: set() every source cell at its offset.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: -8, max: 8 }), fc.integer({ min: -6, max: 6 }), (w, h, x, y) => {
        const source = new TextCanvas(w, h);
        for (let i = 0; i < w * h; i++) source.set(i % w, Math.floor(i / w), String.fromCharCode(97 + i), i % 5);
        const fast = new TextCanvas(5, 3);
        fast.write(0, 0, '#####');
        const slow = new TextCanvas(5, 3);
        slow.write(0, 0, '#####');
        fast.blit(source, x, y);
        for (let i = 0; i < w * h; i++) slow.set(x + (i % w), y + Math.floor(i / w), source.chars[i], source.inks[i]);
        expect(fast.chars).toEqual(slow.chars);
        expect([...fast.inks]).toEqual([...slow.inks]);
      }),
    );
  });

  it('writes escape codes only with a paint function: one per run of an ink, reset at its end', () => {
    const c = new TextCanvas(8, 1);
    c.write(0, 0, 'ab', 1);
    c.write(3, 0, 'cd', 1);
    c.write(5, 0, 'e', 0);
    c.write(6, 0, 'f', 2);
    expect(canvasLines(c)).toEqual(['ab cdef']);
    const paint = (ink: number): string => ['', '<1>', '<2>'][ink];
    expect(canvasLines(c, paint, '</>')).toEqual(['<1>ab cd</>e<2>f</>']);
  });
});
