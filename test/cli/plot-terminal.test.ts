/** `act plot` in the terminal, through the real bin/act: whole charts, colours, sizes, errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { actInPty } from '../helpers/pty.js';

// eslint-disable-next-line no-control-regex
const ESCAPE = /\x1b\[[0-9;]*m/g;
const visible = (text: string): string => text.replace(ESCAPE, '');
const widths = (text: string): number[] => visible(text).trimEnd().split('\n').map((l) => [...l].length);

/** The chart; stderr must be empty, or the one warning line expected. */
function plot(args: string[], env: Record<string, string> = {}, warning = ''): string {
  const r = act(['plot', ...args], { env });
  expect(r.stderr).toBe(warning);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('act plot: golden charts (80x24 when stdout is not a terminal)', () => {
  const cases: [string, string[]][] = [
    ['one-function.txt', ['gelu']],
    ['several-functions.txt', ['relu', 'gelu', 'swish', '--from', '-5', '--to', '5']],
    ['derivative.txt', ['sigmoid', '-d', '--hline', '0.5']],
    ['only-derivative.txt', ['hardsigmoid', '--only-derivative', '--title', 'hardsigmoid′ = 1/6 on (-3, 3)']],
    ['tiny-range.txt', ['gelu', '--from', '1', '--to', '1.000001']],
    ['non-finite.txt', ['exponential', '--from', '700', '--to', '720']],
    ['softmax.txt', ['softmax', '--from', '-3', '--to', '3']],
    ['constant.txt', ['binary_step', '--from', '1', '--to', '4']],
    ['kinks.txt', ['hardtanh(min=-2,max=3)', 'relu6', '--from', '-4', '--to', '8', '--width', '61', '--height', '16']],
    ['labels.txt', ['tanh', '--xlabel', 'x', '--ylabel', 'tanh(x)', '--title', 'the hyperbolic tangent', '-w', '50', '-H', '15']],
  ];
  const warnings: Record<string, string> = {
    'non-finite.txt': 'act: warning: exponential: ∞ from x ≈ 709.783\n',
  };
  for (const [file, args] of cases) {
    it(`act plot ${args.join(' ')}`, () => {
      const out = plot(args, {}, warnings[file]);
      expect(out).not.toMatch(ESCAPE);
      const height = args.includes('--height') ? Number(args[args.indexOf('--height') + 1]) : args.includes('-H') ? Number(args[args.indexOf('-H') + 1]) : 24;
      expect(out.endsWith('\n')).toBe(true);
      expect(out.split('\n').length - 1).toBe(height);
      expectGolden(`plot/${file}`, out);
    });
  }

  it('--color: the same chart with ANSI colours, one per series, dim guides, bold title', () => {
    const out = plot(['relu', 'gelu', 'swish', '--from', '-5', '--to', '5', '--color']);
    expect(visible(out)).toBe(plot(['relu', 'gelu', 'swish', '--from', '-5', '--to', '5']));
    for (const code of ['\x1b[38;5;32m', '\x1b[38;5;166m', '\x1b[38;5;28m', '\x1b[90m', '\x1b[1m']) expect(out).toContain(code);
    expectGolden('plot/several-functions-color.txt', out);
  });
});

describe('act plot: the chart', () => {
  it('is complete at 80 columns: title, x labels one round step apart, a legend naming each series, no escape codes', () => {
    const out = plot(['relu', 'gelu', 'swish', '--from', '-5', '--to', '5'], { COLUMNS: '80' });
    expect(out).not.toMatch(ESCAPE);
    expect(Math.max(...widths(out))).toBeLessThanOrEqual(80);
    const lines = out.trimEnd().split('\n');
    expect(lines[0].trim()).toBe('relu, gelu, swish');
    const xLabels = lines.at(-2)!.trim().split(/\s+/);
    expect(xLabels).toEqual(['-4', '-2', '0', '2', '4']);
    expect(lines.at(-1)).toMatch(/── relu {3}━━ gelu {3}══ swish/);
  });

  it("matches the README's sample", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const command = '$ act plot sigmoid -d --hline 0.5 -w 64 -H 16\n';
    const sample = readme.slice(readme.indexOf(command) + command.length, readme.indexOf('```', readme.indexOf(command)));
    expect(sample).toBe(plot(['sigmoid', '-d', '--hline', '0.5', '-w', '64', '-H', '16']));
  });

  it('puts each x label under the tick mark of the column it names', () => {
    const lines = plot(['sigmoid']).trimEnd().split('\n');
    const axis = lines.at(-3)!;
    const labels = lines.at(-2)!;
    const ticks = [...axis].flatMap((c, i) => (c === '┬' ? [i] : []));
    const found = [...labels.matchAll(/-?[\d.]+/g)].map((m) => ({ text: m[0], middle: m.index! + Math.floor(m[0].length / 2) }));
    expect(found.map((f) => f.text)).toEqual(['-10', '-5', '0', '5', '10']);
    expect(found.map((f) => f.middle)).toEqual(ticks);
  });

  it('draws a jump and a corner in the column of the x value where they are', () => {
    const lines = plot(['binary_step', '--from', '-3', '--to', '3']).trimEnd().split('\n');
    const axis = lines.at(-3)!;
    const zero = lines.at(-2)!.indexOf(' 0 ') + 1;
    expect(axis[zero]).toBe('┬');
    // The step: its rise (│ and its corners) is in the column of 0 and nowhere else.
    const rising = lines.slice(1, -3).flatMap((l) => [...l].flatMap((c, i) => ('│╯╭'.includes(c) ? [i] : [])));
    expect(new Set(rising.filter((i) => i > 6))).toEqual(new Set([zero]));
  });

  it('honours COLUMNS and --width/--height: no line wider, exactly that many lines', () => {
    for (const [args, env, width, height] of [
      [[], { COLUMNS: '60' }, 60, 24],
      [['--width', '120', '--height', '30'], {}, 120, 30],
      [['--width', '20', '--height', '5'], {}, 20, 5],
      [['-w', '33', '-H', '9', '-d'], { COLUMNS: '200' }, 33, 9],
    ] as [string[], Record<string, string>, number, number][]) {
      const out = plot(['swish', ...args], env);
      const w = widths(out);
      expect(w.length).toBe(height);
      expect(Math.max(...w)).toBeLessThanOrEqual(width);
      expect(Math.max(...w)).toBeGreaterThanOrEqual(width - 3);
    }
  });

  it('NO_COLOR and --no-color mean no escape codes; --color forces them, even with NO_COLOR', () => {
    expect(plot(['gelu'], { NO_COLOR: '1' })).not.toMatch(ESCAPE);
    expect(plot(['gelu', '--no-color'])).not.toMatch(ESCAPE);
    expect(plot(['gelu', '--color'])).toMatch(ESCAPE);
    expect(plot(['gelu', '--color'], { NO_COLOR: '1' })).toMatch(ESCAPE);
  });

  it('leaves gaps for values that are not finite and draws the finite part', () => {
    const out = plot(['exponential', '--from', '700', '--to', '720'], {}, 'act: warning: exponential: ∞ from x ≈ 709.783\n');
    const plotRows = out.trimEnd().split('\n').slice(1, -3);
    const lastDrawn = Math.max(...plotRows.map((l) => l.trimEnd().length));
    const right = out.trimEnd().split('\n').at(-3)!.length;
    expect(lastDrawn).toBeLessThan(right - 20); // e^x overflows past x = 709.78: the right half is empty
    expect(out).toMatch(/── exponential \(∞ from x ≈ 709\.783\)\n$/);
  });

  it('says so when a series has no finite value at all', () => {
    const warning = 'act: warning: exponential: no finite values, ∞ from x ≈ 800\n';
    expect(plot(['exponential', '--from', '800', '--to', '900'], {}, warning)).toContain('exponential (no finite values; ∞ from x ≈ 800)');
  });

  it('notes that a vector function depends on the range and the number of points', () => {
    expect(plot(['softmax', '-n', '50'])).toContain('softmax (of a 50-point vector: depends on range and -n)');
  });

  it('--no-legend and --no-grid drop the legend and the zero lines', () => {
    const out = plot(['tanh', '--no-legend', '--no-grid']);
    expect(out).not.toContain('── tanh');
    expect(out).not.toMatch(/[┈┊]/);
    expect(plot(['tanh'])).toMatch(/[┈┊]/);
  });
});

