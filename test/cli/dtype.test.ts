/** --dtype on act eval (and the other commands), through the real bin/act. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ulp } from '../../src/dtype/rounding.js';
import { readTorchFixture } from '../dtype/torch-fixture.js';
import { act, parseCsv } from '../helpers/cli.js';

const fixture = readTorchFixture();

/** The first grid x where the column is exactly 0 and stays 0 to the end. */
function zeroFrom(rows: number[][], column: number): number | undefined {
  let i = rows.length;
  while (i > 0 && rows[i - 1][column] === 0) i--;
  return i < rows.length ? rows[i][0] : undefined;
}

describe('act eval --dtype', () => {
  it("sigmoid' in float32 reaches exactly 0 where torch's does (16.64)", () => {
    const r = act(['eval', 'sigmoid', '-d', '--dtype', 'float32', '--from', '16', '--to', '17', '-n', '11']);
    expect(r.code, r.stderr).toBe(0);
    const { header, rows } = parseCsv(r.stdout);
    expect(header).toEqual(['x', 'sigmoid', "sigmoid'"]);
    const torch = fixture.dtypes.float32!.cases.sigmoid.zeros.right!;
    expect(torch).toBeGreaterThan(16.6);
    expect(zeroFrom(rows, 2)).toBe(16.7); // the first grid point past torch's 16.640625
    expect(rows[6][2]).toBeGreaterThan(0); // 16.6, just before it
    expect(rows[10][1]).toBe(1);
  });

  it("sigmoid' in bfloat16 reaches exactly 0 near 6.25", () => {
    const { rows } = parseCsv(act(['eval', 'sigmoid', '-d', '--dtype', 'bfloat16', '--from', '6', '--to', '7', '-n', '21']).stdout);
    expect(zeroFrom(rows, 2)).toBe(6.25);
    expect(Math.abs(6.25 - fixture.dtypes.bfloat16!.cases.sigmoid.zeros.right!)).toBeLessThanOrEqual(0.05);
  });

  it('float64 is the exact mode, byte for byte', () => {
    const exact = act(['eval', 'gelu', 'sigmoid', '-d', '-n', '41']);
    expect(act(['eval', 'gelu', 'sigmoid', '-d', '-n', '41', '--dtype', 'float64']).stdout).toBe(exact.stdout);
  });

  it('--error ulp adds the error of each column against the exact value, in ulps of the type', () => {
    const r = act(['eval', 'tanh', '-d', '--dtype', 'bfloat16', '--error', 'ulp', '--from', '-4', '--to', '4', '-n', '17']);
    expect(r.code, r.stderr).toBe(0);
    const { header, rows } = parseCsv(r.stdout);
    expect(header).toEqual(['x', 'tanh', 'err_ulp(tanh)', "tanh'", "err_ulp(tanh')"]);
    const exact = parseCsv(act(['eval', 'tanh', '-d', '--from', '-4', '--to', '4', '-n', '17']).stdout).rows;
    for (let i = 0; i < rows.length; i++) {
      expect(rows[i][2]).toBeCloseTo(Math.abs(rows[i][1] - exact[i][1]) / ulp('bfloat16', exact[i][1]), 10);
      expect(rows[i][4]).toBeCloseTo(Math.abs(rows[i][3] - exact[i][2]) / ulp('bfloat16', exact[i][2]), 10);
    }
    // tanh' = 1 - tanh² is 0 in bfloat16 from 3.47 on, far from the exact 0.0013 at 4: hundreds of ulps
    expect(rows[16][3]).toBe(0);
    expect(rows[16][4]).toBeGreaterThan(100);
  });

  it('computes the vector functions as PyTorch does: softmax over the whole vector, f\' the Jacobian diagonal', () => {
    const v = fixture.dtypes.bfloat16!.vectors[0];
    const r = act(['eval', 'softmax', 'log_softmax', '-d', '--dtype', 'bfloat16', '-i', '-'], { input: `${Array.from(v.x).join('\n')}\n` });
    expect(r.code, r.stderr).toBe(0);
    const { rows } = parseCsv(r.stdout);
    let equal = 0;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i][1] === v.cases.softmax.y[i] && rows[i][2] === v.cases.softmax.dy[i] && rows[i][4] === v.cases.log_softmax.dy[i]) equal++;
    }
    expect(equal).toBe(rows.length);
  });

  it('--error rel is relative', () => {
    const { header, rows } = parseCsv(act(['eval', 'exponential', '--dtype', 'float16', '--error', 'rel', '-n', '5', '--from', '0', '--to', '1']).stdout);
    expect(header).toEqual(['x', 'exponential', 'err_rel(exponential)']);
    for (const [x, y, e] of rows) expect(e).toBeCloseTo(Math.abs(y - Math.exp(x)) / Math.exp(x), 12);
    expect(rows[4][1]).toBe(2.71875); // e in float16
  });

  it('refuses an unknown type, an expression, a vector function and --error alone, in one line each', () => {
    for (const [args, words] of [
      [['eval', 'sigmoid', '--dtype', 'float8'], ['--dtype', 'float8', 'float32']],
      [['eval', 'x*sigmoid(x)', '--dtype', 'bfloat16'], ['x*sigmoid(x)', 'bfloat16', 'expression']],
      [['eval', 'sparsemax', '--dtype', 'float32'], ['sparsemax', 'float32', 'vector function without a PyTorch kernel']],
      [['info', 'softmax', '--dtype', 'bfloat16'], ['softmax', 'bfloat16', 'act eval and act plot compute it']],
      [['eval', 'relu2', '--dtype', 'bfloat16'], ['relu2', 'bfloat16', 'no PyTorch kernel']],
      [['eval', 'squareplus', '--dtype', 'float16'], ['squareplus', 'float16', 'no PyTorch kernel']],
      [['eval', 'sigmoid', '--error', 'ulp'], ['--error', '--dtype']],
    ] as const) {
      const r = act(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.startsWith('act: ')).toBe(true);
      for (const w of words) expect(r.stderr).toContain(w);
    }
  });
});

