import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, csvRows, encodeCsvRows, maxRowBytes, numberFormat, numberWriter } from '../../src/io/csv.js';

describe('csv output', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('gelu')).toBe('gelu');
    expect(csvField('hardtanh(min=-2,max=3)')).toBe('"hardtanh(min=-2,max=3)"');
    expect(csvField('a"b')).toBe('"a""b"');
  });

  it('writes the header with derivative columns after their functions', () => {
    expect(csvHeader(['gelu', 'elu(alpha=0.5)'], true)).toBe("x,gelu,gelu',elu(alpha=0.5),elu(alpha=0.5)'\n");
    expect(csvHeader(['hardtanh(min=-2,max=3)'], false)).toBe('x,"hardtanh(min=-2,max=3)"\n');
  });

  it('writes numbers in their shortest round-trip form, or to a precision', () => {
    const shortest = numberFormat();
    for (const v of [0.1, 1 / 3, 1e-300, 5e-324, -1.7976931348623157e308, 123456789012345680]) {
      expect(Number(shortest(v))).toBe(v);
    }
    expect(shortest(Infinity)).toBe('Infinity');
    expect(shortest(-Infinity)).toBe('-Infinity');
    expect(shortest(NaN)).toBe('NaN');
    const three = numberFormat(3);
    expect(three(Math.PI)).toBe('3.14');
    expect(three(123456)).toBe('123000');
    expect(three(-Infinity)).toBe('-Infinity');
  });

  it('writes rows', () => {
    expect(csvRows([1, 2], [[3, 4], [5, 6]], numberFormat())).toBe('1,3,5\n2,4,6\n');
    expect(csvRows([1, 2, 3], [[4, 5, 6]], numberFormat(), 1, 2)).toBe('2,5\n');
  });

  it('encodes rows as bytes, the same text as csvRows', () => {
    const xs = [-10, -0.1, 0, 1 / 3, 5e-324, 12345.678, -Infinity, NaN];
    const columns = [xs.map((x) => x * Math.PI), xs.map((x) => -x / 7)];
    for (const precision of [undefined, 3, 17]) {
      const out = new Uint8Array(xs.length * maxRowBytes(columns.length));
      const end = encodeCsvRows(xs, columns, numberWriter(precision), out, 0);
      expect(new TextDecoder().decode(out.subarray(0, end))).toBe(csvRows(xs, columns, numberFormat(precision)));
    }
    const out = new Uint8Array(4 * maxRowBytes(1));
    const end = encodeCsvRows([1, 2, 3], [[4, 5, 6]], numberWriter(), out, 2, 1, 3);
    expect(new TextDecoder().decode(out.subarray(2, end))).toBe('2,5\n3,6\n');
  });
});
