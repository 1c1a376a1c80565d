import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/render/ascii/text-table.js';

const header = ['Name', 'Summary', 'Cost'];
const rows = [
  ['relu', 'rectified linear unit', 'cheap'],
  ['gelu', 'gaussian error linear unit', 'expensive'],
];

describe('textTable', () => {
  it('every column at its widest cell when the table fits', () => {
    const t = textTable(header, rows, { width: Infinity });
    expect(t.text).toBe('Name  Summary                     Cost\n----  --------------------------  ---------\nrelu  rectified linear unit       cheap\ngelu  gaussian error linear unit  expensive\n');
    expect(t.dropped).toEqual([]);
  });

  it('narrows the widest column and wraps its cells between words, one column in', () => {
    const t = textTable(header, rows, { width: 30 });
    expect(t.text.split('\n').every((l) => l.length <= 30)).toBe(true);
    expect(t.text).toContain('gelu  gaussian       expensive\n       error linear\n       unit\n');
    expect(t.dropped).toEqual([]);
  });

  it('drops the droppable columns, first first, when even the longest words do not fit', () => {
    const t = textTable(header, rows, { width: 20, droppable: [2] });
    expect(t.dropped).toEqual(['Cost']);
    expect(t.text).not.toContain('Cost');
    expect(t.text.split('\n').every((l) => l.length <= 20)).toBe(true);
  });
});