/** The points of each series in a Vega-Lite chart written by act plot. */
function seriesOf(json: string): Map<string, { x: number; y: number }[]> {
  const spec = JSON.parse(json) as { layer: { data?: { values?: { series: string; x: number; y: number }[] } }[] };
  const out = new Map<string, { x: number; y: number }[]>();
  for (const layer of spec.layer) for (const v of layer.data?.values ?? []) out.set(v.series, [...(out.get(v.series) ?? []), { x: v.x, y: v.y }]);
  return out;
}

describe('act plot --dtype', () => {
  it('draws the float32 GELU with its left tail cut to 0, and --exact the exact curve beside it (image)', () => {
    const r = act(['plot', 'gelu', '--dtype', 'float32', '--exact', '--from', '-8', '--to', '-4', '-n', '33', '-o', '-', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const series = seriesOf(r.stdout);
    expect([...series.keys()]).toEqual(['gelu', 'float32 gelu']);
    const low = series.get('float32 gelu')!;
    const exact = series.get('gelu')!;
    const cut = fixture.dtypes.float32!.cases.gelu;
    for (let i = 0; i < low.length; i++) {
      expect(exact[i].y).toBeLessThan(0); // representable in float32 all the way
      if (low[i].x <= -6.25) expect(low[i].y, `x=${low[i].x}`).toBe(0);
    }
    expect(low.at(-1)!.y).toBeLessThan(0);
    expect(cut.zeros.left).toBeLessThan(-6);
  });

  it("with --facet, a function's exact and low-precision curves share its panel", () => {
    const r = act(['plot', 'gelu', 'sigmoid', '--dtype', 'bfloat16', '--exact', '--facet', '-w', '100', '-H', '10', '--from', '-4', '--to', '8']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0].trim().split(/\s{2,}/)).toEqual(['gelu', 'sigmoid']); // two panels, not four
    expect(lines.some((l) => /── gelu +━━ bfloat16 gelu .*── sigmoid +━━ bfloat16 sigmoid/.test(l))).toBe(true);
    const single = act(['plot', 'gelu', 'sigmoid', '--dtype', 'bfloat16', '--facet', '-w', '100', '-H', '10']);
    expect(single.stdout.split('\n')[0].trim().split(/\s{2,}/)).toEqual(['bfloat16 gelu', 'bfloat16 sigmoid']);
  });

  it("on a page with a --vary slider, the type's curves are a family of their own beside the exact one", () => {
    const dir = mkdtempSync(join(tmpdir(), 'act-dtype-'));
    const r = act(['plot', 'elu', '--dtype', 'bfloat16', '--exact', '--vary', 'alpha=0.5:2', '-o', join(dir, 'elu.html')]);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(join(dir, 'elu.html'), 'utf8');
    const families = new Set([...page.matchAll(/"series":"([^"]*)"/g)].map((m) => m[1]));
    expect([...families].sort()).toEqual(['bfloat16 elu', 'elu']);
  });

  it('draws in the terminal, labelled with the type, and refuses --exact alone', () => {
    const r = act(['plot', 'gelu', '--dtype', 'float32', '--from', '-8', '--to', '-4', '-w', '60', '-H', '12']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('float32 gelu');
    // the curve runs along the zero line from -8 to about -5.6: the first rows hold it, flat
    const zeroRow = r.stdout.split('\n').find((l) => /^\s*0 ┤/.test(l))!;
    expect(zeroRow).toMatch(/0 ┤─{30,}/);
    const bad = act(['plot', 'gelu', '--exact']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^act: --exact .*--dtype/);
  });

  it('refuses a type for data drawn alone (no function to compute in it), in the terminal and to an image', () => {
    const data = 'x,y\n1,2\n2,3\n';
    for (const args of [['--dtype', 'float16'], ['--dtype', 'bfloat16', '--exact'], ['--dtype', 'float32', '-o', '-', '--format', 'svg']]) {
      const r = act(['plot', ...args], { input: data });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^act: --dtype \w+ computes the functions drawn in the type, and there are none: the input data is drawn as it is; give a function or drop --dtype\n$/);
    }
    // with a function the data is drawn beside it, as before
    const r = act(['plot', 'gelu', '--dtype', 'float16', '-w', '40', '-H', '8'], { input: data });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0].trim()).toBe('float16 gelu, y');
  });
});

