/**
 * Fuzzing the parser with fast-check: random text never crashes or hangs it (it parses, or
 * gives the three-line caret error), and random trees printed to text parse back to themselves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { ActError } from '../../src/core/errors.js';
import type { ElementwiseActivation } from '../../src/core/define.js';
import { resolveParams } from '../../src/core/params.js';
import { parseSpec } from '../../src/spec/parse.js';
import { compileExpression } from '../../src/expr/activation.js';
import { sameExpression, type Expression } from '../../src/expr/ast.js';
import { ExpressionError } from '../../src/expr/errors.js';
import { mathFunctions } from '../../src/expr/functions.js';
import { parseExpression } from '../../src/expr/parser.js';
import { printExpression } from '../../src/expr/print.js';
import { act } from '../helpers/cli.js';

/** The message's copy of the text: C0 controls and DEL as their pictures, C1 and bidirectional controls as <U+XXXX>. */
const printable = (s: string) =>
  s.replace(/[\u0000-\u001f\u007f]/g, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0))).replace(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);

/** Pieces of the language and near misses, so that random text often gets deep into the parser. */
const PIECES = [
  'x', 'x', 'x', '1', '0', '2.5', '1e3', '.5', '1e999', 'pi', 'e', 'inf', 'π', '(', '(', ')', ')', '+', '-', '*', '/', '^', '**',
  '<', '<=', '>', '>=', '==', '!=', '&&', '||', '!', '?', ':', ',', '=', ' ', ' ', 'sin', 'max', 'min', 'pow', 'log1p', 'elu',
  'alpha', 'alpha=', 'sigmoid', 'gelu', 'softmax', 'hardtanh', 'min=', 'y', 'constructor', '__proto__', 'process', 'toString',
  '.', '$', '"', "'", '[', ']', '{', '}', ';', '\n', '\t', '·', '😀', '\u0000',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

/** Parsing `text` either works (and the result evaluates) or throws the caret error; nothing else. */
function checkText(text: string): void {
  let e: ReturnType<typeof compileExpression>;
  try {
    e = compileExpression(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    const { message, position } = error as ExpressionError;
    const lines = message.split('\n');
    expect(lines.length).toBe(3);
    expect(lines[0].length).toBeGreaterThan(0);
    expect(lines[1]).toBe(`  ${printable(text.trim())}`);
    expect(lines[2]).toMatch(/^ {2,}\^$/);
    expect(position).toBeGreaterThanOrEqual(0);
    expect(position).toBeLessThanOrEqual(text.trim().length);
    // at least one column per character before the place (wide ones take two)
    expect(lines[2].length - 3).toBeGreaterThanOrEqual(Array.from(text.trim().slice(0, position)).length);
    return;
  }
  for (const x of [-2, 0, 0.5, NaN, Infinity]) {
    expect(typeof e.f(x)).toBe('number');
    expect(typeof e.df(x)).toBe('number');
  }
}

describe('random text', () => {
  it('parses, or gives the caret error at a place inside the text (expression parser)', () => {
    // C1 and bidirectional controls, which the message shows as <U+XXXX> (a draw with another seed found U+0080)
    const examples: [string][] = [['\u0080'], ['x+\u009b1'], ['\u202ex'], ['1 \u2069']];
    fc.assert(fc.property(anyText, (text) => checkText(text)), { numRuns: 5000, seed: 61, examples });
  });

  it('parses as a spec, or gives a usage error of one line or three (spec parser)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          parseSpec(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ActError);
          expect((error as ActError).exitCode).toBe(2);
          expect([1, 3]).toContain((error as Error).message.split('\n').length);
        }
      }),
      { numRuns: 3000, seed: 62 },
    );
  });

  it('never crashes or hangs the real process: exit 0 with CSV, or 2 with an act: message (spawned)', () => {
    const texts = fc.sample(soup.filter((s) => s.trim() !== '' && !s.trimStart().startsWith('-') && !s.includes('\u0000')), { numRuns: 16, seed: 63 });
    for (const text of texts) {
      const r = act(['eval', text, '-n', '3'], { timeout: 10_000 });
      expect(r.signal, text).toBeNull();
      expect([0, 2], `${text}: ${r.stderr}`).toContain(r.code);
      if (r.code === 0) {
        expect(r.stdout.trimEnd().split('\n').length).toBe(4);
      } else {
        expect(r.stderr.startsWith('act: '), r.stderr).toBe(true);
        expect(r.stderr).not.toContain('    at ');
        expect([1, 3]).toContain(r.stderr.trimEnd().split('\n').length);
      }
    }
  });
});

