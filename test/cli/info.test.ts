/** `act info` through the real bin/act. */
import { describe, expect, it } from 'vitest';
import { act } from '../helpers/cli.js';

const ESC = '\u001b';

describe('act info', () => {
  it('prints the name, formulas, ranges, kinks, properties, notes and a chart', () => {
    const r = act(['info', 'gelu']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('gelu — Gaussian error linear unit x·Φ(x), with the exact normal CDF.');
    expect(lines[1]).toBe('also known as gelu_exact, gelu_erf');
    for (const row of [
      'formula          f(x) = x·Φ(x) = x/2·(1 + erf(x/√2))',
      "derivative       f'(x) = Φ(x) + x·φ(x)",
      'parameters       none',
      'range of f       [-0.169971, ∞)',
      "range of f'      [-0.128904, 1.1289]",
      'kinks            none',
      "monotonic        no: f' takes both signs",
      'continuity       C^∞ (smooth, every derivative is continuous)',
      'zero-centred     yes: f(0) = 0 and f takes both signs',
      'bounded          below only',
      "saturates        yes: f' → 0 as x → -∞",
      'self-gated       yes: f(x) = x·g(x), with a gate g that rises from 0 to 1',
      "identity near 0  no: f(0) = 0, f'(0) = 0.5",
      'cost             expensive: erfc, and exp for the derivative',
    ]) {
      expect(lines).toContain(row);
    }
    expect(r.stdout).toMatch(/^use case {9}Transformers/m);
    expect(r.stdout).toMatch(/^limitations {6}\S/m);
    expect(r.stdout).toMatch(/^reference {8}Hendrycks & Gimpel/m);
    expect(r.stdout).toContain("f and f' on [-5, 5]\n");
    expect(r.stdout).toMatch(/── gelu {3}┄┄ gelu'\n$/);
    expect(r.stdout).not.toContain(ESC); // stdout is a pipe: no colours
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('states the ranges for the parameters given', () => {
    const r = act(['info', 'elu(alpha=0.5)']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^elu\(alpha=0\.5\) — /);
    expect(r.stdout).toContain('range of f       (-0.5, ∞)\n');
    expect(r.stdout).toContain("range of f'      (0, 0.5] ∪ {1}\n");
    expect(r.stdout).toContain('parameters       alpha = 0.5 (default 1; a number ≥ 0): saturation value');
    expect(r.stdout).toContain('kinks            0 (');
    expect(r.stdout).toContain('continuity       C^0 (');
    expect(act(['info', 'elu']).stdout).toContain('continuity       C^1 (');
  });

  it('widens the chart to show kinks outside the usual range', () => {
    expect(act(['info', 'hardtanh(min=-5, max=2)']).stdout).toContain("f and f' on [-6, 3]\n");
  });

  it('says "see act gradient" for sigmoid and tanh', () => {
    for (const name of ['sigmoid', 'tanh']) expect(act(['info', name, '--no-chart']).stdout.replace(/\s+/g, ' ')).toContain('see act gradient');
  });

  it('describes vector functions as such', () => {
    const r = act(['info', 'softmax']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kind             vector:');
    expect(r.stdout).toContain('range of f       (0, 1): each output; the outputs sum to 1');
    expect(r.stdout).toContain('identity near 0  no (a vector function)');
  });

  it('--no-chart leaves the chart out; --color forces colours', () => {
    expect(act(['info', 'relu', '--no-chart']).stdout).not.toContain("f and f' on");
    expect(act(['info', 'relu', '--color']).stdout).toContain(`${ESC}[9`);
    expect(act(['info', 'relu', '--color'], { env: { NO_COLOR: '1' } }).stdout).toContain(`${ESC}[9`);
  });

  it("colours by act plot's rule without --color: FORCE_COLOR turns them on off a terminal, NO_COLOR off", () => {
    expect(act(['info', 'relu'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}[9`);
    expect(act(['info', 'relu'], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(act(['info', 'relu'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('refuses --canvas where no chart is drawn (--format json, --no-chart), as act plot -o does', () => {
    const json = act(['info', 'relu', '--format', 'json', '--canvas', 'braille']);
    expect([json.code, json.stdout, json.stderr]).toEqual([2, '', 'act: --canvas applies to the chart; --format json has none\n']);
    const none = act(['info', 'relu', '--no-chart', '--canvas', 'ascii']);
    expect([none.code, none.stdout, none.stderr]).toEqual([2, '', 'act: --canvas applies to the chart; --no-chart leaves it out\n']);
    expect(act(['info', 'relu', '--format', 'md', '--canvas', 'ascii']).stdout).toContain('-- relu');
  });

  it('--format md: a section with LaTeX in $$ blocks, a property table and the chart as text', () => {
    const r = act(['info', 'gelu', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('## gelu\n')).toBe(true);
    expect(r.stdout).toContain('$$\nf(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\frac{x}{\\sqrt 2}\\right)\n$$');
    expect(r.stdout).toContain("$$\nf'(x) = \\Phi(x) + x\\,\\varphi(x)\n$$");
    expect(r.stdout).toContain('| Range of f | [-0.169971, ∞) |');
    expect(r.stdout).toContain('**Reference.** Hendrycks & Gimpel');
    expect(r.stdout).toMatch(/```text\n[\s\S]*┤[\s\S]*\n```\n$/);
    expect(act(['info', 'relu', '--format', 'md', '--color']).stdout).not.toContain(ESC);
  });

  it('--format json: the description, with infinities as strings', () => {
    const r = act(['info', 'elu(alpha=0.5)', '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.name).toBe('elu');
    expect(d.params).toEqual([{ name: 'alpha', value: 0.5, default: 1, domain: 'a number ≥ 0', doc: 'saturation value -alpha for x → -∞', aliases: [] }]);
    expect(d.range).toEqual({ text: '(-0.5, ∞)', pieces: [{ lo: -0.5, hi: 'Infinity', loClosed: false, hiClosed: false }] });
    expect(d.derivativeRange.text).toBe('(0, 0.5] ∪ {1}');
    expect(d.properties).toEqual({ monotonic: 'increasing', continuity: 0, zeroCentred: true, saturates: 'left', selfGated: false, nearIdentity: false });
    expect(d.kinks).toEqual([0]);
    expect(d.notes.reference).toMatch(/Clevert/);
  });

  it('an unknown name: the closest matches, exit 2', () => {
    const r = act(['info', 'gleu']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^act: unknown function "gleu" \(did you mean [^)]*\bgelu\b/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('bad parameters, formats and argument counts: one line, exit 2', () => {
    for (const args of [['info', 'elu(alpha=-1)'], ['info', 'gelu', '--format', 'pdf'], ['info'], ['info', 'relu', 'gelu']]) {
      const r = act(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^act: /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });
});
