/** Every example in examples/ runs, and says what it should: none of them may rot. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const run = (file: string, args: string[] = []) =>
  spawnSync('bash', [join(ROOT, 'examples', file), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('examples', () => {
  it('csv-pipeline.sh', () => {
    const r = run('csv-pipeline.sh');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^steepest GELU: 1\.41,/); // GELU' peaks at √2
    expect(lines[1]).toMatch(/^max \|gelu - gelu_tanh\| = 0\.000473 at x = -2\.7$/);
    expect(lines[2]).toBe('x,relu');
    expect(lines).toContain('0,0.5,0');
  });
});
