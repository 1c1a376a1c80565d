import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readableStack } from '../../src/cli/debug-stack.js';
import { ROOT } from '../helpers/cli.js';

/** The 1-based line and column of a text in the built CLI bundle. */
function placeInBundle(text: string): string {
  const code = readFileSync(join(ROOT, 'dist/main.cjs'), 'utf8');
  const at = code.indexOf(text);
  expect(at).toBeGreaterThan(0);
  const before = code.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('readableStack', () => {
  it('maps frames in act bundles to places in the sources, and leaves every other line alone', () => {
    // a string that only src/cli/program.ts holds
    const place = placeInBundle('the whole catalog in one table');
    const stack = ['Error: boom', `    at f (dist/main.cjs:${place})`, `    at dist/main.cjs:${place}`, '    at Array.map (<anonymous>)', '    at g (node:internal/x:1:2)', '    at h (dist/none.cjs:1:1)'].join('\n');
    const lines = readableStack(stack).split('\n');
    expect(lines[0]).toBe('Error: boom');
    expect(lines[1]).toMatch(/^ {4}at f \(src\/cli\/program\.ts:\d+:\d+\)$/);
    expect(lines[2]).toMatch(/^ {4}at src\/cli\/program\.ts:\d+:\d+$/);
    expect(lines.slice(3)).toEqual(['    at Array.map (<anonymous>)', '    at g (node:internal/x:1:2)', '    at h (dist/none.cjs:1:1)']);
  });
});
