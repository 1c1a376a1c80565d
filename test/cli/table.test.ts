/** `act table` through the real bin/act. */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { act } from '../helpers/cli.js';

describe('act table', () => {
  it('text by default: a header, a rule and one line per function', () => {
    const r = act(['table']);
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

  it('--cost measures ns per evaluation of f and f\' for every function', () => {
    const r = act(['table', '--cost', '--format', 'csv'], { timeout: 120_000 });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].endsWith(',ns_f,ns_df')).toBe(true);
    expect(lines).toHaveLength(1 + activations.length);
    for (const line of lines.slice(1)) {
      const [f, df] = line.split(',').slice(-2).map(Number);
      expect(f, line).toBeGreaterThan(0);
      expect(df, line).toBeGreaterThan(0);
    }
  });

  it('a bad format: one line, exit 2', () => {
    const r = act(['table', '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('act: --format must be one of text, md, csv, json, got "html"\n');
  });
});
