/**
 * The script of act's HTML page (bundled for the browser by scripts/build.mjs into
 * dist/html-runtime.js): the parts of vega that draw and interact, the rows made from act's
 * columns, and a tooltip that shows act's numbers as they are (shortest round-trip, every digit).
 */
import { transforms } from 'vega-dataflow';
import * as encode from 'vega-encode';
import { expressionInterpreter } from 'vega-interpreter';
import { parse } from 'vega-parser';
import * as tx from 'vega-transforms';
import { extend } from 'vega-util';
import { View } from 'vega-view';
import * as vtx from 'vega-view-transforms';
import type { HtmlData } from '../render/html-spec.js';

extend(transforms, tx, vtx, encode);

interface Row {
  series: string;
  x: number;
  y: number | null;
  f: number | string | null;
  df: number | string | null;
  lo: number | null;
  hi: number | null;
  /** The --vary member's value. */
  member: number | null;
  line: boolean;
}

/** The rows the chart draws: y is null where the value cannot be drawn (not finite; not positive on a log axis), as in the image. */
function rowsOf(data: HtmlData): Row[] {
  const rows: Row[] = [];
  for (const s of data.series) {
    const xs = data.xs[s.x];
    const other = s.partner !== null ? data.series[s.partner].v : s.c;
    for (let i = 0; i < xs.length; i++) {
      const v = s.v[i];
      const y = typeof v === 'number' && (!data.logy || v > 0) ? v : null;
      const o = other ? other[i] : null;
      rows.push({ series: s.series, x: xs[i], y, f: s.derivative ? o : v, df: s.derivative ? v : o, lo: s.lo, hi: s.hi, member: s.value, line: s.line });
    }
  }
  return rows;
}

/** The tooltip's lines: x, f and f' as act computed them; String() is the shortest round-trip form. */
function tooltipText(row: Row, data: HtmlData): string {
  const lines = [`series: ${row.series}`];
  // the member's own value: the slider may sit between two unevenly spaced ones
  if (data.vary && row.member !== null) lines.push(`${data.vary.name} = ${String(row.member)}`);
  lines.push(`${data.names.x} = ${String(row.x)}`);
  if (row.f !== null) lines.push(`${data.names.f} = ${String(row.f)}`);
  if (row.df !== null) lines.push(`${data.names.df} = ${String(row.df)}`);
  return lines.join('\n');
}

/** What showMemberValue needs of the view. */
interface Signals {
  signal(name: string): unknown;
  addSignalListener(name: string, handler: (name: string, value: unknown) => void): unknown;
}

/** The member a slider position shows: the value whose positions [lo, hi) hold it. */
function memberAt(data: HtmlData, position: number): number | undefined {
  return data.series.find((s) => s.value !== null && (s.lo === null || position >= s.lo) && (s.hi === null || position < s.hi))?.value ?? undefined;
}

/**
 * The slider's label says the member drawn: vega's shows the position, which between unevenly
 * spaced values (alpha=0.1,1,10: positions 0.1, 1, 1.9, ... 10) is a value act did not compute.
 */
function showMemberValue(view: Signals, data: HtmlData): void {
  const label = document.querySelector<HTMLElement>('.vega-bind input[type=range] + span');
  const show = (position: unknown) => {
    const value = memberAt(data, Number(position));
    if (label && value !== undefined) label.textContent = String(value);
  };
  view.addSignalListener('member', (_name: string, position: unknown) => show(position));
  show(view.signal('member'));
}

async function main(): Promise<void> {
  const { vega: spec, data } = JSON.parse(document.getElementById('act-chart')!.textContent!) as { vega: { data: { name: string; values?: unknown }[] }; data: HtmlData };
  const source = spec.data.find((d) => d.name === 'curves');
  if (source) source.values = rowsOf(data);
  const tip = document.getElementById('act-tooltip')!;
  const view = new View(parse(spec as never, undefined, { ast: true } as never), { renderer: 'svg', container: '#chart', hover: true, expr: expressionInterpreter as never } as never);
  view.tooltip((_handler: unknown, event: MouseEvent, item: { datum?: Row } | null, value: unknown) => {
    if (!item?.datum || value == null || !('x' in item.datum)) {
      tip.style.display = 'none';
      return;
    }
    tip.textContent = tooltipText(item.datum, data);
    tip.style.display = 'block';
    tip.style.left = `${event.clientX + 12}px`;
    tip.style.top = `${event.clientY + 12}px`;
  });
  if (data.vary) showMemberValue(view, data);
  await view.runAsync();
  (window as unknown as { actView: unknown }).actView = view;
  document.body.dataset.ready = 'true';
}

main().catch((e: unknown) => {
  document.body.dataset.ready = 'error';
  console.error(e);
});
