import { describe, expect, it } from 'vitest';
import type { Expression } from '../../src/expr/ast.js';
import { MAX_ARGUMENTS, MAX_HEIGHT, MAX_LENGTH, MAX_NESTING, parseExpression } from '../../src/expr/parser.js';
import { caretColumn, parseError } from './helpers.js';

/** The tree as an S-expression, to check structure without the printer's minimal parentheses. */
function lisp(node: Expression): string {
  switch (node.type) {
    case 'number':
      return String(node.value);
    case 'x':
      return 'x';
    case 'constant':
      return node.name;
    case 'unary':
      return `(${node.op} ${lisp(node.arg)})`;
    case 'binary':
      return `(${node.op} ${lisp(node.left)} ${lisp(node.right)})`;
    case 'conditional':
      return `(? ${lisp(node.test)} ${lisp(node.consequent)} ${lisp(node.alternate)})`;
    case 'call':
      return `(${node.fn.name} ${node.args.map(lisp).join(' ')})`;
    case 'activation':
      return `(${node.activation.name} ${lisp(node.arg)} ${JSON.stringify(node.params)})`;
  }
}
const tree = (text: string) => lisp(parseExpression(text));

describe('parseExpression: precedence and associativity', () => {
  const cases: [string, string][] = [
    ['1 + 2 * x', '(+ 1 (* 2 x))'],
    ['(1 + 2) * x', '(* (+ 1 2) x)'],
    ['x - 1 - 2', '(- (- x 1) 2)'],
    ['x / 2 / 3', '(/ (/ x 2) 3)'],
    ['x ^ 2 ^ 3', '(^ x (^ 2 3))'],
    ['-x^2', '(- (^ x 2))'],
    ['(-x)^2', '(^ (- x) 2)'],
    ['2^-x', '(^ 2 (- x))'],
    ['2 * -x', '(* 2 (- x))'],
    ['x--1', '(- x (- 1))'],
    ['x ** 3', '(^ x 3)'],
    ['x > 0 ? x : 0', '(? (> x 0) x 0)'],
    ['x < -1 ? -1 : x > 1 ? 1 : x', '(? (< x (- 1)) (- 1) (? (> x 1) 1 x))'],
    ['x > 0 && x < 6 || x == 10', '(|| (&& (> x 0) (< x 6)) (== x 10))'],
    ['!(x > 0)', '(! (> x 0))'],
    ['x + 1 > 2 * x', '(> (+ x 1) (* 2 x))'],
    ['pi * e + inf', '(+ (* pi e) inf)'],
    ['π·x', '(* pi x)'],
  ];
  for (const [text, want] of cases) it(text, () => expect(tree(text)).toBe(want));
});

describe('parseExpression: functions', () => {
  it('calls the math table, case-insensitively like catalog names', () => {
    expect(tree('exp(-x) + LOG1P(x)')).toBe('(+ (exp (- x)) (log1p x))');
    expect(tree('max(0, x, 2*x)')).toBe('(max 0 x (* 2 x))');
    expect(tree('pow(x, 2) + hypot(x, 1)')).toBe('(+ (pow x 2) (hypot x 1))');
  });

  it('calls catalog activations by name or alias, the input first, then parameters by name or position', () => {
    expect(tree('sigmoid(x)')).toBe('(sigmoid x {})');
    expect(tree('silu(2*x)')).toBe('(swish (* 2 x) {"beta":1})');
    expect(tree('elu(x, alpha=0.5)')).toBe('(elu x {"alpha":0.5})');
    expect(tree('elu(x, 0.5)')).toBe('(elu x {"alpha":0.5})');
    expect(tree('Leaky_ReLU(x, alpha=1/4)')).toBe('(leaky_relu x {"alpha":0.25})');
    expect(tree('hardtanh(x, max=2*pi, min=-1)')).toBe(`(hardtanh x {"min":-1,"max":${2 * Math.PI}})`);
  });

  it("takes PyTorch's word choices: gelu(x, approximate=tanh) or ='tanh' is gelu_tanh, =none is gelu, and the choice composes", () => {
    expect(tree('gelu(x, approximate=tanh)')).toBe('(gelu_tanh x {})');
    expect(tree("2*gelu(x, approximate='tanh')")).toBe('(* 2 (gelu_tanh x {}))');
    expect(tree('gelu(x, approximate="none")')).toBe('(gelu x {})');
    expect(tree('gelu(x, approximate=TANH)')).toBe('(gelu_tanh x {})');
  });

  it('still reads a bare constant as a parameter value (elu(x, alpha=e) is not a word)', () => {
    expect(tree('elu(x, alpha=e)')).toBe(`(elu x {"alpha":${Math.E}})`);
    expect(tree('elu(x, alpha=pi)')).toBe(`(elu x {"alpha":${Math.PI}})`);
  });

  it('lets exp be the math function rather than the catalog alias (they are the same function)', () => {
    expect(tree('exp(x)')).toBe('(exp x)');
  });
});