describe('act plot: usage errors (exit 2, one line naming the option)', () => {
  const cases: [string[], Record<string, string>, RegExp][] = [
    [['gelu', '--from', '2', '--to', '1'], {}, /^act: --from must be less than --to, got --from 2 --to 1\n$/],
    [['gelu', '--from', '1', '--to', '1'], {}, /^act: --from must be less than --to/],
    [['gelu', '--from', 'inf'], {}, /^act: --from must be a finite number, got "inf"\n$/],
    [['gelu', '--to', 'nan'], {}, /^act: --to must be a finite number, got "nan"\n$/],
    [['gelu', '--width', '19'], {}, /^act: --width must be a whole number of columns from 20 to 1000 .*got 19\n$/],
    [['gelu', '--width', '40.5'], {}, /^act: --width must be a whole number/],
    [['gelu', '--height', '4'], {}, /^act: --height must be a whole number of rows from 5 to 1000 .*got 4\n$/],
    [['gleu'], {}, /^act: unknown function "gleu" \(did you mean .*gelu.*\)\n$/],
    [['gelu', '--scale', '2'], {}, /^act: --scale applies to image output \(-o FILE\)/],
  ];
  for (const [args, env, message] of cases) {
    it(`act plot ${args.join(' ')}${Object.keys(env).length ? ` (${JSON.stringify(env)})` : ''}`, () => {
      const r = act(['plot', ...args], { env });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    });
  }
});

