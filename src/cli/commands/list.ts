/** `act list`: the catalog, as text for people or CSV/JSON for scripts. */
import { activations } from '../../activations/index.js';
import { csvField } from '../../io/csv.js';
import { jsonText } from '../../info/info-json.js';
import { textWidth } from '../../render/ascii/text.js';
import { wrapWords } from '../../render/ascii/wrap.js';

export type ListFormat = 'text' | 'csv' | 'json';

interface Row {
  name: string;
  kind: string;
  aliases: string[];
  params: { name: string; default: number; doc: string }[];
  summary: string;
}

function rows(): Row[] {
  return activations.map((a) => ({
    name: a.name,
    kind: a.kind,
    aliases: [...a.aliases],
    params: Object.entries(a.params).map(([name, d]) => ({ name, default: d.default, doc: d.doc })),
    summary: a.summary,
  }));
}

const paramText = (r: Row): string => r.params.map((p) => `${p.name}=${p.default}`).join(', ');

const summaryOf = (r: Row): string => `${r.summary}${r.aliases.length ? ` [also: ${r.aliases.join(', ')}]` : ''}`;

/** Narrower than this beside the names, a summary goes under its name instead. */
const MIN_SUMMARY = 30;

/**
 * The text form: each name (with its parameters) and its summary beside it, wrapped to `width`
 * columns. The names' column is as wide as the names up to a third of the line; a longer name
 * takes a line of its own, with its summary under it in the summaries' column. When even that
 * leaves too little room, every summary goes under its name, indented.
 */
function textList(all: readonly Row[], width: number): string {
  const left = all.map((r) => (r.params.length ? `${r.name}(${paramText(r)})` : r.name));
  const widths = left.map(textWidth);
  const longest = Math.max(...widths);
  const fitsWhole = all.every((r, i) => longest + 2 + textWidth(summaryOf(r)) <= width);
  const cap = fitsWhole ? longest : Math.floor(width / 3);
  const nameWidth = Math.max(...widths.filter((w) => w <= cap), 0);
  const beside = width - nameWidth - 2 >= MIN_SUMMARY;
  const lines = all.flatMap((r, i) => {
    const summary = summaryOf(r);
    if (!beside) return [left[i], ...wrapWords(summary, width, 4)];
    const wrapped = wrapWords(summary, width, nameWidth + 2);
    if (widths[i] > nameWidth) return [left[i], ...wrapped];
    return [left[i] + wrapped[0].slice(widths[i]), ...wrapped.slice(1)];
  });
  return `${lines.join('\n')}\n`;
}

/** The catalog in a format; the text form fits `width` columns (Infinity: one line per function). */
export function listText(format: ListFormat, width = Infinity): string {
  const all = rows();
  // softplus's threshold defaults to Infinity: written "Infinity" as act info and act table write it, where plain JSON gives null
  if (format === 'json') return jsonText(all);
  if (format === 'csv') {
    const lines = ['name,kind,aliases,params,summary'];
    for (const r of all) lines.push([r.name, r.kind, r.aliases.join(' '), paramText(r), r.summary].map(csvField).join(','));
    return `${lines.join('\n')}\n`;
  }
  return textList(all, width);
}
