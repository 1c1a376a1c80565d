/** Expressions on the command line, through the real bin/act. */
import { describe, expect, it } from 'vitest';
import { act, parseCsv } from '../helpers/cli.js';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('act eval with expressions', () => {
  it('evaluates an expression and its exact derivative, labelled by its text', () => {
    const r = act(['eval', 'x*sigmoid(1.702*x)', 'quick_gelu', '-d', '-n', '9', '--from', '-4', '--to', '4']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { header, rows } = parseCsv(r.stdout);
    expect(header).toEqual(['x', 'x*sigmoid(1.702*x)', "x*sigmoid(1.702*x)'", 'quick_gelu', "quick_gelu'"]);
    for (const [x, y, dy, qy, qdy] of rows) {
      expect(Math.abs(y - qy)).toBeLessThanOrEqual(1e-15 * Math.abs(qy));
      expect(Math.abs(dy - qdy)).toBeLessThanOrEqual(1e-14 * Math.abs(qdy));
      expect(y).toBeCloseTo(x * sigmoid(1.702 * x), 14);
    }
  });

  it('quotes an expression label that holds a comma, and follows relu\'s convention at 0', () => {
    const r = act(['eval', 'max(0,x)^2', '-d', '--from', '-2', '--to', '2', '-n', '5']);
    expect(r.stdout).toBe(`x,"max(0,x)^2","max(0,x)^2'"\n-2,0,0\n-1,0,0\n0,0,0\n1,1,2\n2,4,4\n`);
  });

  it('takes a label as name=expression, and for catalog specs too', () => {
    const r = act(['eval', 'quick=x*sigmoid(1.702*x)', 'soft=elu(alpha=0.5)', 'relu', '-d', '-n', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe("x,quick,quick',soft,soft',relu,relu'");
  });

  it('reads x from stdin for expressions as for catalog functions', () => {
    const r = act(['eval', 'x^2', 'abs(x)', '-d'], { input: '-3\n0\ninf\nnan\n' });
    expect(r.stdout).toBe("x,x^2,x^2',abs(x),abs(x)'\n-3,9,-6,3,-1\n0,0,0,0,0\nInfinity,Infinity,Infinity,Infinity,1\nNaN,NaN,NaN,NaN,NaN\n");
  });

  it('takes an expression that starts with a minus after --', () => {
    const r = act(['eval', '-n', '3', '--', '-x^2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('x,-x^2\n-10,-100\n0,0\n10,-100\n');
  });

  it('says where such an expression goes when it is given without --; a mistyped option stays a plain error', () => {
    for (const [command, text] of [['eval', '-x^2'], ['plot', '-relu(x)'], ['eval', '-0.5*x']]) {
      const r = act([command, text]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`act: unknown option '${text}' (an expression that starts with a minus goes after --, as in: -- "${text}")\n`);
    }
    expect(act(['eval', '-q']).stderr).toBe("act: unknown option '-q'\n");
  });
});

describe('act eval expression errors (exit 2)', () => {
  it('shows a syntax error as three lines: message, expression, caret', () => {
    const r = act(['eval', 'x*sigmoid(1.702*x']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('act: cannot read the function spec: expected "," or ")" to close the "(" in column 10, found the end\n  x*sigmoid(1.702*x\n                   ^\n');
  });

  it('names the closest functions for an unknown one, with the caret under it', () => {
    const r = act(['eval', 'relu', 'lbl=x*sigmod(x)']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: unknown function "sigmod" (did you mean sigmoid?)\n  lbl=x*sigmod(x)\n        ^\n');
  });

  it('keeps the one-line catalog error for a plain unknown name', () => {
    const r = act(['eval', 'gelux']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^act: unknown function "gelux" \(did you mean gelu, [^\n]*\)\n$/);
  });

  it('refuses names outside the grammar: nothing of JavaScript is reachable', () => {
    for (const [text, message] of [
      ['process.exit(3)', 'act: cannot read the function spec: unexpected "."'],
      ['x + process', 'act: unknown name "process"'],
      ['constructor(x)', 'act: unknown function "constructor"'],
      ['x*__proto__', 'act: unknown name "__proto__"'],
      ['require(x)', 'act: unknown function "require"'],
      ['toString(x)', 'act: unknown function "toString"'],
      ['x + this', 'act: unknown name "this"'],
      ['elu(x, constructor=1)', 'act: elu: unknown parameter "constructor" (elu takes alpha)'],
      ['elu(constructor=1)', 'act: elu: unknown parameter "constructor" (elu takes alpha)'],
    ]) {
      const r = act(['eval', text, '-n', '2']);
      expect(r.code, text).toBe(2);
      expect(r.stdout, text).toBe('');
      expect(r.stderr.startsWith(message), `${text}: ${r.stderr}`).toBe(true);
      expect(r.stderr).not.toContain('    at ');
    }
  });

  it('names a character that shows as nothing (a zero-width space pasted from a web page) by its code point', () => {
    const r = act(['eval', 'gel\u200bu', '-n', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: cannot read the function spec: unexpected "<U+200B>"\n  gel<U+200B>u\n     ^\n');
    expect(act(['eval', 'x*sigmoid(\u2060x)', '-n', '1']).stderr).toMatch(/^act: cannot read the function spec: unexpected "<U\+2060>"\n/);
  });

  it('is not a stack trace even for a pathological expression', () => {
    const r = act(['eval', `${'('.repeat(4000)}x${')'.repeat(4000)}`, '-n', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('act: the expression is too deeply nested (more than 100 levels of brackets, calls, signs and powers)');
  });
});
