/** `act info` as text for the terminal: a heading, the formulas, then labelled facts and notes. */
import type { Description } from './describe.js';
import { factRows, frameworkRows, hasFrameworkFacts, noteRows, type FactRow } from './fact-rows.js';
import { numberText } from './range-text.js';
import { labelled, wrap } from './wrap.js';

/** The chart, already drawn, with its title. */
export interface InfoChart {
  readonly title: string;
  readonly lines: readonly string[];
}

/** A section of facts added under a heading (act info --dtype's). */
export interface InfoSection {
  readonly heading: string;
  readonly rows: readonly FactRow[];
}

const WIDTH = 80;
const LABEL = 17;

const block = (rows: readonly FactRow[]): string[] => rows.flatMap((r) => labelled(r.label, r.value, LABEL, WIDTH));

/** The chart's title: what it shows and over which x. */
export function chartTitle(from: number, to: number): string {
  return `f and f' on [${numberText(from)}, ${numberText(to)}]`;
}

/** The whole text, with the chart at the end if there is one. */
export function infoText(d: Description, chart?: InfoChart, precision?: InfoSection): string {
  const lines = [
    ...wrap(`${d.heading} — ${d.summary}`, WIDTH),
    ...(d.aliases.length ? [`also known as ${d.aliases.join(', ')}`] : []),
    '',
    ...block([
      { label: 'formula', value: d.formula.text },
      { label: 'derivative', value: d.derivative.text },
    ]),
    '',
    ...block(factRows(d)),
    '',
    ...block(noteRows(d)),
    ...(hasFrameworkFacts(d) ? ['', ...block(frameworkRows(d))] : []),
  ];
  if (precision) lines.push('', ...wrap(precision.heading, WIDTH), ...block(precision.rows));
  if (chart) lines.push('', chart.title, ...chart.lines);
  return `${lines.join('\n')}\n`;
}
