/**
 * Start-up stays light: the bundle's entry and the chunks it imports statically (everything
 * `act eval` and `act list` load) hold none of vega, vega-lite, node-canvas or resvg. They sit in
 * chunks that only image output imports dynamically.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const HEAVY = /node_modules\/(vega|vega-[a-z-]+|canvas|@resvg\/[a-z-]+|d3-[a-z-]+)\//;

/** The files a module loads before it runs: its static imports, recursively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;(]*?\bfrom\s*"(\.[^"]+)"|(?:^|\n)\s*import\s*"(\.[^"]+)"/g)) {
    staticClosure(join(dirname(file), m[1] ?? m[2]), seen);
  }
  return seen;
}

describe('start-up', () => {
  it('the CLI entry loads no image renderer until an image is asked for', () => {
    const entry = join(ROOT, 'dist/cli.js');
    const loaded = [...staticClosure(entry)];
    expect(loaded.length).toBeGreaterThan(1); // the closure is followed into the chunks
    for (const file of loaded) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(HEAVY);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/importNodeCanvas|import\("@resvg/);
    }
    expect(readFileSync(entry, 'utf8')).toMatch(/import\("\.\/chunks\/plot-image-[\w-]+\.js"\)/);
  });

  it('the image chunk does load them (so the check above looks for the right thing)', () => {
    const entry = readFileSync(join(ROOT, 'dist/cli.js'), 'utf8');
    const chunk = /import\("\.\/(chunks\/plot-image-[\w-]+\.js)"\)/.exec(entry)![1];
    const code = readFileSync(join(ROOT, 'dist', chunk), 'utf8');
    expect(code).toMatch(/async function importNodeCanvas\(/);
    expect(code).toMatch(/import\("@resvg\/resvg-js"\)/);
    const all = [...staticClosure(join(ROOT, 'dist', chunk))].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toMatch(HEAVY); // d3-color, for checking --colors
    const lazy = [...code.matchAll(/import\("(\.\/[^"]+)"\)/g)].flatMap((m) => [...staticClosure(join(ROOT, 'dist/chunks', m[1]))]);
    expect(lazy.map((f) => readFileSync(f, 'utf8')).join('\n')).toMatch(/node_modules\/vega-view\//);
  });
});
