/** The legend: one entry per series (its line sample and label), wrapped into lines that fit. */
import { fitText, textWidth } from './text.js';
import type { LineStyle } from './styles.js';

export interface LegendEntry {
  readonly sample: string;
  readonly label: string;
  readonly ink: number;
}

export interface LegendLine {
  readonly width: number;
  /** Entries with their start column within the line. */
  readonly entries: readonly (LegendEntry & { readonly at: number })[];
}

const SEPARATOR = 3;

/** A series' entry: its line sample, or its point symbol for points alone. */
export function legendEntry(label: string, style: LineStyle, ink: number, point?: string): LegendEntry {
  return { sample: point ?? style.sample, label, ink };
}

/** Entries laid out left to right, a new line when the next would not fit; a label too long for a line is cut. */
export function legendLines(entries: readonly LegendEntry[], width: number): LegendLine[] {
  const lines: LegendLine[] = [];
  let current: (LegendEntry & { at: number })[] = [];
  let used = 0;
  for (const entry of entries) {
    const label = fitText(entry.label, width - textWidth(entry.sample) - 1);
    const size = textWidth(entry.sample) + 1 + textWidth(label);
    if (current.length && used + SEPARATOR + size > width) {
      lines.push({ width: used, entries: current });
      current = [];
      used = 0;
    }
    const at = current.length ? used + SEPARATOR : 0;
    current.push({ ...entry, label, at });
    used = at + size;
  }
  if (current.length) lines.push({ width: used, entries: current });
  return lines;
}
