/**
 * Start-up stays light: the CLI bundle (everything `act eval`, `act list` and the terminal chart
 * load) holds none of vega, vega-lite, node-canvas or resvg. They sit in the image command's own
 * bundle and its chunks, which only image output imports.
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
  const cli = join(ROOT, 'dist/cli.cjs');
  const image = join(ROOT, 'dist/commands/plot-image.js');

  it('the CLI is one file, and loads no image renderer until an image is asked for', () => {
    const code = readFileSync(cli, 'utf8');
    expect(code).not.toMatch(/require\("\.{1,2}\//); // nothing of its own to read besides itself
    expect(code).not.toMatch(HEAVY);
    expect(code).not.toMatch(/importNodeCanvas|import\("@resvg/);
    expect(code).toMatch(/import\("\.\/commands\/plot-image\.js"\)/);
  });

  it('the image command does load them (so the check above looks for the right thing)', () => {
    const code = readFileSync(image, 'utf8');
    expect(code).toMatch(/async function importNodeCanvas\(/);
    expect(code).toMatch(/import\("@resvg\/resvg-js"\)/);
    const all = [...staticClosure(image)].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toMatch(HEAVY); // d3-color, for checking --colors
    const lazy = [...all.matchAll(/import\("(\.{1,2}\/[^"]+)"\)/g)].flatMap((m) => [...staticClosure(join(dirname(image), m[1]))]);
    expect(lazy.map((f) => readFileSync(f, 'utf8')).join('\n')).toMatch(/node_modules\/vega-view\//);
  });
});
