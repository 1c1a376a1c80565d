import { describe, expect, it } from 'vitest';
import { wrapParagraphs, wrapWords } from '../../src/render/ascii/wrap.js';

describe('wrapWords', () => {
  it('breaks between words, the lines as full as they can be', () => {
    expect(wrapWords('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });
  it('indents the first line, and the others by the hang more', () => {
    expect(wrapWords('aa bb cc dd', 8, 2, 2)).toEqual(['  aa bb', '    cc', '    dd']);
  });
  it('keeps a word wider than the line whole, on its own line', () => {
    expect(wrapWords('a x*sigmoid(1.702*x) b', 8)).toEqual(['a', 'x*sigmoid(1.702*x)', 'b']);
  });
  it('counts a wide character as two columns', () => {
    expect(wrapWords('漢字 漢字', 5)).toEqual(['漢字', '漢字']);
  });
});

describe('wrapParagraphs', () => {
  it('wraps each line on its own, keeps blank lines and an example that fits as written', () => {
    const text = 'one two three four\n\n  act eval x   # aligned';
    expect(wrapParagraphs(text, 12)).toBe('one two\nthree four\n\n  act eval x\n    #\n    aligned');
    expect(wrapParagraphs(text, 30)).toBe('one two three four\n\n  act eval x   # aligned');
  });
});
