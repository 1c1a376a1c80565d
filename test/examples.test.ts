/** Every example in examples/ runs, and says what it should: none of them may rot. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PNG } from 'pngjs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const run = (file: string, args: string[] = []) =>
  spawnSync('bash', [join(ROOT, 'examples', file), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

// examples/seed-figures.sh is run by test/cli/plot-image.test.ts, which checks each figure's colour.
describe('examples', () => {
  it('csv-pipeline.sh', () => {
    const r = run('csv-pipeline.sh');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^steepest GELU: 1\.41,/); // GELU' peaks at √2
    expect(lines[1]).toMatch(/^max \|gelu - gelu_tanh\| = 0\.000473 at x = -2\.7$/);
    // relu(gelu(x)): with --column gelu the first column holds gelu's values, and says so (README)
    expect(lines[2]).toBe('gelu,relu');
    expect(lines).toContain('0,0.5,0');
  });

  it('plot-data.sh: act eval | act plot, PyTorch\'s float32 GELU as dots beside act\'s, and its error, as charts and PNGs', () => {
    const out = mkdtempSync(join(tmpdir(), 'act-example-'));
    const r = run('plot-data.sh', [out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/── gelu {3}━━ gelu_tanh/);
    expect(r.stdout).toMatch(/── gelu {3}◆ torch_gelu/);
    expect(r.stdout).toMatch(/── torch - exact/);
    expect(r.stdout).toMatch(/3e-7 ┤/); // float32's error, on its own scale
    for (const name of ['torch-gelu.png', 'torch-gelu-error.png']) {
      const image = PNG.sync.read(readFileSync(join(out, name)));
      expect([image.width, image.height]).toEqual([1280, 960]);
    }
  });

  it('compare-params.sh: ELU at four alphas, as a chart, numbers and a PNG', () => {
    const png = join(mkdtempSync(join(tmpdir(), 'act-example-')), 'elu.png');
    const r = run('compare-params.sh', [png]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ELU at several alphas');
    expect(r.stdout).toMatch(/elu\(alpha=0\.5\).*elu\(alpha=2\)/);
    expect(r.stdout).toContain('0,0,0.5,0,1,0,1.5,0,2\n'); // f'(0) from the left is alpha
    const image = PNG.sync.read(readFileSync(png));
    expect([image.width, image.height]).toEqual([1280, 960]);
    expect(r.stdout).toContain(`wrote ${png}`);
  });

  it('api.ts: the library evaluates, plots in one call (SVG, PNG, text, Vega-Lite), and gives info and gradient facts', () => {
    const svg = join(mkdtempSync(join(tmpdir(), 'act-example-')), 'api.svg');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', 'api.ts'), svg], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('x=1  gelu=0.841345  elu\'(alpha=0.5)=1.000000  quick=0.845796');
    expect(r.stdout).toContain(`elu(-1) = ${Math.expm1(-1)}`);
    expect(r.stdout).toContain("gelu, gelu', relu, relu'");
    expect(r.stdout).toMatch(/── gelu\s+┄┄ gelu'\s+━━ relu\s+┅┅ relu'/);
    expect(r.stdout).toMatch(/^PNG: \d+ bytes, starting PNG$/m);
    expect(r.stdout).toContain('Vega-Lite: https://vega.github.io/schema/vega-lite/v6.json');
    expect(r.stdout).toContain('family: alpha=0.5, alpha=1, alpha=2');
    expect(r.stdout).toMatch(/^HTML page: <!DOCTYPE html>, 1\.\d\d MB$/m);
    expect(r.stdout).toContain("info: elu(alpha=0.5) has range (-0.5, ∞), f'(0) = 0.5");
    expect(r.stdout).toMatch(/^gradient: sigmoid layer 1 norm [\d.e-]+, layer 10 [\d.e-]+$/m);
    const text = readFileSync(svg, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('GELU and ReLU');
  });

  it("the README's Library section is api.ts's code, word for word", () => {
    const api = readFileSync(join(ROOT, 'examples', 'api.ts'), 'utf8');
    const code = /\/\/ README:begin\n([\s\S]*?)\/\/ README:end/.exec(api)?.[1];
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /## Library\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    expect(block).toBe(code);
  });

  it('api.ts piped into head ends quietly', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" --import tsx examples/api.ts | head -1`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/^x=-3 {2}gelu=/);
    expect(r.stderr).toBe('');
  });
});
