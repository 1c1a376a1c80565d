/** The catalog table in its four formats, built from the descriptions (no benchmark here). */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { toSpec } from '../../src/spec/evaluate.js';
import { describeSpec } from '../../src/info/describe.js';
import { rangeText } from '../../src/info/range-text.js';
import { rightHandSide, tableText, type TableEntry } from '../../src/info/table.js';

const entries: TableEntry[] = activations.map((a) => ({ description: describeSpec(toSpec(a)) }));

/** Cells of a Markdown table row, with \| kept inside its cell. */
const mdCells = (line: string): string[] => line.slice(2, -2).split(/(?<!\\)\| /).map((c) => c.trim());

/** Fields of a CSV line (RFC 4180 quoting). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(field), (field = '');
    else field += ch;
  }
  out.push(field);
  return out;
}

describe('act table', () => {
  it('rightHandSide drops "f(x) =" and keeps the rest', () => {
    expect(rightHandSide('f(x) = x·Φ(x) = x/2·(1 + erf(x/√2))')).toBe('x·Φ(x) = x/2·(1 + erf(x/√2))');
    expect(rightHandSide("∂f_i/∂x_i = f_i (1 - f_i)")).toBe('f_i (1 - f_i)');
    expect(rightHandSide('x')).toBe('x');
  });

  it('Markdown: one row per function, every row with the header\'s cells, formulas as code', () => {
    const lines = tableText(entries, 'md').trimEnd().split('\n');
    expect(lines).toHaveLength(2 + activations.length);
    const header = mdCells(lines[0]);
    expect(header).toEqual(['Function', 'f(x)', "f'(x)", 'Range', "Range of f'", 'Continuity', 'Monotonic', 'Saturates', 'Cost']);
    lines.slice(2).forEach((line, i) => {
      const cells = mdCells(line);
      expect(cells).toHaveLength(header.length);
      expect(cells[0]).toMatch(new RegExp(`^\`${activations[i].name}[(\`]`));
      expect(cells[1].startsWith('`')).toBe(true);
    });
    const softsign = lines.find((l) => l.startsWith('| `softsign`'))!;
    expect(softsign).toContain('\\|x\\|'); // |x| escaped inside the table
    expect(lines.find((l) => l.startsWith('| `sigmoid`'))).toContain('| (0, 0.25] | C<sup>∞</sup> | yes | both sides | moderate |');
  });

  it('CSV: a header of keys and one row per function, with the extra property columns', () => {
    const lines = tableText(entries, 'csv').trimEnd().split('\n');
    expect(lines).toHaveLength(1 + activations.length);
    const header = csvFields(lines[0]);
    expect(header).toEqual(['function', 'formula', 'derivative', 'range', 'derivative_range', 'continuity', 'monotonic', 'zero_centred', 'bounded', 'saturates', 'self_gated', 'near_identity', 'cost', 'cost_ops']);
    const rows = lines.slice(1).map(csvFields);
    for (const r of rows) expect(r).toHaveLength(header.length);
    const gelu = rows.find((r) => r[0] === 'gelu')!;
    expect(gelu.slice(3)).toEqual(['[-0.169971, ∞)', '[-0.128904, 1.1289]', 'C^∞', 'no', 'yes', 'below only', 'x → -∞', 'yes', 'no', 'expensive', 'erfc, and exp for the derivative']);
  });

  it('JSON: the full description of every function, infinities as strings', () => {
    const parsed = JSON.parse(tableText(entries, 'json')) as { name: string; range: { text: string; pieces: { hi: unknown }[] } }[];
    expect(parsed.map((p) => p.name)).toEqual(activations.map((a) => a.name));
    parsed.forEach((p, i) => expect(p.range.text).toBe(rangeText(entries[i].description.range)));
    expect(parsed.find((p) => p.name === 'relu')!.range.pieces[0].hi).toBe('Infinity');
  });

  it('text: aligned columns without the formulas', () => {
    const lines = tableText(entries, 'text').trimEnd().split('\n');
    expect(lines).toHaveLength(2 + activations.length);
    expect(lines[0]).toMatch(/^Function\s+Range\s+Range of f'\s+Continuity\s+Monotonic\s+Saturates\s+Cost$/);
    const rangeColumn = lines[0].indexOf('Range');
    for (const line of lines.slice(2)) expect(line[rangeColumn - 1]).toBe(' ');
    expect(lines.find((l) => l.startsWith('softmin '))).toMatch(/\[-0\.25, 0\)\s+C\^∞\s+yes, decreasing\s+both sides\s+moderate$/);
  });

  it('adds measured columns when there are costs', () => {
    const withCost = entries.map((e, i) => ({ ...e, cost: { f: i + 0.5, df: 1234.5 } }));
    const md = tableText(withCost, 'md').split('\n');
    expect(mdCells(md[0]).slice(-2)).toEqual(['ns f', "ns f'"]);
    expect(mdCells(md[2]).slice(-2)).toEqual(['0.50', '1235']);
    expect(csvFields(tableText(withCost, 'csv').split('\n')[0]).slice(-2)).toEqual(['ns_f', 'ns_df']);
    expect(JSON.parse(tableText(withCost, 'json'))[0].costNs).toEqual({ f: 0.5, df: 1234.5 });
  });
});
