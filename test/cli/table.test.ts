/** `act table` through the real bin/act. */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { act } from '../helpers/cli.js';

describe('act table', () => {
  it('text with --wide: a header, a rule and one line per function', () => {
    const r = act(['table', '--wide']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + activations.length);
    expect(lines[2]).toMatch(/^sigmoid\s+\(0, 1\)\s+\(0, 0\.25\]\s+C\^∞\s+yes\s+both sides\s+moderate$/);
    expect(lines[4]).toMatch(/^relu\s+\[0, ∞\)\s+\{0, 1\}\s+C\^0\s+yes\s+x → -∞\s+cheap$/);
  });

  it('md, csv and json', () => {
    const md = act(['table', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe("| Function | f(x) | f'(x) | Range | Range of f' | Continuity | Monotonic | Saturates | Cost |");
    const csv = act(['table', '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toMatch(/^function,formula,derivative,range,/);
    expect(csv.stdout.trimEnd().split('\n')).toHaveLength(1 + activations.length);
    const json = JSON.parse(act(['table', '--format', 'json']).stdout);
    expect(json).toHaveLength(activations.length);
  });

  it('the text form fits COLUMNS (80 off a terminal), wrapping cells and leaving out what cannot fit, and says so', () => {
    for (const [env, width] of [[{}, 80], [{ COLUMNS: '80' }, 80], [{ COLUMNS: '60' }, 60], [{ COLUMNS: '40' }, 40], [{ COLUMNS: '120' }, 120]] as const) {
      const r = act(['table'], { env });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.filter((l) => [...l].length > width), `COLUMNS=${width}`).toEqual([]);
      // every function still starts a line of its own
      for (const a of activations) expect(lines.some((l) => l.startsWith(`${a.name}`)), a.name).toBe(true);
    }
    const at80 = act(['table'], { env: { COLUMNS: '80' } }).stdout;
    expect(at80.split('\n')[0]).toMatch(/^Function\s+Range\s+Range of f'/);
    expect(at80).toMatch(/\n\(.+ left out to fit 80 columns; act table --wide has them\)\n$/);
    // a wrapped signature continues one column in, under its name
    expect(at80).toMatch(/\nsoftplus\(beta=1,\s.*\n threshold=∞\)/);
    const wide = act(['table'], { env: { COLUMNS: '1000' } }).stdout;
    expect(wide).toBe(act(['table', '--wide'], { env: { COLUMNS: '40' } }).stdout);
    expect(wide).not.toContain('left out');
  });

  it('md, csv and json ignore the width', () => {
    for (const format of ['md', 'csv', 'json']) {
      expect(act(['table', '--format', format], { env: { COLUMNS: '40' } }).stdout).toBe(act(['table', '--format', format], { env: { COLUMNS: '1000' } }).stdout);
    }
  });

  it('refuses --wide with md, csv and json, which are never fitted to a width', () => {
    for (const format of ['md', 'csv', 'json']) {
      const r = act(['table', '--format', format, '--wide']);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `act: --wide applies to the text table; --format ${format} is never fitted to a width\n`]);
    }
  });

  it('a bad format: one line, exit 2', () => {
    const r = act(['table', '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: --format must be one of text, md, csv, json, got "html"\n');
  });
});
