/** README's generated blocks (the catalog table, the example outputs) are what act prints now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedBlocks } from '../scripts/readme.mjs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README.md', () => {
  const blocks = generatedBlocks(readme);

  it('holds the catalog table and the act info example', () => {
    expect(blocks.map((b) => b.args)).toEqual(expect.arrayContaining(['table --format md', 'info gelu']));
  });

  for (const b of blocks) {
    it(`the block of \`act ${b.args}\` is current (npm run readme:table rewrites it)`, () => {
      expect(b.current).toBe(b.wanted);
    });
  }
});
