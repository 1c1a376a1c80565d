import { describe, expect, it } from 'vitest';
import { ExpressionError } from '../../src/expr/errors.js';
import { tokenize } from '../../src/expr/tokens.js';

const kinds = (text: string) => tokenize(text).map((t) => (t.kind === 'end' ? 'end' : `${t.kind}:${t.kind === 'number' ? t.value : t.text}`));

describe('tokenize', () => {
  it('reads decimal numbers, with exponents, without signs', () => {
    expect(kinds('1 2.5 .5 3. 1e3 2.5E-3 1e+21')).toEqual([
      'number:1', 'number:2.5', 'number:0.5', 'number:3', 'number:1000', 'number:0.0025', 'number:1e+21', 'end',
    ]);
    expect(kinds('-2')).toEqual(['operator:-', 'number:2', 'end']);
  });

  it('leaves a bare e after a number to the parser (2e is 2 then the name e)', () => {
    expect(kinds('2e')).toEqual(['number:2', 'name:e', 'end']);
    expect(kinds('2e-x')).toEqual(['number:2', 'name:e', 'operator:-', 'name:x', 'end']);
  });

  it('reads two-character operators as one, and ** as ^', () => {
    expect(kinds('a<=b>=c==d!=e&&f||g**h')).toEqual([
      'name:a', 'operator:<=', 'name:b', 'operator:>=', 'name:c', 'operator:==', 'name:d', 'operator:!=', 'name:e',
      'operator:&&', 'name:f', 'operator:||', 'name:g', 'operator:^', 'name:h', 'end',
    ]);
  });

  it('reads the typeset symbols ·, ×, −, ≤, ≥, ≠ and π', () => {
    expect(kinds('π·x×2−1≤3≥4≠5')).toEqual([
      'name:pi', 'operator:*', 'name:x', 'operator:*', 'number:2', 'operator:-', 'number:1', 'operator:<=', 'number:3',
      'operator:>=', 'number:4', 'operator:!=', 'number:5', 'end',
    ]);
  });

  it("reads a quoted word as one word token, in either quotes (PyTorch's approximate='tanh')", () => {
    expect(tokenize(`a='tanh' "none"`).map((t) => [t.kind, 'text' in t ? t.text : ''])).toEqual([
      ['name', 'a'], ['operator', '='], ['word', 'tanh'], ['word', 'none'], ['end', ''],
    ]);
  });

  it('records where each token starts', () => {
    expect(tokenize('  x +\t10').map((t) => t.pos)).toEqual([2, 4, 6, 8]);
  });

  it('rejects other characters, naming them, at their position', () => {
    for (const [text, pos, what] of [
      ['x $ 2', 2, '"$"'],
      ['x;', 1, '";"'],
      ['a.b', 1, '"."'],
      ['x\u0007', 1, 'control character U+0007'],
      ['2 @', 2, '"@"'],
      ['x + 😀', 4, '"😀"'],
    ] as const) {
      let error: unknown;
      try {
        tokenize(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(ExpressionError);
      expect((error as ExpressionError).position).toBe(pos);
      expect((error as ExpressionError).reason).toBe(`unexpected ${what}`);
    }
  });

  it('refuses a number too large for a double, rather than reading Infinity', () => {
    expect(() => tokenize('1e999')).toThrow(/too large/);
  });
});
