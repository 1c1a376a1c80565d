/**
 * `act table`: the catalog as one table, after Wikipedia's table of activation functions (function,
 * derivative, range, order of continuity, monotonic), with the range of f', saturation and cost.
 */
import type { Description } from './describe.js';
import type { CostMeasure } from './cost.js';
import { descriptionJson, jsonText } from './info-json.js';
import { cell, code, table } from './markdown.js';
import { boundedText, continuityText, monotonicText, saturationText, yesNo } from './property-text.js';
import { rangeText } from './range-text.js';
import { csvField } from '../io/csv.js';
import { textTable as fittedTable } from '../render/ascii/text-table.js';
import { wrapWords } from '../render/ascii/wrap.js';

export type TableFormat = 'text' | 'md' | 'csv' | 'json';

export interface TableEntry {
  readonly description: Description;
  /** Measured with --cost. */
  readonly cost?: CostMeasure;
}

interface Column {
  readonly key: string;
  readonly header: string;
  readonly value: (e: TableEntry) => string;
  /** The Markdown cell, when it differs from the plain value. */
  readonly md?: (e: TableEntry) => string;
  /** Only in CSV (too wide, or too detailed, for the text and Markdown tables). */
  readonly csvOnly?: boolean;
  /** Not in the text table (the formulas: `act info` shows them). */
  readonly notText?: boolean;
}

/** The right-hand side of "f(x) = ...": the table's header already names the function. */
export function rightHandSide(formula: string): string {
  const i = formula.indexOf(' = ');
  return i < 0 ? formula : formula.slice(i + 3);
}

const ns = (v: number): string => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));

const COLUMNS: readonly Column[] = [
  { key: 'function', header: 'Function', value: (e) => e.description.signature, md: (e) => code(e.description.signature) },
  { key: 'formula', header: 'f(x)', value: (e) => rightHandSide(e.description.formula.text), md: (e) => code(rightHandSide(e.description.formula.text)), notText: true },
  { key: 'derivative', header: "f'(x)", value: (e) => rightHandSide(e.description.derivative.text), md: (e) => code(rightHandSide(e.description.derivative.text)), notText: true },
  { key: 'range', header: 'Range', value: (e) => rangeText(e.description.range) },
  { key: 'derivative_range', header: "Range of f'", value: (e) => rangeText(e.description.derivativeRange) },
  {
    key: 'continuity',
    header: 'Continuity',
    value: (e) => continuityText(e.description.properties.continuity),
    md: (e) => continuityText(e.description.properties.continuity).replace(/\^(.+)$/, '<sup>$1</sup>'),
  },
  { key: 'monotonic', header: 'Monotonic', value: (e) => monotonicText(e.description.properties.monotonic) },
  { key: 'zero_centred', header: 'Zero-centred', value: (e) => yesNo(e.description.properties.zeroCentred), csvOnly: true },
  { key: 'bounded', header: 'Bounded', value: (e) => boundedText(e.description.bounded), csvOnly: true },
  { key: 'saturates', header: 'Saturates', value: (e) => saturationText(e.description.properties.saturates) },
  { key: 'self_gated', header: 'Self-gated', value: (e) => yesNo(e.description.properties.selfGated), csvOnly: true },
  { key: 'near_identity', header: 'Identity near 0', value: (e) => yesNo(e.description.properties.nearIdentity), csvOnly: true },
  { key: 'cost', header: 'Cost', value: (e) => e.description.cost.level },
  { key: 'cost_ops', header: 'Operations', value: (e) => e.description.cost.ops, csvOnly: true },
];

const COST_COLUMNS: readonly Column[] = [
  { key: 'ns_f', header: 'ns f', value: (e) => (e.cost ? ns(e.cost.f) : '') },
  { key: 'ns_df', header: "ns f'", value: (e) => (e.cost ? ns(e.cost.df) : '') },
];

function columns(entries: readonly TableEntry[]): readonly Column[] {
  return entries.some((e) => e.cost) ? [...COLUMNS, ...COST_COLUMNS] : COLUMNS;
}

/** Text columns dropped, in this order, when wrapping cannot fit the width (act info has them all). */
const DROP_ORDER = ['cost', 'monotonic', 'continuity', 'saturates'];

function textTable(entries: readonly TableEntry[], width: number): string {
  const cols = columns(entries).filter((c) => !c.csvOnly && !c.notText);
  const droppable = DROP_ORDER.map((key) => cols.findIndex((c) => c.key === key)).filter((j) => j >= 0);
  const fitted = fittedTable(
    cols.map((c) => c.header),
    entries.map((e) => cols.map((c) => c.value(e))),
    { width, droppable },
  );
  const left = fitted.dropped.join(' and ');
  if (!fitted.dropped.length) return fitted.text;
  const note = wrapWords(`(${left} left out to fit ${width} columns; act table --wide has them)`, width);
  return `${fitted.text}\n${note.join('\n')}\n`;
}

function markdownTable(entries: readonly TableEntry[]): string {
  const cols = columns(entries).filter((c) => !c.csvOnly);
  return `${table(
    cols.map((c) => cell(c.header)),
    entries.map((e) => cols.map((c) => (c.md ? c.md(e) : cell(c.value(e))))),
  ).join('\n')}\n`;
}

function csvTable(entries: readonly TableEntry[]): string {
  const cols = columns(entries);
  const rows = [cols.map((c) => c.key), ...entries.map((e) => cols.map((c) => c.value(e)))];
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

function jsonTable(entries: readonly TableEntry[]): string {
  return jsonText(entries.map((e) => ({ ...descriptionJson(e.description), ...(e.cost ? { costNs: e.cost } : {}) })));
}

/** The table in a format; the text form fits `width` columns (Infinity: every column at full width). */
export function tableText(entries: readonly TableEntry[], format: TableFormat, width = Infinity): string {
  if (format === 'md') return markdownTable(entries);
  if (format === 'csv') return csvTable(entries);
  if (format === 'json') return jsonTable(entries);
  return textTable(entries, width);
}
