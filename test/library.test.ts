/** The library works from another project: `import { activations, evaluate } from 'act-activations'` (or require), typed. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

describe('library from another project', () => {
  const dir = mkdtempSync(join(tmpdir(), 'act-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'act-activations'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');

  it('imports and evaluates', () => {
    writeFileSync(
      join(dir, 'use.mjs'),
      `import { activations, evaluate, linspace } from 'act-activations';
console.log(JSON.stringify({ n: activations.length, y: [...evaluate('gelu', linspace(-1, 1, 3))], dy: [...evaluate('elu(alpha=0.5)', [-1], { derivative: true })] }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' }));
    expect(out.n).toBeGreaterThanOrEqual(38);
    expect(out.y[1]).toBe(0);
    expect(out.y[2]).toBeCloseTo(0.8413447460685429, 15);
    expect(out.dy[0]).toBeCloseTo(0.5 * Math.exp(-1), 15);
  });

  it('is the same library through require(), for CommonJS projects, images included', () => {
    writeFileSync(
      join(dir, 'use.cjs'),
      `const { activations, evaluate, chartOptions, chartSpec, parseSpec, renderImage, sampleSeries } = require('act-activations');
const series = sampleSeries([parseSpec('gelu')], { from: -3, to: 3, points: 61 });
Promise.all([import('act-activations'), renderImage(chartSpec(series, chartOptions(series)), 'png')]).then(([m, png]) =>
  console.log(JSON.stringify({ n: activations.length, same: m.evaluate === evaluate, y: [...evaluate('mish', [1])], png: [...png.subarray(0, 8)] })));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['use.cjs'], { cwd: dir, encoding: 'utf8' }));
    expect(out.n).toBeGreaterThanOrEqual(38);
    expect(out.same).toBe(true); // one module instance behind both: no dual-package hazard
    expect(out.y[0]).toBeCloseTo(0.8650983882673103, 15);
    // an image loads vega from CommonJS too (dist/vega-core.js is an ES module, imported on demand)
    expect(out.png).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('type-checks against the published declarations, and rejects misuse', () => {
    const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    );
    writeFileSync(
      join(dir, 'use.ts'),
      `import { activations, evaluate, plot, renderImage, chartSpec, chartOptions, sampleSeries, parseSpec, type Activation } from 'act-activations';
const first: Activation = activations[0];
const y: Float64Array = evaluate(first, [1, 2]);
export const n: number = y.length + first.name.length;
const series = sampleSeries([parseSpec('gelu')], { from: -1, to: 1, points: 3 });
export const png: Promise<Uint8Array> = renderImage(chartSpec(series, chartOptions(series)), 'png');
export const svg: Promise<string> = plot('gelu');
export const pdf: Promise<Uint8Array> = plot('gelu', { format: 'pdf' });`,
    );
    execFileSync(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8' });
    writeFileSync(
      join(dir, 'use.ts'),
      `import { evaluate, plot } from 'act-activations';\nexport const s: string = evaluate('gelu', [1]);\nexport const t: Promise<string> = plot('gelu', { format: 'png' });\n`,
    );
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      output = String((e as { stdout: string }).stdout);
    }
    expect(output).toMatch(/Float64Array.* is not assignable to type 'string'/);
    // the published overloads: a PNG is bytes
    expect(output).toMatch(/use\.ts\(3,.*Promise<Uint8Array.*is not assignable to type 'Promise<string>'/);
    // two tsc runs over vega-lite's types: about 10 s of CPU, three times that on a loaded 2-core machine
  }, 120_000);
});
