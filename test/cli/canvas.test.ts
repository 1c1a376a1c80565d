/** --canvas box|braille|ascii, and the fallback to ascii where the terminal may show nothing else. */
import { describe, expect, it } from 'vitest';
import { plot } from '../../src/index.js';
import { act } from '../helpers/cli.js';

const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;
const BRAILLE = /[\u2801-\u28ff]/;
const BOX = /[─│╭╮╰╯┤└┬]/;

describe('the ascii canvas', () => {
  it('is the default where the locale is not UTF-8, or TERM=dumb: only printable ASCII', () => {
    for (const env of [{ LANG: 'C' }, { LANG: 'POSIX' }, { LANG: 'en_US.ISO-8859-1' }, { LANG: '' }, { LC_ALL: 'C', LANG: 'C.UTF-8' }, { TERM: 'dumb' }]) {
      const r = act(['plot', 'relu', 'gelu', '-d'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout, JSON.stringify(env)).toMatch(PRINTABLE_ASCII);
      expect(r.stdout.split('\n').length).toBe(25);
    }
  });

  it('--canvas ascii in a UTF-8 locale, for act plot, its facets, act info and act gradient', () => {
    for (const args of [['plot', 'relu', 'gelu', '-d'], ['plot', 'relu', 'gelu', '--facet'], ['info', 'gelu'], ['gradient', 'relu', '--depth', '5', '--width', '8', '--batch', '4']]) {
      const chart = act([...args, '--canvas', 'ascii']);
      expect(chart.code, args.join(' ')).toBe(0);
      // info's text around the chart keeps its own characters (the formula x·Φ(x)): its chart has no box characters
      if (args[0] === 'info') expect(chart.stdout).not.toMatch(/[─│╭╮╰╯┤└┬━┃┈┊]/);
      else expect(chart.stdout, args.join(' ')).toMatch(PRINTABLE_ASCII);
      expect(chart.stdout).toMatch(/\+-+\+/);
    }
  });

  it("keeps each line style apart: - = for the functions, : ; (dotted) for their derivatives", () => {
    const legend = act(['plot', 'relu', 'gelu', '-d', '--canvas', 'ascii']).stdout.trimEnd().split('\n').at(-1)!;
    expect(legend.trim()).toBe("-- relu   :: relu'   == gelu   ;; gelu'");
  });

  it('the box canvas in a UTF-8 locale, as before', () => {
    expect(act(['plot', 'relu']).stdout).toMatch(BOX);
    expect(act(['plot', 'relu'], { env: { LANG: 'en_US.UTF-8' } }).stdout).toMatch(BOX);
  });
});

describe('the braille canvas', () => {
  it("shows gelu's dip at 40x8: dots below the level of its left tail", () => {
    const r = act(['plot', 'gelu', '--canvas', 'braille', '-w', '40', '-H', '8']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(BRAILLE);
    const rows = r.stdout.split('\n');
    // the zero row: the left tail runs along it; the dip takes lower dots (the braille cell's rows 2-4, not row 1 alone)
    const zero = rows.find((l) => /^\s*0 [┼┤]/.test(l))!;
    const cells = [...zero.slice(zero.indexOf('0') + 2)].filter((c) => BRAILLE.test(c)).map((c) => c.codePointAt(0)! - 0x2800);
    const tail = cells[0];
    expect(cells.some((bits) => bits > tail && (bits & ~tail & 0xf6) !== 0)).toBe(true);
  });

  it('draws a jump in the column of its x', () => {
    const lines = act(['plot', 'binary_step', '--canvas', 'braille', '-w', '30', '-H', '8', '--from', '-2', '--to', '2']).stdout.split('\n');
    const axis = lines.find((l) => l.includes('└'))!;
    const zeroTick = [...axis].indexOf('┬', [...axis].indexOf('┬') + 1); // the second tick: x = 0
    const column = lines.filter((l) => /[│┤]/.test(l)).map((l) => [...l][zeroTick]);
    expect(column.filter((c) => c === '⡇').length).toBeGreaterThanOrEqual(2);
  });

  it('the legend shows braille samples; the library draws it too', async () => {
    expect(act(['plot', 'relu', '--canvas', 'braille']).stdout.trimEnd().split('\n').at(-1)!.trim()).toBe('⠒⠒⠒ relu');
    expect(await plot('gelu', { format: 'text', canvas: 'braille', width: 40, height: 10 })).toMatch(BRAILLE);
    expect(await plot('gelu', { format: 'text', canvas: 'ascii', width: 40, height: 10 })).toMatch(PRINTABLE_ASCII);
  });

  it('runs in act batch as on the command line', () => {
    const r = act(['batch'], { input: 'plot gelu --canvas braille -w 40 -H 8\nplot gelu --canvas ascii -w 40 -H 8\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(act(['plot', 'gelu', '--canvas', 'braille', '-w', '40', '-H', '8']).stdout + act(['plot', 'gelu', '--canvas', 'ascii', '-w', '40', '-H', '8']).stdout);
  });
});

describe('--canvas is for the terminal', () => {
  it('with -o is a usage error; an unknown canvas too', () => {
    const r = act(['plot', 'relu', '--canvas', 'braille', '-o', '-', '--format', 'svg']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: --canvas applies to the terminal chart; -o/--format writes an image\n');
    const bad = act(['plot', 'relu', '--canvas', 'dots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('act: --canvas must be one of box, braille, ascii, got "dots"\n');
  });
});
