/** act eval, driven through the real bin/act. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/spec/evaluate.js';
import { linspace } from '../../src/core/grid.js';
import { act, parseCsv } from '../helpers/cli.js';
import { groupReference, misses, readReference } from '../helpers/reference.js';

describe('act eval on a grid', () => {
  it('writes a header and one row per grid point', () => {
    const r = act(['eval', 'sigmoid', '-n', '5']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const { header, rows } = parseCsv(r.stdout);
    expect(header).toEqual(['x', 'sigmoid']);
    expect(rows.map((row) => row[0])).toEqual([-10, -5, 0, 5, 10]);
    expect(rows[2][1]).toBe(0.5);
    expect(Math.abs(rows[0][1] / 4.5397868702434395e-5 - 1)).toBeLessThan(1e-15); // mpmath
  });

  it('uses 201 points from -10 to 10 by default', () => {
    const { rows } = parseCsv(act(['eval', 'relu']).stdout);
    expect(rows.length).toBe(201);
    expect(rows[0][0]).toBe(-10);
    expect(rows[200][0]).toBe(10);
    expect(rows[103][0]).toBe(0.3);
  });

  it('moves the default end past a --from given alone (and the start before a --to), as its help says', () => {
    expect(parseCsv(act(['eval', 'relu', '--from', '20', '-n', '3']).stdout).rows.map((r) => r[0])).toEqual([20, 30, 40]);
    expect(parseCsv(act(['eval', 'relu', '--to', '-15', '-n', '3']).stdout).rows.map((r) => r[0])).toEqual([-35, -25, -15]);
    const help = act(['eval', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--to <b> end of the grid (default 10, or --from plus 20 when --from is 10 or more)');
    expect(help).toContain('--from <a> start of the grid (default -10, or --to less 20 when --to is -10 or below)');
  });

  it('reads inf in a parameter as x values and expressions do: softplus(threshold=inf) is the default written out', () => {
    const plain = parseCsv(act(['eval', 'softplus', '-n', '5']).stdout).rows;
    for (const spec of ['softplus(threshold=inf)', 'softplus(threshold=Infinity)', 'softplus(1, INF)', 'softplus(x, threshold=inf)']) {
      const r = act(['eval', spec, '-n', '5']);
      expect([r.code, r.stderr], spec).toEqual([0, '']);
      expect(parseCsv(r.stdout).rows, spec).toEqual(plain);
    }
    // Infinity is a number ≥ 0: the message says it must be finite
    for (const spec of ['elu(alpha=inf)', 'elu(alpha=1e400)']) {
      expect(act(['eval', spec, '-n', '1']).stderr, spec).toBe('act: elu: parameter alpha must be a finite number ≥ 0, got Infinity\n');
    }
  });

  it('puts each derivative right after its function, quoting labels with commas', () => {
    const r = act(['eval', 'relu', 'hardtanh(min=-2,max=3)', '-d', '--from', '-3', '--to', '4', '-n', '8']);
    expect(r.stdout.split('\n')[0]).toBe(`x,relu,relu',"hardtanh(min=-2,max=3)","hardtanh(min=-2,max=3)'"`);
    const { rows } = parseCsv(r.stdout);
    expect(rows[0]).toEqual([-3, 0, 0, -2, 0]);
    expect(rows[7]).toEqual([4, 4, 1, 3, 0]);
  });

  it('rounds with --precision', () => {
    const r = act(['eval', 'tanh', '--from', '1', '--to', '1.5', '-n', '2', '--precision', '4']);
    expect(r.stdout).toBe('x,tanh\n1,0.7616\n1.5,0.9051\n');
  });

  it('evaluates a vector function over the whole vector (the seed softmax input)', () => {
    const { rows } = parseCsv(act(['eval', 'softmax', '--from', '-2', '--to', '2', '-n', '10', '-d']).stdout);
    const sum = rows.reduce((s, r) => s + r[1], 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-15);
    for (const r of rows) expect(Math.abs(r[2] - r[1] * (1 - r[1]))).toBeLessThan(1e-16);
  });
});

describe('act eval reading x values', () => {
  it('reads stdin when it is a pipe and no grid option is given', () => {
    const r = act(['eval', 'relu'], { input: '-2\n0\n3.5\n' });
    expect(r.stdout).toBe('x,relu\n-2,0\n0,0\n3.5,3.5\n');
  });

  it('chains: act eval gelu | act eval relu reads the x column', () => {
    const first = act(['eval', 'gelu', '-n', '5']);
    const second = act(['eval', 'relu'], { input: first.stdout });
    expect(second.stdout).toBe('x,relu\n-10,0\n-5,0\n0,0\n5,5\n10,10\n');
    const third = act(['eval', 'identity', '--column', 'gelu'], { input: first.stdout });
    expect(parseCsv(third.stdout).rows.map((r) => r[0])).toEqual(parseCsv(first.stdout).rows.map((r) => r[1]));
  });

  it('uses the grid when a grid option is given, even with a pipe on stdin', () => {
    const r = act(['eval', 'relu', '-n', '2'], { input: '5\n' });
    expect(parseCsv(r.stdout).rows.length).toBe(2);
  });

  it('reads a file with -i, and stdin with -i -', () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-eval-'));
    const file = join(dir, 'x values.csv');
    writeFileSync(file, 'x\r\n1\r\n-1\r\n');
    expect(act(['eval', 'relu', '-i', file]).stdout).toBe('x,relu\n1,1\n-1,0\n');
    expect(act(['eval', 'relu', '-i', '-'], { input: '4\n' }).stdout).toBe('x,relu\n4,4\n');
  });

  it('stops at a bad value with the line number, exit 1, one line on stderr', () => {
    const r = act(['eval', 'relu'], { input: '1\n2\nabc\n4\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('act: line 3: "abc" is not a number\n');
  });

  it('gives just the header for empty input', () => {
    const r = act(['eval', 'relu'], { input: '' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('x,relu\n');
  });

  it('names a missing input file, exit 1', () => {
    const r = act(['eval', 'relu', '-i', '/no/such/file']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('act: cannot read /no/such/file: no such file\n');
  });
});

describe('act eval matches the reference for every catalog entry and parameter variant', () => {
  // The acceptance check, for every function: printf '%s\n' -745 -1e-300 0.5 710 inf | act eval F -d
  const groups = groupReference(readReference('activations.csv'));
  const wanted = ['-745', '-1e-300', '0.5', '710', 'inf'];
  const specs = [...groups.keys()];
  it(`${specs.length} specs, one process`, () => {
    const r = act(['eval', ...specs, '-d'], { input: `${wanted.join('\n')}\n` });
    expect(r.code).toBe(0);
    const { header, rows } = parseCsv(r.stdout);
    expect(header.length).toBe(1 + 2 * specs.length);
    const fails: string[] = [];
    specs.forEach((spec, j) => {
      const ref = groups.get(spec)!;
      rows.forEach((row) => {
        const x = row[0];
        const want = ref.find((q) => q.x === x)!;
        fails.push(...misses(spec, [{ x, got: row[1 + 2 * j], want: want.y }]));
        if (want.dy !== undefined) fails.push(...misses(`${spec}'`, [{ x, got: row[2 + 2 * j], want: want.dy }]));
      });
    });
    expect(fails, fails.join('\n')).toEqual([]);
  });
});

describe('act eval usage errors (exit 2, one line)', () => {
  const cases: [string[], string][] = [
    [['eval', 'gelux'], 'act: unknown function "gelux" (did you mean gelu'],
    [['eval', 'elu(beta=1)'], 'act: elu: unknown parameter "beta"'],
    [['eval', 'celu(alpha=0)'], 'act: celu: parameter alpha must be a number > 0, got 0'],
    [['eval', 'relu', '--from', 'abc'], 'act: --from must be a finite number, got "abc"'],
    [['eval', 'relu', '--to', 'inf'], 'act: --to must be a finite number, got "inf"'],
    [['eval', 'relu', '--from', '3', '--to', '1'], 'act: --from must be less than --to'],
    [['eval', 'relu', '-n', '0'], 'act: -n must be a whole number from 1 to 100000000, got "0"'],
    [['eval', 'relu', '-n', '2.5'], 'act: -n must be a whole number'],
    [['eval', 'relu', '-n', '1e9'], 'act: -n must be a whole number'],
    [['eval', 'relu', '--precision', '18'], 'act: --precision must be a whole number from 1 to 17'],
    [['eval', 'relu', '--fro', '1'], "act: unknown option '--fro' (did you mean --from?)"],
    [['evl', 'relu'], "act: unknown command 'evl' (did you mean eval?)"],
    [['eval'], "act: missing required argument 'spec'"],
    [['eval', 'relu', '-i', 'f', '-n', '3'], 'act: --input cannot be combined with --from, --to or -n'],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const r = act(args);
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(message), r.stderr).toBe(true);
      expect(r.stderr.trimEnd().split('\n').length).toBe(1);
      expect(r.stdout).toBe('');
    });
  }

  it('--debug adds the stack trace', () => {
    const r = act(['eval', 'relu', '-i', '/no/such/file', '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^act: cannot read/);
    expect(r.stderr).toContain('    at ');
  });

  it('--debug traces point into the TypeScript sources, though the bundles are minified', () => {
    const r = act(['eval', 'x+', '--debug']);
    expect(r.code).toBe(2);
    const trace = r.stderr.split('\n').slice(3); // the message with its caret (3 lines), then the trace
    expect(trace[0]).toMatch(/^ExpressionError: cannot read the function spec/);
    // named by their place in the package, wherever it is installed
    expect(trace.join('\n')).toMatch(/ \(src\/spec\/parse\.ts:\d+:\d+\)\n/);
    expect(trace.join('\n')).not.toMatch(/dist\/main\.cjs/);
  });
});

describe('act eval output, byte for byte', () => {
  it('writes every value as String(value) would, across chunks and columns', () => {
    // 3 chunks of rows and a partial one; values of every size, from the grid and two functions
    const n = 20_001;
    const r = act(['eval', 'gelu', 'exponential', '-d', '--from', '-750', '--to', '710', '-n', String(n)]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.length).toBe(n + 2); // header, rows, and the empty string after the last newline
    const xs = linspace(-750, 710, n);
    const columns = [
      evaluate('gelu', xs),
      evaluate('gelu', xs, { derivative: true }),
      evaluate('exponential', xs),
      evaluate('exponential', xs, { derivative: true }),
    ];
    const bad: string[] = [];
    for (let i = 0; i < n && bad.length < 5; i++) {
      const want = [xs[i], ...columns.map((c) => c[i])].map(String).join(',');
      if (lines[i + 1] !== want) bad.push(`row ${i}: ${lines[i + 1]} != ${want}`);
    }
    expect(bad).toEqual([]);
  });
});