describe('act plot in a real terminal (pseudo-terminal)', () => {
  it('fills the height of a 120x40 terminal, less a row for the prompt; off a terminal stays 80x24', () => {
    const { code, output } = actInPty(['plot', 'gelu'], { columns: 120, rows: 40 });
    expect(code).toBe(0);
    expect(widths(output).length).toBe(39);
    expect(widths(plot(['gelu'])).length).toBe(24);
  });

  it('fits the terminal width and colours each series', () => {
    const { code, output } = actInPty(['plot', 'relu', 'gelu', 'swish', '--from', '-5', '--to', '5'], { columns: 97, rows: 40 });
    expect(code).toBe(0);
    const w = widths(output);
    expect(w.length).toBe(39); // the terminal's rows less one for the prompt
    expect(Math.max(...w)).toBeLessThanOrEqual(97);
    expect(Math.max(...w)).toBeGreaterThanOrEqual(94);
    for (const code of ['\x1b[38;5;32m', '\x1b[38;5;166m', '\x1b[38;5;28m']) expect(output).toContain(code);
    expect(visible(output)).toMatch(/── relu {3}━━ gelu {3}══ swish/);
  });

  it('keeps to a short terminal, and to NO_COLOR and --no-color', () => {
    const short = actInPty(['plot', 'gelu'], { columns: 50, rows: 12 });
    expect(widths(short.output).length).toBe(11);
    expect(short.output).toMatch(ESCAPE);
    expect(actInPty(['plot', 'gelu'], { columns: 50, rows: 30 }, { NO_COLOR: '1' }).output).not.toMatch(ESCAPE);
    expect(actInPty(['plot', 'gelu', '--no-color'], { columns: 50, rows: 30 }).output).not.toMatch(ESCAPE);
  });

  it('draws at the narrowest width (20 columns) in a terminal narrower than that, and at most 1000 in a wider one', () => {
    const narrow = actInPty(['plot', 'gelu', '--no-color'], { columns: 15, rows: 30 });
    expect(narrow.code).toBe(0);
    expect(Math.max(...widths(narrow.output))).toBe(20);
    const wide = actInPty(['plot', 'gelu', '--no-color'], { columns: 1200, rows: 30 });
    expect(wide.code).toBe(0);
    expect(Math.max(...widths(wide.output))).toBeLessThanOrEqual(1000);
    expect(Math.max(...widths(wide.output))).toBeGreaterThan(900);
  });
});
