/** --vary on act plot (terminal) and act eval, through the real bin/act. */
import { describe, expect, it } from 'vitest';
import { act, parseCsv } from '../helpers/cli.js';

describe('act plot --vary', () => {
  it('draws the family in the terminal, one labelled curve per value', () => {
    const r = act(['plot', 'elu', '--vary', 'alpha=0.5,1,2', '-w', '70', '-H', '18']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0].trim()).toBe('elu (alpha = 0.5, 1, 2)');
    const legend = lines.filter((l) => l.includes('alpha=0.5') && l.includes('alpha=2')).at(-1)!;
    expect(legend).toMatch(/── alpha=0.5\s+━━ alpha=1\s+══ alpha=2/);
    // the three curves part on the negative side: elu tends to -alpha
    expect(r.stdout).toMatch(/-2 ┤═+/);
  });

  it('names the function in each label with several functions', () => {
    const r = act(['plot', 'elu', 'celu', '--vary', 'alpha=0.5,2', '-w', '90', '-H', '16']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0].trim()).toBe('elu (alpha = 0.5, 2), celu (alpha = 0.5, 2)');
  });

  it('varies a named constant of an expression over a range', () => {
    const r = act(['plot', 'x*sigmoid(b*x)', '--vary', 'b=0.5:3', '-w', '80', '-H', '16']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0].trim()).toBe('x*sigmoid(b*x) (b = 0.5, 1, …, 3)');
  });

  it("refuses a value outside the parameter's domain as a spec does: one act: line, exit 2", () => {
    const vary = act(['plot', 'elu', '--vary', 'alpha=1,-1']);
    const spec = act(['plot', 'elu(alpha=-1)']);
    expect(vary.code).toBe(2);
    expect(vary.stdout).toBe('');
    expect(vary.stderr).toBe(spec.stderr);
    expect(vary.stderr).toMatch(/^act: elu: parameter alpha must be .*\n$/);
  });

  it("varies a parameter whose name is also a function's: hardtanh's min, softplus's and threshold's threshold", () => {
    const min = act(['eval', 'hardtanh', '--vary', 'min=-3,-2', '-n', '2']);
    expect([min.code, min.stderr, min.stdout]).toEqual([0, '', 'x,min=-3,min=-2\n-10,-3,-2\n10,1,1\n']);
    const threshold = act(['eval', 'threshold', 'softplus(beta=2)', '--vary', 'threshold=1,5', '--from', '2', '--to', '4', '-n', '2']);
    expect(threshold.stderr).toBe('');
    expect(threshold.stdout.split('\n')[0]).toBe('x,threshold threshold=1,threshold threshold=5,softplus(beta=2) threshold=1,softplus(beta=2) threshold=5');
    expect(threshold.stdout.split('\n')[1]).toMatch(/^2,2,0,2,2\.00/); // threshold(2) with threshold 1 is 2, with 5 is 0; softplus(beta=2) is linear past βx = 2 > 1
    expect(act(['plot', 'softplus', '--vary', 'threshold=1,20', '-w', '40', '-H', '10']).code).toBe(0);
  });

  it('refuses a malformed --vary and a name no function takes', () => {
    for (const [args, message] of [
      [['plot', 'elu', '--vary', 'alpha'], /^act: --vary must be NAME=VALUES/],
      [['plot', 'relu', '--vary', 'alpha=1,2'], /^act: --vary alpha: no function takes/],
      [['eval', 'elu', '--vary', 'alpha=2:1'], /^act: --vary alpha: a range A:B needs A < B/],
      [['plot', 'elu', '--vary', 'alpha=1,2', '--vary', 'alpha=3'], /^act: --vary is given twice/],
    ] as const) {
      const r = act([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
  });
});

describe('act eval --vary', () => {
  it('writes a column per value, equal to the spec written out', () => {
    const r = act(['eval', 'swish', '--vary', 'beta=0.5,1', '-n', '3']);
    expect(r.code).toBe(0);
    const { header, rows } = parseCsv(r.stdout);
    expect(header).toEqual(['x', 'beta=0.5', 'beta=1']);
    const plain = parseCsv(act(['eval', 'swish(beta=0.5)', 'swish(beta=1)', '-n', '3']).stdout);
    expect(rows).toEqual(plain.rows);
    expect(rows).toHaveLength(3);
  });

  it('puts each derivative after its member', () => {
    const r = act(['eval', 'x*sigmoid(b*x)', '--vary', 'b=1:2:1', '-d', '-n', '2']);
    expect(parseCsv(r.stdout).header).toEqual(['x', 'b=1', "b=1'", 'b=2', "b=2'"]);
  });
});