// ---- random trees

const elementwise = activations.filter((a): a is ElementwiseActivation => a.kind === 'elementwise');
/** Parameter sets to draw from: the defaults, and each parameter moved inside its domain. */
const paramSets = elementwise.flatMap((a) => [
  { a, params: resolveParams(a, {}) },
  ...Object.entries(a.params).flatMap(([k, d]) => {
    const v = d.default + 0.25 * (d.max !== undefined && d.default + 0.25 >= d.max ? -1 : 1);
    try {
      return [{ a, params: resolveParams(a, { [k]: v }) }];
    } catch {
      return [];
    }
  }),
]);

const number = fc.oneof(fc.double({ min: 0, max: 1e300, noNaN: true }), fc.integer({ min: 0, max: 100 }), fc.constantFrom(0.5, 1e-300, 5e-324, 1e21));
const leaf: fc.Arbitrary<Expression> = fc.oneof(
  number.map((v): Expression => ({ type: 'number', value: v + 0, pos: 0 })),
  fc.constant<Expression>({ type: 'x', pos: 0 }),
  fc.constantFrom<Expression>(
    { type: 'constant', name: 'pi', value: Math.PI, pos: 0 },
    { type: 'constant', name: 'e', value: Math.E, pos: 0 },
    { type: 'constant', name: 'inf', value: Infinity, pos: 0 },
  ),
);

const { tree } = fc.letrec<{ tree: Expression }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    leaf,
    fc.record({ type: fc.constant('unary' as const), op: fc.constantFrom('-' as const, '+' as const, '!' as const), arg: tie('tree'), pos: fc.constant(0) }),
    fc.record({
      type: fc.constant('binary' as const),
      op: fc.constantFrom('+', '-', '*', '/', '^', '<', '<=', '>', '>=', '==', '!=', '&&', '||' as const),
      left: tie('tree'),
      right: tie('tree'),
      pos: fc.constant(0),
    }),
    fc.record({ type: fc.constant('conditional' as const), test: tie('tree'), consequent: tie('tree'), alternate: tie('tree'), pos: fc.constant(0) }),
    fc.tuple(fc.constantFrom(...mathFunctions), fc.array(tie('tree'), { minLength: 4, maxLength: 4 }), fc.integer({ min: 2, max: 4 })).map(
      ([fn, args, n]): Expression => ({ type: 'call', fn, args: args.slice(0, fn.kind === 'unary' ? 1 : fn.variadic ? n : 2), pos: 0 }),
    ),
    fc.tuple(fc.constantFrom(...paramSets), tie('tree')).map(([{ a, params }, arg]): Expression => ({ type: 'activation', activation: a, arg, params, pos: 0 })),
  ),
}));

describe('random trees', () => {
  it('print to text that parses back to the same tree, and prints the same again', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const text = printExpression(t);
        const back = parseExpression(text);
        expect(sameExpression(back, t), `${text}\n${printExpression(back)}`).toBe(true);
        expect(printExpression(back)).toBe(text);
      }),
      { numRuns: 3000, seed: 64 },
    );
  });

  it('evaluate to the same values and derivatives after the round trip', () => {
    fc.assert(
      fc.property(tree, fc.double(), (t, x) => {
        const a = compileExpression(t);
        const b = compileExpression(printExpression(t));
        expect(Object.is(a.f(x), b.f(x)) || (Number.isNaN(a.f(x)) && Number.isNaN(b.f(x)))).toBe(true);
        expect(Object.is(a.df(x), b.df(x)) || (Number.isNaN(a.df(x)) && Number.isNaN(b.df(x)))).toBe(true);
      }),
      { numRuns: 1000, seed: 65 },
    );
  });

  it('sameExpression tells different trees apart (so the round trip check can fail)', () => {
    expect(sameExpression(parseExpression('x - 1 - 2'), parseExpression('x - (1 - 2)'))).toBe(false);
    expect(sameExpression(parseExpression('elu(x, 0.5)'), parseExpression('elu(x)'))).toBe(false);
    expect(sameExpression(parseExpression('max(x, 1)'), parseExpression('min(x, 1)'))).toBe(false);
    expect(sameExpression(parseExpression('(x)'), parseExpression('x'))).toBe(true);
  });
});
