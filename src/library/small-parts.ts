/**
 * The smallest parts the library exports (value sets, grid points, text panels), their
 * arguments checked at the edge (library/check.ts): contains(range, 'x') was false,
 * panelsPerRow(0) NaN, gridPoint(0, 1, 0, 5) 0 for a grid of no points.
 */
import { UsageError } from '../core/errors.js';
import { gridPoint as plainGridPoint } from '../core/grid.js';
import { contains as plainContains, hull as plainHull, type ValueSet } from '../core/range.js';
import { composePanels as plainCompose, panelsPerRow as plainPerRow, panelWidth as plainPanelWidth } from '../render/panels.js';
import { checkStringList, checkWholeNumber, shown } from './check.js';

function checkValueSet(name: string, set: unknown): void {
  const pieces = (set as { pieces?: unknown } | null)?.pieces;
  if (typeof set !== 'object' || set === null || !Array.isArray(pieces)) throw new UsageError(`${name}: set must be a value set (rangeOf, derivativeRangeOf), got ${shown(set)}`);
}

function checkNumber(name: string, v: unknown): void {
  if (typeof v !== 'number') throw new UsageError(`${name} must be a number, got ${shown(v)}`);
}

/** Whether v is in the set (a range from rangeOf or derivativeRangeOf). */
export function contains(set: ValueSet, v: number): boolean {
  checkValueSet('contains', set);
  checkNumber('contains: v', v);
  return plainContains(set, v);
}

/** The smallest and largest ends of the set. */
export function hull(set: ValueSet): { lo: number; hi: number } {
  checkValueSet('hull', set);
  return plainHull(set);
}

/** The i-th of n evenly spaced points from `from` to `to`, both included. */
export function gridPoint(from: number, to: number, n: number, i: number): number {
  for (const [name, v] of [['from', from], ['to', to]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new UsageError(`gridPoint: ${name} must be a finite number, got ${shown(v)}`);
  }
  checkWholeNumber('gridPoint: n', n, 1, Number.MAX_SAFE_INTEGER, true);
  checkWholeNumber('gridPoint: i', i, 0, n - 1, true);
  return plainGridPoint(from, to, n, i);
}

/** How many panels of at least `minWidth` columns fit side by side in `width` (at least one), at most `wanted`. */
export function panelsPerRow(width: number, minWidth: number, wanted: number): number {
  checkWholeNumber('panelsPerRow: width', width, 1, Number.MAX_SAFE_INTEGER, true);
  checkWholeNumber('panelsPerRow: minWidth', minWidth, 1, Number.MAX_SAFE_INTEGER, true);
  checkWholeNumber('panelsPerRow: wanted', wanted, 1, Number.MAX_SAFE_INTEGER, true);
  return plainPerRow(width, minWidth, wanted);
}

/** The width of each of `columns` panels side by side in `width` columns. */
export function panelWidth(width: number, columns: number): number {
  checkWholeNumber('panelWidth: width', width, 1, Number.MAX_SAFE_INTEGER, true);
  checkWholeNumber('panelWidth: columns', columns, 1, Number.MAX_SAFE_INTEGER, true);
  return plainPanelWidth(width, columns);
}

/** Text panels in rows of `columns`, a blank line between rows. */
export function composePanels(panels: readonly string[], columns: number): string {
  if (!Array.isArray(panels)) throw new UsageError(`composePanels: panels must be an array of texts, got ${shown(panels)}`);
  checkStringList('composePanels: panels', panels);
  checkWholeNumber('composePanels: columns', columns, 1, Number.MAX_SAFE_INTEGER, true);
  return plainCompose(panels, columns);
}
