/**
 * Text charts set side by side: rendered panels (lines of text, ANSI colours allowed) laid out
 * in rows of `columns` panels, each padded to its width. Pure: texts in, text out.
 */
import { textWidth } from './ascii/text.js';

/** Columns between panels side by side. */
export const PANEL_GAP = 3;

const ANSI = /\x1b\[[0-9;]*m/g;
const visibleWidth = (line: string): number => textWidth(line.replace(ANSI, ''));

/** How many panels of at least `minWidth` columns fit side by side in `width` (at least one). */
export function panelsPerRow(width: number, minWidth: number, wanted: number): number {
  const fit = Math.max(1, Math.floor((width + PANEL_GAP) / (minWidth + PANEL_GAP)));
  return Math.max(1, Math.min(wanted, fit));
}

/** The width of each of `columns` panels side by side in `width` columns. */
export const panelWidth = (width: number, columns: number): number => Math.floor((width - PANEL_GAP * (columns - 1)) / columns);

/** Panels in rows of `columns`, a blank line between rows. */
export function composePanels(panels: readonly string[], columns: number): string {
  const rows: string[] = [];
  for (let at = 0; at < panels.length; at += columns) {
    const group = panels.slice(at, at + columns).map((p) => p.replace(/\n$/, '').split('\n'));
    const widths = group.map((lines) => Math.max(...lines.map(visibleWidth)));
    const height = Math.max(...group.map((lines) => lines.length));
    const lines: string[] = [];
    for (let i = 0; i < height; i++) {
      const cells = group.map((p, k) => {
        const line = p[i] ?? '';
        return k === group.length - 1 ? line : line + ' '.repeat(widths[k] - visibleWidth(line) + PANEL_GAP);
      });
      lines.push(cells.join('').trimEnd());
    }
    rows.push(lines.join('\n'));
  }
  return `${rows.join('\n\n')}\n`;
}