describe('act info --dtype', () => {
  it("reports where f' becomes exactly 0, as the torch fixture has it, and where f is exactly its limit", () => {
    for (const [name, dtype] of [['sigmoid', 'bfloat16'], ['tanh', 'float32'], ['gelu', 'float32'], ['elu', 'bfloat16']] as const) {
      const r = act(['info', name, '--dtype', dtype, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const p = (JSON.parse(r.stdout) as { precision: { dtype: string; derivativeZero: { left: number | null; right: number | null }; limit: { right: { value: number; from: number } | null } } }).precision;
      expect(p.dtype).toBe(dtype);
      const want = fixture.dtypes[dtype]!.cases[name].zeros;
      for (const side of ['left', 'right'] as const) {
        if (want[side] === null) expect(p.derivativeZero[side], `${name} ${side}`).toBeNull();
        else expect(Math.abs(p.derivativeZero[side]! - want[side]!), `${name} ${side}`).toBeLessThanOrEqual(fixture.step);
      }
    }
    const sig = JSON.parse(act(['info', 'sigmoid', '--dtype', 'bfloat16', '--format', 'json']).stdout).precision;
    expect(sig.limit.right).toEqual({ value: 1, from: 6.234375 });
  });

  it('says it in the text and Markdown, with the largest error over the default range', () => {
    const text = act(['info', 'sigmoid', '--dtype', 'bfloat16', '--no-chart']).stdout;
    expect(text).toContain('In bfloat16, as PyTorch computes it: torch.sigmoid(x)');
    expect(text).toMatch(/zero gradient +f' is exactly 0 for x ≤ -88\.75 and x ≥ 6\.23438/);
    expect(text).toMatch(/error of f' +at most 100% relative on \[-10, 10\]/);
    const md = act(['info', 'gelu', '--dtype', 'float32', '--format', 'md', '--no-chart']).stdout;
    expect(md).toContain('### In float32, as PyTorch computes it: F.gelu(x)');
    expect(md).toContain('oneDNN');
    // without --dtype, nothing of it
    expect(act(['info', 'sigmoid', '--no-chart']).stdout).not.toContain('PyTorch computes');
    // the chart draws the type's curves
    const charted = act(['info', 'sigmoid', '--dtype', 'bfloat16']).stdout;
    expect(charted).toContain("f and f' on [-10, 10], in bfloat16 as PyTorch computes them");
    expect(charted).toMatch(/── bfloat16 sigmoid +┄┄ bfloat16 sigmoid'/);
  });

  it('refuses a function without a PyTorch kernel', () => {
    const r = act(['info', 'x*tanh(x)', '--dtype', 'float32']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^act: --dtype float32: x\*tanh\(x\) is an expression/);
  });
});

describe('act gradient --dtype', () => {
  const run = (args: string[]) => {
    const r = act(['gradient', ...args, '--depth', '30', '--width', '64', '--batch', '16', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    return parseCsv(r.stdout.replace(/^(\w+ )?(\w+),/gm, (_m, t: string | undefined) => `${t ? '1' : '0'},`)).rows;
  };
  it('in float16 the vanishing gradient underflows to exactly 0, where float64 keeps it small but alive', () => {
    const exact = run(['sigmoid']);
    const half = run(['sigmoid', '--dtype', 'float16']);
    expect(exact[0][2]).toBeGreaterThan(0);
    expect(exact[0][2]).toBeLessThan(1e-10); // far below float16's smallest subnormal, 6e-8
    expect(half[0][2]).toBe(0);
    expect(half[29][2]).toBeGreaterThan(0); // next to the output it is still there
    let firstAlive = 0;
    while (half[firstAlive][2] === 0) firstAlive++;
    expect(firstAlive).toBeGreaterThan(5);
  });
  it('in float32 a healthy network (ReLU, He) matches float64 to float32 precision', () => {
    const exact = run(['relu', '--init', 'he']);
    const single = run(['relu', '--init', 'he', '--dtype', 'float32']);
    for (let l = 0; l < 30; l++) expect(Math.abs(single[l][2] / exact[l][2] - 1), `layer ${l + 1}`).toBeLessThan(1e-5);
  });
  it('labels the rows with the type, and refuses a function without a PyTorch kernel', () => {
    const r = act(['gradient', 'tanh', '--depth', '3', '--width', '4', '--batch', '2', '--format', 'csv', '--dtype', 'bfloat16']);
    expect(r.stdout.split('\n')[1]).toMatch(/^bfloat16 tanh,1,/);
    const bad = act(['gradient', 'squareplus', '--dtype', 'bfloat16']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^act: --dtype bfloat16: squareplus has no PyTorch kernel/);
  });
});
