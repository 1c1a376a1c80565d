/**
 * The package as a user gets it: `npm pack`, then `npm install <tarball>` into an empty project
 * (from the npm registry: resvg), and there the CLI draws in the terminal, a PNG and a PDF, and
 * the library draws from an ES module and from CommonJS, typed. The install stays at most 15 MB,
 * builds nothing native, and the tarball holds only what runs.
 * Slow (a pack and an install): in the test:slow suite.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { readPng } from '../helpers/image.js';

const MB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'act-package-'));
const project = join(work, 'project');
let tarball = '';
let files: string[] = [];

/** Bytes of the files under a folder (symbolic links not followed). */
function folderBytes(folder: string): number {
  let sum = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: false }) as string[]) {
    const stats = lstatSync(join(folder, entry));
    if (stats.isFile()) sum += stats.size;
  }
  return sum;
}

function npm(args: string[], cwd: string): string {
  // npm_config_* from the npm running the tests (npm test) would change what these runs do
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function run(args: string[], cwd = project): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cli.cjs')), 'dist/ is built (npm ci or npm run build)').toBe(true);
  // dist/ as built by npm ci / npm test; the pack itself runs no scripts
  const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT))[0] as { filename: string; files: { path: string }[]; size: number; unpackedSize: number };
  tarball = join(work, packed.filename);
  files = packed.files.map((f) => f.path);
  console.log(`act package: tarball ${(packed.size / MB).toFixed(2)} MB, unpacked ${(packed.unpackedSize / MB).toFixed(2)} MB, ${files.length} files`);
  execFileSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', tarball], project);
}, 300_000);

describe('the packed package', () => {
  it('holds only what runs: no code caches, public types only, the licence', () => {
    expect(files).toContain('LICENSE');
    expect(files).toContain('bin/act');
    expect(files).toContain('dist/types/index.d.ts');
    expect(files.filter((f) => f.endsWith('.cache'))).toEqual([]);
    // the CLI's modules are not the library's
    expect(files.filter((f) => /^dist\/types\/cli\//.test(f))).toEqual([]);
    expect(files.filter((f) => /^(src|test|scripts|bench|examples)\//.test(f))).toEqual([]);
  });

  it('installs into an empty project in at most 15 MB, with resvg as its only dependency and nothing built', () => {
    const modules = join(project, 'node_modules');
    const bytes = folderBytes(modules);
    console.log(`act package: installed ${(bytes / MB).toFixed(2)} MB`);
    expect(bytes).toBeLessThanOrEqual(15 * MB);
    const packages = readdirSync(modules).filter((p) => !p.startsWith('.')).flatMap((p) => (p.startsWith('@') ? readdirSync(join(modules, p)).map((q) => `${p}/${q}`) : [p]));
    expect(packages.sort()).toEqual(['@resvg/resvg-js', expect.stringMatching(/^@resvg\/resvg-js-[\w-]+$/), 'act-activations'].sort());
    // nothing compiled: no node-gyp build folder anywhere
    expect((readdirSync(modules, { recursive: true }) as string[]).filter((f) => f.endsWith('binding.gyp') || /(^|\/)build\/Release$/.test(f))).toEqual([]);
  });

  it('act plot draws in the terminal, and writes a PNG and a PDF', () => {
    const act = join(project, 'node_modules/act-activations/bin/act');
    const terminal = run([act, 'plot', 'gelu']);
    expect(terminal.stderr).toBe('');
    expect(terminal.stdout).toContain('gelu');
    expect(run([act, 'plot', 'gelu', '-o', 'g.png']).code).toBe(0);
    const png = readPng(readFileSync(join(project, 'g.png')));
    expect([png.width, png.height]).toEqual([1280, 960]);
    const pdf = run([act, 'plot', 'gelu', '--title', 'Packed GELU', '-o', 'g.pdf']);
    expect(pdf.stderr).toBe('');
    expect(readFileSync(join(project, 'g.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (spawnSync('pdftotext', ['-v']).status === 0 || process.env.CI === 'true') {
      expect(execFileSync('pdftotext', [join(project, 'g.pdf'), '-'], { encoding: 'utf8' })).toContain('Packed GELU');
    }
    expect(run([act, 'doctor']).stdout).toMatch(/^\[ok\] PNG {10}resvg/m);
    // the page's script ships in dist/ and is inlined
    const page = run([act, 'plot', 'elu', '--vary', 'alpha=0.2:2', '-d', '-o', 'e.html']);
    expect(page.stderr).toBe('');
    const html = readFileSync(join(project, 'e.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(readFileSync(join(project, 'node_modules/act-activations/dist/html-runtime.js'), 'utf8').slice(0, 2000));
  });

  it('the library draws from an ES module and from CommonJS, and type-checks strictly', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { evaluate, plot } from 'act-activations';
const png = await plot('gelu', { format: 'png' });
const html = await plot('elu', { format: 'html', vary: 'alpha=0.5,1,2' });
console.log(JSON.stringify({ y: evaluate('gelu', [1])[0], png: [...png.subarray(1, 4)], html: html.slice(0, 15) }));`,
    );
    const esm = run(['esm.mjs']);
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual({ y: 0.8413447460685429, png: [0x50, 0x4e, 0x47], html: '<!DOCTYPE html>' });
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { plot } = require('act-activations');
plot(['relu', 'gelu'], { derivative: true, format: 'pdf' }).then((pdf) => console.log(Buffer.from(pdf.subarray(0, 5)).toString('latin1')));`,
    );
    const cjs = run(['cjs.cjs']);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout).toBe('%PDF-\n');
    // the declarations name no package the install lacks (vega's types are stand-ins)
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }));
    writeFileSync(
      join(project, 'use.ts'),
      `import { chartOptions, chartSpec, evaluate, parseSpec, plot, renderImage, sampleSeries } from 'act-activations';
const series = sampleSeries([parseSpec('gelu')], { from: -3, to: 3, points: 61 });
export const svg: Promise<string> = renderImage(chartSpec(series, chartOptions(series)), 'svg');
export const png: Promise<Uint8Array> = plot('gelu', { format: 'png' });
export const page: Promise<string> = plot('elu', { format: 'html', vary: { name: 'alpha', values: [0.5, 1] } });
export const y: Float64Array = evaluate('gelu', [1]);`,
    );
    const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
    const typed = run([tsc, '-p', '.']);
    expect(typed.stdout + typed.stderr).toBe('');
    expect(typed.code).toBe(0);
  });
});