describe('parseExpression: errors point at the place', () => {
  const cases: [string, string | RegExp, number][] = [
    ['', 'the expression is empty', 0],
    ['x +', 'the expression ends too soon: expected a number, x, a function or "("', 3],
    ['x * * 2', 'expected a number, x, a function or "(", found "*"', 4],
    ['(x + 1', 'expected ")" to close the "(" in column 1, found the end', 6],
    ['x + 1)', 'unexpected ")": no "(" to close', 5],
    ['2x', 'an operator is missing before "x" (write 2*x for a product)', 1],
    ['(x) (2)', 'an operator is missing before "(" (write 2*x for a product)', 4],
    ['sigmoid(1.7x)', 'an operator is missing before "x" (write 2*x for a product)', 11],
    ['x + 1 2', 'an operator is missing before 2 (write 2*x for a product)', 6],
    ['x ? 1', 'expected ":" to go with the "?" (write condition ? a : b), found the end', 5],
    ['0 < x < 1', 'comparisons do not chain: write a < b && b < c', 6],
    ['x = 1', /^unexpected "=" \(a label goes before the whole spec/, 2],
    ['x, 1', 'unexpected ",": commas separate a function\'s arguments', 1],
    ['max(x,', 'the expression ends too soon: expected a number, x, a function or "("', 6],
    ['max(x :', 'expected "," or ")" to close the "(" in column 4, found ":"', 6],
    ['y + 1', 'unknown name "y" (did you mean x, e, pi?)', 0],
    ['2*sigmod(x)', 'unknown function "sigmod" (did you mean sigmoid?)', 2],
    ['zzzzzz(x)', 'unknown function "zzzzzz"; `act list` shows the catalog', 0],
    ['x*sin', 'sin is a function: write sin(x)', 2],
    ['1 + gelu', 'gelu is a function: write gelu(x)', 4],
    ['x (2)', 'x is the variable, not a function (write x*(...) for a product)', 0],
    ['pi(2)', 'pi is a constant, not a function (write pi*(...) for a product)', 0],
    ['sin(x, 1)', 'sin takes one argument, got 2', 0],
    ['max(x)', 'max takes two or more arguments, got 1', 0],
    ['pow(x, 2, 3)', 'pow takes two arguments, got 3', 0],
    ['exp(a=1)', 'exp takes no named arguments (only catalog functions have parameters)', 4],
    ['elu()', 'elu needs its input first, as in elu(x, alpha=1)', 0],
    ['elu(alpha=0.5)', 'elu needs its input first, as in elu(x, alpha=1)', 4],
    ['elu(x, beta=1)', 'elu: unknown parameter "beta" (elu takes alpha)', 7],
    ['elu(x, 1, 2)', 'elu: too many parameters (elu takes alpha)', 10],
    ['elu(x, alpha=1, alpha=2)', 'elu: parameter alpha is given twice', 16],
    ['elu(x, alpha=x)', 'elu: parameter alpha must be a constant, not depend on x', 7],
    ['x + elu(x, alpha=-1)', 'elu: parameter alpha must be a number ≥ 0, got -1', 11],
    ['hardtanh(x, min=3, max=2)', 'hardtanh: min must be less than max (got min=3, max=2)', 0],
    ['gelu(x, approximate=fast)', 'gelu: approximate must be none or tanh', 20],
    ['gelu(x, approximate=1)', 'gelu: approximate must be none or tanh', 8],
    ["elu(x, alpha='a')", 'elu: alpha takes a number, not the word "a"', 13],
    ['elu(x, alpha=tanh)', 'tanh is a function: write tanh(x)', 13],
    ['elu(x, alpha=foo)', /^unknown name "foo"/, 13],
    ["'tanh' + x", 'expected a number, x, a function or "(", found the quoted word "tanh"', 0],
    ['gelu(x, approximate=tanh, 3)', 'gelu_tanh: too many parameters (gelu_tanh takes no parameters)', 26],
    ['softmax(x)', 'softmax acts on the whole vector of samples, so it cannot be part of an expression', 0],
    ['1e999*x', 'the number 1e999 is too large for a double', 0],
  ];
  for (const [text, reason, position] of cases) {
    it(`${JSON.stringify(text)}: ${reason}`, () => {
      const e = parseError(text);
      if (typeof reason === 'string') expect(e.reason).toBe(reason);
      else expect(e.reason).toMatch(reason);
      expect(e.position).toBe(position);
      expect(caretColumn(e.message)).toBe(position);
      expect(e.exitCode).toBe(2);
    });
  }

  it('says "cannot read" for syntax only, not for a wrong name', () => {
    expect(parseError('x +').message.split('\n')[0]).toBe('cannot read the expression: the expression ends too soon: expected a number, x, a function or "("');
    expect(parseError('y').message.split('\n')[0]).toBe('unknown name "y" (did you mean x, e, pi?)');
  });

  it('shows the expression on the second line and the caret under the place, by code point', () => {
    expect(parseError('π + y').message).toBe('unknown name "y" (did you mean x, e, pi?)\n  π + y\n      ^');
    // a line break or tab in the text cannot break the three lines or shift the caret
    expect(parseError('x +\n$').message).toBe('cannot read the expression: unexpected "$"\n  x +␊$\n      ^');
  });

  it('sees only names of the grammar: what JavaScript would find on an object is unknown here', () => {
    for (const name of ['process', 'constructor', '__proto__', 'require', 'toString', 'globalThis', 'eval', 'Function', 'this', 'hasOwnProperty', 'valueOf', 'prototype', 'import']) {
      expect(parseError(`x + ${name}`).reason, name).toMatch(new RegExp(`^unknown name "${name}"`));
      expect(parseError(`${name}(x)`).reason, name).toMatch(new RegExp(`^unknown function "${name}"`));
      expect(parseError(`elu(x, ${name}=1)`).reason, name).toBe(`elu: unknown parameter "${name}" (elu takes alpha)`);
    }
    expect(parseError('x.constructor').reason).toBe('unexpected "."');
    expect(parseError('x["constructor"]').reason).toBe('unexpected "["');
  });

  it('refuses nesting deeper than the limits, quickly and without overflowing the stack', () => {
    const deep = `${'('.repeat(4000)}x${')'.repeat(4000)}`;
    expect(parseError(deep).reason).toContain(`more than ${MAX_NESTING} levels`);
    expect(parseError(`${'-'.repeat(9000)}x`).reason).toContain('too deeply nested');
    expect(parseError(`${'sin('.repeat(1000)}x${')'.repeat(1000)}`).reason).toContain('too deeply nested');
    expect(parseError(Array(4000).fill('x').join('+')).reason).toContain(`more than ${MAX_HEIGHT} levels`);
    expect(parseError(`${'x^'.repeat(4000)}x`).reason).toContain('too deeply nested');
    expect(() => parseExpression(`${'('.repeat(MAX_NESTING)}x${')'.repeat(MAX_NESTING)}`)).not.toThrow();
    expect(parseError(`${'('.repeat(MAX_NESTING + 1)}x${')'.repeat(MAX_NESTING + 1)}`).position).toBe(MAX_NESTING);
    expect(parseError(`${'x ? x : '.repeat(1000)}x`).reason).toContain('too deeply nested');
    expect(() => parseExpression(Array(MAX_HEIGHT / 2).fill('x').join('+'))).not.toThrow();
  });

  it('does not spend time suggesting names for a long unknown word', () => {
    const word = 'q'.repeat(MAX_LENGTH);
    const t0 = Date.now();
    expect(parseError(word).reason).toBe(`unknown name "${word}" (the variable is x)`);
    expect(Date.now() - t0).toBeLessThan(5000); // a guard against a hang, not a benchmark
  });

  it('refuses an expression longer than MAX_LENGTH at once, and shows a window of it', () => {
    for (const text of ['q'.repeat(MAX_LENGTH + 1), `${'x+'.repeat(500_000)}x`, `(${'('.repeat(MAX_LENGTH)}`]) {
      const t0 = Date.now();
      const e = parseError(text);
      expect(e.reason).toBe(`the expression is too long: ${text.length} characters, at most ${MAX_LENGTH}`);
      expect(e.message.split('\n')[1].length).toBeLessThan(110);
      expect(Date.now() - t0).toBeLessThan(1000);
    }
  });

  it('parses in linear time: a balanced sum costs about as much as its four quarters', () => {
    const balanced = (depth: number): string => (depth === 0 ? 'x' : `(${balanced(depth - 1)}+${balanced(depth - 1)})`);
    const text = balanced(11);
    expect(text.length).toBeLessThan(MAX_LENGTH);
    const time = (f: () => void): number => {
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) f();
      return performance.now() - t0;
    };
    const quarter = balanced(9);
    time(() => parseExpression(text)); // warm up
    const four = time(() => [0, 1, 2, 3].forEach(() => parseExpression(quarter)));
    const one = time(() => parseExpression(text));
    // quadratic parsing (a message built at every "(") made the whole about 4 times its quarters
    expect(one).toBeLessThan(2.5 * four + 20);
  });

  it('refuses a call with more than MAX_ARGUMENTS arguments, and takes MAX_ARGUMENTS', () => {
    expect(() => parseExpression(`max(${Array(MAX_ARGUMENTS).fill('x').join(',')})`)).not.toThrow();
    for (const n of [MAX_ARGUMENTS + 1, 2 * MAX_ARGUMENTS]) {
      const e = parseError(`min(${Array(n).fill('1').join(',')})`);
      expect(e.reason).toBe(`a call takes at most ${MAX_ARGUMENTS} arguments`);
      expect(e.position).toBe(4 + 2 * MAX_ARGUMENTS);
    }
  });
});
