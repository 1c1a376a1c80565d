import { describe, expect, it } from 'vitest';
import { controlIn, printable } from '../../src/core/printable.js';
import { caretMessage } from '../../src/expr/errors.js';

describe('printable: the one escaping function for user text in messages', () => {
  it('shows C0 controls and DEL as their pictures, one column each', () => {
    expect(printable('a\nb\rc\td\u0000e\u001bf\u007f')).toBe('a␊b␍c␉d␀e␛f␡');
    for (let c = 0; c < 0x20; c++) expect(printable(String.fromCharCode(c))).toBe(String.fromCharCode(0x2400 + c));
  });

  it('names C1 controls and the bidirectional controls as <U+XXXX>', () => {
    for (let c = 0x80; c <= 0x9f; c++) expect(printable(String.fromCharCode(c))).toBe(`<U+00${c.toString(16).toUpperCase()}>`);
    for (const c of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(printable(`a${String.fromCharCode(c)}b`)).toBe(`a<U+${c.toString(16).toUpperCase()}>b`);
    }
  });

  it('names the characters that show as nothing and serve no script as <U+XXXX>', () => {
    for (const c of [0x00ad, 0x200b, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]) {
      expect(printable(`a${String.fromCharCode(c)}b`)).toBe(`a<U+${c.toString(16).toUpperCase().padStart(4, '0')}>b`);
    }
    expect(printable('👨\u200d👩 \u200c \u200e')).toBe('👨\u200d👩 \u200c \u200e'); // joiners and marks: emoji and scripts need them
  });

  it('leaves other text alone, and is idempotent', () => {
    const text = 'été σ(x) ≥ 0 — 漢字 😀 \u200f \u00a0';
    expect(printable(text)).toBe(text);
    const hostile = 'x\u202e\u0085\u001b[31m\n';
    expect(printable(printable(hostile))).toBe(printable(hostile));
    expect(printable(hostile)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps a caret under its place after escaped characters', () => {
    const message = caretMessage('headline', '\u202ex+\u0001', 3);
    const [, shown, caret] = message.split('\n');
    expect(shown).toBe('  <U+202E>x+␁');
    expect(caret.indexOf('^')).toBe(shown.indexOf('␁'));
  });

  it('finds control characters in drawn text: C0 and C1, not tab or bidi controls', () => {
    expect(controlIn('a\tb')).toBeUndefined();
    expect(controlIn('שלום \u202b x')).toBeUndefined();
    expect(controlIn('a\u0001b')).toBe('U+0001');
    expect(controlIn('a\nb')).toBe('U+000A');
    expect(controlIn('a\u007f')).toBe('U+007F');
    expect(controlIn('\u0085')).toBe('U+0085');
  });
});
