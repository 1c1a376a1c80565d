import { describe, expect, it } from 'vitest';
import { ellipsise, fitTitle, titleLineBudget } from '../../src/render/fit-text.js';
import { textWidth } from '../../src/render/font.js';

describe('fitting text to the image', () => {
  it('ellipsises a line to the width, keeping the longest start that fits', () => {
    expect(ellipsise('short', 200, 14)).toBe('short');
    for (const text of ['W'.repeat(3000), 'abc '.repeat(500), 'ααα😀'.repeat(300), `x${'+x'.repeat(4000)}`]) {
      for (const width of [40, 200, 616]) {
        const line = ellipsise(text, width, 17);
        expect(line.endsWith('…')).toBe(true);
        expect(textWidth(line, 17)).toBeLessThanOrEqual(width);
        // one more character would not fit (where that character is not a space, which is trimmed)
        if (text.includes(' ')) continue;
        const longer = Array.from(text).slice(0, Array.from(line).length).join('').trimEnd() + '…';
        expect(textWidth(longer, 17)).toBeGreaterThan(width);
      }
    }
  });

  it('wraps a title into at most the lines the image height allows, the last ending in …', () => {
    expect(titleLineBudget(480)).toBe(3);
    expect(titleLineBudget(150)).toBe(1);
    expect(titleLineBudget(16384)).toBe(3);
    expect(fitTitle('relu, gelu', 616, 17, 3)).toEqual(['relu, gelu']);
    for (const text of ['abcdefghij '.repeat(300), 'W'.repeat(100_000), 'x+'.repeat(5000), ' '.repeat(10) + 'a b'.repeat(2000)]) {
      for (const [width, lines] of [[616, 3], [176, 1], [2000, 2]] as const) {
        const t0 = performance.now();
        const fitted = fitTitle(text, width, 17, lines);
        expect(performance.now() - t0).toBeLessThan(500);
        expect(fitted.length).toBe(lines);
        expect(fitted.at(-1)!.endsWith('…')).toBe(true);
        for (const line of fitted) expect(textWidth(line, 17)).toBeLessThanOrEqual(width);
      }
    }
  });
});
