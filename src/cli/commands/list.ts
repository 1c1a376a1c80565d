/** `act list`: the catalog, as text for people or CSV/JSON for scripts. */
import { activations } from '../../activations/index.js';
import { csvField } from '../../io/csv.js';

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

export function listText(format: ListFormat): string {
  const all = rows();
  if (format === 'json') return `${JSON.stringify(all, null, 2)}\n`;
  if (format === 'csv') {
    const lines = ['name,kind,aliases,params,summary'];
    for (const r of all) lines.push([r.name, r.kind, r.aliases.join(' '), paramText(r), r.summary].map(csvField).join(','));
    return `${lines.join('\n')}\n`;
  }
  const left = all.map((r) => (r.params.length ? `${r.name}(${paramText(r)})` : r.name));
  const width = Math.max(...left.map((l) => l.length));
  return `${all
    .map((r, i) => {
      const aka = r.aliases.length ? ` [also: ${r.aliases.join(', ')}]` : '';
      return `${left[i].padEnd(width)}  ${r.summary}${aka}`;
    })
    .join('\n')}\n`;
}
