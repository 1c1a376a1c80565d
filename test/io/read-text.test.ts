import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../src/core/errors.js';
import { readBoundedText } from '../../src/io/read-text.js';

const read = (chunks: Buffer[], maxBytes = 1 << 20, maxLine?: number) => readBoundedText(Readable.from(chunks), { maxBytes, maxLine, what: 'the script' });

describe('readBoundedText', () => {
  it('reads the whole text, in any chunking', async () => {
    const text = 'plot relu\n# é\neval gelu -n 3\n';
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) expect(await read([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(text);
  });

  it('refuses a line over the limit, a NUL byte and too much text, naming the line', async () => {
    await expect(read([Buffer.from('a\nbbbbbbbbbbb\nc\n')], 100, 10)).rejects.toThrow(new RuntimeError('the script: line 2: longer than 10 bytes'));
    await expect(read([Buffer.from('a\nbbbbb'), Buffer.from('bbbbbb')], 100, 10)).rejects.toThrow('the script: line 2: longer than 10 bytes');
    await expect(read([Buffer.from('a\nb\n'), Buffer.from('c\u0000')])).rejects.toThrow('the script: line 3: binary data (a NUL byte), not text');
    await expect(read([Buffer.alloc(64, 'x\n'), Buffer.alloc(64, 'y\n')], 100)).rejects.toThrow('the script is longer than 0 MB');
    await expect(read(Array.from({ length: 20 }, () => Buffer.alloc(65536, 49)))).rejects.toThrow('the script: line 1: longer than 1 MB');
  });
});
