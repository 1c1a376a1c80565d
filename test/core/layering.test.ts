/**
 * src/core is the ground floor: it imports nothing else of act's (DESIGN.md, "Layout"). Spec
 * resolution, which needs the catalog and the expression language, lives in src/spec/ above them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '../../src/core');
// static imports, re-exports and dynamic import('...'), in code and in type positions alike
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]);
}

/** The relative imports of every source file in src/core that resolve outside it. */
function escapes(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(CORE, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|mts|cts|js|mjs)$/.test(name)) continue;
    const file = join(CORE, name);
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const target = relative(CORE, resolve(dirname(file), spec));
      if (target.startsWith('..')) out.push(`${name} imports ${spec}`);
    }
  }
  return out;
}

describe('layering', () => {
  it('src/core imports nothing of act outside src/core', () => {
    expect(escapes()).toEqual([]);
  });

  it('the scan sees an import that climbs out of src/core', () => {
    const sample = `import { x } from '../expr/activation.js';\nexport { y } from './params.js';\nconst m = await import('../render/image.js');`;
    const found = [...sample.matchAll(IMPORT)].map((m) => m[1]);
    expect(found).toEqual(['../expr/activation.js', './params.js', '../render/image.js']);
  });
});
