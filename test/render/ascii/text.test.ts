import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charWidth, fitText, textWidth } from '../../../src/render/ascii/text.js';

describe('terminal width of text', () => {
  it('gives each character the columns a terminal does', () => {
    const cases: [string, number][] = [
      ['x', 1], ['é', 1], ['α', 1], ['—', 1], ['┤', 1], ['…', 1],
      ['门', 2], ['Ｆ', 2], ['한', 2], ['😀', 2],
      ['\u0301', 0], ['\u200d', 0], ['\ufe0f', 0],
    ];
    for (const [char, width] of cases) expect(charWidth(char), `${char} U+${char.codePointAt(0)!.toString(16)}`).toBe(width);
    expect(textWidth('激活 gelu e\u0301')).toBe(4 + 1 + 4 + 1 + 1);
  });

  it('cuts text to a width, with an ellipsis, never splitting a wide character', () => {
    expect(fitText('gelu', 4)).toBe('gelu');
    expect(fitText('gelu', 3)).toBe('ge…');
    expect(fitText('激活函数', 8)).toBe('激活函数');
    expect(fitText('激活函数', 7)).toBe('激活函…');
    expect(fitText('激活函数', 6)).toBe('激活…');
    expect(fitText('激活函数', 0)).toBe('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '门', '😀', '\u0301', 'α')).map((a) => a.join('')), fc.integer({ min: 0, max: 30 }), (text, width) => {
        expect(textWidth(fitText(text, width))).toBeLessThanOrEqual(Math.max(0, width));
      }),
    );
  });
});
