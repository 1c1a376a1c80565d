import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../src/core/errors.js';
import { openInput, wholeInput } from '../../src/io/input-source.js';

describe('input sources', () => {
  it('joins chunks into the whole vector, in order', async () => {
    const chunks = [Float64Array.of(1, 2), Float64Array.of(), Float64Array.of(3)];
    const out: Float64Array[] = [];
    for await (const c of wholeInput(chunks)) out.push(c);
    expect(out).toEqual([Float64Array.of(1, 2, 3)]);
  });

  it('names the file it cannot read, and why', async () => {
    const read = async (path: string) => {
      for await (const chunk of openInput(path)) void chunk;
    };
    await expect(read('/no/such/file')).rejects.toThrow(new RuntimeError('cannot read /no/such/file: no such file'));
    const dir = mkdtempSync(join(tmpdir(), 'act-input-'));
    await expect(read(dir)).rejects.toThrow(`cannot read ${dir}: it is a folder`);
  });
});
