/**
 * The library's one-call API from another project, as an ES module and through require(); and
 * importing it loads no vega (about 600 kB): that waits for the first image.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('the library in one call, from another project', () => {
  const dir = mkdtempSync(join(tmpdir(), 'act-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'act-activations'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  const run = (file: string, args: string[] = []) => JSON.parse(execFileSync(process.execPath, [...args, file], { cwd: dir, encoding: 'utf8' }));

  it('as an ES module: plot, info, gradientExperiment, checked evaluation', () => {
    writeFileSync(
      join(dir, 'one-call.mjs'),
      `import { findActivation, gradientExperiment, info, plot } from 'act-activations';
const png = await plot(['relu', 'gelu'], { format: 'png', derivative: true });
const svg = await plot('gelu');
let refused = '';
try { findActivation('elu').f(-1, { alhpa: 1 }); } catch (e) { refused = e.message; }
console.log(JSON.stringify({
  png: [...png.subarray(0, 8)], svg: svg.slice(0, 4), elu: findActivation('elu').f(-1, {}), refused,
  range: info('elu(alpha=0.5)').range.text, layers: gradientExperiment({ functions: 'relu', depth: 3, width: 8, batch: 2 }).results[0].layers.length,
}));`,
    );
    const out = run('one-call.mjs');
    expect(out.png).toEqual(PNG_SIGNATURE);
    expect(out.svg).toBe('<svg');
    expect(out.elu).toBe(Math.expm1(-1));
    expect(out.refused).toBe('elu: unknown parameter "alhpa" (elu takes alpha)');
    expect(out.range).toBe('(-0.5, ∞)');
    expect(out.layers).toBe(3);
  });

  it('through require(): the same calls', () => {
    writeFileSync(
      join(dir, 'one-call.cjs'),
      `const { findActivation, plot } = require('act-activations');
Promise.all([plot('gelu', { format: 'png', scale: 1 }), plot('gelu', { format: 'text', width: 40, height: 10 })]).then(([png, text]) =>
  console.log(JSON.stringify({ png: [...png.subarray(0, 8)], lines: text.split('\\n').length, elu: findActivation('elu').f(-1) })));`,
    );
    const out = run('one-call.cjs');
    expect(out.png).toEqual(PNG_SIGNATURE);
    expect(out.lines).toBe(11); // 10 rows and the final newline
    expect(out.elu).toBe(Math.expm1(-1));
  });

  it('import loads no vega module until the first image', () => {
    const log = join(dir, 'resolved.log');
    writeFileSync(join(dir, 'log-hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}`);
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./log-hooks.mjs', import.meta.url);`);
    writeFileSync(
      join(dir, 'lazy.mjs'),
      `import { readFileSync, writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(log)}, '');
const { evaluate, info, plot } = await import('act-activations');
evaluate('gelu', [1, 2]);
info('gelu');
await plot('gelu', { format: 'text' });
const before = readFileSync(${JSON.stringify(log)}, 'utf8').split('\\n').filter(Boolean);
await plot('gelu');
const after = readFileSync(${JSON.stringify(log)}, 'utf8').split('\\n').filter(Boolean);
console.log(JSON.stringify({ before, after }));`,
    );
    const { before, after } = run('lazy.mjs', ['--import', './register.mjs']);
    expect(before.some((u: string) => u.endsWith('/dist/index.js'))).toBe(true); // the hooks see the library load
    expect(before.filter((u: string) => /vega/.test(u))).toEqual([]);
    expect(after.some((u: string) => u.endsWith('/dist/vega-core.js'))).toBe(true);
    // vega is bundled into dist/vega-core.js (the package does not depend on it)
    expect(after.filter((u: string) => /node_modules\/vega/.test(u))).toEqual([]);
  });
});
