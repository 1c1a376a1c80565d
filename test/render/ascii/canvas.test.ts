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

  it('never lets text write control characters such as ESC', () => {
    const c = new TextCanvas(12, 1);
    c.write(0, 0, 'a\x1b[31mb\tc');
    expect(canvasLines(c)).toEqual(['a?[31mb?c']);
  });

  it('copies another canvas, inks included', () => {
    const a = new TextCanvas(4, 1);
    const b = new TextCanvas(2, 1);
    b.write(0, 0, '─╮', 7);
    a.blit(b, 1, 0);
    expect(a.get(2, 0)).toBe('╮');
    expect(a.inks[2]).toBe(7);
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
