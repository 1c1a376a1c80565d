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

  it('refuses more values than its bound as soon as they come', async () => {
    let made = 0;
    const endless = (function* () {
      for (;;) {
        made++;
        yield Float64Array.of(1, 2, 3);
      }
    })();
    const all = async () => {
      for await (const c of wholeInput(endless, 10)) void c;
    };
    await expect(all()).rejects.toThrow(new RuntimeError('more than 1e1 x values: a vector function (softmax...) holds the whole input at once, at most as many as -n takes'));
    expect(made).toBe(4);
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
